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
import threading
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import uvicorn
from fastapi import FastAPI

from desktop.domain.models import as_utc
from desktop.server.app import create_app
from desktop.server.auth import audience_refusal, issue_access_token, issue_token, refresh_lifetime
from desktop.server.dependencies import user_of_token
from desktop.server.host_check import guarded
from desktop.server.listening import api_base_url, bind_socket
from desktop.server.mail_catcher import MailCatcher, point_sandbox_at
from desktop.server.sandbox_user import SANDBOX_EMAIL, SANDBOX_PASSWORD, SignInDetails

log = logging.getLogger(__name__)

#: How long :meth:`EmbeddedServer.abandon` waits for a request in progress to release the database, in seconds.
ABANDON_CLOSE_S = 0.05


class EmbeddedServer:
    """The account service on ``host:port`` in a daemon thread.

    ``app`` serves an existing FastAPI app; otherwise one is built with
    ``create_app(db_path, sandbox=sandbox, **create_app_kwargs)`` (``clock``,
    ``access_token_lifetime``, ``sms_gateway``, ``smtp_ssl_context``, ``smtp_timeouts``).
    With ``sandbox=True`` the mail catcher runs on ``127.0.0.1`` from :meth:`start` to :meth:`stop`
    (:attr:`mail_catcher`). ``sock``: a socket already bound (e.g. by
    :func:`desktop.server.listening.listening_socket`) that the first :meth:`start` serves on; its
    address is the server's. On a loopback address only requests whose ``Host`` names it are
    answered (:mod:`desktop.server.host_check`, against DNS rebinding).
    """

    def __init__(self, db_path: Path, *, host: str = "127.0.0.1", port: int = 0, app: FastAPI | None = None,
                 sandbox: bool = False, sock: socket.socket | None = None, **create_app_kwargs: Any) -> None:
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
        self._bound = sock  # bound (and listening) before the service loaded: the first start serves on it
        if sock is not None:
            self.host, self.port = sock.getsockname()[:2]

    @property
    def base_url(self) -> str:
        """The API's base URL, e.g. ``http://127.0.0.1:53211/api/cp/``."""
        return api_base_url(self.host, self.port)

    def sign_in_details(self) -> SignInDetails:
        """The sandbox user's sign-in to this server: :attr:`base_url`, e-mail and password.

        Every database the service creates is seeded with the sandbox account
        (:mod:`desktop.server.seed`), so this holds for any embedded server, sandbox or not. The
        base URL is the current one: ask after :meth:`start` when the port was 0.
        """
        return SignInDetails(self.base_url, SANDBOX_EMAIL, SANDBOX_PASSWORD)

    def sandbox_refresh_token(self, audience: str) -> str:
        """Issue a refresh token for the sandbox user, for ``audience``, as a password sign-in would.

        For the app that started this service as its child (:mod:`desktop.server.child`): it gets
        the token over its pipe with the "ready" line, so its first start sends no password and waits
        for no scrypt (issue 11). The token has the default lifetime and is checked on every use as
        any other; the audience is held to the rules of ``POST auth/jwt/refresh``.

        Raises:
            ValueError: ``audience`` breaks the audience rules, or names an app this service does
                not issue tokens for.
            LookupError: the database has no sandbox user.
        """
        problem = audience_refusal(audience, self.app.state.audience_apps)
        if problem is not None:
            raise ValueError(problem)
        state = self.app.state
        user = state.repository.user_by_email(SANDBOX_EMAIL)
        if user is None:
            raise LookupError(f"The database has no sandbox user {SANDBOX_EMAIL}.")
        return issue_token(state.repository.jwt_secret(), user_id=user.id, email=user.email, audience=audience,
                           typ="refresh", now=as_utc(state.clock()), lifetime=refresh_lifetime(None))

    def sandbox_access_token(self, refresh_token: str) -> str:
        """An access token for ``refresh_token``, as ``GET auth/jwt`` would answer it (for the app's child, issue 11).

        The app that started this service gets it with the refresh token on its "ready" line
        (:mod:`desktop.server.child`), so its first requests do not wait for a ``GET auth/jwt`` first.
        It lives as long as any access token and is checked on every use as any other.

        Raises:
            ApiError: the refresh token is not one this service would trade (401), e.g. revoked.
        """
        state = self.app.state
        now = as_utc(state.clock())
        user, claims = user_of_token(state.repository, refresh_token, typ="refresh", now=now,
                                     apps=state.audience_apps)
        return issue_access_token(state.repository.jwt_secret(), refresh_token, claims, email=user.email, now=now,
                                  lifetime=timedelta(seconds=state.access_token_lifetime))

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
            sock, self._bound = self._bound or bind_socket(self.host, self.port), None
        except BaseException:
            self._stop_catcher()
            raise
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(guarded(self.app, self.host, self.port), log_config=None, log_level="warning",
                                access_log=False, date_header=False,
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
