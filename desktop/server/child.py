"""The app's sandbox service as a child process of the app (``cxdesk --sandbox-service DB``; issue 11).

The GUI process must not load FastAPI and uvicorn before its first paint, nor share its one
interpreter lock with the service's start. So the app starts the sandbox's service as a child, at
once and on the other core (:class:`desktop.shell.sandbox_process.SandboxProcess`), and the child
speaks a small line protocol on its standard output, one JSON object per line:

1. ``{"base_url": ..., "email": ..., "password": ...}`` within milliseconds of its start: the socket
   is bound and listening (:func:`desktop.server.listening.listening_socket`) before anything heavy
   is imported, so the app can build its client, show its window and send its first request, which
   waits in the socket's backlog until the service accepts it;
2. ``{"ready": true, "refresh_token": ..., "access_token": ...}`` once the service answers, or
   ``{"error": "..."}`` (then the child exits 1). The refresh token is the sandbox user's, for this
   app on this host (:meth:`desktop.server.EmbeddedServer.sandbox_refresh_token`), with an access
   token traded for it (:meth:`~desktop.server.EmbeddedServer.sandbox_access_token`): the app uses
   them at once instead of signing in with the password, which would cost a request and a scrypt
   hash on the first run's critical path, and sends its first requests without a ``GET auth/jwt``
   before them. They are no more than the password already handed out on the first line gives.

The child serves until its standard input reaches end-of-file: the app closes the pipe when it
quits or switches profile, and the operating system closes it when the app dies, on Windows as on
POSIX, so a sandbox never outlives its app. It then stops without waiting for slow connections
(:meth:`desktop.server.EmbeddedServer.abandon`) and ends.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path
from typing import Any

from desktop import APP_ID
from desktop.domain.audience import default_audience
from desktop.server.listening import api_base_url, listening_socket
from desktop.server.sandbox_user import SANDBOX_EMAIL, SANDBOX_PASSWORD
from desktop.startup_gc import resume_collection


def _say(message: dict[str, Any]) -> None:
    """Write one protocol line (JSON, ASCII-only so any console code page passes it) to file descriptor 1.

    Written to the descriptor, not ``sys.stdout``: a windowed executable (the frozen app on Windows)
    may have no ``sys.stdout`` object although its parent gave it a pipe.
    """
    os.write(1, (json.dumps(message, ensure_ascii=True) + "\n").encode("ascii"))


def _log_to_stderr() -> None:
    """Send the service's warnings and errors to file descriptor 2, which the app points at a log file."""
    try:
        stream = open(2, "w", encoding="utf-8", errors="backslashreplace", closefd=False)  # noqa: SIM115
    except OSError:
        return  # no standard error at all: the protocol's error line still reaches the app
    logging.basicConfig(level=logging.WARNING, stream=stream,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


#: Packages that libraries of the service load if they can, for what this service never does (issue 11).
#: ``cryptography``: PyJWT's RSA, EC and EdDSA algorithms; the service signs and checks HS256 only
#: (:mod:`desktop.server.auth`), which PyJWT does with :mod:`hmac`. ``pydantic.v1``: FastAPI checks every
#: route's types against pydantic 1 models, which it no longer supports, only to name one in an error.
#: Measured on the two-core machine, they cost the child 50–70 ms and about 40 ms of its start.
UNUSED_MODULES = ("cryptography", "pydantic.v1")


def _without_unused_modules() -> None:
    """Keep the service's libraries from loading :data:`UNUSED_MODULES` in this process (issue 11).

    A ``None`` in :data:`sys.modules` makes their import raise :class:`ModuleNotFoundError`, which
    PyJWT (``jwt.algorithms.has_crypto``) and FastAPI (``fastapi._compat.shared``) take as "not
    installed". Only this child does it: nothing but the service runs here, while a test process or
    ``cxdesk-server`` may need the packages for something else. A package already loaded is left alone.
    """
    for name in UNUSED_MODULES:
        sys.modules.setdefault(name, None)  # type: ignore[arg-type]


def serve_for_parent(db_path: Path, host: str = "127.0.0.1") -> int:
    """Serve the sandbox on ``host`` and a free port until standard input closes; returns the exit code.

    Args:
        db_path: the sandbox's SQLite database (created and seeded when new).
        host: the loopback address to listen on.

    Returns:
        0 after standard input closed; 1 when the port could not be bound or the service did not
        start (said on the protocol's ``error`` line and on stderr).
    """
    _log_to_stderr()
    try:
        sock = listening_socket(host, 0)
    except OSError as error:
        _say({"error": f"cannot listen on {host}: {error}"})
        return 1
    _say({"base_url": api_base_url(host, sock.getsockname()[1]), "email": SANDBOX_EMAIL, "password": SANDBOX_PASSWORD})
    try:
        _without_unused_modules()
        from desktop.server.embedded import EmbeddedServer  # the heavy part: FastAPI, uvicorn, the database

        # tokens only for this app (its audience is cxdesk@<hostname>, desktop.domain.audience; issue 14, point 6)
        server = EmbeddedServer(db_path, sandbox=True, sock=sock, audience_apps={APP_ID}).start()
        token = server.sandbox_refresh_token(default_audience())
        access = server.sandbox_access_token(token)
    except Exception as error:  # noqa: BLE001 - reported to the app, which shows it
        logging.getLogger("desktop.server").exception("the sandbox service did not start")
        _say({"error": str(error) or type(error).__name__})
        return 1
    resume_collection()  # paused by desktop.app.main; the service's objects live as long as this child
    _say({"ready": True, "refresh_token": token, "access_token": access})
    try:
        while os.read(0, 4096):
            pass  # the app never writes; end-of-file is the one message
    except OSError:
        pass
    server.abandon()
    os._exit(0)  # the serving thread is a daemon; the database is closed or rolls back at the next open
