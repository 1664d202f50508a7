"""POST setup/account/smtp/test-email against a real aiosmtpd server with STARTTLS, AUTH and trustme certificates."""

from __future__ import annotations

import socket
import ssl
from email import message_from_bytes, policy

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from desktop.mail import Timeouts
from tests.server.test_smtp_settings import put_smtp

USERNAME = "noc@northwind-telecom.example"
PASSWORD = "Tr0ub4dor & 3: pä"
FAST = Timeouts(resolve=2, connect=2, greeting=2, reply=2, total=10)


class Inbox:
    """Keeps every message the server accepts."""

    def __init__(self) -> None:
        self.envelopes: list = []

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 2.0.0 Ok: queued as T1"


class TlsAuthController(Controller):
    """aiosmtpd on a socket bound beforehand (a free port), STARTTLS offered, AUTH only after it."""

    def __init__(self, handler, context: ssl.SSLContext, users: dict[str, str]):
        self.sock = socket.create_server(("127.0.0.1", 0))

        def authenticate(server, session, envelope, mechanism, auth_data):
            login, password = auth_data.login.decode(), auth_data.password.decode()
            return AuthResult(success=users.get(login) == password, handled=False)

        super().__init__(handler, hostname="127.0.0.1", port=self.sock.getsockname()[1], tls_context=context,
                         require_starttls=True, authenticator=authenticate, auth_require_tls=True,
                         server_hostname="mx.test.example", ready_timeout=5.0)

    def _create_server(self):
        return self.loop.create_server(self._factory_invoker, sock=self.sock)


@pytest.fixture(scope="module")
def ca():
    return trustme.CA()


@pytest.fixture
def mail_server(ca):
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(server_context)
    inbox = Inbox()
    controller = TlsAuthController(inbox, server_context, {USERNAME: PASSWORD})
    controller.start()
    yield f"127.0.0.1:{controller.port}", inbox
    controller.stop()


