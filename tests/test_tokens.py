"""Reading a JWT without PyJWT (desktop.api.tokens): the verdicts of ``jwt.decode`` with ``verify_signature`` off."""

import base64
import json
import time

import jwt
import pytest

from desktop.api.tokens import _unverified_claims, read_token


def b64(data) -> str:
    raw = data if isinstance(data, bytes) else json.dumps(data).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def pyjwt_claims(token):
    try:
        return jwt.decode(token, options={"verify_signature": False, "verify_exp": False, "verify_aud": False})
    except jwt.PyJWTError:
        return None


def ours(token):
    try:
        return _unverified_claims(token)
    except ValueError:
        return None


NOW = int(time.time())
GOOD = jwt.encode({"exp": NOW + 600, "iat": NOW, "email": "ana@example.com", "aud": "cxdesk@pc"}, "k" * 32,
                  algorithm="HS256")
HEADER = b64({"alg": "HS256", "typ": "JWT"})
CLAIMS = b64({"exp": NOW + 600, "email": "ana@example.com"})

SAMPLES = [
    GOOD,
    f"{HEADER}.{CLAIMS}.",  # an empty signature (alg none)
    f"{HEADER}.{CLAIMS}.c2ln",
    f"{HEADER}=.{CLAIMS}.c2ln",  # padding where none fits
    f"{HEADER}.{CLAIMS}",  # two segments
    "abc",
    "",
    "a.b.c",
    f"{HEADER}.{CLAIMS}.c2ln!",  # not base64url
    f"{HEADER}.{CLAIMS}.c2l+",  # base64, not base64url
    f"{HEADER}.{b64([1, 2])}.c2ln",  # a payload that is not an object
    f"{b64([1])}.{CLAIMS}.c2ln",  # a header that is not an object
    f"{HEADER}.{b64(b'not json')}.c2ln",
    f"{b64({'alg': 'HS256', 'b64': False, 'crit': ['b64']})}.{CLAIMS}.c2ln",  # RFC 7797: no claims to read
    f"{HEADER}.{CLAIMS[:-1]}.c2ln",  # a cut payload
    f"{HEADER}.{CLAIMS}.c2lnX",  # a signature of 5 characters (len % 4 == 1)
    f"{HEADER}.{CLAIMS}.c2m",  # stray bits in the last character ("si" is c2k)
    f"{HEADER}.{CLAIMS}.c2k=",  # padding, as some issuers send it
    f"{HEADER}.{CLAIMS}.c2k===",
]


@pytest.mark.parametrize("token", SAMPLES)
def test_the_same_verdict_as_pyjwt(token):
    assert ours(token) == pyjwt_claims(token)


def test_read_token_reads_exp_iat_and_email():
    info = read_token(GOOD)
    assert info.email == "ana@example.com"
    assert int(info.expires_at.timestamp()) == NOW + 600 and info.lifetime() == 600


@pytest.mark.parametrize("token", ["abc", f"{HEADER}.{b64({'email': 'x@y'})}.", "é.é.é"])
def test_read_token_refuses_what_is_not_a_jwt_with_exp(token):
    with pytest.raises(ValueError):
        read_token(token)
