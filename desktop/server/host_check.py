"""The embedded service answers only requests addressed to it on loopback (issue 14, point 7).

A web page can point a name it controls at 127.0.0.1 after the browser has loaded it ("DNS
rebinding") and then read the sandbox's answers as same-origin ones; the sandbox's login is fixed
and public. The browser still sends the page's own name in ``Host`` (RFC 9110 §7.2), so a service
bound to loopback refuses every ``Host`` other than ``127.0.0.1:<port>``, ``localhost:<port>`` or
``[::1]:<port>`` (and the other spellings of loopback the client accepts, :func:`host_matches`;
the port may be left out only when it is 80, RFC 9110 §4.2.1), with 421
Misdirected Request (RFC 9110 §15.5.20) and the service's error body. A request without ``Host``
(HTTP/1.0) is refused too (RFC 9112 §3.2 requires one).

:class:`~desktop.server.embedded.EmbeddedServer` (the app's sandbox, its child process, tests) and
``cxdesk-server`` bound to a loopback address put :class:`LoopbackHost` in front of the app.
``cxdesk-server --host`` with another address does not: the names a real host is reached by are
the administrator's to know, and such a deployment belongs behind a TLS proxy that checks them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from desktop.domain.loopback import is_loopback_host
from desktop.server.errors import ApiError

Message = dict[str, Any]

def host_matches(host: str, port: int) -> bool:
    """Whether a ``Host`` value names this computer's loopback and ``port`` (RFC 9110 §7.2, RFC 3986 §3.2.2).

    The name must be a loopback spelling (:func:`desktop.domain.loopback.is_loopback_host`:
    ``127.0.0.1``, ``localhost``, ``[::1]`` and the other spellings the client itself treats as
    loopback, e.g. ``127.1``); none of them is a name a web page can point at this computer. The port
    must be ``port``; it may be left out only when ``port`` is 80 (RFC 9110 §4.2.1).
    """
    if host.startswith("["):
        name, bracket, rest = host.partition("]")
        name += bracket
        if rest and not rest.startswith(":"):
            return False
        given = rest[1:] if rest else ""
    else:
        name, colon, given = host.rpartition(":")
        if not colon:
            name, given = host, ""
    if given == "":
        return port == 80 and is_loopback_host(name)
    return given.isascii() and given.isdigit() and int(given) == port and is_loopback_host(name)


def misdirected() -> ApiError:
    """The 421 ``misdirected`` error for a request addressed to another name (RFC 9110 §15.5.20)."""
    return ApiError(421, "misdirected", "This service answers only requests addressed to 127.0.0.1, localhost "
                    "or [::1] and its own port.")


class LoopbackHost:
    """Pure ASGI middleware: refuse HTTP requests whose ``Host`` is not this loopback service's.

    Args:
        app: the ASGI application to wrap.
        port: the port the service listens on.
    """

    def __init__(self, app: Any, port: int) -> None:
        self.app = app
        self.port = port

    async def __call__(self, scope: Message, receive: Callable[[], Awaitable[Message]],
                      send: Callable[[Message], Awaitable[None]]) -> None:
        """Pass requests for this service on; answer 421 to the others."""
        if scope["type"] in ("http", "websocket"):
            hosts = [value for name, value in scope.get("headers", []) if name.lower() == b"host"]
            host = hosts[0].decode("latin-1").strip().lower() if len(hosts) == 1 else ""
            if not host_matches(host, self.port):
                await misdirected().response()(scope, receive, send)
                return
        await self.app(scope, receive, send)


def guarded(app: Any, host: str, port: int) -> Any:
    """``app`` behind :class:`LoopbackHost` when ``host`` (the bound address) is loopback; else ``app``."""
    return LoopbackHost(app, port) if is_loopback_host(host) else app
