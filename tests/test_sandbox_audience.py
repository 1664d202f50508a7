"""The app's sandbox child issues and accepts tokens for this app only (issue 14, point 6)."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import astuple

import jwt
import pytest
import requests

from desktop.api import AccountClient
from desktop.domain.audience import default_audience
from desktop.server import EmbeddedServer
from desktop.server.seed import SANDBOX_EMAIL
from desktop.shell.sandbox_process import SandboxProcess


def test_the_sandbox_serves_this_apps_audience_and_refuses_another(home, tmp_path):
    sandbox = SandboxProcess(tmp_path / "sandbox.sqlite3")
    try:
        details = sandbox.spawn()
        sandbox.wait_ready()
        client = AccountClient(details.base_url)  # audience cxdesk@<hostname>
        client.sign_in(details.email, details.password)
        assert client.get_account().value.id == 1021
        client.close()
        other = requests.post(details.base_url + "auth/jwt/refresh", auth=(details.email, details.password),
                              json={"audience": "another-app@localhost"}, timeout=10)
        assert other.status_code == 422 and "audience" in other.json()["fields"]
    finally:
        sandbox.stop()


def test_the_ready_line_hands_the_app_a_refresh_token_for_this_app_on_this_host(home, tmp_path):
    """The app signs in to its sandbox with this token: no password request and no scrypt (issue 11)."""
    sandbox = SandboxProcess(tmp_path / "sandbox.sqlite3")
    try:
        details = sandbox.spawn()
        token = sandbox.wait_ready().refresh_token
        claims = jwt.decode(token, options={"verify_signature": False})
        assert (claims["email"], claims["aud"], claims["typ"]) == (SANDBOX_EMAIL, default_audience(), "refresh")
        assert claims["exp"] - claims["iat"] == 30 * 24 * 3600  # the service's default lifetime
        client = AccountClient(details.base_url)
        client.use_refresh_token(token)
        assert client.get_account().value.id == 1021  # the service takes it as any token it issued
        client.close()
        forged = jwt.encode({**claims, "sub": "1"}, "not the service's secret, though as long", algorithm="HS256")
        answer = requests.get(details.base_url + "auth/jwt", headers={"Authorization": f"Bearer {forged}"},
                              timeout=10)
        assert answer.status_code == 401  # the token is checked on every use, as any other
    finally:
        sandbox.stop()


def test_the_ready_line_also_hands_an_access_token_so_the_first_request_is_not_preceded_by_one(home, tmp_path):
    """The first run's first requests go out without ``GET auth/jwt`` (issue 11); the token is an ordinary one."""
    sandbox = SandboxProcess(tmp_path / "sandbox.sqlite3")
    try:
        details = sandbox.spawn()
        refresh, access = astuple(sandbox.wait_ready())
        claims = jwt.decode(access, options={"verify_signature": False})
        refresh_claims = jwt.decode(refresh, options={"verify_signature": False})
        assert (claims["email"], claims["aud"], claims["typ"]) == (SANDBOX_EMAIL, default_audience(), "access")
        assert claims["sid"] == refresh_claims["jti"]  # revoking the refresh token ends it too
        client = AccountClient(details.base_url)
        sent = []
        raw = client._raw  # every request passes here, GET auth/jwt too
        client._raw = lambda method, path, **kwargs: (sent.append(path), raw(method, path, **kwargs))[1]
        client.use_refresh_token(refresh, access_token=access)
        assert client.get_account().value.id == 1021
        assert sent == ["setup/account"], "no GET auth/jwt before the first request"
        assert client.revoke_refresh_token()
        answer = requests.get(details.base_url + "setup/account", headers={"Authorization": f"Bearer {access}"},
                              timeout=10)
        assert answer.status_code == 401  # the access token ended with its refresh token
        client.close()
    finally:
        sandbox.stop()


def test_an_access_token_that_is_not_a_jwt_is_only_a_lost_head_start(tmp_path):
    with EmbeddedServer(tmp_path / "service.sqlite3", audience_apps={"cxdesk"}) as server:
        client = AccountClient(server.base_url)
        client.use_refresh_token(server.sandbox_refresh_token(default_audience()), access_token="not a token")
        assert client.get_account().value.id == 1021  # fetched its own with GET auth/jwt
        client.close()


@pytest.mark.parametrize(("audience", "reason"), [
    ("another-app@localhost", "does not issue tokens for this app"),
    ("cxdesk", "app@hostname"),
    ("cxdesk@my laptop", "without spaces"),
])
def test_the_service_issues_the_sandbox_token_only_for_its_own_app(tmp_path, audience, reason):
    server = EmbeddedServer(tmp_path / "service.sqlite3", audience_apps={"cxdesk"})
    with pytest.raises(ValueError, match=reason):
        server.sandbox_refresh_token(audience)
    assert jwt.decode(server.sandbox_refresh_token("cxdesk@desk-7"), options={"verify_signature": False})["aud"] \
        == "cxdesk@desk-7"


WITHOUT_UNUSED_MODULES = """
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from desktop.server.child import UNUSED_MODULES, _without_unused_modules
_without_unused_modules()
import jwt.algorithms
from desktop.server.auth import issue_token, verify_token
from desktop.server.embedded import EmbeddedServer
assert all(sys.modules[name] is None for name in UNUSED_MODULES) and not jwt.algorithms.has_crypto
now = datetime.now(UTC)
token = issue_token("s3cret", user_id=7, email="a@example.com", audience="cxdesk@h", typ="refresh", now=now,
                    lifetime=timedelta(days=1))
assert verify_token(token, "s3cret", typ="refresh", now=now)["sub"] == "7"
with EmbeddedServer(Path(sys.argv[1]), sandbox=True) as server:  # FastAPI builds every route without pydantic.v1
    import requests
    answer = requests.get(server.base_url + "setup/account", timeout=10)
    assert answer.status_code == 401, answer.text
    assert "desktop.mail" not in sys.modules, "the SMTP engine loads with the first test e-mail, not at the start"
print("ok")
"""


def test_the_sandbox_child_serves_without_the_packages_it_keeps_from_loading(tmp_path):
    """The child keeps PyJWT from ``cryptography``, FastAPI from ``pydantic.v1``; SMTP loads later (issue 11)."""
    done = subprocess.run([sys.executable, "-c", WITHOUT_UNUSED_MODULES, str(tmp_path / "s.sqlite3")],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.stdout.strip() == "ok", done.stderr
