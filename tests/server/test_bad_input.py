"""Bad input is a 4xx, always (issue 14, point 3), and tokens are for their audience (point 6)."""

from __future__ import annotations

import json

import jwt
import pytest
import requests

from desktop.server import EmbeddedServer
from desktop.server.body_limit import MAX_JSON_DEPTH
from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD
from tests.server.helpers import AUDIENCE, TIMEOUT, Api, FakeClock, access_token, refresh_token, sign_in

JSON = {"Content-Type": "application/json"}


def put_raw(api: Api, path: str, raw: bytes) -> requests.Response:
    etag = api.get(path).headers["ETag"]
    return api.put(path, data=raw, headers={**JSON, "If-Match": etag})


def assert_error(response: requests.Response, status: int) -> dict:
    assert response.status_code == status, response.text
    response.content.decode("utf-8")  # the answer itself is always UTF-8
    body = response.json()
    assert body["error"] and body["message"]
    return body


@pytest.mark.parametrize("path", ["setup/account", "setup/account/smtp"])
@pytest.mark.parametrize("raw", [b'{"\\ud800": 1}', b'{"\\udc00x": {"\\ud800": "\\ud800"}}'])
def test_a_field_name_with_a_lone_surrogate_is_422_and_never_echoed(admin, path, raw):
    response = put_raw(admin, path, raw)
    body = assert_error(response, 422)
    assert "surrogate" in body["fields"]["body"]
    assert b"\\ud800" not in response.content.lower() and b"\\udc00" not in response.content.lower()


def test_a_value_with_a_lone_surrogate_inside_an_object_is_422(admin):
    body = assert_error(put_raw(admin, "setup/account", b'{"contact": {"phone": "\\ud800"}}'), 422)
    assert set(body["fields"]) == {"contact.phone"}


@pytest.mark.parametrize("raw", [b'{"name": "Caf\xe9"}', b"\xff\xfe{}", b'{"name": "\xed\xa0\x80"}'])
def test_a_body_that_is_not_utf8_is_400_naming_the_problem(admin, raw):
    body = assert_error(put_raw(admin, "setup/account", raw), 400)
    assert body["error"] == "bad_encoding" and "UTF-8" in body["message"]


def test_nesting_deeper_than_the_schema_allows_is_422(admin):
    deep = b'{"name": ' + b"[" * 10_000 + b"]" * 10_000 + b"}"
    body = assert_error(put_raw(admin, "setup/account", deep), 422)
    assert str(MAX_JSON_DEPTH) in body["fields"]["body"]


def test_brackets_inside_strings_do_not_count_as_nesting(admin):
    response = put_raw(admin, "setup/account", b'{"company": "' + b"[{" * 50 + b'\\" [[[ \\\\"}')
    assert response.status_code == 200, response.text
    assert admin.get("setup/account").json()["company"] == "[{" * 50 + '" [[[ \\'


@pytest.mark.parametrize("char", ["\u200b", "\u200d", "\ufeff", "\u2060", "\u00ad", "\u2064"])
@pytest.mark.parametrize("field", ["name", "company"])
def test_invisible_format_characters_are_refused_at_their_field(admin, char, field):
    etag = admin.get("setup/account").headers["ETag"]
    response = admin.put("setup/account", json={field: f"Acme{char}Ltd"}, headers={"If-Match": etag})
    body = assert_error(response, 422)
    assert body["fields"] == {field: body["fields"][field]}
    assert f"U+{ord(char):04X}" in body["fields"][field] and "invisible" in body["fields"][field]


@pytest.mark.parametrize("sub", [str(2**70), str(2**63), "-1", "\u0661", "1e3"])
def test_a_token_whose_subject_is_out_of_range_is_401(service, sub):
    now = int(service.app.state.clock().timestamp())
    token = jwt.encode({"sub": sub, "exp": now + 100, "iat": now, "typ": "access", "aud": AUDIENCE},
                       service.app.state.repository.jwt_secret(), algorithm="HS256")
    response = requests.get(service.base_url + "setup/account", headers={"Authorization": f"Bearer {token}"},
                            timeout=TIMEOUT)
    assert_error(response, 401)


