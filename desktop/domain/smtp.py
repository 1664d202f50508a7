"""The SMTP details of the account: the Server field and the settings object (design §3 "SMTP Server").

The Server field holds the mail server as ``host``, ``host:port``, ``[IPv6]`` or ``[IPv6]:port``; a
host is a DNS name (internationalised names allowed, IDNA 2008, RFC 5890/5891) or an IPv4 address.
Without a port the platform uses port 25, the SMTP port (RFC 5321). Port 465 means TLS from the
first byte ("implicit TLS", RFC 8314 §3.3); on any other port the client says EHLO in the clear and
upgrades with STARTTLS when the server offers it (RFC 3207). Credentials (AUTH, RFC 4954) are never
sent over a connection that is not encrypted, and certificates are always verified against the host
name. Internationalised addresses need the server's SMTPUTF8 extension (RFC 6531).

Both the app (its dialogs) and the account service (its 422 answers) use :data:`SMTP_VALIDATORS`,
so a value is judged the same online and offline.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from desktop.domain.errors import FieldError
from desktop.domain.mail_addresses import validate_mail_address
from desktop.domain.normalised import QT_TRANSLATE_NOOP
from desktop.domain.validators import check_text, validate_sms_from

Security = Literal["implicit_tls", "starttls"]

IMPLICIT_TLS: Security = "implicit_tls"
STARTTLS: Security = "starttls"

# The field errors (English templates, translated by the views in context "FieldError"). They come before
# the module's "#:" comments: pyside6-lupdate gives such a comment to the next translatable text it finds.
_EMPTY = QT_TRANSLATE_NOOP(
    "FieldError", "Enter the mail server's host name, e.g. mail.example.com or "
                  "mail.example.com:587.")
_PORT_RANGE = QT_TRANSLATE_NOOP("FieldError", "The port is a number from 1 to 65535, e.g. mail.example.com:587.")
_IPV6_BRACKETS = QT_TRANSLATE_NOOP(
    "FieldError", "Put an IPv6 address in square brackets, e.g. [2001:db8::25] or "
                  "[2001:db8::25]:587.")
_INVALID_IDN = QT_TRANSLATE_NOOP("FieldError", "Not a valid international host name ({reason}); check the spelling.")
_NOT_A_FINGERPRINT = QT_TRANSLATE_NOOP(
    "FieldError", "Paste the certificate's SHA-256 fingerprint: 64 hexadecimal digits, in pairs separated by "
                  "colons or not, e.g. 3A:F1:…")
_NO_SCHEME = QT_TRANSLATE_NOOP(
    "FieldError", "Type only the host name, e.g. mail.example.com:587, without smtp:// or https://.")
_NO_PATH = QT_TRANSLATE_NOOP(
    "FieldError", "Type only the host name, e.g. mail.example.com:587, without a path, a user name or '@'.")
_HOST_BEFORE_COLON = QT_TRANSLATE_NOOP("FieldError", "Type the host name before the ':', e.g. mail.example.com:587.")
_AMBIGUOUS_IPV6 = QT_TRANSLATE_NOOP(
    "FieldError", "{value} can be read two ways: write [{rest}]:{last} for the address {rest} on port {last}, or "
                  "[{value}] for the address {value} on port {default_port}.")
_BRACKETED_FORM = QT_TRANSLATE_NOOP(
    "FieldError", "Write an IPv6 address as [address] or [address]:port, e.g. [2001:db8::25]:587.")
_IPV4_BRACKETED = QT_TRANSLATE_NOOP("FieldError", "Write an IPv4 address without brackets, e.g. 192.0.2.25:587.")
_NOT_IPV6 = QT_TRANSLATE_NOOP("FieldError", "Between the brackets goes an IPv6 address, e.g. [2001:db8::25]:587.")
_PORT_MISSING = QT_TRANSLATE_NOOP(
    "FieldError", "Type the port number after the ':', e.g. mail.example.com:587, or remove the ':' to use port 25.")
_HOST_SPACES = QT_TRANSLATE_NOOP("FieldError", "Remove the spaces inside the host name, e.g. mail.example.com.")
_HOST_TOO_LONG = QT_TRANSLATE_NOOP("FieldError", "A host name has at most 253 characters.")
_BAD_IPV4 = QT_TRANSLATE_NOOP(
    "FieldError", "Not a valid IPv4 address: write four numbers from 0 to 255, e.g. 192.0.2.25.")
_EMPTY_LABEL = QT_TRANSLATE_NOOP(
    "FieldError", "The host name has an empty part between dots; write it like mail.example.com.")
_BAD_HOST_CHARACTER = QT_TRANSLATE_NOOP(
    "FieldError", "A host name has only letters, digits, '-' and '.': remove '{char}', e.g. mail.example.com.")
_LABEL_HYPHEN = QT_TRANSLATE_NOOP("FieldError", "A part of a host name cannot start or end with '-'.")
_LABEL_TOO_LONG = QT_TRANSLATE_NOOP("FieldError", "Each part of a host name between dots has at most 63 characters.")
_USERNAME_TOO_LONG = QT_TRANSLATE_NOOP("FieldError", "Use at most 254 characters.")
_PASSWORD_NUL = QT_TRANSLATE_NOOP("FieldError", "The password cannot contain a NUL character.")
_PASSWORD_SURROGATE = QT_TRANSLATE_NOOP(
    "FieldError", "The password holds a broken character (a lone UTF-16 surrogate): type it again.")
_PASSWORD_TOO_LONG = QT_TRANSLATE_NOOP("FieldError", "Use at most 1024 characters.")

#: The port used when the Server field has none: SMTP's own port (RFC 5321).
DEFAULT_PORT = 25
#: The port on which the platform speaks TLS from the first byte (RFC 8314 §3.3, "submissions").
IMPLICIT_TLS_PORT = 465

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")
_LDH = re.compile(r"^[a-z0-9-]+$")



@dataclass(frozen=True)
class SmtpEndpoint:
    """Where and how to reach the mail server, as parsed from the Server field.

    Attributes:
        host: the host in display form: a lower-case DNS name (Unicode for an internationalised
            name), an IPv4 address, or an IPv6 address without brackets.
        port: the TCP port, 1–65535 (25 when the field has none).
        security: ``"implicit_tls"`` on port 465 (RFC 8314), else ``"starttls"`` (RFC 3207).
    """

    host: str
    port: int
    security: Security

    @property
    def ascii_host(self) -> str:
        """The host for DNS, SNI and certificate checks: IDNA A-labels (``xn--…``) or the IP address."""
        if _ip_address(self.host) is not None or self.host.isascii():
            return self.host
        import idna  # only for a non-ASCII host: not on the first paint's path (issue 11)

        return idna.encode(self.host, uts46=True).decode("ascii")

    @property
    def is_ip_address(self) -> bool:
        """Whether the host is an IP address rather than a DNS name."""
        return _ip_address(self.host) is not None

    @property
    def display_host(self) -> str:
        """The host as written in the Server field: IPv6 addresses in brackets."""
        return f"[{self.host}]" if ":" in self.host else self.host


def security_for_port(port: int) -> Security:
    """The connection security the platform uses on ``port``: implicit TLS on 465, else STARTTLS."""
    return IMPLICIT_TLS if port == IMPLICIT_TLS_PORT else STARTTLS


def parse_smtp_server(text: str) -> SmtpEndpoint:
    """Parse the Server field: ``host``, ``host:port``, ``[IPv6]``, ``[IPv6]:port`` or a bare ``IPv6``.

    Leading and trailing white space is ignored; the port defaults to 25 and decides the security
    (465: TLS from the first byte, RFC 8314; any other: STARTTLS when offered, RFC 3207).

    Raises:
        FieldError: empty; a URL (``smtp://…``); a path or ``user@``; an empty, non-numeric or
            out-of-range port; an IPv6 address without brackets that could also be read as an address
            and a port (``2001:db8::25:587``); a malformed host name. A bare IPv6 address that reads
            only one way (``2001:db8::25``) is that host on port 25.
    """
    host, port = _split(text)
    actual = DEFAULT_PORT if port is None else port
    return SmtpEndpoint(host=host, port=actual, security=security_for_port(actual))


def validate_smtp_server(text: str) -> str:
    """Return the Server field in its normal form, or raise :class:`FieldError` (see :func:`parse_smtp_server`).

    The form keeps what the user wrote except white space: the host lower-case (Unicode labels for
    an internationalised name), IPv6 in brackets, and the port only when one was typed, without
    leading zeros (``Mail.Example.com:0587`` gives ``mail.example.com:587``). Idempotent.
    """
    host, port = _split(text)
    shown = f"[{host}]" if ":" in host else host
    return shown if port is None else f"{shown}:{port}"


def describe(endpoint: SmtpEndpoint) -> str:
    """Describe an endpoint in plain words, e.g. ``smtp.example.com, port 587, STARTTLS``."""
    where = f"{endpoint.display_host}, port {endpoint.port}"
    if endpoint.security == IMPLICIT_TLS:
        return f"{where}, TLS from the first byte (implicit TLS)"
    if endpoint.port == DEFAULT_PORT:
        return f"{where}, STARTTLS when the server offers it"
    return f"{where}, STARTTLS"


def _split(text: str) -> tuple[str, int | None]:
    """Split the Server field into (display host, port or ``None``)."""
    value = (text or "").strip()
    if not value:
        raise FieldError(_EMPTY)
    if _SCHEME.match(value) or "://" in value:
        raise FieldError(_NO_SCHEME)
    if "/" in value or "@" in value:
        raise FieldError(_NO_PATH)
    if value.startswith("["):
        return _split_bracketed(value)
    if value.count(":") > 1:
        return _bare_ipv6(value), None
    host_text, colon, port_text = value.partition(":")
    host_text = host_text.strip()
    if not host_text:
        raise FieldError(_HOST_BEFORE_COLON)
    return _host(host_text), (_port(port_text) if colon else None)


def _bare_ipv6(value: str) -> str:
    """An IPv6 address typed without brackets (``2001:db8::25``): that host on the default port.

    Refused when it could also be read as an address and a port (``2001:db8::25:587`` is a valid address,
    and also ``2001:db8::25`` with port 587), and when it is no IPv6 address at all.

    Raises:
        FieldError: ambiguous or not an IPv6 address; the message shows the bracketed forms.
    """
    address = _ip_address(value)
    if not isinstance(address, ipaddress.IPv6Address):
        raise FieldError(_IPV6_BRACKETS)
    rest, _, last = value.rpartition(":")
    if last.isascii() and last.isdigit() and 1 <= int(last) <= 65535 and isinstance(_ip_address(rest),
                                                                                      ipaddress.IPv6Address):
        raise FieldError(_AMBIGUOUS_IPV6, value=value, rest=rest, last=last, default_port=DEFAULT_PORT)
    return str(address)


def _split_bracketed(value: str) -> tuple[str, int | None]:
    inside, closed, rest = value[1:].partition("]")
    rest = rest.strip()
    if not closed or (rest and not rest.startswith(":")):
        raise FieldError(_BRACKETED_FORM)
    address = _ip_address(inside.strip())
    if isinstance(address, ipaddress.IPv4Address):
        raise FieldError(_IPV4_BRACKETED)
    if address is None:
        raise FieldError(_NOT_IPV6)
    return str(address), (_port(rest[1:]) if rest else None)


def _port(text: str) -> int:
    value = text.strip()
    if not value:
        raise FieldError(_PORT_MISSING)
    if not (value.isascii() and value.isdigit()) or not 1 <= int(value) <= 65535:
        raise FieldError(_PORT_RANGE)
    return int(value)


def _ip_address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def _host(text: str) -> str:
    """Check a host name or IPv4 address (RFC 1123 §2.1, IDNA 2008) and return its display form."""
    if any(ch.isspace() for ch in text):
        raise FieldError(_HOST_SPACES)
    address = _ip_address(text)
    if isinstance(address, ipaddress.IPv4Address):
        return str(address)
    name = text[:-1] if text.endswith(".") else text  # a fully qualified "mail.example.com."
    if not name.isascii():
        import idna  # loaded by the first internationalised name, not at start (issue 11)

        try:
            name = idna.uts46_remap(name, std3_rules=False, transitional=False)
        except idna.IDNAError as error:
            raise FieldError(_INVALID_IDN, reason=error) from None
    labels = [_label(label) for label in name.lower().split(".")]
    if sum(len(ascii_label) + 1 for _, ascii_label in labels) - 1 > 253:
        raise FieldError(_HOST_TOO_LONG)
    if labels[-1][1].isdigit():
        raise FieldError(_BAD_IPV4)
    return ".".join(shown for shown, _ in labels)


def _label(label: str) -> tuple[str, str]:
    """Check one label; return (display form, ASCII form)."""
    if not label:
        raise FieldError(_EMPTY_LABEL)
    for ch in label:
        if ch.isascii() and not (ch.isalnum() or ch == "-"):
            raise FieldError(_BAD_HOST_CHARACTER, char=ch)
    ascii_label = label if label.isascii() and not label.startswith("xn--") else _idna_label(label)
    if len(ascii_label) > 63:
        raise FieldError(_LABEL_TOO_LONG)
    if not _LDH.match(ascii_label) or ascii_label.startswith("-") or ascii_label.endswith("-"):
        raise FieldError(_LABEL_HYPHEN)
    return label, ascii_label


def _idna_label(label: str) -> str:
    """The ASCII form (A-label) of an internationalised label, or an A-label checked (IDNA 2008, RFC 5891)."""
    import idna  # only for such labels: an ASCII host shown at start loads no idna (issue 11)

    try:
        ascii_label = label if label.isascii() else idna.alabel(label).decode("ascii")
        if ascii_label.startswith("xn--"):
            idna.ulabel(ascii_label)
    except idna.IDNAError as error:
        if "hyphen" in str(error).lower():
            raise FieldError(_LABEL_HYPHEN) from None
        raise FieldError(_INVALID_IDN, reason=error) from None
    return ascii_label


def validate_smtp_username(text: str) -> str:
    """The SMTP login name (RFC 4954 authentication identity): optional, trimmed, at most 254 characters.

    Raises:
        FieldError: too long, or holds a line break or another control character (RFC 4616 forbids NUL).
    """
    value = (text or "").strip()
    if len(value) > 254:
        raise FieldError(_USERNAME_TOO_LONG)
    return check_text(value)


def validate_smtp_password(text: str) -> str:
    """The SMTP password, returned unchanged (spaces count); ``""`` clears it.

    Any character works, sent as UTF-8 (RFC 4954, RFC 4616) except NUL, which SASL PLAIN uses as
    its separator.

    Raises:
        FieldError: holds a NUL character, a lone surrogate (not encodable in UTF-8) or more than
            1024 characters.
    """
    value = text or ""
    if "\x00" in value:
        raise FieldError(_PASSWORD_NUL)
    if any(0xD800 <= ord(char) <= 0xDFFF for char in value):
        raise FieldError(_PASSWORD_SURROGATE)
    if len(value) > 1024:
        raise FieldError(_PASSWORD_TOO_LONG)
    return value


#: A SHA-256 fingerprint: 32 bytes in hex, with or without separators, optionally after ``SHA256``.
_FINGERPRINT = re.compile(r"^(?:sha-?256\s*(?:fingerprint)?\s*[:=]?\s*)?((?:[0-9a-f]{2}[:\s]?){31}[0-9a-f]{2})$",
                          re.IGNORECASE)


def validate_certificate_sha256(text: str) -> str:
    """The SHA-256 fingerprint of a certificate trusted deliberately (issue 13, point 4); ``""`` for none.

    Accepts upper or lower case, colons, spaces or nothing between the pairs, and a ``SHA256
    Fingerprint=`` prefix (as ``openssl x509 -noout -fingerprint -sha256`` prints it). Returns the form
    browsers show: upper-case hex pairs joined by colons (``AB:CD:…``, 95 characters).

    Raises:
        FieldError: not 64 hexadecimal digits.
    """
    value = (text or "").strip()
    if not value:
        return ""
    match = _FINGERPRINT.match(value)
    if not match:
        raise FieldError(_NOT_A_FINGERPRINT)
    digits = re.sub(r"[:\s]", "", match.group(1)).upper()
    return ":".join(digits[i:i + 2] for i in range(0, 64, 2))


@dataclass(frozen=True)
class SmtpSettings:
    """The SMTP details object of ``GET setup/account/smtp`` (design §2); the password never leaves the server.

    Attributes:
        from_address: the address the platform's e-mails come from (and that gets test details).
        username: the SMTP login, ``""`` for none.
        password_set: whether a password is saved (the password itself is write-only).
        server: the Server field, see :func:`parse_smtp_server`.
        sms_from: the SMS sender, an E.164 number or an alphanumeric sender ID.
        certificate_sha256: the SHA-256 fingerprint of the mail server's certificate trusted deliberately
            (:func:`validate_certificate_sha256`), ``""`` for the trust store alone. It belongs to the
            server: saving another Server without it clears it.
    """

    from_address: str = ""
    username: str = ""
    password_set: bool = False
    server: str = ""
    sms_from: str = ""
    certificate_sha256: str = ""

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SmtpSettings:
        """Build the settings from the API's JSON object; unknown keys (``password`` too) are ignored."""
        def text(key: str) -> str:
            value = data.get(key)
            return "" if value is None else str(value)

        return cls(from_address=text("from_address"), username=text("username"),
                   password_set=bool(data.get("password_set")), server=text("server"), sms_from=text("sms_from"),
                   certificate_sha256=text("certificate_sha256"))

    def to_json(self) -> dict[str, Any]:
        """Return ``{from_address, username, password_set, server, sms_from, certificate_sha256}``: never a password."""
        return {"from_address": self.from_address, "username": self.username, "password_set": self.password_set,
                "server": self.server, "sms_from": self.sms_from, "certificate_sha256": self.certificate_sha256}

    def endpoint(self) -> SmtpEndpoint:
        """The parsed Server field.

        Raises:
            FieldError: the saved Server field is not valid.
        """
        return parse_smtp_server(self.server)


#: The validator of every editable SMTP key, shared by the dialogs and the service's 422 answers.
SMTP_VALIDATORS: dict[str, Callable[[str], str]] = {
    "from_address": validate_mail_address,
    "username": validate_smtp_username,
    "server": validate_smtp_server,
    "sms_from": validate_sms_from,
    "certificate_sha256": validate_certificate_sha256,
}
