"""TLS for SMTP: the verifying client context and a plain description of a session.

Certificates are always verified against the host name with the operating system's trust store
(``truststore``: the Keychain on macOS, CryptoAPI on Windows, the system bundle on Linux), for both
implicit TLS (RFC 8314 §3.3) and STARTTLS (RFC 3207 §4.1). TLS older than 1.2 is refused (RFC 8996).
A caller may pass its own context (the tests pass one that trusts their test authority), but never
one that skips verification.
"""

from __future__ import annotations

import ipaddress
import ssl
from typing import Any

from desktop.domain.net import tls_client_context


def default_context() -> ssl.SSLContext:
    """A client context that verifies certificates and host names with the OS trust store, TLS 1.2 or newer.

    The same as the API client's (:func:`desktop.domain.net.tls_client_context`).
    """
    return tls_client_context()


def checked_context(context: ssl.SSLContext | None) -> ssl.SSLContext:
    """Return ``context`` (or :func:`default_context` for ``None``) after making sure it verifies.

    Raises:
        ValueError: the context does not require a certificate or does not check the host name.
    """
    if context is None:
        return default_context()
    if context.verify_mode != ssl.CERT_REQUIRED or not context.check_hostname:
        raise ValueError("the SSL context must verify certificates and host names (CERT_REQUIRED, check_hostname)")
    return context


def describe_session(sock: ssl.SSLSocket, host: str) -> str:
    """One line about a verified TLS session: version, cipher, and whose certificate, issued by whom.

    E.g. ``TLSv1.3 (TLS_AES_256_GCM_SHA384); certificate for localhost verified, issued by Example CA,
    valid until Jun  1 12:00:00 2030 GMT``.
    """
    cipher = sock.cipher()
    text = f"{sock.version()} ({cipher[0]})" if cipher else str(sock.version())
    try:
        cert: dict[str, Any] = sock.getpeercert() or {}
    except (ValueError, ssl.SSLError):  # the platform verifier may not expose it
        cert = {}
    names = [value if kind == "DNS" else str(ipaddress.ip_address(value.strip()))
             for kind, value in cert.get("subjectAltName", ()) if kind in ("DNS", "IP Address")]
    subject = ", ".join(names[:3]) + (", …" if len(names) > 3 else "") if names else _name(cert.get("subject"))
    issuer = _name(cert.get("issuer"))
    text += f"; certificate for {subject or host} verified"
    if issuer:
        text += f", issued by {issuer}"
    if cert.get("notAfter"):
        text += f", valid until {cert['notAfter']}"
    return text


def _name(rdns: Any) -> str:
    """The most telling part of an X.509 name: its common name, else its organisation."""
    fields = {key: value for rdn in rdns or () for key, value in rdn}
    return str(fields.get("commonName") or fields.get("organizationName") or "")
