"""FastAPI dependencies: the repository, the clock and the signed-in user of a request.

The app keeps its :class:`~desktop.server.repository.Repository` on ``app.state.repository`` and
its clock on ``app.state.clock``; both are looked up on every request, so a test may replace
the clock at any time (``app.state.clock = lambda: ...``).

Every endpoint except sign-in takes :data:`Reader` (any signed-in user) or :data:`Editor`
(users with the ``admin`` role; a ``viewer`` gets 403).
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from desktop.domain.models import as_utc
from desktop.server.auth import TokenError, audience_app, refresh_token_id, verify_token
from desktop.server.errors import ApiError, unauthorized
from desktop.server.repository import Repository, UserRecord

BEARER_CHALLENGE = 'Bearer realm="cxdesk"'

# Parses "Authorization: Bearer …" and documents the scheme in openapi.json; errors are ours.
_bearer = HTTPBearer(auto_error=False, description="An access token from GET auth/jwt.")


def get_repository(request: Request) -> Repository:
    """The repository of the app that serves ``request``."""
    return request.app.state.repository


def now(request: Request) -> datetime:
    """The current time by the app's clock, as an aware UTC datetime (a naive one is taken as UTC)."""
    return as_utc(request.app.state.clock())


def current_user(request: Request,
                 credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> UserRecord:
    """The user of the request's access token.

    Raises:
        ApiError: 401 when the token is missing, invalid, of the wrong type or expired, or its
            user no longer exists.
    """
    token = credentials.credentials if credentials is not None else None
    user, _claims = user_of_token(get_repository(request), token, typ="access", now=now(request),
                                  apps=request.app.state.audience_apps)
    return user


def user_of_token(repository: Repository, token: str | None, *, typ: str, now: datetime,
                  apps: Collection[str] | None = None) -> tuple[UserRecord, dict[str, Any]]:
    """The user and claims of a bearer token of type ``typ`` (``"access"`` or ``"refresh"``).

    A revoked refresh token (``POST auth/jwt/revoke``) is refused, and so is an access token
    issued for it (its ``sid`` claim). The token's audience (``aud``, RFC 7519 §4.1.3) must be a
    well-formed ``app@hostname`` and, when ``apps`` is given (``create_app(audience_apps=…)``),
    name one of those apps: a token of another audience gets 401 (design §2).

    Raises:
        ApiError: 401 when the token is missing, invalid, of the wrong type or audience, expired
            or revoked, or its user no longer exists.
    """
    if not token:
        article = "an" if typ == "access" else "a"
        raise unauthorized(f"Sign in first: this request needs {article} {typ} token.", BEARER_CHALLENGE)
    try:
        claims = verify_token(token, repository.jwt_secret(), typ=typ, now=now)
    except TokenError as error:
        raise unauthorized(str(error), BEARER_CHALLENGE + ', error="invalid_token"') from None
    if apps is not None and audience_app(str(claims["aud"])) not in apps:
        raise unauthorized("This sign-in token was issued for another app. Sign in again.",
                           BEARER_CHALLENGE + ', error="invalid_token"')
    revoked_id = refresh_token_id(token, claims) if typ == "refresh" else claims.get("sid")
    if isinstance(revoked_id, str) and revoked_id and repository.is_revoked(revoked_id):
        raise unauthorized("This sign-in was ended by a Sign Out. Sign in again.",
                           BEARER_CHALLENGE + ', error="invalid_token"')
    user = repository.user_by_id(int(claims["sub"]))
    if user is None:
        raise unauthorized("This user no longer exists. Sign in again.",
                           BEARER_CHALLENGE + ', error="invalid_token"')
    return user, claims


def admin_user(user: Annotated[UserRecord, Depends(current_user)]) -> UserRecord:
    """The signed-in user, if allowed to make changes.

    Raises:
        ApiError: 403 ``forbidden`` for a user with the ``viewer`` role.
    """
    if user.role != "admin":
        raise ApiError(403, "forbidden", "Your user may view this account but not change it. "
                       "Ask an administrator of the account to make this change.")
    return user


#: Any signed-in user (for GET).
Reader = Annotated[UserRecord, Depends(current_user)]
#: A signed-in user with the ``admin`` role (for PUT and POST).
Editor = Annotated[UserRecord, Depends(admin_user)]
#: The repository of the request's app.
Repo = Annotated[Repository, Depends(get_repository)]
#: The current time by the app's clock.
Now = Annotated[datetime, Depends(now)]
