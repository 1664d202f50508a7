"""Run the account service in-process, on loopback, in a background thread (design §5).

The app uses it for the sandbox and tests use it as the real peer of the API client::

    with EmbeddedServer(tmp_path / "account.sqlite3") as server:
        requests.get(server.base_url + "setup/account", ...)

:meth:`EmbeddedServer.start` binds the socket itself, so port 0 picks a free port and
:attr:`~EmbeddedServer.base_url` is known as soon as ``start`` returns. After :meth:`stop`, a new
``start`` binds the same port again, so a client keeps its base URL across an outage.

``EmbeddedServer(db_path, sandbox=True)`` is the app's sandbox: it also runs the local mail catcher
(:class:`~desktop.server.mail_catcher.MailCatcher`) while serving, points the sandbox account's SMTP
Server at it at each start (its port changes), and serves the ``sandbox/outbox/…`` endpoints.

:meth:`EmbeddedServer.sign_in_details` hands out how to sign in to it as the sandbox user (its
address and the seed's well-known e-mail and password), so no client module needs to import
:mod:`desktop.server.seed` (issue 10, point 3).
"""

from __future__ import annotations

import logging
import socket
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import uvicorn
from fastapi import FastAPI

from desktop.server.app import API_PREFIX, create_app
from desktop.server.mail_catcher import MailCatcher, point_sandbox_at
from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD

log = logging.getLogger(__name__)

#: How long :meth:`EmbeddedServer.abandon` waits for a request in progress to release the database, in seconds.
ABANDON_CLOSE_S = 0.05


@dataclass(frozen=True)
class SignInDetails:
    """How to sign in to an embedded server as its sandbox user (design §5).

    The password is the seed's well-known sandbox password, not a secret of the user's; it is
    still left out of ``repr`` so it never reaches a log line by accident.

    Attributes:
        base_url: the API's base URL, e.g. ``http://127.0.0.1:53211/api/cp/``.
        email: the sandbox user's e-mail address.
        password: the sandbox user's password.
    """

    base_url: str
    email: str
    password: str = field(repr=False)


class EmbeddedServer:
    """The account service on ``host:port`` in a daemon thread.

    ``app`` serves an existing FastAPI app; otherwise one is built with
    ``create_app(db_path, sandbox=sandbox, **create_app_kwargs)`` (``clock``,
    ``access_token_lifetime``, ``sms_gateway``, ``smtp_ssl_context``, ``smtp_timeouts``).
    With ``sandbox=True`` the mail catcher runs on ``127.0.0.1`` from :meth:`start` to :meth:`stop`
    (:attr:`mail_catcher`).
    """

    def __init__(self, db_path: Path, *, host: str = "127.0.0.1", port: int = 0, app: FastAPI | None = None,
                 sandbox: bool = False, **create_app_kwargs: Any) -> None:
        if app is not None and create_app_kwargs:
            raise TypeError("Pass either an app or arguments for create_app, not both.")
        if app is not None and sandbox and not getattr(app.state, "sandbox", False):
            raise TypeError("A sandbox needs an app made with create_app(..., sandbox=True).")
        self.app: FastAPI = app if app is not None else create_app(Path(db_path), sandbox=sandbox,
                                                                   **create_app_kwargs)
        self.host = host
        self.port = port
        #: The sandbox's mail catcher (``None`` when this is not a sandbox).
        self.mail_catcher: MailCatcher | None = None
        if sandbox:
            self.mail_catcher = MailCatcher(self.app.state.repository, clock=lambda: self.app.state.clock())
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None

    @property
    def base_url(self) -> str:
        """The API's base URL, e.g. ``http://127.0.0.1:53211/api/cp/``."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}{API_PREFIX}/"

    def sign_in_details(self) -> SignInDetails:
        """The sandbox user's sign-in to this server: :attr:`base_url`, e-mail and password.

        Every database the service creates is seeded with the sandbox account
        (:mod:`desktop.server.seed`), so this holds for any embedded server, sandbox or not. The
        base URL is the current one: ask after :meth:`start` when the port was 0.
        """
        return SignInDetails(self.base_url, SANDBOX_EMAIL, SANDBOX_PASSWORD)

    @property
    def running(self) -> bool:
        """Whether the server thread is serving."""
        return self._thread is not None and self._thread.is_alive()

    def start(self, timeout: float = 10.0) -> EmbeddedServer:
        """Bind the socket, start serving and wait until requests are answered; return ``self``.

        A sandbox starts its mail catcher first and points the SMTP Server at it.

        Raises:
            OSError: the address cannot be bound (e.g. the port is taken).
            RuntimeError: the server did not start within ``timeout`` seconds.
        """
        if self.running:
            return self
        try:
            if self.mail_catcher is not None:
                point_sandbox_at(self.app.state.repository, self.mail_catcher.start().server)
            sock = bind_socket(self.host, self.port)
        except BaseException:
            self._stop_catcher()
            raise
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(self.app, log_config=None, log_level="warning", access_log=False, date_header=False,
                                lifespan="on", timeout_graceful_shutdown=2)
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]},
                                  name=f"account-service:{self.port}", daemon=True)
        self._server, self._thread, self._socket = server, thread, sock
        thread.start()
        deadline = time.monotonic() + timeout
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"The account service did not start on {self.base_url}.")
            time.sleep(0.005)
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Stop serving and the mail catcher; wait up to ``timeout`` seconds for the thread; safe to call twice."""
        server, thread, sock = self._server, self._thread, self._socket
        self._server = self._thread = self._socket = None
        if server is not None:
            server.should_exit = True
        if thread is not None:
            thread.join(timeout)
            if thread.is_alive():
                log.warning("The account service on port %s did not stop within %.1f s", self.port, timeout)
        if sock is not None:
            sock.close()
        self._stop_catcher()

    def abandon(self, timeout: float = ABANDON_CLOSE_S) -> None:
        """The app is quitting: ask the service to exit and return without joining its threads.

        Unlike :meth:`stop`, which waits for uvicorn's graceful shutdown (it notices the request
        within 0.1 s and then waits at least 0.1 s more for connections: about 0.2 s), this only
        sets ``should_exit`` and ``force_exit`` and closes the database when no request holds it
        within ``timeout`` seconds (the last connection's close checkpoints the WAL, so the next
        start finds a tidy file). The serving thread and the mail catcher's are daemons: they end
        with the process. A request cut short is an SQLite transaction rolled back at the next
        open (https://www.sqlite.org/atomiccommit.html). Safe to call twice, or after :meth:`stop`.

        Args:
            timeout: seconds to wait for a request in progress to release the database.
        """
        server, self._server = self._server, None
        self._thread = self._socket = None  # not joined: a daemon; uvicorn closes the socket as it exits
        if server is None:
            return
        server.should_exit = server.force_exit = True
        repository = getattr(self.app.state, "repository", None)
        if repository is not None and not repository.close(timeout=timeout):
            log.info("the sandbox database was busy at quit; SQLite rolls back what was cut short at the next open")

    def _stop_catcher(self) -> None:
        if self.mail_catcher is not None:
            self.mail_catcher.stop()

    def __enter__(self) -> EmbeddedServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


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
