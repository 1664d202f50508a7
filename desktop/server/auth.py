"""Passwords and JSON Web Tokens of the account service.

Passwords are hashed with scrypt (RFC 7914) through :func:`hashlib.scrypt`, with a random 16-byte
salt per password, and stored as ``scrypt$<n>$<r>$<p>$<salt>$<hash>`` (base64) so the cost can
be raised later without breaking stored hashes.

Tokens are JWTs (RFC 7519) signed with HS256 (RFC 7518 §3.2) by PyJWT, with the claims of the
platform's sign-in flow (design §2): ``sub`` (user id as text), ``email``, ``aud`` (``app@host``),
``iat``, ``exp`` and ``typ`` (``"refresh"`` or ``"access"``). A refresh token also carries a random
``jti`` (RFC 7519 §4.1.7) and an access token ``sid``, the id of the refresh token it was issued
for (:func:`refresh_token_id`), so ``POST auth/jwt/revoke`` can refuse both afterwards. Times come
from the service's clock, not the system's, so tests can move time; PyJWT's own time checks are
therefore switched off and :func:`verify_token` compares ``exp`` with the clock itself.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
from collections.abc import Collection
from datetime import datetime, timedelta
from typing import Any

import jwt

#: scrypt cost: N = 2**14, r = 8, p = 1 (16 MiB, the interactive-login figure of RFC 7914 §2).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
_DKLEN = 32
_ALGORITHM = "HS256"

#: Default and longest lifetime of a refresh token.
REFRESH_LIFETIME_DEFAULT = timedelta(days=30)
REFRESH_LIFETIME_MAX = timedelta(days=90)

TOKEN_TYPES = ("refresh", "access")

#: The largest user id a token may name: SQLite's largest INTEGER (2**63 - 1).
MAX_USER_ID = 2**63 - 1

#: The longest audience accepted, in characters: an app name and a host name (RFC 1035 §2.3.4: 253).
AUDIENCE_MAX_LENGTH = 320


def audience_app(audience: str) -> str:
    """The app part of an ``app@hostname`` audience (before the first ``@``)."""
    return audience.partition("@")[0]


def audience_problem(audience: str) -> str | None:
    """What is wrong with ``audience`` as a token's audience (``app@hostname``), or ``None`` if nothing.

    An audience is short (at most :data:`AUDIENCE_MAX_LENGTH` characters), printable (no control,
    format, surrogate or separator characters, no spaces: :meth:`str.isprintable`) and has the
    form ``app@host`` with both parts non-empty and one ``@`` (design §2). The
    answer never repeats the audience, which may hold characters that cannot be encoded.
    """
    if not audience.strip():
        return "Name the app and computer the token is for, as app@hostname."
    if len(audience) > AUDIENCE_MAX_LENGTH:
        return f"The audience is too long: at most {AUDIENCE_MAX_LENGTH} characters, as app@hostname."
    if not audience.isprintable() or any(char.isspace() for char in audience):
        return "The audience may hold only visible characters, without spaces: app@hostname."
    app, at, host = audience.partition("@")
    if not at or not app or not host or "@" in host:
        return "Write the audience as app@hostname: the app's name, one @ and the computer's name."
    return None


def audience_refusal(audience: str, apps: Collection[str] | None) -> str | None:
    """Why a token for ``audience`` is not issued, or ``None``: :func:`audience_problem`, then the app.

    ``apps``: the apps this service issues tokens for (``None``: any; issue 14, point 6).
    """
    problem = audience_problem(audience)
    if problem is None and apps is not None and audience_app(audience) not in apps:
        return "This service does not issue tokens for this app."
    return problem


class TokenError(ValueError):
    """A token that cannot be used: ``str(error)`` is a sentence to show the user."""


def hash_password(password: str) -> str:
    """Return the salted scrypt hash of ``password`` in the self-describing stored format."""
    salt = secrets.token_bytes(16)
    digest = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    encode = base64.b64encode
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${encode(salt).decode()}${encode(digest).decode()}"


def verify_password(password: str, stored: str | None) -> bool:
    """Whether ``password`` matches the stored hash; compares in constant time.

    With ``stored=None`` (no such user) a hash is still computed, so the answer takes as long as
    for a real user and does not reveal which e-mail addresses exist.
    """
    if stored is None:
        _scrypt(password, b"\0" * 16, SCRYPT_N, SCRYPT_R, SCRYPT_P)
        return False
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest, validate=True)
        actual = _scrypt(password, base64.b64decode(salt, validate=True), int(n), int(r), int(p))
    except (ValueError, binascii.Error):
        return False
    return hmac.compare_digest(actual, expected)


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p,
                          maxmem=256 * n * r + 1024 * 1024, dklen=_DKLEN)


def issue_token(secret: str, *, user_id: int, email: str, audience: str, typ: str,
                now: datetime, lifetime: timedelta, refresh_id: str | None = None) -> str:
    """Sign a token of type ``typ`` (``"refresh"`` or ``"access"``) valid from ``now`` for ``lifetime``.

    A refresh token gets a new random ``jti``; an access token gets ``sid = refresh_id`` (the
    :func:`refresh_token_id` of the refresh token it was traded for) when given.

    Raises:
        ValueError: unknown ``typ``.
    """
    if typ not in TOKEN_TYPES:
        raise ValueError(f"unknown token type {typ!r}")
    issued = int(now.timestamp())
    claims = {
        "sub": str(user_id),
        "email": email,
        "aud": audience,
        "iat": issued,
        "exp": issued + int(lifetime.total_seconds()),
        "typ": typ,
    }
    if typ == "refresh":
        claims["jti"] = secrets.token_urlsafe(16)
    elif refresh_id:
        claims["sid"] = refresh_id
    return jwt.encode(claims, secret, algorithm=_ALGORITHM)


def issue_access_token(secret: str, refresh_token: str, claims: dict[str, Any], *, email: str, now: datetime,
                       lifetime: timedelta) -> str:
    """An access token traded for ``refresh_token`` (whose checked ``claims`` are given), as ``GET auth/jwt`` answers.

    Same user (``sub``) and audience as the refresh token, the user's current ``email``; ``sid`` names the
    refresh token (:func:`refresh_token_id`), so revoking it ends the access token too (design §2).
    """
    return issue_token(secret, user_id=int(claims["sub"]), email=email,
                       audience=str(claims.get("aud") or ""), typ="access", now=now, lifetime=lifetime,
                       refresh_id=refresh_token_id(refresh_token, claims))


def verify_token(token: str, secret: str, *, typ: str, now: datetime) -> dict[str, Any]:
    """Check the signature, type and expiry of ``token`` and return its claims.

    The ``aud`` claim (RFC 7519 §4.1.3) must be present and a well-formed ``app@hostname``
    (:func:`audience_problem`); which app that is is not fixed, as each installation names itself.
    ``sub`` must be a user id SQLite can hold (at most :data:`MAX_USER_ID`).

    Raises:
        TokenError: bad signature or format, wrong type, missing or malformed claims (``aud``,
            ``sub`` out of range), or expired at ``now``.
    """
    try:
        claims = jwt.decode(
            token, secret, algorithms=[_ALGORITHM],
            options={"verify_aud": False, "verify_exp": False, "verify_iat": False, "verify_nbf": False,
                     "require": ["sub", "exp", "iat", "typ", "aud"]},
        )
    except jwt.PyJWTError:
        raise TokenError("The sign-in token is not valid. Sign in again.") from None
    if claims.get("typ") != typ:
        raise TokenError("This sign-in token cannot be used for this request. Sign in again.")
    audience = claims.get("aud")
    if not isinstance(audience, str) or audience_problem(audience) is not None:
        raise TokenError("This sign-in token does not name the app it was issued for. Sign in again.")
    sub = str(claims.get("sub", ""))
    if (not isinstance(claims.get("exp"), int) or not (sub.isascii() and sub.isdigit())
            or int(sub) > MAX_USER_ID):
        raise TokenError("The sign-in token is not valid. Sign in again.")
    if now.timestamp() >= claims["exp"]:
        raise TokenError("The sign-in token has expired. Sign in again.")
    return claims


def refresh_token_id(token: str, claims: dict[str, Any]) -> str:
    """The id under which a refresh token is revoked (text).

    Its ``jti``, or for a token issued before refresh tokens had one, the SHA-256 of the token
    (hex), which names it as uniquely.
    """
    jti = claims.get("jti")
    return str(jti) if isinstance(jti, str) and jti else hashlib.sha256(token.encode("utf-8")).hexdigest()


def refresh_lifetime(seconds: int | None) -> timedelta:
    """The lifetime of a new refresh token: the default when ``None``, at most the maximum.

    Raises:
        ValueError: ``seconds`` is not positive.
    """
    if seconds is None:
        return REFRESH_LIFETIME_DEFAULT
    if isinstance(seconds, bool) or seconds <= 0:
        raise ValueError("The lifetime must be a positive number of seconds.")
    if seconds >= REFRESH_LIFETIME_MAX.total_seconds():  # before timedelta(), which overflows on huge numbers
        return REFRESH_LIFETIME_MAX
    return timedelta(seconds=seconds)


def parse_basic(header_value: str) -> tuple[str, str] | None:
    """Decode the credentials of ``Authorization: Basic …`` (RFC 7617, UTF-8); ``None`` if malformed."""
    try:
        decoded = base64.b64decode(header_value.strip(), validate=True).decode("utf-8")
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return None
    email, sep, password = decoded.partition(":")
    return (email, password) if sep else None
