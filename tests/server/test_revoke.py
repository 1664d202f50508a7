"""Sign Out on the server: ``POST auth/jwt/revoke`` ends a refresh token and the access tokens issued for it."""

from __future__ import annotations

import sqlite3

import jwt
import requests
from fastapi.responses import JSONResponse

from desktop.api import AccountClient
from desktop.server import EmbeddedServer, create_app
from desktop.server.schema import MIGRATIONS, migrate, schema_version
from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD
from tests.server.helpers import TIMEOUT, Api, access_token, refresh_token


def revoke(base_url: str, token: str | None) -> requests.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return requests.post(base_url + "auth/jwt/revoke", headers=headers, timeout=TIMEOUT)


def test_a_revoked_refresh_token_and_its_access_tokens_are_refused(service):
    refresh = refresh_token(service.base_url, SANDBOX_EMAIL, SANDBOX_PASSWORD)
    access = access_token(service.base_url, refresh)
    other = refresh_token(service.base_url, SANDBOX_EMAIL, SANDBOX_PASSWORD)
    assert Api(service.base_url, access).get("setup/account").status_code == 200

    response = revoke(service.base_url, refresh)
    assert response.status_code == 204 and response.content == b""

    refused = requests.get(service.base_url + "auth/jwt", headers={"Authorization": f"Bearer {refresh}"},
                           timeout=TIMEOUT)
    assert refused.status_code == 401 and "Sign Out" in refused.json()["message"]
    renewal = requests.post(service.base_url + "auth/jwt/refresh", headers={"Authorization": f"Bearer {refresh}"},
                            json={}, timeout=TIMEOUT)
    assert renewal.status_code == 401, "no new refresh token for a revoked one"
    assert Api(service.base_url, access).get("setup/account").status_code == 401, "its access token too"
    assert revoke(service.base_url, refresh).status_code == 401, "already ended"

    assert Api(service.base_url, access_token(service.base_url, other)).get("setup/account").status_code == 200, \
        "another sign-in of the same user goes on"


def test_revoke_needs_a_refresh_token(service):
    refresh = refresh_token(service.base_url, SANDBOX_EMAIL, SANDBOX_PASSWORD)
    assert revoke(service.base_url, None).status_code == 401
    assert revoke(service.base_url, access_token(service.base_url, refresh)).status_code == 401, "not an access token"
    assert revoke(service.base_url, "not-a-token").status_code == 401


def test_refresh_tokens_are_told_apart_by_their_jti(service):
    first = jwt.decode(refresh_token(service.base_url, SANDBOX_EMAIL, SANDBOX_PASSWORD),
                       options={"verify_signature": False})
    second = jwt.decode(refresh_token(service.base_url, SANDBOX_EMAIL, SANDBOX_PASSWORD),
                        options={"verify_signature": False})
    assert first["jti"] != second["jti"], "two sign-ins in the same second are two tokens"


def test_revocations_survive_a_restart(db_path):
    with EmbeddedServer(db_path) as running:
        refresh = refresh_token(running.base_url, SANDBOX_EMAIL, SANDBOX_PASSWORD)
        assert revoke(running.base_url, refresh).status_code == 204
    with EmbeddedServer(db_path) as running:
        response = requests.get(running.base_url + "auth/jwt", headers={"Authorization": f"Bearer {refresh}"},
                                timeout=TIMEOUT)
        assert response.status_code == 401


def test_a_version_2_database_gains_the_revocation_table_and_keeps_its_users(tmp_path):
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, MIGRATIONS[:2])
    conn.execute("INSERT INTO account (id, name) VALUES (1, 'Old')")
    assert schema_version(conn) == 2
    assert migrate(conn) == 2
    assert schema_version(conn) == len(MIGRATIONS)
    assert conn.execute("SELECT name FROM account").fetchall() == [("Old",)]
    assert conn.execute("SELECT COUNT(*) FROM revoked_token").fetchone() == (0,)
    conn.close()


def test_the_client_revokes_and_forgets_its_tokens(service):
    client = AccountClient(service.base_url)
    token = client.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
    assert client.revoke_refresh_token() is True
    assert not client.signed_in
    later = AccountClient(service.base_url)
    later.use_refresh_token(token)
    response = requests.get(service.base_url + "auth/jwt", headers={"Authorization": f"Bearer {token}"},
                            timeout=TIMEOUT)
    assert response.status_code == 401
    assert AccountClient(service.base_url).revoke_refresh_token() is True, "nothing to revoke"


def test_against_a_server_without_revoke_the_client_says_it_was_local_only(tmp_path):
    app = create_app(tmp_path / "old-server.sqlite3")

    @app.middleware("http")
    async def no_revoke_endpoint(request, call_next):  # the platform's own service, say
        if request.url.path.endswith("/auth/jwt/revoke"):
            return JSONResponse({"error": "not_found", "message": "Not Found"}, status_code=404)
        return await call_next(request)

    with EmbeddedServer(tmp_path / "old-server.sqlite3", app=app) as running:
        client = AccountClient(running.base_url)
        client.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
        assert client.revoke_refresh_token() is False, "404: signing out was local only"
        assert not client.signed_in, "the tokens are forgotten anyway"
