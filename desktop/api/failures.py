"""What went wrong when no answer came: transport exceptions classified by type, never by their text.

``requests`` wraps urllib3's errors, which wrap the socket's and ``ssl``'s; :func:`causes` walks
that chain (``__cause__``, ``__context__``, urllib3's ``reason`` and exception arguments) so the
original ``ConnectionRefusedError``, ``socket.gaierror`` or ``ssl.SSLCertVerificationError`` decides.

A refused certificate is reported as a :class:`CertificateProblem` by kind (OpenSSL's
``verify_code``, RFC 5280 terms) with its issuer. The failed handshake hands over no certificate,
so the issuer is read from a second, unverified handshake with the same host (nothing is sent
over it) by :func:`desktop.domain.certificates.read_certificate`.
"""

from __future__ import annotations

import http.client
import socket
import ssl
from collections.abc import Iterator

from desktop.api.errors import CertificateProblem, Unreachable
from desktop.domain.happy_eyeballs import AllAttemptsFailed

# ``verify_code`` by kind of certificate problem. OpenSSL (Linux): X509_V_ERR_* of x509_vfy.h.
# truststore on Windows: CERT_E_* of winerror.h; on macOS: errSec* of SecBase.h (not run in CI here).
_EXPIRED = {9, 10,  # CERT_NOT_YET_VALID, CERT_HAS_EXPIRED
            0x800B0101, 0x800B0102,  # CERT_E_EXPIRED, CERT_E_VALIDITYPERIODNESTING
            -67818, -67819}  # errSecCertificateExpired, errSecCertificateNotValidYet
_HOSTNAME = {62, 63, 64,  # HOSTNAME_MISMATCH, EMAIL_MISMATCH, IP_ADDRESS_MISMATCH
             0x800B010F,  # CERT_E_CN_NO_MATCH
             -67602}  # errSecHostNameMismatch
_UNTRUSTED = {2, 18, 19, 20, 21, 27,  # no issuer, self-signed (leaf / in chain), not trusted
              0x800B0109, 0x800B010A, 0x800B010D,  # CERT_E_UNTRUSTEDROOT, _CHAINING, _UNTRUSTEDTESTROOT
              -67843}  # errSecNotTrusted

#: Errors of a connection the other side dropped: the sign of a stale pooled connection.
DROPPED = (ConnectionResetError, ConnectionAbortedError, BrokenPipeError, http.client.RemoteDisconnected,
           ssl.SSLEOFError, ssl.SSLZeroReturnError)


def causes(error: BaseException) -> Iterator[BaseException]:
    """``error`` and every exception it wraps, each once."""
    seen: set[int] = set()
    todo = [error]
    while todo:
        item = todo.pop(0)
        if id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        linked = [item.__cause__, item.__context__, getattr(item, "reason", None),
                  *(arg for arg in getattr(item, "args", ()) if isinstance(arg, BaseException))]
        todo.extend(e for e in linked if isinstance(e, BaseException))


def find(error: BaseException, kind: type[BaseException] | tuple[type[BaseException], ...]) -> BaseException | None:
    """The first exception of type ``kind`` in ``error``'s chain, or ``None``."""
    return next((item for item in causes(error) if isinstance(item, kind)), None)


def was_dropped(error: BaseException) -> bool:
    """Whether the error is the other side closing or resetting the connection (not a timeout)."""
    return find(error, DROPPED) is not None and find(error, (TimeoutError, socket.timeout)) is None


