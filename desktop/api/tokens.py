"""Reading JWTs the way design §2 asks: ``exp`` and ``email`` without verifying the signature.

The client never holds the server's key; it only needs to know when a token expires so that it
can renew it in time (RFC 7519 §4.1.4, ``exp`` in seconds since the epoch).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime


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

    Raises:
        ValueError: not a JWT, or no ``exp`` claim.
    """
    import jwt  # PyJWT loads urllib.request and http.client: not on the first paint's path (issue 11)

    try:
        claims = jwt.decode(token, options={"verify_signature": False, "verify_exp": False,
                                            "verify_aud": False})
    except jwt.PyJWTError as error:
        raise ValueError(f"not a JWT: {error}") from None
    if "exp" not in claims:
        raise ValueError("the token has no exp claim")
    iat = claims.get("iat")
    return TokenInfo(
        token=token,
        expires_at=datetime.fromtimestamp(int(claims["exp"]), UTC),
        issued_at=datetime.fromtimestamp(int(iat), UTC) if iat is not None else None,
        email=str(claims.get("email", "")),
    )
