"""GET and PUT setup/account/smtp: the contract shape, ETag/If-Match, validation, the write-only password."""

from __future__ import annotations

import sqlite3

import requests

from desktop.server import create_app
from desktop.server.mail_catcher import point_sandbox_at
from desktop.server.schema import SCHEMA_VERSION
from desktop.server.seed import SANDBOX_ACCOUNT_ID
from desktop.server.smtp_store import load_smtp
from tests.server.helpers import TIMEOUT, Api

SMTP_KEYS = {"from_address", "username", "password_set", "server", "sms_from", "certificate_sha256"}
SEEDED = {"from_address": "noc@northwind-telecom.example", "username": "", "password_set": False,
          "server": "smtp.northwind-telecom.example:587", "sms_from": "Northwind", "certificate_sha256": ""}
SECRET = "S3cret: pässwörd with spaces"


def put_smtp(api: Api, changes: dict, etag: str | None = None):
    etag = etag or api.get("setup/account/smtp").headers["ETag"]
    return api.put("setup/account/smtp", json=changes, headers={"If-Match": etag})


def test_get_has_the_contract_shape_the_seeded_values_and_a_strong_etag(admin):
    response = admin.get("setup/account/smtp")
    assert response.status_code == 200
    assert response.json() == SEEDED and set(response.json()) == SMTP_KEYS
    etag = response.headers["ETag"]
    assert etag.startswith('"') and not etag.startswith("W/")
    assert admin.get("setup/account/smtp").headers["ETag"] == etag
    not_modified = admin.get("setup/account/smtp", headers={"If-None-Match": etag})
    assert not_modified.status_code == 304 and not_modified.headers["ETag"] == etag


def test_put_saves_normalised_values_and_the_plus_of_an_e164_sender_survives(admin):
    before = admin.get("setup/account/smtp").headers["ETag"]
    response = put_smtp(admin, {"server": " Mail.Example.COM:0587 ", "username": "  noc@northwind-telecom.example ",
                                "sms_from": "0044 (20) 7123-4567", "from_address": "Alerts@Northwind-Telecom.EXAMPLE"},
                        before)
    assert response.status_code == 200, response.text
    saved = {"from_address": "Alerts@northwind-telecom.example", "username": "noc@northwind-telecom.example",
             "password_set": False, "server": "mail.example.com:587", "sms_from": "+442071234567",
             "certificate_sha256": ""}
    assert response.json() == saved
    assert response.headers["ETag"] != before
    again = admin.get("setup/account/smtp")
    assert again.json() == saved and again.json()["sms_from"].startswith("+")
    assert again.headers["ETag"] == response.headers["ETag"]
    # Saving the saved values again changes nothing.
    same = put_smtp(admin, {key: value for key, value in saved.items() if key != "password_set"})
    assert same.json() == saved and same.headers["ETag"] == response.headers["ETag"]


def test_put_without_if_match_is_428_and_a_stale_one_is_412_with_the_current_details(admin):
    stale = admin.get("setup/account/smtp").headers["ETag"]
    missing = admin.put("setup/account/smtp", json={"sms_from": "Northwind2"})
    assert missing.status_code == 428 and missing.json()["error"] == "precondition_required"
    assert put_smtp(admin, {"sms_from": "NorthwindTx"}, stale).status_code == 200
    conflict = put_smtp(admin, {"sms_from": "Other"}, stale)
    assert conflict.status_code == 412
    body = conflict.json()
    assert body["error"] == "precondition_failed" and body["message"]
    current = admin.get("setup/account/smtp")
    assert body["current"] == current.json() and body["current"]["sms_from"] == "NorthwindTx"
    assert conflict.headers["ETag"] == current.headers["ETag"]


def test_invalid_values_are_422_per_field_and_nothing_is_saved(admin):
    before = admin.get("setup/account/smtp")
    response = put_smtp(admin, {"server": "smtp://x", "sms_from": "ABCDEFGHIJKL", "from_address": "not an address",
                                "username": "ok-user"}, before.headers["ETag"])
    assert response.status_code == 422
    body = response.json()
    assert body["error"] == "validation" and body["message"]
    assert set(body["fields"]) == {"server", "sms_from", "from_address"}
    assert "smtp://" in body["fields"]["server"]
    assert "11" in body["fields"]["sms_from"]
    after = admin.get("setup/account/smtp")
    assert after.json() == before.json() and after.headers["ETag"] == before.headers["ETag"]


def test_read_only_unknown_and_non_text_keys_are_refused(admin):
    response = put_smtp(admin, {"password_set": True, "port": "25", "server": 25, "password": None})
    assert response.status_code == 422
    fields = response.json()["fields"]
    assert set(fields) == {"password_set", "port", "server", "password"}
    assert "read-only" in fields["password_set"]
    assert fields["port"] == "This field cannot be changed here."
    assert fields["server"] == "Send this value as text."
    assert fields["password"] == 'Send the new password as text, or "" to remove it.'
    assert admin.get("setup/account/smtp").json() == SEEDED