def transport_error(error: BaseException, host: str, *, port: int, connect_timeout: float,
                    read_timeout: float, tls_timeout: float) -> Unreachable:
    """The typed error for a request that got no answer.

    Args:
        error: what ``requests`` raised.
        host: the server's host name.
        port: the server's port.
        connect_timeout: the connect timeout the request had, in seconds (for the message).
        read_timeout: the read timeout the request had, in seconds (for the message).
        tls_timeout: seconds the issuer look-up after a certificate problem may take.
    """
    # Here, not at the top: only a failed request needs them, and it has loaded them (issue 11).
    import requests
    from urllib3.exceptions import ConnectTimeoutError, NameResolutionError, NewConnectionError

    where = f"{host}:{port}"
    verify = find(error, ssl.SSLCertVerificationError)
    if isinstance(verify, ssl.SSLCertVerificationError):
        return certificate_problem(verify, host, port, tls_timeout)
    every = find(error, AllAttemptsFailed)
    if find(error, NameResolutionError) or find(error, socket.gaierror):
        reason = "the host name could not be resolved"
    elif isinstance(every, AllAttemptsFailed) and len(every.attempts) > 1:
        reason = f"no address of {host} took the connection ({every})"
    elif find(error, ConnectionRefusedError) or (isinstance(every, AllAttemptsFailed) and every.kinds == {"refused"}):
        reason = "the connection was refused (is the server running?)"
    elif isinstance(error, requests.exceptions.ProxyError):
        reason = "the proxy server could not be reached"
    elif find(error, ConnectTimeoutError) and not find(error, NewConnectionError):
        return Unreachable(f"{where} did not accept a connection within {connect_timeout:g} s.")
    elif isinstance(error, requests.ReadTimeout) or find(error, (TimeoutError, socket.timeout)):
        return Unreachable(f"{where} did not answer within {read_timeout:g} s.")
    elif find(error, ssl.SSLError):
        reason = "a secure (TLS) connection could not be set up"
    elif was_dropped(error):
        reason = "the connection was closed by the other side"
    else:
        reason = "the network connection failed"
    return Unreachable(f"Could not reach {where}: {reason}.")


def certificate_problem(error: ssl.SSLCertVerificationError, host: str, port: int,
                        timeout: float) -> CertificateProblem:
    """A :class:`CertificateProblem` for a refused certificate, by OpenSSL's ``verify_code``."""
    code = getattr(error, "verify_code", None)
    if isinstance(code, int) and code < 0 and (code & 0xFFFFFFFF) in _EXPIRED | _HOSTNAME | _UNTRUSTED:
        code &= 0xFFFFFFFF  # a Windows HRESULT read as a signed number
    if code in _EXPIRED:
        kind, what = "expired", "has expired or is not valid yet (check this PC's date and time too)"
    elif code in _HOSTNAME:
        kind, what = "hostname", f"was issued for another name than {host}"
    elif code in _UNTRUSTED:
        kind, what = "untrusted", "comes from an authority this PC does not trust"
    else:
        kind, what = "other", "was refused"
    issuer = peer_issuer(host, port, timeout) if timeout > 0 else None
    by = f" (issued by {issuer})" if issuer else ""
    message = f"The certificate of {host}{by} {what}, so nothing was sent."
    if kind in ("untrusted", "other"):
        message += (" If your company inspects secure connections, its root certificate must be installed "
                     "in this computer's trust store.")
    return CertificateProblem(message, kind=kind, issuer=issuer, host=host)


def peer_issuer(host: str, port: int, timeout: float) -> str | None:
    """The issuer (common name, else organisation) of the certificate ``host:port`` presents, or ``None``.

    Opens an unverified TLS handshake only to read the certificate; nothing is sent after it (and
    not through a proxy: behind one the look-up usually fails and the issuer stays ``None``).
    """
    from desktop.domain.certificates import unverified_context

    try:
        with socket.create_connection((host, port), timeout=timeout) as raw, \
                unverified_context().wrap_socket(raw, server_hostname=host) as tls:
            der = tls.getpeercert(binary_form=True)
    except (OSError, ValueError):
        return None
    return issuer_name(der) if der else None


def issuer_name(der: bytes) -> str | None:
    """The issuer's common name, else its organisation, of a DER certificate (RFC 5280 §4.1.2.4), or ``None``.

    Read by :func:`desktop.domain.certificates.read_certificate`, as the SMTP engine reads the certificates
    it offers to trust.
    """
    from desktop.domain.certificates import read_certificate

    return read_certificate(der).issuer or None
