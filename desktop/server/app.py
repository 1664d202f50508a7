"""The account service as a FastAPI application (design §2, §5).

:func:`create_app` opens (creating and migrating when needed) the SQLite database, seeds the
sandbox account into a new one, and mounts every endpoint under ``/api/cp/``. The OpenAPI
document is at ``/openapi.json``. Run it in-process with
:class:`desktop.server.embedded.EmbeddedServer` or standalone with ``cxdesk-server``.
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator, Callable, Collection
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import FastAPI

from desktop import __version__
from desktop.domain.models import as_utc
from desktop.server import (
    routes_account,
    routes_auth,
    routes_packages,
    routes_routing,
    routes_sandbox,
    routes_smtp,
)
from desktop.server.body_limit import BodyLimit
from desktop.server.errors import install_error_handlers
from desktop.server.listening import API_PREFIX
from desktop.server.repository import Repository
from desktop.server.seed import seed
from desktop.server.service_date import ServiceDate
from desktop.server.sms import SandboxSmsGateway, SmsGateway
from desktop.server.throttle import SignInThrottle

if TYPE_CHECKING:  # the SMTP engine loads with the first test e-mail, not at the service's start (issue 11)
    from desktop.mail import Timeouts

#: Default lifetime of an access token, in seconds.
ACCESS_TOKEN_LIFETIME = 600


def system_clock() -> datetime:
    """The current time in UTC (the default clock)."""
    return datetime.now(UTC)


def create_app(db_path: Path, *, clock: Callable[[], datetime] | None = None,
               access_token_lifetime: int = ACCESS_TOKEN_LIFETIME, sandbox: bool = False,
               sms_gateway: SmsGateway | None = None, smtp_ssl_context: ssl.SSLContext | None = None,
               smtp_timeouts: Timeouts | None = None, audience_apps: Collection[str] | None = None) -> FastAPI:
    """Build the account service on the SQLite database at ``db_path``.

    A new database is created, migrated to the current schema and seeded with the sandbox
    account (``app.state.seeded`` tells whether that happened). ``clock`` returns the current
    time (aware UTC) and is kept on ``app.state.clock``, where tests may replace it; it dates
    tokens and the 30-day billing-method lock. ``access_token_lifetime`` is in seconds.

    ``sandbox`` mounts the sandbox's outbox endpoints (``sandbox/outbox/email``, ``…/sms``); the
    mail catcher itself is started by :class:`~desktop.server.embedded.EmbeddedServer` or the CLI.
    ``sms_gateway`` sends the test SMS (default: :class:`~desktop.server.sms.SandboxSmsGateway`,
    which keeps messages in the database). ``smtp_ssl_context`` (``None``: the OS trust store) and
    ``smtp_timeouts`` (``None``: the engine's defaults) are passed to
    :func:`desktop.mail.check_and_send` for the test e-mail. All four are kept on ``app.state``
    (``sandbox``, ``sms_gateway``, ``smtp_ssl_context``, ``smtp_timeouts``), where tests may replace them.

    ``audience_apps``: the apps (the ``app`` of a token's ``app@hostname`` audience) the service issues
    and accepts tokens for; ``None`` (the default) accepts any well-formed audience. Every call checks
    the token's audience (issue 14, point 6); it is kept on ``app.state.audience_apps``.
    Failed password sign-ins are counted on ``app.state.sign_in_throttle``
    (:class:`~desktop.server.throttle.SignInThrottle`, issue 14, point 5).

    Raises:
        desktop.server.schema.SchemaTooNewError: the database was written by a newer service.
        sqlite3.Error: the file cannot be opened as a database.
    """
    repository = Repository(Path(db_path))
    repository.migrate()
    clock = clock or system_clock
    now = clock()
    seeded = seed(repository, as_utc(now))

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        repository.close()  # reopened on the next request if the app is served again

    app = FastAPI(
        title="CX Account Desk account service",
        version=__version__,
        description="The reference account service of CX Account Desk: the ConnexCS control panel's "
                    "account API (Setup > Settings > Account) backed by SQLite.",
        lifespan=lifespan,
    )
    app.state.repository = repository
    app.state.clock = clock
    app.state.access_token_lifetime = int(access_token_lifetime)
    app.state.seeded = seeded
    app.state.sandbox = bool(sandbox)
    app.state.sms_gateway = sms_gateway or SandboxSmsGateway(repository, clock=lambda: as_utc(app.state.clock()))
    app.state.smtp_ssl_context = smtp_ssl_context
    app.state.smtp_timeouts = smtp_timeouts
    app.state.sign_in_throttle = SignInThrottle()
    app.state.audience_apps = frozenset(audience_apps) if audience_apps is not None else None
    install_error_handlers(app)
    app.add_middleware(BodyLimit)  # before the token is checked and the body read (issue 14, point 4)
    app.add_middleware(ServiceDate, clock=lambda: app.state.clock())  # Date by the clock that dates the tokens
    modules = [routes_auth, routes_account, routes_smtp, routes_packages, routes_routing]
    for module in modules + ([routes_sandbox] if sandbox else []):
        app.include_router(module.router, prefix=API_PREFIX)
    return app
