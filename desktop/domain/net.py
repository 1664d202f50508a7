"""Network parts shared by the API client and the SMTP engine: the TLS context and a bounded name look-up.

- :func:`tls_client_context`: certificates are verified against the host name with the operating
  system's trust store (``truststore``: the Keychain on macOS, CryptoAPI on Windows, OpenSSL's
  default paths on Linux, which honour ``SSL_CERT_FILE``/``SSL_CERT_DIR``), so a company root
  installed there is trusted; TLS older than 1.2 is refused (RFC 8996).
- :func:`getaddrinfo_within`: ``getaddrinfo`` cannot be interrupted and has no timeout of its own;
  a resolver that does not answer (a dead DNS server of a VPN that went away, a captive network) can
  hold it for tens of seconds. The look-up runs on a daemon thread and the caller waits at most its
  limit; a look-up that overran is left to end by itself (it holds no socket).
"""

from __future__ import annotations

import socket
import ssl
import threading
from typing import Any


def tls_client_context() -> ssl.SSLContext:
    """A client context that verifies certificates and host names with the OS trust store, TLS 1.2 or newer."""
    import truststore  # here, not at the top: only a connection needs it, never the start-up (issue 11)

    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def getaddrinfo_within(host: str, port: int | None, seconds: float) -> list[tuple[Any, ...]]:
    """``socket.getaddrinfo(host, port, type=SOCK_STREAM, proto=IPPROTO_TCP)``, answered within ``seconds``.

    Raises:
        OSError: the look-up failed (``socket.gaierror``: the name does not resolve).
        TimeoutError: no answer within ``seconds``.
    """
    infos: list[tuple[Any, ...]] = []
    errors: list[OSError] = []
    done = threading.Event()

    def look_up() -> None:
        try:
            infos.extend(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP))
        except OSError as error:
            errors.append(error)
        finally:
            done.set()

    threading.Thread(target=look_up, name="name-lookup", daemon=True).start()
    if not done.wait(max(seconds, 0.0)):
        raise TimeoutError(f"no answer for {host} within {seconds:g} s")
    if errors:
        raise errors[0]
    return infos
