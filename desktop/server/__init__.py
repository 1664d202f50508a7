"""The reference account service: FastAPI + uvicorn + SQLite (design §2, §5).

A real service, not a mock: it persists to SQLite and enforces the domain rules with the same
validators as the app. Use :func:`create_app` to build the ASGI app, :class:`EmbeddedServer` to
serve it in-process on loopback, :func:`serve_for_parent` to run the app's sandbox in a child
process (:mod:`desktop.server.child`), or the ``cxdesk-server`` command to run it standalone.
This package never imports PySide6.

It may import :mod:`desktop.domain`, :mod:`desktop.mail` and :mod:`desktop.db`, never the client
(:mod:`desktop.api`, :mod:`desktop.store`): it is the client's peer. Outside this package only the
entry point and the shell import it, and only this front door (``create_app``, ``EmbeddedServer``,
``SignInDetails``, ``serve_for_parent``).

The names are loaded when first used (PEP 562): importing the package, or taking
:class:`SignInDetails` from it, loads neither FastAPI nor uvicorn (issue 11: the GUI process and the
sandbox's child report the sandbox's address before the service has loaded).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from desktop.server.app import create_app
    from desktop.server.child import serve_for_parent
    from desktop.server.embedded import EmbeddedServer
    from desktop.server.sandbox_user import SignInDetails

__all__ = ["EmbeddedServer", "SignInDetails", "create_app", "serve_for_parent"]

_HOMES = {"create_app": "desktop.server.app", "EmbeddedServer": "desktop.server.embedded",
          "SignInDetails": "desktop.server.sandbox_user", "serve_for_parent": "desktop.server.child"}


if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_exports(__all__, _HOMES, globals())
