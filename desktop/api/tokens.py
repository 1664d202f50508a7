"""Reading JWTs the way design §2 asks: ``exp`` and ``email`` without verifying the signature.

The client never holds the server's key; it only needs to know when a token expires so that it
can renew it in time (RFC 7519 §4.1.4, ``exp`` in seconds since the epoch).

Reading claims without a signature check is two base64url decodes and two JSON parses of the JWS
compact serialisation (RFC 7515 §3.1 and §7.1, RFC 7519 §7.2, steps 1–8 without the signature), so it
is done here with the standard library. PyJWT, which the account service uses to sign and verify its
tokens, loads the cryptography package at import (its RS/ES/EdDSA algorithms): 18 MiB and 0.13 s in the
GUI process right after the first paint, for nothing a reader of ``exp`` needs (issue 11).
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any


@dataclass(frozen=True)
class TokenInfo:
    """The claims the client uses: expiry and issue time (aware UTC) and the e-mail it was issued to."""

    token: str
    expires_at: datetime
    issued_at: datetime | None
    email: str

    def seconds_left(self, now: datetime) -> float:
        """Seconds until expiry at ``now`` (negative once expired)."""
        return (self.expires_at - now).total_seconds()

    def lifetime(self) -> float | None:
        """The token's whole lifetime in seconds (``exp - iat``), or ``None`` without ``iat``."""
        if self.issued_at is None:
            return None
        return (self.expires_at - self.issued_at).total_seconds()


def read_token(token: str) -> TokenInfo:
    """Decode a JWT's payload without verifying its signature.

    Args:
        token: a JWT in the JWS compact serialisation (``header.payload.signature``, base64url).

    Raises:
        ValueError: not a JWT (not three base64url parts, a header or payload that is not a JSON
            object), or no ``exp`` claim, or ``exp``/``iat`` that are not NumericDates (RFC 7519 §2).
    """
    claims = _unverified_claims(token)
    if "exp" not in claims:
        raise ValueError("the token has no exp claim")
    iat = claims.get("iat")
    return TokenInfo(
        token=token,
        expires_at=_numeric_date(claims["exp"], "exp"),
        issued_at=_numeric_date(iat, "iat") if iat is not None else None,
        email=str(claims.get("email", "")),
    )


def _unverified_claims(token: str) -> dict[str, Any]:
    """The JWT Claims Set of ``token``, its signature not checked (RFC 7519 §7.2; RFC 7515 §7.1).

    Raises:
        ValueError: as :func:`read_token`.
    """
    parts = token.split(".")
    if len(parts) != 3:
        raise ValueError(f"not a JWT: {len(parts)} dot-separated parts, not 3")
    header, payload = (_json_object(part, name) for part, name in ((parts[0], "header"), (parts[1], "payload")))
    if "alg" not in header:
        raise ValueError("not a JWT: the header names no alg")  # RFC 7515 §4.1.1: alg must be present
    return payload


def _json_object(part: str, name: str) -> dict[str, Any]:
    """One base64url part (no padding, RFC 7515 §2) decoded as a UTF-8 JSON object."""
    try:
        raw = base64.b64decode(part + "=" * (-len(part) % 4), altchars=b"-_", validate=True)
        value = json.loads(raw.decode("utf-8"))
    except (binascii.Error, UnicodeDecodeError, ValueError) as error:
        raise ValueError(f"not a JWT: its {name} is not base64url-encoded JSON ({error})") from None
    if not isinstance(value, dict):
        raise ValueError(f"not a JWT: its {name} is not a JSON object")
    return value


def _numeric_date(value: object, claim: str) -> datetime:
    """A NumericDate claim (seconds since the epoch, RFC 7519 §2) as an aware UTC datetime."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"the token's {claim} claim is not a number")
    try:
        return datetime.fromtimestamp(int(value), UTC)
    except (OverflowError, OSError, ValueError) as error:
        raise ValueError(f"the token's {claim} claim is out of range ({error})") from None
