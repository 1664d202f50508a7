"""The billing method and its 30-day lock, and the administrators' override on the command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop.server.cli import main
from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD
from tests.server.helpers import sign_in

ROOT = Path(__file__).resolve().parents[2]


def switch(api, method: str):
    return api.put("setup/account/billing-method", json={"billing_method": method})


def test_switch_then_locked_for_30_days_then_allowed(service, admin, fake_clock):
    first = switch(admin, "per_minute")
    assert first.status_code == 200, first.text
    account = first.json()
    assert account["billing_method"] == "per_minute"
    assert account["billing_method_changed_at"] == "2025-03-03T09:00:00Z"
    assert account["billing_method_locked_until"] == "2025-04-02T09:00:00Z"
    assert first.headers["ETag"] == admin.get("setup/account").headers["ETag"]

    fake_clock.advance(days=29, hours=23, minutes=59)
    admin = sign_in(service.base_url, SANDBOX_EMAIL, SANDBOX_PASSWORD)  # the old access token has expired
    refused = switch(admin, "per_channel")
    assert refused.status_code == 409
    body = refused.json()
    assert body["error"] == "billing_method_locked"
    assert body["locked_until"] == "2025-04-02T09:00:00Z"
    assert "locked until 2 April 2025 at 09:00 UTC" in body["message"]
    assert admin.get("setup/account").json()["billing_method"] == "per_minute"

    fake_clock.advance(minutes=1)  # exactly changed_at + 30 days
    admin.close()
    admin = sign_in(service.base_url, SANDBOX_EMAIL, SANDBOX_PASSWORD)
    assert admin.get("setup/account").json()["billing_method_locked_until"] is None
    allowed = switch(admin, "per_channel")
    assert allowed.status_code == 200
    assert allowed.json()["billing_method"] == "per_channel"
    assert allowed.json()["billing_method_locked_until"] == "2025-05-02T09:00:00Z"
    admin.close()


def test_choosing_the_current_method_changes_nothing(admin):
    before = admin.get("setup/account")
    response = switch(admin, "per_channel")
    assert response.status_code == 200
    assert response.json() == before.json()
    assert response.json()["billing_method_locked_until"] is None


def test_invalid_billing_method_is_422(admin):
    for body in ({"billing_method": "per_second"}, {"billing_method": 1}, {}):
        response = admin.put("setup/account/billing-method", json=body)
        assert response.status_code == 422
        assert set(response.json()["fields"]) == {"billing_method"}


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop.server.cli", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)


def test_unlock_billing_lifts_the_lock_while_the_service_runs(service, admin):
    db_path = service.app.state.repository.path
    assert switch(admin, "per_minute").status_code == 200
    assert switch(admin, "per_channel").status_code == 409

    result = run_cli("unlock-billing", "--db", str(db_path), "--account-id", "1021")
    assert result.returncode == 0, result.stderr
    assert "1021" in result.stdout and "lifted" in result.stdout
    assert "locked until 2025-04-02T09:00:00Z" in result.stdout

    account = admin.get("setup/account").json()
    assert account["billing_method_changed_at"] is None
    assert account["billing_method_locked_until"] is None
    assert switch(admin, "per_channel").status_code == 200


def test_unlock_billing_reports_a_missing_account_or_database(db_path, tmp_path, capsys):
    assert main(["unlock-billing", "--db", str(db_path), "--account-id", "999"]) == 1
    assert "999" in capsys.readouterr().err
    assert main(["unlock-billing", "--db", str(tmp_path / "nothing.sqlite3")]) == 1
    assert not (tmp_path / "nothing.sqlite3").exists()


def test_unlock_billing_without_an_account_id_unlocks_every_account(db_path, capsys):
    assert main(["unlock-billing", "--db", str(db_path)]) == 0
    assert "Account 1021 (Dana Whitfield)" in capsys.readouterr().out


def test_unlock_billing_refuses_a_file_that_is_not_a_service_database(tmp_path, capsys):
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a database, just some notes that are long enough to have a header\n" * 10)
    assert main(["unlock-billing", "--db", str(text_file)]) == 2
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert main(["unlock-billing", "--db", str(empty)]) == 2
    assert capsys.readouterr().err
