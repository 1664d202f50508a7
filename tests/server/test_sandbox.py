"""The sandbox: EmbeddedServer(sandbox=True), its mail catcher, the outbox endpoints, cxdesk-server --sandbox."""

from __future__ import annotations

import queue
import socket
import subprocess
import sys
import threading
import time

import pytest
import requests

from desktop.server import EmbeddedServer
from desktop.server.cli import main
from desktop.server.mail_catcher import message_text
from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD, VIEWER_EMAIL, VIEWER_PASSWORD
from tests.server.helpers import START, sign_in
from tests.server.test_service import ROOT
from tests.server.test_smtp_settings import put_smtp


def refused(server: str) -> bool:
    host, port = server.rsplit(":", 1)
    try:
        socket.create_connection((host, int(port)), timeout=2).close()
    except ConnectionRefusedError:
        return True
    return False


def test_test_email_and_test_sms_land_in_the_sandbox_outboxes_and_the_catcher_moves_with_each_start(
        db_path, fake_clock):
    sandbox = EmbeddedServer(db_path, sandbox=True, clock=fake_clock)
    with sandbox:
        admin = sign_in(sandbox.base_url, SANDBOX_EMAIL, SANDBOX_PASSWORD)
        first_server = sandbox.mail_catcher.server
        assert first_server.startswith("127.0.0.1:")
        assert admin.get("setup/account/smtp").json() == {
            "from_address": "noc@northwind-telecom.example", "username": "", "password_set": False,
            "server": first_server, "sms_from": "Northwind", "certificate_sha256": ""}
        assert admin.get("sandbox/outbox/email").json() == []

        result = admin.post("setup/account/smtp/test-email", json={}).json()
        assert result["ok"] is True, result["summary"]
        assert "Kept in the sandbox mail outbox as message 1" in result["summary"]
        sent = admin.post("setup/account/smtp/test-email", json={"to": "ops@customer.example"}).json()
        assert sent["ok"] is True

        emails = admin.get("sandbox/outbox/email").json()
        assert [mail["id"] for mail in emails] == ["2", "1"]  # newest first
        assert emails[0]["rcpt_tos"] == ["ops@customer.example"]
        assert emails[1] == {"id": "1", "received_at": "2025-03-03T09:00:00Z",
                             "mail_from": "noc@northwind-telecom.example",
                             "rcpt_tos": ["noc@northwind-telecom.example"],
                             "subject": "Test e-mail from CX Account Desk", "text": emails[1]["text"]}
        assert emails[1]["text"].startswith("This is a test e-mail") and "\r" not in emails[1]["text"]
        assert f"Server: {first_server.replace(':', ' port ')}" in emails[1]["text"]
        assert "Connection: unencrypted" in emails[1]["text"]
        assert len(admin.get("sandbox/outbox/email", params={"limit": 1}).json()) == 1

        sms = admin.post("setup/account/smtp/test-sms", json={"to": "+1 415 555 0100"}).json()
        assert sms["ok"] is True and sms["provider"] == "sandbox" and sms["message_id"] == "1"
        viewer = sign_in(sandbox.base_url, VIEWER_EMAIL, VIEWER_PASSWORD)
        assert viewer.get("sandbox/outbox/sms").json() == [{
            "id": "1", "created_at": "2025-03-03T09:00:00Z", "from": "Northwind", "to": "+14155550100",
            "body": "CX Account Desk test SMS for Northwind Telecom Ltd: if you can read this, SMS From Northwind "
                    "works.", "status": "stored"}]
        assert len(viewer.get("sandbox/outbox/email").json()) == 2
    assert refused(first_server), "stop() must stop the mail catcher too"

    fake_clock.advance(minutes=5)  # less than the access token lives
    with sandbox:
        second_server = sandbox.mail_catcher.server
        assert second_server != first_server
        assert admin.get("setup/account/smtp").json()["server"] == second_server
        assert admin.post("setup/account/smtp/test-email", json={}).json()["ok"] is True
        emails = admin.get("sandbox/outbox/email").json()
        assert [mail["id"] for mail in emails] == ["3", "2", "1"]
        assert emails[0]["received_at"] == "2025-03-03T09:05:00Z"
    admin.close()
    viewer.close()


#: In a fresh interpreter: a sandbox starts without aiosmtpd; the first SMTP client loads it and is served.
LAZY_CATCHER = r"""
import smtplib, sys
from pathlib import Path
from desktop.server import EmbeddedServer
with EmbeddedServer(Path(sys.argv[1]), sandbox=True) as sandbox:
    catcher = sandbox.mail_catcher
    assert "aiosmtpd" not in sys.modules, "aiosmtpd loaded before anyone connected"
    assert not catcher.serving
    host, port = catcher.server.rsplit(":", 1)
    with smtplib.SMTP(host, int(port), timeout=10) as smtp:
        code, banner = smtp.ehlo()
    assert code == 250 and banner.startswith(b"mail-catcher.sandbox.localhost"), (code, banner)
    assert "aiosmtpd" in sys.modules and catcher.serving
print("ok")
"""


