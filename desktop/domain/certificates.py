"""A server's certificate as the user sees it: its SHA-256 fingerprint, subject, issuer and expiry.

An internal relay often has a self-signed or private-CA certificate that no trust store knows. The
user may trust exactly that certificate: its SHA-256 fingerprint (of the DER encoding, as browsers
and ``openssl x509 -fingerprint -sha256`` show it) is pinned in the SMTP settings, and the engine
then accepts that certificate and no other for the server, whatever the trust store says. The
handshake for a pinned server verifies nothing itself (:func:`unverified_context`); the engine compares
the fingerprint right after it and before any other byte, so credentials never reach a server whose
certificate is not the pinned one.

:func:`read_certificate` reads the subject, issuer and expiry that the user is shown before trusting
a certificate. Python's :mod:`ssl` decodes a certificate only after a verified handshake, so this
reads the few fields needed from the DER encoding itself (X.509, RFC 5280 §4.1) rather than adding
a cryptography library to the app for them. The API client reads a refused certificate's issuer
with it too (:func:`desktop.api.failures.issuer_name`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import ssl

_CN, _O = bytes.fromhex("550403"), bytes.fromhex("55040a")  # OIDs 2.5.4.3 commonName, 2.5.4.10 organizationName
_STRING_TAGS = {0x0C: "utf-8", 0x13: "ascii", 0x16: "ascii", 0x14: "latin-1", 0x1E: "utf-16-be"}


def fingerprint(der: bytes) -> str:
    """The SHA-256 fingerprint of a DER certificate, upper-case hex pairs joined by colons (``AB:CD:…``)."""
    return ":".join(f"{byte:02X}" for byte in hashlib.sha256(der).digest())


def short(fingerprint_text: str) -> str:
    """The first and last four pairs of a fingerprint, for sentences: ``AB:CD:EF:01…9A:BC:DE:F0``."""
    pairs = fingerprint_text.split(":")
    return fingerprint_text if len(pairs) <= 8 else ":".join(pairs[:4]) + "…" + ":".join(pairs[-4:])


def unverified_context() -> ssl.SSLContext:
    """A client context that verifies nothing itself: TLS 1.2 or newer, no certificate or host name check.

    Only for a handshake whose certificate the caller compares with a pin before anything else is sent
    (:mod:`desktop.mail.engine`), or only reads (the SMTP certificate probe, and the API client's look-up
    of a refused certificate's issuer, :func:`desktop.api.failures.peer_issuer`).
    """
    import ssl  # here: the API's results name CertificateInfo, and the window loads them before its first paint

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


@dataclass(frozen=True)
class CertificateInfo:
    """What the user sees before trusting a certificate.

    Attributes:
        sha256: the fingerprint (:func:`fingerprint`).
        subject: the subject's common name, else its organisation (``""`` when it has neither).
        issuer: the issuer's common name or organisation; the subject's own for a self-signed one.
        not_after: the end of its validity, ``YYYY-MM-DD HH:MM UTC`` (``""`` when unreadable).
    """

    sha256: str
    subject: str = ""
    issuer: str = ""
    not_after: str = ""

    def to_json(self) -> dict[str, str]:
        """``{sha256, subject, issuer, not_after}``."""
        return {"sha256": self.sha256, "subject": self.subject, "issuer": self.issuer, "not_after": self.not_after}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CertificateInfo:
        """The inverse of :meth:`to_json`; missing keys give ``""``."""
        return cls(**{key: str(data.get(key) or "") for key in ("sha256", "subject", "issuer", "not_after")})


def read_certificate(der: bytes) -> CertificateInfo:
    """The fingerprint, subject, issuer and expiry of a DER certificate; fields it cannot read stay ``""``."""
    info = CertificateInfo(fingerprint(der))
    try:
        _, start, _ = _tlv(der, 0)  # Certificate ::= SEQUENCE { tbsCertificate, ... }
        _, pos, end = _tlv(der, start)  # TBSCertificate ::= SEQUENCE
        fields: list[tuple[int, int, int]] = []
        while pos < end and len(fields) < 6:
            tag, content, pos = _tlv(der, pos)
            fields.append((tag, content, pos))
        if fields[0][0] == 0xA0:  # [0] EXPLICIT version
            fields = fields[1:]
        _, issuer_start, issuer_end = fields[2]  # serialNumber, signature, issuer, validity, subject
        _, validity_start, _ = fields[3]
        _, subject_start, subject_end = fields[4]
        _, _, after_pos = _tlv(der, validity_start)  # skip notBefore
        after_tag, after_start, after_end = _tlv(der, after_pos)
        return CertificateInfo(info.sha256, _name(der, subject_start, subject_end),
                               _name(der, issuer_start, issuer_end), _time(after_tag, der[after_start:after_end]))
    except (IndexError, ValueError, UnicodeDecodeError):
        return info


def _tlv(data: bytes, pos: int) -> tuple[int, int, int]:
    """One DER tag-length-value at ``pos``: (tag, start of its content, end of its content)."""
    tag, length = data[pos], data[pos + 1]
    pos += 2
    if length & 0x80:
        count = length & 0x7F
        if not 0 < count <= 4:
            raise ValueError("unsupported DER length")
        length = int.from_bytes(data[pos:pos + count], "big")
        pos += count
    if pos + length > len(data):
        raise ValueError("truncated DER")
    return tag, pos, pos + length


def _name(data: bytes, pos: int, end: int) -> str:
    """The common name of an X.501 Name (SEQUENCE OF SET OF AttributeTypeAndValue), else its organisation."""
    found: dict[bytes, str] = {}
    while pos < end:
        _, set_start, pos = _tlv(data, pos)
        _, attr_start, _ = _tlv(data, set_start)
        _, oid_start, oid_end = _tlv(data, attr_start)
        value_tag, value_start, value_end = _tlv(data, oid_end)
        oid = data[oid_start:oid_end]
        if oid in (_CN, _O) and value_tag in _STRING_TAGS:
            found.setdefault(oid, data[value_start:value_end].decode(_STRING_TAGS[value_tag]))
    return found.get(_CN) or found.get(_O) or ""


def _time(tag: int, value: bytes) -> str:
    """UTCTime (``YYMMDDHHMMSSZ``, RFC 5280 §4.1.2.5.1) or GeneralizedTime as ``YYYY-MM-DD HH:MM UTC``."""
    text = value.decode("ascii")
    if tag == 0x17:
        year = int(text[:2])
        text = f"{1900 + year if year >= 50 else 2000 + year}{text[2:]}"
    moment = datetime.strptime(text[:14], "%Y%m%d%H%M%S").replace(tzinfo=UTC)
    return moment.strftime("%Y-%m-%d %H:%M UTC")
