"""POST setup/account/smtp/test-sms: through a Twilio-compatible peer on loopback, and the default sandbox gateway."""

from __future__ import annotations

import json

import pytest

from desktop.server.sms import SandboxSmsGateway, TwilioGateway
from tests.server.test_sms_gateway import INVALID_TO, SID, TOKEN, serve_twilio_peer
from tests.server.test_smtp_settings import put_smtp


@pytest.fixture
def twilio():
    yield from serve_twilio_peer()


@pytest.fixture
def twilio_service(service, twilio):
    """The shared service sending its SMS through the loopback Twilio peer."""
    sandbox_gateway = service.app.state.sms_gateway
    service.app.state.sms_gateway = TwilioGateway(twilio.url, SID, TOKEN, timeout=(2, 5))
    yield service
    service.app.state.sms_gateway = sandbox_gateway


def test_test_sms_through_the_twilio_peer_defaults_to_the_accounts_mobile(admin, twilio_service, twilio):
    put_smtp(admin, {"sms_from": "+442071234567"})

    response = admin.post("setup/account/smtp/test-sms", json={})

    assert response.status_code == 200
    assert response.json() == {"ok": True, "summary": response.json()["summary"], "provider": "twilio",
                               "provider_status": "queued", "message_id": "SM0001"}
    form = twilio.form()
    assert form["From"] == ["+442071234567"] and form["To"] == ["+447911123456"]
    assert form["Body"] == ["CX Account Desk test SMS for Northwind Telecom Ltd: if you can read this, "
                            "SMS From +442071234567 works."]
    assert len(form["Body"][0]) <= 160


def test_a_provider_refusal_is_http_200_with_its_plain_words(admin, twilio_service, twilio):
    twilio.reply = (400, "application/json", json.dumps(INVALID_TO))
    response = admin.post("setup/account/smtp/test-sms", json={"to": "+1 (415) 555-0100"})
    assert response.status_code == 200
    body = response.json()
    assert body["ok"] is False and body["provider"] == "twilio" and body["provider_status"] == "error 21211"
    assert "message_id" not in body
    assert body["summary"].startswith("The To number +14155550100 is not a valid phone number")
    assert twilio.form()["To"] == ["+14155550100"]


def test_test_sms_422s(admin, service):
    bad = admin.post("setup/account/smtp/test-sms", json={"to": "12345"})
    assert bad.status_code == 422 and set(bad.json()["fields"]) == {"to"}
    with service.app.state.repository.transaction() as conn:
        conn.execute("UPDATE smtp_settings SET sms_from = ''")
        conn.execute("UPDATE account SET contact_mobile = ''")
    missing = admin.post("setup/account/smtp/test-sms", json={})
    assert missing.status_code == 422
    fields = missing.json()["fields"]
    assert set(fields) == {"sms_from", "to"} and "no mobile number" in fields["to"]


def test_the_default_gateway_keeps_the_message_in_the_database(admin, service):
    assert isinstance(service.app.state.sms_gateway, SandboxSmsGateway)
    response = admin.post("setup/account/smtp/test-sms", json={"to": "+447911123456"})
    body = response.json()
    assert body["ok"] is True and body["provider"] == "sandbox" and body["provider_status"] == "stored"
    assert "sends no real SMS" in body["summary"]
    with service.app.state.repository.transaction() as conn:
        row = conn.execute("SELECT id, sender, recipient, status FROM sms_outbox").fetchone()
    assert (str(row["id"]), row["sender"], row["recipient"], row["status"]) == (
        body["message_id"], "Northwind", "+447911123456", "stored")
    # Outside the sandbox, the outbox is not served.
    assert admin.get("sandbox/outbox/sms").status_code == 404
    assert admin.get("sandbox/outbox/email").status_code == 404