@pytest.mark.parametrize(("audience", "words"), [
    ("\ud800", "visible"), ("app@\u202ehost", "visible"), ("app@ho\u200bst", "visible"), ("app@ho st", "spaces"),
    ("app\n@host", "visible"), ("x" * 400 + "@host", "too long"), ("nohost", "app@hostname"),
    ("@host", "app@hostname"), ("app@", "app@hostname"), ("a@b@c", "app@hostname"),
])
def test_an_audience_that_is_not_a_short_printable_app_at_host_is_422(service, audience, words):
    raw = json.dumps({"audience": audience}).encode("ascii")  # a lone surrogate as the escape \ud800
    response = requests.post(service.base_url + "auth/jwt/refresh", auth=(SANDBOX_EMAIL, SANDBOX_PASSWORD),
                             data=raw, headers=JSON, timeout=TIMEOUT)
    body = assert_error(response, 422)
    assert words in body["fields"]["audience"]
    assert "\\ud800" not in response.text.lower() and "\ufffd" not in response.text


def forged(service: EmbeddedServer, **claims) -> str:
    now = int(service.app.state.clock().timestamp())
    return jwt.encode({"sub": "1", "exp": now + 100, "iat": now, "typ": "access", **claims},
                      service.app.state.repository.jwt_secret(), algorithm="HS256")


def test_access_tokens_carry_their_audience_and_one_without_is_refused(service):
    access = access_token(service.base_url, refresh_token(service.base_url, SANDBOX_EMAIL, SANDBOX_PASSWORD))
    assert jwt.decode(access, options={"verify_signature": False})["aud"] == AUDIENCE
    for token in (forged(service), forged(service, aud=""), forged(service, aud="no at sign")):
        response = requests.get(service.base_url + "setup/account", headers={"Authorization": f"Bearer {token}"},
                                timeout=TIMEOUT)
        assert_error(response, 401)


def test_renewing_a_refresh_token_cannot_change_its_audience(service):
    first = refresh_token(service.base_url, SANDBOX_EMAIL, SANDBOX_PASSWORD)
    response = requests.post(service.base_url + "auth/jwt/refresh", headers={"Authorization": f"Bearer {first}"},
                             json={"audience": "other@elsewhere"}, timeout=TIMEOUT)
    assert "audience" in assert_error(response, 422)["fields"]
    same = requests.post(service.base_url + "auth/jwt/refresh", headers={"Authorization": f"Bearer {first}"},
                         json={"audience": AUDIENCE}, timeout=TIMEOUT)
    assert same.status_code == 200, same.text
    assert jwt.decode(same.json()["token"], options={"verify_signature": False})["aud"] == AUDIENCE


def test_a_service_for_one_app_refuses_tokens_of_another_audience_on_every_call(db_path):
    with EmbeddedServer(db_path, clock=FakeClock(), audience_apps={"cxdesk-tests"}) as service:
        api = sign_in(service.base_url, SANDBOX_EMAIL, SANDBOX_PASSWORD)  # AUDIENCE is cxdesk-tests@localhost
        assert api.get("setup/account").status_code == 200
        other = forged(service, aud="other-app@localhost")
        for method, path in (("GET", "setup/account"), ("GET", "auth/jwt"), ("POST", "auth/jwt/refresh")):
            response = requests.request(method, service.base_url + path, headers={"Authorization": f"Bearer {other}"},
                                        timeout=TIMEOUT)
            assert "another app" in assert_error(response, 401)["message"] or path != "setup/account"
        response = requests.post(service.base_url + "auth/jwt/refresh", auth=(SANDBOX_EMAIL, SANDBOX_PASSWORD),
                                 json={"audience": "other-app@localhost"}, timeout=TIMEOUT)
        assert "audience" in assert_error(response, 422)["fields"]
        api.close()
