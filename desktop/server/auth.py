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


def verify_token(token: str, secret: str, *, typ: str, now: datetime) -> dict[str, Any]:
    """Check the signature, type and expiry of ``token`` and return its claims.

    Any audience is accepted (each installation names itself ``app@hostname``).

    Raises:
        TokenError: bad signature or format, wrong type, missing claims, or expired at ``now``.
    """
    try:
        claims = jwt.decode(
            token, secret, algorithms=[_ALGORITHM],
            options={"verify_aud": False, "verify_exp": False, "verify_iat": False, "verify_nbf": False,
                     "require": ["sub", "exp", "iat", "typ"]},
        )
    except jwt.PyJWTError:
        raise TokenError("The sign-in token is not valid. Sign in again.") from None
    if claims.get("typ") != typ:
        raise TokenError("This sign-in token cannot be used for this request. Sign in again.")
    if not isinstance(claims.get("exp"), int) or not str(claims.get("sub", "")).isdigit():
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
