"""The ``Date`` header of every answer, from the service's own clock (RFC 9110 §6.6.1).

The client judges token lifetimes by the server's clock, which it reads from ``Date`` (design §2):
so the service must date its answers by the same clock that dates its tokens. uvicorn's own
``Date`` (the machine's wall clock) is turned off where the service is run
(:mod:`desktop.server.embedded`, :mod:`desktop.server.cli`); this middleware writes the one
``Date`` from ``app.state.clock`` (tests may set that clock, and then the tokens and the header
move together, as they do on a real server).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from email.utils import format_datetime
from typing import Any

from desktop.domain.models import as_utc

Message = dict[str, Any]


class ServiceDate:
    """Pure ASGI middleware: replace any ``Date`` header of an HTTP answer by ``clock()`` as an IMF-fixdate.

    Args:
        app: the ASGI application to wrap.
        clock: returns the service's current time (aware, any zone; sent in GMT).
    """

    def __init__(self, app: Any, clock: Callable[[], datetime]) -> None:
        self.app = app
        self.clock = clock

    async def __call__(self, scope: Message, receive: Callable[..., Any], send: Callable[..., Any]) -> None:
        """Pass the request through; date the answer's start line."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_dated(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(name, value) for name, value in message.get("headers", []) if name.lower() != b"date"]
                headers.append((b"date", format_datetime(as_utc(self.clock()), usegmt=True).encode("ascii")))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_dated)