def test_the_mail_catcher_loads_aiosmtpd_only_when_a_client_connects(tmp_path):
    done = subprocess.run([sys.executable, "-c", LAZY_CATCHER, str(tmp_path / "lazy.sqlite3")], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr


def test_a_mail_catcher_stopped_before_any_client_frees_its_port_and_its_thread(db_path):
    sandbox = EmbeddedServer(db_path, sandbox=True)
    with sandbox:
        server = sandbox.mail_catcher.server
        waiting = [t for t in threading.enumerate() if t.name == f"mail-catcher:{server.rsplit(':', 1)[1]}"]
        assert len(waiting) == 1 and not sandbox.mail_catcher.serving
    waiting[0].join(5)
    assert not waiting[0].is_alive(), "the waiting thread must end with stop()"
    assert refused(server)
    assert not sandbox.mail_catcher.serving


def test_a_server_chosen_in_the_sandbox_is_kept_and_a_login_without_tls_is_explained(db_path, fake_clock):
    sandbox = EmbeddedServer(db_path, sandbox=True, clock=fake_clock)
    with sandbox:
        admin = sign_in(sandbox.base_url, SANDBOX_EMAIL, SANDBOX_PASSWORD)
        put_smtp(admin, {"username": "noc", "password": "secret-pw"})
        result = admin.post("setup/account/smtp/test-email", json={}).json()
        assert result["ok"] is False and result["error"]["stage"] == "STARTTLS"
        assert "secret-pw" not in str(result)
        assert admin.get("sandbox/outbox/email").json() == []
        assert put_smtp(admin, {"server": "smtp.example.com:587"}).status_code == 200
    with sandbox:
        assert admin.get("setup/account/smtp").json()["server"] == "smtp.example.com:587"
        assert sandbox.mail_catcher.server.startswith("127.0.0.1:")
    admin.close()


def test_a_sandbox_needs_a_sandbox_app(db_path):
    from desktop.server import create_app

    app = create_app(db_path)
    with pytest.raises(TypeError):
        EmbeddedServer(db_path, app=app, sandbox=True)
    assert app.state.sandbox is False
    app.state.repository.close()


def test_cli_refuses_twilio_without_credentials(db_path, monkeypatch, capsys):
    monkeypatch.delenv("CXDESK_TWILIO_ACCOUNT_SID", raising=False)
    monkeypatch.delenv("CXDESK_TWILIO_AUTH_TOKEN", raising=False)
    assert main(["--db", str(db_path), "--port", "0", "--sms-gateway", "twilio"]) == 2
    assert "CXDESK_TWILIO_ACCOUNT_SID and CXDESK_TWILIO_AUTH_TOKEN" in capsys.readouterr().err
    assert main(["--db", str(db_path), "--port", "0", "--sms-gateway", "pigeon"]) == 2
    assert "Unknown SMS gateway 'pigeon'" in capsys.readouterr().err


def _read_lines(stream, lines: queue.Queue) -> None:
    for line in stream:
        lines.put(line)


def test_standalone_sandbox_runs_the_mail_catcher(tmp_path):
    db = tmp_path / "standalone.sqlite3"
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop.server.cli", "--db", str(db), "--port", "0", "--sandbox"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    try:
        lines: queue.Queue = queue.Queue()
        threading.Thread(target=_read_lines, args=(process.stdout, lines), daemon=True).start()
        base_url = lines.get(timeout=30).split(": ", 1)[1].strip()
        printed = "".join(lines.get(timeout=10) for _ in range(4))
        assert "SMS: sandbox" in printed
        catcher = printed.split("Sandbox mail catcher: ", 1)[1].split()[0]
        deadline = time.monotonic() + 30
        while True:
            try:
                api = sign_in(base_url, SANDBOX_EMAIL, SANDBOX_PASSWORD)
                break
            except requests.ConnectionError:
                assert time.monotonic() < deadline, "the standalone service did not answer"
                time.sleep(0.05)
        assert api.get("setup/account/smtp").json()["server"] == catcher
        assert api.post("setup/account/smtp/test-email", json={}).json()["ok"] is True
        assert api.get("sandbox/outbox/email").json()[0]["subject"] == "Test e-mail from CX Account Desk"
        api.close()
    finally:
        process.terminate()
        process.wait(timeout=15)


def test_message_text_decodes_the_readable_part():
    raw = ("From: a@example.com\r\nSubject: =?utf-8?q?Gr=C3=BC=C3=9Fe?=\r\nMIME-Version: 1.0\r\n"
           "Content-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n<p>x</p>\r\n"
           "--b\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           "R3LDvMOfZSwgV2VsdA==\r\n--b--\r\n")
    assert message_text(raw) == "Grüße, Welt"
    assert message_text("Subject: nothing\r\n\r\n") == ""
    assert START.year == 2025


def test_the_kept_password_hashes_of_the_seeded_users_verify_against_their_passwords():
    """The seed keeps its users' hashes (issue 11): each must still be the hash of its published password."""
    from desktop.server.auth import verify_password
    from desktop.server.seed import SANDBOX_PASSWORD_HASH, VIEWER_PASSWORD_HASH

    assert verify_password(SANDBOX_PASSWORD, SANDBOX_PASSWORD_HASH)
    assert verify_password(VIEWER_PASSWORD, VIEWER_PASSWORD_HASH)
    assert not verify_password(VIEWER_PASSWORD, SANDBOX_PASSWORD_HASH)
    assert SANDBOX_PASSWORD_HASH.split("$")[4] != VIEWER_PASSWORD_HASH.split("$")[4], "each its own salt"
