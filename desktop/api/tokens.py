"""Reading JWTs the way design §2 asks: ``exp`` and ``email`` without verifying the signature.

The client never holds the server's key; it only needs to know when a token expires so that it
can renew it in time (RFC 7519 §4.1.4, ``exp`` in seconds since the epoch).

With no signature to check, reading a token is decoding its JWS compact form (RFC 7515 §7.1:
``header.payload.signature``, each base64url without padding; header and payload JSON objects),
done here with the standard library: a stored token is read on the GUI thread at start-up, and
importing PyJWT takes 50 ms or more there (its JWKS client loads ``urllib.request`` and ``http.client``,
and it loads ``cryptography`` where that is installed; issue 11, "instant start"). The segments are judged
as strictly as PyJWT's ``jwt.decode`` with ``verify_signature`` off judges them (``tests/test_tokens.py``
compares the two); header parameters that only matter to a signature check (``kid``, ``crit``) are not.
"""

from __future__ import annotations

import base64
import json
import string
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

#: The characters of base64url (RFC 4648 §5), as byte values.
_BASE64URL = frozenset((string.ascii_letters + string.digits + "-_").encode("ascii"))


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
    try:
        claims = _unverified_claims(token)
    except ValueError as error:
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


def _unverified_claims(token: str) -> dict[str, Any]:
    """The payload of a JWS in compact form, its signature not checked.

    Raises:
        ValueError: not three base64url segments, or a header or payload that is not a JSON object.
    """
    try:
        signed, signature = token.encode("utf-8").rsplit(b".", 1)
        header_part, payload_part = signed.split(b".", 1)
    except ValueError:
        raise ValueError("Not enough segments") from None
    header = _json_object(_segment(header_part, "header"), "header")
    if header.get("b64", True) is False:  # RFC 7797: a detached payload, never a JWT's claims
        raise ValueError("the payload is not encoded (b64 false)")
    payload = _json_object(_segment(payload_part, "payload"), "payload")
    _segment(signature, "crypto")
    return payload


def _segment(part: bytes, name: str) -> bytes:
    """A base64url segment, decoded: its alphabet only, canonical, padding optional (as PyJWT checks it)."""
    stripped = part.rstrip(b"=")
    padding = len(part) - len(stripped)
    if (padding > 2 or (padding and len(part) % 4) or len(stripped) % 4 == 1
            or not _BASE64URL.issuperset(stripped)):
        raise ValueError(f"Invalid {name} padding")
    decoded = base64.urlsafe_b64decode(stripped + b"=" * (-len(stripped) % 4))
    if base64.urlsafe_b64encode(decoded).rstrip(b"=") != stripped:  # stray bits in the last character
        raise ValueError(f"Invalid {name} padding")
    return decoded


def _json_object(data: bytes, name: str) -> dict[str, Any]:
    """A segment's JSON object."""
    try:
        value = json.loads(data)
    except (ValueError, RecursionError) as error:
        raise ValueError(f"Invalid {name} string: {error}") from None
    if not isinstance(value, dict):
        raise ValueError(f"Invalid {name} string: must be a json object")
    return value
