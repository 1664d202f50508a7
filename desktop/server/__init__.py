"""The reference account service: FastAPI + uvicorn + SQLite (design §2, §5).

A real service, not a mock: it persists to SQLite and enforces the domain rules with the same
validators as the app. Use :func:`create_app` to build the ASGI app, :class:`EmbeddedServer` to
serve it in-process on loopback, or the ``cxdesk-server`` command to run it standalone.
This package never imports PySide6.

It may import :mod:`desktop.domain`, :mod:`desktop.mail` and :mod:`desktop.db`, never the client
(:mod:`desktop.api`, :mod:`desktop.store`): it is the client's peer. Outside this package only the
shell imports it, and only this front door (``create_app``, ``EmbeddedServer``, ``SignInDetails``).
"""

from desktop.server.app import create_app
from desktop.server.embedded import EmbeddedServer, SignInDetails

__all__ = ["EmbeddedServer", "SignInDetails", "create_app"]
