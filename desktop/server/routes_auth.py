"""Sign-in endpoints: refresh tokens and access tokens (design §2, "Confirmed from the platform").

``POST auth/jwt/refresh`` trades an e-mail address and password (HTTP Basic, RFC 7617) or a
still-valid refresh token (Bearer, RFC 6750) for a new refresh token. ``GET auth/jwt`` trades a
refresh token for a short-lived access token, which every other endpoint requires.
``POST auth/jwt/revoke`` (project-defined, design §2) ends a refresh token at Sign Out: afterwards
the token and the access tokens issued for it are refused (in the spirit of RFC 7009).
"""

from __future__ import annotations

import math
from datetime import timedelta
from typing import Any

from fastapi import APIRouter, Request, Response
from pydantic import BaseModel, Field, StrictInt

from desktop.server.auth import (
    REFRESH_LIFETIME_MAX,
    audience_refusal,
    issue_access_token,
    issue_token,
    parse_basic,
    refresh_lifetime,
    refresh_token_id,
    verify_password,
)
from desktop.server.contract import COMMON_ERRORS, Token, answers
from desktop.server.dependencies import BEARER_CHALLENGE, Now, Repo, user_of_token
from desktop.server.errors import ApiError, unauthorized, validation_error
from desktop.server.repository import Repository, UserRecord
from desktop.server.throttle import SignInThrottle

router = APIRouter(tags=["sign-in"])

SIGN_IN_CHALLENGE = 'Basic realm="cxdesk", charset="UTF-8", ' + BEARER_CHALLENGE
BAD_CREDENTIALS = "The e-mail address or password is not correct."


class RefreshRequest(BaseModel):
    """Body of ``POST auth/jwt/refresh``."""

    lifetime: StrictInt | None = Field(
        None, description=f"Seconds the refresh token stays valid; default 30 days, at most "
                          f"{int(REFRESH_LIFETIME_MAX.total_seconds())} (longer values are shortened).")
    audience: str | None = Field(
        None, description="Who the token is for, as app@hostname (printable, no spaces, at most 320 "
                          "characters). Required with a password; with a refresh token it may be omitted "
                          "and otherwise must be the old token's: renewing never changes the audience.")


def too_many_sign_ins(wait: int) -> ApiError:
    """429 ``too_many_sign_ins`` with ``Retry-After: wait`` (seconds; RFC 6585 §4, RFC 9110 §10.2.3)."""
    minutes = max(1, math.ceil(wait / 60))
    when = "a minute" if minutes == 1 else f"{minutes} minutes"
    return ApiError(429, "too_many_sign_ins", f"Too many failed sign-ins for this address or from this computer. "
                    f"Try again in {when}.", headers={"Retry-After": str(wait)}, retry_after=wait)


def _bearer(request: Request) -> str | None:
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def _refresh_claims(request: Request, repository: Repository, now: Now) -> tuple[UserRecord, dict[str, Any]]:
    """The user and claims of the request's refresh token; 401 when it cannot be used."""
    return user_of_token(repository, _bearer(request), typ="refresh", now=now,
                         apps=request.app.state.audience_apps)


@router.post("/auth/jwt/refresh", **answers(Token, errors=(*COMMON_ERRORS, 429), notes={
    401: "Wrong e-mail address or password, or an unusable refresh token.",
    429: "Too many failed passwords for this address or from this client: wait Retry-After seconds (the right "
         "password is refused meanwhile).",
}))
def refresh_token(request: Request, repository: Repo, now: Now, body: RefreshRequest | None = None) -> dict[str, str]:
    """Sign in with a password (Basic) or a refresh token (Bearer) and get a new refresh token."""
    body = body or RefreshRequest()
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "basic":
        credentials = parse_basic(value)
        email = credentials[0] if credentials else ""
        throttle: SignInThrottle = request.app.state.sign_in_throttle
        client = request.client.host if request.client else ""
        wait = throttle.wait(email, client, now)
        if wait:
            raise too_many_sign_ins(wait)
        user = repository.user_by_email(email) if credentials else None
        password_ok = verify_password(credentials[1] if credentials else "", user.password_hash if user else None)
        if user is None or not password_ok:
            throttle.failed(email, client, now)
            raise unauthorized(BAD_CREDENTIALS, SIGN_IN_CHALLENGE)
        throttle.succeeded(email, client)
        audience = body.audience
    elif scheme.lower() == "bearer":
        user, claims = _refresh_claims(request, repository, now)
        audience = str(claims.get("aud") or "")
        if body.audience is not None and body.audience.strip() != audience:
            raise validation_error({"audience": "A renewed sign-in keeps the audience it was made for: "
                                                "sign in with the password to get a token for another app."})
    else:
        raise unauthorized("Sign in with your e-mail address and password.", SIGN_IN_CHALLENGE)
    errors: dict[str, str] = {}
    audience = (audience or "").strip()
    problem = audience_refusal(audience, request.app.state.audience_apps)
    if problem:
        errors["audience"] = problem
    try:
        lifetime = refresh_lifetime(body.lifetime)
    except ValueError as error:
        errors["lifetime"] = str(error)
    if errors:
        raise validation_error(errors)
    token = issue_token(repository.jwt_secret(), user_id=user.id, email=user.email, audience=audience,
                        typ="refresh", now=now, lifetime=lifetime)
    return {"token": token}


@router.get("/auth/jwt", **answers(Token, notes={401: "A missing, invalid or expired refresh token."}))
def access_token(request: Request, repository: Repo, now: Now) -> dict[str, str]:
    """Get a short-lived access token for the refresh token in ``Authorization: Bearer``."""
    user, claims = _refresh_claims(request, repository, now)
    lifetime = timedelta(seconds=request.app.state.access_token_lifetime)
    return {"token": issue_access_token(repository.jwt_secret(), _bearer(request) or "", claims, email=user.email,
                                        now=now, lifetime=lifetime)}


@router.post("/auth/jwt/revoke", response_class=Response, **answers(status=204, notes={
    401: "A missing, invalid, expired or already revoked refresh token."}))
def revoke_token(request: Request, repository: Repo, now: Now) -> Response:
    """Revoke the refresh token in ``Authorization: Bearer`` (Sign Out): it and its access tokens stop working."""
    token = _bearer(request) or ""
    user, claims = _refresh_claims(request, repository, now)
    repository.revoke_token(refresh_token_id(token, claims), user.id, int(claims["exp"]), now)
    return Response(status_code=204)
