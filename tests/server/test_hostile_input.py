"""Inputs that once made the service answer 500: each now gets a JSON 4xx with a message."""

from __future__ import annotations

import subprocess
import sys

import pytest
import requests

from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD
from tests.server.helpers import AUDIENCE, TIMEOUT

HUGE = 10**30


def assert_json_error(response: requests.Response, status: int) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"] and body["message"]
    return body


@pytest.mark.parametrize("lifetime", [HUGE, True, 2**63])
def test_sign_in_lifetime_that_is_huge_or_not_a_number(service, lifetime):
    response = requests.post(service.base_url + "auth/jwt/refresh", auth=(SANDBOX_EMAIL, SANDBOX_PASSWORD),
                             json={"audience": AUDIENCE, "lifetime": lifetime}, timeout=TIMEOUT)
    if lifetime is True:
        assert "lifetime" in assert_json_error(response, 422)["fields"]
    else:  # longer than the maximum is shortened, as documented
        assert response.status_code == 200, response.text


def test_ids_beyond_sqlite_integers(admin):
    assert_json_error(admin.get("routing", params={"company_id": HUGE}), 422)
    assert_json_error(admin.put(f"routing/{HUGE}", json={"media": {"call_recording": "always"}}), 422)


def test_routes_of_an_unknown_customer_are_404(admin):
    assert_json_error(admin.get("routing", params={"company_id": 999999}), 404)


@pytest.mark.parametrize("raw", ['{"name": "\\ud800"}', '{"company": "a\\u0000b"}', '{"name": "x\\u202ey"}'])
def test_broken_or_invisible_characters_are_refused_at_their_field(admin, raw):
    etag = admin.get("setup/account").headers["ETag"]
    response = admin.put("setup/account", data=raw.encode(), headers={"If-Match": etag,
                                                                       "Content-Type": "application/json"})
    body = assert_json_error(response, 422)
    assert set(body["fields"]) <= {"name", "company"} and body["fields"]


def test_a_broken_character_in_the_smtp_password_is_refused(admin):
    etag = admin.get("setup/account/smtp").headers["ETag"]
    response = admin.put("setup/account/smtp", data=b'{"password": "\\ud800"}',
                         headers={"If-Match": etag, "Content-Type": "application/json"})
    assert "password" in assert_json_error(response, 422)["fields"]


def test_the_command_line_refuses_a_port_out_of_range(tmp_path):
    result = subprocess.run([sys.executable, "-m", "desktop.server.cli", "--db", str(tmp_path / "x.sqlite3"),
                             "--port", "99999"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "65535" in result.stderr and "Traceback" not in result.stderr