def test_a_required_field_cannot_be_emptied_but_the_username_can(admin):
    assert put_smtp(admin, {"username": "someone"}).status_code == 200
    response = put_smtp(admin, {"server": "", "from_address": None, "username": ""})
    assert response.status_code == 422 and set(response.json()["fields"]) == {"server", "from_address"}
    assert put_smtp(admin, {"username": None}).json()["username"] == ""


def test_the_password_is_write_only_and_its_changes_change_the_etag(admin, service):
    bodies: list[str] = []

    def record(response):
        bodies.append(response.text + repr(dict(response.headers)))
        return response

    first = record(admin.get("setup/account/smtp"))
    with_password = record(put_smtp(admin, {"password": SECRET}, first.headers["ETag"]))
    assert with_password.status_code == 200
    assert with_password.json() == {**SEEDED, "password_set": True}
    assert with_password.headers["ETag"] != first.headers["ETag"]
    reread = record(admin.get("setup/account/smtp"))
    assert reread.json()["password_set"] is True and "password" not in reread.json()

    # The same password again is no change; a different one is, though every other key is the same.
    same = record(put_smtp(admin, {"password": SECRET}))
    assert same.headers["ETag"] == with_password.headers["ETag"]
    changed = record(put_smtp(admin, {"password": SECRET + "!"}))
    assert changed.json() == with_password.json() and changed.headers["ETag"] != same.headers["ETag"]

    # A stale ETag after a password change: 412 with the current details, still without the password.
    stale = record(put_smtp(admin, {"username": "x"}, with_password.headers["ETag"]))
    assert stale.status_code == 412 and stale.json()["current"]["password_set"] is True

    cleared = record(put_smtp(admin, {"password": ""}))
    assert cleared.json()["password_set"] is False
    assert cleared.headers["ETag"] not in (first.headers["ETag"], changed.headers["ETag"])
    assert record(admin.get("setup/account/smtp")).json() == SEEDED
    # Setting the first password again gives a new ETag: the ETag is not computed from the password.
    again = record(put_smtp(admin, {"password": SECRET}))
    assert again.headers["ETag"] != with_password.headers["ETag"]

    assert not any(SECRET in body for body in bodies)
    # Stored beside, not inside, the settings row.
    conn = sqlite3.connect(service.app.state.repository.path)
    try:
        assert conn.execute("SELECT password FROM smtp_password").fetchall() == [(SECRET,)]
        assert SECRET not in repr(conn.execute("SELECT * FROM smtp_settings").fetchall())
    finally:
        conn.close()


def test_the_viewer_may_read_but_not_change(viewer):
    response = viewer.get("setup/account/smtp")
    assert response.status_code == 200 and response.json() == SEEDED
    refused = put_smtp(viewer, {"sms_from": "Viewer"}, response.headers["ETag"])
    assert refused.status_code == 403 and refused.json()["error"] == "forbidden"
    assert viewer.post("setup/account/smtp/test-email", json={}).status_code == 403
    assert viewer.post("setup/account/smtp/test-sms", json={}).status_code == 403


def test_without_a_token_it_is_401(service):
    api = Api(service.base_url)
    assert api.get("setup/account/smtp").status_code == 401
    api.close()


def test_a_body_that_is_not_an_object_is_422(admin):
    etag = admin.get("setup/account/smtp").headers["ETag"]
    response = admin.put("setup/account/smtp", json=["server"], headers={"If-Match": etag})
    assert response.status_code == 422 and response.json()["error"] == "validation"


def test_the_openapi_document_lists_the_smtp_endpoints(service):
    root = service.base_url.removesuffix("/api/cp/")
    paths = set(requests.get(root + "/openapi.json", timeout=TIMEOUT).json()["paths"])
    assert {"/api/cp/setup/account/smtp", "/api/cp/setup/account/smtp/test-email",
            "/api/cp/setup/account/smtp/test-sms"} <= paths
    assert not any(path.startswith("/api/cp/sandbox/") for path in paths)  # only a sandbox serves its outboxes


def test_a_database_from_before_the_smtp_details_is_migrated_and_the_sandbox_fills_them_in(db_path):
    conn = sqlite3.connect(db_path, isolation_level=None)
    try:
        for table in ("smtp_settings", "smtp_password", "sms_outbox", "mail_outbox", "revoked_token"):
            conn.execute(f"DROP TABLE {table}")  # back to version 1 (revoked_token came in version 3)
        conn.execute("ALTER TABLE package DROP COLUMN period")  # version 5's
        conn.execute("PRAGMA user_version = 1")
    finally:
        conn.close()
    app = create_app(db_path)
    repository = app.state.repository
    assert repository.schema_version() == SCHEMA_VERSION >= 2
    assert load_smtp(repository, SANDBOX_ACCOUNT_ID).settings.to_json() == {
        "from_address": "", "username": "", "password_set": False, "server": "", "sms_from": "",
        "certificate_sha256": ""}
    assert point_sandbox_at(repository, "127.0.0.1:2525") is True
    assert load_smtp(repository, SANDBOX_ACCOUNT_ID).settings.to_json() == {**SEEDED, "server": "127.0.0.1:2525"}
    repository.close()
