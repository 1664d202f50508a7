"""Sign-in: refresh tokens (Basic or Bearer), access tokens, expiry, roles."""

from __future__ import annotations

import base64

import jwt
import requests

from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD, VIEWER_EMAIL
from tests.server.helpers import AUDIENCE, START, TIMEOUT, Api, access_token, edit_account, refresh_token


def claims(token: str) -> dict:
    return jwt.decode(token, options={"verify_signature": False})


def test_sign_in_with_password_gives_a_refresh_token_with_the_platform_claims(service):
    token = refresh_token(service.base_url, SANDBOX_EMAIL, SANDBOX_PASSWORD)
    payload = claims(token)
    assert payload["typ"] == "refresh"
    assert payload["email"] == SANDBOX_EMAIL
    assert payload["aud"] == AUDIENCE
    assert isinstance(payload["sub"], str) and payload["sub"].isdigit()
    assert payload["iat"] == int(START.timestamp())
    assert payload["exp"] - payload["iat"] == 30 * 86400


def test_e_mail_address_is_matched_without_regard_to_case(service):
    assert claims(refresh_token(service.base_url, "SandBox@Example.COM", SANDBOX_PASSWORD))["typ"] == "refresh"


def test_refresh_lifetime_is_honoured_and_capped_at_90_days(service):
    short = claims(refresh_token(service.base_url, SANDBOX_EMAIL, SANDBOX_PASSWORD, lifetime=3600))
    assert short["exp"] - short["iat"] == 3600
    long = claims(refresh_token(service.base_url, SANDBOX_EMAIL, SANDBOX_PASSWORD, lifetime=10**9))
    assert long["exp"] - long["iat"] == 90 * 86400


def test_a_refresh_token_renews_itself_and_keeps_its_audience(service, fake_clock):
    first = refresh_token(service.base_url, SANDBOX_EMAIL, SANDBOX_PASSWORD)
    fake_clock.advance(days=20)
    response = requests.post(service.base_url + "auth/jwt/refresh", headers={"Authorization": f"Bearer {first}"},
                             json={}, timeout=TIMEOUT)
    assert response.status_code == 200, response.text
    renewed = claims(response.json()["token"])
    assert renewed["aud"] == AUDIENCE
    assert renewed["iat"] == int(fake_clock.now.timestamp())


def test_wrong_password_and_unknown_user_get_401_with_a_challenge(service):
    for email, password in ((SANDBOX_EMAIL, "wrong"), ("nobody@example.com", SANDBOX_PASSWORD)):
        response = requests.post(service.base_url + "auth/jwt/refresh", auth=(email, password),
                                 json={"audience": AUDIENCE}, timeout=TIMEOUT)
        assert response.status_code == 401
        assert response.json() == {"error": "unauthorized",
                                   "message": "The e-mail address or password is not correct."}
        assert "Basic" in response.headers["WWW-Authenticate"]


def test_malformed_basic_credentials_and_no_credentials_get_401(service):
    for headers in ({"Authorization": "Basic !!!"}, {"Authorization": "Basic " + base64.b64encode(b"x").decode()}, {}):
        response = requests.post(service.base_url + "auth/jwt/refresh", headers=headers,
                                 json={"audience": AUDIENCE}, timeout=TIMEOUT)
        assert response.status_code == 401
        assert response.json()["error"] == "unauthorized"


def test_password_sign_in_needs_an_audience(service):
    response = requests.post(service.base_url + "auth/jwt/refresh", auth=(SANDBOX_EMAIL, SANDBOX_PASSWORD),
                             json={}, timeout=TIMEOUT)
    assert response.status_code == 422
    assert set(response.json()["fields"]) == {"audience"}


def test_access_token_works_and_has_the_configured_lifetime(service):
    refresh = refresh_token(service.base_url, SANDBOX_EMAIL, SANDBOX_PASSWORD)
    token = access_token(service.base_url, refresh)
    payload = claims(token)
    assert payload["typ"] == "access" and payload["aud"] == AUDIENCE and payload["email"] == SANDBOX_EMAIL
    assert payload["exp"] - payload["iat"] == 600
    api = Api(service.base_url, token)
    assert api.get("setup/account").status_code == 200
    api.close()


def test_expired_access_token_gets_401(service, admin, fake_clock):
    assert admin.get("setup/account").status_code == 200
    fake_clock.advance(seconds=600)
    response = admin.get("setup/account")
    assert response.status_code == 401
    assert response.json()["error"] == "unauthorized"
    assert 'error="invalid_token"' in response.headers["WWW-Authenticate"]


def test_expired_refresh_token_gets_401(service, fake_clock):
    refresh = refresh_token(service.base_url, SANDBOX_EMAIL, SANDBOX_PASSWORD, lifetime=60)
    fake_clock.advance(seconds=61)
    response = requests.get(service.base_url + "auth/jwt", headers={"Authorization": f"Bearer {refresh}"},
                            timeout=TIMEOUT)
    assert response.status_code == 401
    assert response.json()["error"] == "unauthorized"


def test_tokens_are_not_interchangeable(service):
    refresh = refresh_token(service.base_url, SANDBOX_EMAIL, SANDBOX_PASSWORD)
    access = access_token(service.base_url, refresh)
    as_access = Api(service.base_url, refresh).get("setup/account")
    assert as_access.status_code == 401
    as_refresh = requests.get(service.base_url + "auth/jwt", headers={"Authorization": f"Bearer {access}"},
                              timeout=TIMEOUT)
    assert as_refresh.status_code == 401


def test_missing_forged_or_garbage_token_gets_401(service):
    forged = jwt.encode({"sub": "1", "email": SANDBOX_EMAIL, "aud": AUDIENCE, "iat": int(START.timestamp()),
                         "exp": int(START.timestamp()) + 600, "typ": "access"}, "not-the-secret" * 4,
                        algorithm="HS256")
    for token in (None, forged, "garbage"):
        response = Api(service.base_url, token).get("customer")
        assert response.status_code == 401
        assert response.json()["error"] == "unauthorized"
        assert response.json()["message"]
        assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_viewer_may_read_but_not_change(service, viewer):
    assert viewer.get("setup/account").status_code == 200
    assert viewer.get("setup/account/package").status_code == 200
    assert claims(viewer.session.headers["Authorization"].split()[1])["email"] == VIEWER_EMAIL
    attempts = [
        edit_account(viewer, {"name": "Someone Else"}),
        viewer.put("setup/account/billing-method", json={"billing_method": "per_minute"}),
        viewer.post("setup/account/package", json={"feature": "call_recording"}),
        viewer.put("routing/5201", json={"media": {"call_recording": "disabled"}}),
    ]
    for response in attempts:
        assert response.status_code == 403, response.text
        assert response.json()["error"] == "forbidden"
        assert response.json()["message"]
    assert viewer.get("setup/account").json()["name"] == "Dana Whitfield"