@pytest.fixture
def trusting_service(service, ca):
    """The shared service, trusting the test authority (only) for SMTP, with short time limits."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ca.configure_trust(context)
    service.app.state.smtp_ssl_context, service.app.state.smtp_timeouts = context, FAST
    yield service
    service.app.state.smtp_ssl_context = service.app.state.smtp_timeouts = None


def test_a_test_email_with_starttls_and_login_arrives(admin, trusting_service, mail_server):
    server, inbox = mail_server
    saved = put_smtp(admin, {"server": server, "username": USERNAME, "password": PASSWORD})
    assert saved.status_code == 200, saved.text

    response = admin.post("setup/account/smtp/test-email", json={"to": "ops@customer.example"})

    assert response.status_code == 200
    result = response.json()
    assert result["ok"] is True, result["summary"]
    assert set(result) == {"ok", "summary", "transcript"}
    assert "encrypted with STARTTLS" in result["summary"] and f"logged in as {USERNAME}" in result["summary"]
    stages = [step["stage"] for step in result["transcript"]]
    assert stages[:8] == ["settings", "resolve", "connect", "greeting", "EHLO", "STARTTLS", "EHLO", "AUTH"]
    assert all(set(step) == {"stage", "outcome", "detail", "command", "reply"} for step in result["transcript"])
    assert PASSWORD not in response.text
    [envelope] = inbox.envelopes
    assert envelope.mail_from == USERNAME and envelope.rcpt_tos == ["ops@customer.example"]
    message = message_from_bytes(envelope.original_content, policy=policy.default)
    assert message["From"] == "noc@northwind-telecom.example" and message["To"] == "ops@customer.example"


def test_without_to_the_test_goes_to_the_from_address(admin, trusting_service, mail_server):
    server, inbox = mail_server
    put_smtp(admin, {"server": server, "username": USERNAME, "password": PASSWORD})
    assert admin.post("setup/account/smtp/test-email").json()["ok"] is True
    assert admin.post("setup/account/smtp/test-email", json={"to": "  "}).json()["ok"] is True
    assert [envelope.rcpt_tos for envelope in inbox.envelopes] == [["noc@northwind-telecom.example"]] * 2


def test_a_wrong_password_is_http_200_with_ok_false_and_the_engines_plain_summary(admin, trusting_service,
                                                                                   mail_server):
    server, inbox = mail_server
    put_smtp(admin, {"server": server, "username": USERNAME, "password": "not-the-password"})

    response = admin.post("setup/account/smtp/test-email", json={})

    assert response.status_code == 200
    result = response.json()
    assert result["ok"] is False
    assert result["error"] == {"stage": "AUTH", "kind": "login_refused", "field": "password"}
    assert result["summary"].startswith(f"Login refused: the server did not accept the username {USERNAME} "
                                        "with this password")
    assert "Check the Username and Password" in result["summary"]
    assert result["transcript"][-1]["stage"] == "QUIT"
    assert "not-the-password" not in response.text
    assert inbox.envelopes == []


def test_a_certificate_the_service_does_not_trust_is_explained(admin, service, mail_server):
    server, inbox = mail_server
    service.app.state.smtp_timeouts = FAST  # the OS trust store: it does not know the test authority
    try:
        put_smtp(admin, {"server": server, "username": USERNAME, "password": PASSWORD})
        result = admin.post("setup/account/smtp/test-email", json={}).json()
    finally:
        service.app.state.smtp_timeouts = None
    assert result["ok"] is False and result["error"]["stage"] == "STARTTLS"
    assert "certificate" in result["summary"].lower()
    assert inbox.envelopes == []
    offered = result["error"]["certificate"]  # issue 13, point 4: what the user may trust deliberately
    assert set(offered) == {"sha256", "subject", "issuer", "not_after"} and len(offered["sha256"]) == 95


def test_a_trusted_certificate_is_pinned_used_and_forgotten_with_its_server(admin, service, mail_server):
    """Issue 13, point 4 through the service: pin the offered fingerprint; the OS trust store alone then suffices
    for nothing but the pin lets the test through; a PUT of another server drops the pin."""
    server, inbox = mail_server
    service.app.state.smtp_timeouts = FAST  # the OS trust store: it does not know the test authority
    try:
        put_smtp(admin, {"server": server, "username": USERNAME, "password": PASSWORD})
        offered = admin.post("setup/account/smtp/test-email", json={}).json()["error"]["certificate"]["sha256"]
        typed = admin.post("setup/account/smtp/test-email", json={"settings": {"certificate_sha256": offered}}).json()
        assert typed["ok"] is True, typed["summary"]
        assert admin.get("setup/account/smtp").json()["certificate_sha256"] == "", "a typed pin is never saved"
        saved = put_smtp(admin, {"certificate_sha256": offered.replace(":", "").lower()})
        assert saved.status_code == 200 and saved.json()["certificate_sha256"] == offered
        result = admin.post("setup/account/smtp/test-email", json={}).json()
        assert result["ok"] is True, result["summary"]
        assert "certificate trusted by its fingerprint" in result["summary"]
        assert len(inbox.envelopes) == 2
        moved = put_smtp(admin, {"server": "relay2.corp.example:587"})
        assert moved.json()["certificate_sha256"] == "", "the pin belonged to the old server"
        bad = put_smtp(admin, {"certificate_sha256": "not a fingerprint"})
        assert bad.status_code == 422 and "SHA-256 fingerprint" in bad.json()["fields"]["certificate_sha256"]
    finally:
        service.app.state.smtp_timeouts = None


def test_a_closed_port_is_ok_false_not_an_http_error(admin, trusting_service):
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    put_smtp(admin, {"server": f"127.0.0.1:{port}"})
    response = admin.post("setup/account/smtp/test-email", json={})
    assert response.status_code == 200
    assert response.json()["ok"] is False and response.json()["error"]["stage"] == "connect"


def test_a_bad_recipient_is_422_at_to(admin):
    response = admin.post("setup/account/smtp/test-email", json={"to": "not an address"})
    assert response.status_code == 422
    assert set(response.json()["fields"]) == {"to"}
    wrong_type = admin.post("setup/account/smtp/test-email", json={"to": 5})
    assert wrong_type.status_code == 422 and set(wrong_type.json()["fields"]) == {"to"}


def test_missing_settings_are_422_naming_the_field(admin, service):
    repository = service.app.state.repository
    with repository.transaction() as conn:
        conn.execute("DELETE FROM smtp_settings")
    response = admin.post("setup/account/smtp/test-email", json={})
    assert response.status_code == 422
    fields = response.json()["fields"]
    assert set(fields) == {"server", "from_address"}
    assert fields["server"].startswith("Save the mail server first")


def test_a_username_without_a_saved_password_is_422_at_password(admin):
    put_smtp(admin, {"username": USERNAME})
    response = admin.post("setup/account/smtp/test-email", json={})
    assert response.status_code == 422 and set(response.json()["fields"]) == {"password"}
