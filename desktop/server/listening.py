"""The service's listening socket, bound before anything heavy is imported (design §5, issue 11).

Kept apart from :mod:`desktop.server.embedded` (which imports uvicorn and FastAPI) so that the
sandbox's child process (:mod:`desktop.server.child`) can bind its port and tell the app the address
within milliseconds of starting, and load the service afterwards: a connection that comes meanwhile
waits in the socket's backlog.
"""

from __future__ import annotations

import socket
import sys

#: The path the API is served under (the platform's ``/api/cp/``).
API_PREFIX = "/api/cp"
#: Connections the kernel queues before the service accepts them (the app's first requests while it loads).
BACKLOG = 128


def bind_socket(host: str, port: int) -> socket.socket:
    """A TCP socket bound to ``host:port`` (port 0 = a free port chosen by the OS).

    ``TCP_NODELAY`` is set on the listening socket, and accepted connections inherit it. asyncio
    does not set it on them, and uvicorn writes a response's headers and body separately, so
    without it Nagle's algorithm (RFC 896) meets the client's delayed ACK (RFC 1122 §4.2.3.2)
    and every response waits about 40 ms.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if sys.platform != "win32":
            # Rebinding the same port after stop() must not wait for TIME_WAIT to pass. (On Windows
            # SO_REUSEADDR would let another program share the port, so it is not set there.)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    return sock


def listening_socket(host: str, port: int) -> socket.socket:
    """:func:`bind_socket`, then listening with :data:`BACKLOG`: connections queue until the service accepts them.

    Raises:
        OSError: the address cannot be bound.
    """
    sock = bind_socket(host, port)
    try:
        sock.listen(BACKLOG)
    except OSError:
        sock.close()
        raise
    return sock


def api_base_url(host: str, port: int) -> str:
    """The API's base URL on ``host:port``, e.g. ``http://127.0.0.1:53211/api/cp/`` (an IPv6 host in brackets)."""
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}{API_PREFIX}/"
