"""Reading a JWT's claims without its signature (desktop.api.tokens): the tokens the service signs with
PyJWT read the same, and anything that is not a JWT with an ``exp`` is a ValueError with the reason."""

import base64
import json
from datetime import UTC, datetime

import jwt
import pytest

from desktop.api.tokens import read_token

EXP = 1_900_000_000
IAT = 1_899_990_000
#: A payload whose bytes are not UTF-8 (RFC 7519 §7.2 step 8 asks for UTF-8 JSON).
NOT_UTF8 = base64.urlsafe_b64encode(b'{"exp": 1, "e": "\xff"}').rstrip(b"=").decode()


def part(value: object) -> str:
    """``value`` as JSON, base64url-encoded without padding (RFC 7515 §2)."""
    return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()


def test_a_token_signed_by_pyjwt_reads_the_same():
    token = jwt.encode({"exp": EXP, "iat": IAT, "email": "zoë@example.com", "sub": "1"}, "k" * 32, algorithm="HS256")

    info = read_token(token)

    assert info.token == token
    assert info.expires_at == datetime.fromtimestamp(EXP, UTC)
    assert info.issued_at == datetime.fromtimestamp(IAT, UTC)
    assert info.email == "zoë@example.com"
    assert info.lifetime() == EXP - IAT


@pytest.mark.parametrize("email", ["a@b.c", "ab@b.c", "abc@b.c", "abcd@b.c"])  # every padding length
def test_payloads_of_every_length_decode(email):
    token = f"{part({'alg': 'none'})}.{part({'exp': EXP, 'email': email})}."

    assert read_token(token).email == email
    assert read_token(token).issued_at is None


@pytest.mark.parametrize(("token", "reason"), [
    ("", "3"),
    ("abc", "3"),
    ("a.b.c.d", "3"),
    (f"{part({'alg': 'HS256'})}.not*base64.x", "payload is not base64url"),
    (f"{part({'alg': 'HS256'})}.{part([1, 2])}.x", "payload is not a JSON object"),
    (f"{part({'typ': 'JWT'})}.{part({'exp': EXP})}.x", "no alg"),
    (f"{part({'alg': 'HS256'})}.{part({'email': 'a@b.c'})}.x", "no exp claim"),
    (f"{part({'alg': 'HS256'})}.{part({'exp': 'soon'})}.x", "exp claim is not a number"),
    (f"{part({'alg': 'HS256'})}.{part({'exp': True})}.x", "exp claim is not a number"),
    (f"{part({'alg': 'HS256'})}.{part({'exp': EXP, 'iat': [1]})}.x", "iat claim is not a number"),
    (f"{part({'alg': 'HS256'})}.{part({'exp': 10 ** 30})}.x", "out of range"),
    (f"{part({'alg': 'HS256'})}.{NOT_UTF8}.x", "not base64url-encoded JSON"),
])
def test_what_is_not_a_token_with_an_expiry_is_refused_with_the_reason(token, reason):
    with pytest.raises(ValueError, match=reason):
        read_token(token)
