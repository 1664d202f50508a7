"""Issue 13, point 10, through the account service: POST setup/account/smtp/test-email against Debian's Postfix.

The private Postfix of ``tests/mail/postfix_peer.py`` (submission with STARTTLS and AUTH, Dovecot SASL, a
non-ASCII password, ``reject_sender_login_mismatch``) answers the service's Test Email.
"""

from __future__ import annotations

import ssl

import pytest
import trustme

from desktop.mail import Timeouts
from tests.mail.postfix_peer import OTHER_SENDER, OUTSIDE_RECIPIENT, PASSWORD, USERNAME, postfix_peer
from tests.server.test_smtp_settings import put_smtp

TIMEOUTS = Timeouts(resolve=5, connect=5, greeting=10, reply=20, total=40)


@pytest.fixture(scope="module")
def ca():
    return trustme.CA()


@pytest.fixture(scope="module")
def postfix(ca):
    """The running Postfix of this module."""
    with postfix_peer(ca) as peer:
        yield peer


@pytest.fixture
def trusting_service(service, ca):
    """The shared service, trusting the test authority (only) for SMTP."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ca.configure_trust(context)
    service.app.state.smtp_ssl_context, service.app.state.smtp_timeouts = context, TIMEOUTS
    yield service
    service.app.state.smtp_ssl_context = service.app.state.smtp_timeouts = None


def test_the_service_sends_a_test_email_through_postfix_submission(admin, trusting_service, postfix):
    saved = put_smtp(admin, {"server": postfix.server(postfix.submission_port), "from_address": USERNAME,
                             "username": USERNAME, "password": PASSWORD})
    assert saved.status_code == 200, saved.text

    response = admin.post("setup/account/smtp/test-email", json={"to": OUTSIDE_RECIPIENT})

    assert response.status_code == 200
    result = response.json()
    assert result["ok"] is True, f"{result['summary']}\n{postfix.maillog}"
    assert "encrypted with STARTTLS" in result["summary"] and f"logged in as {USERNAME}" in result["summary"]
    assert [step["stage"] for step in result["transcript"]][:8] == ["settings", "resolve", "connect", "greeting",
                                                                    "EHLO", "STARTTLS", "EHLO", "AUTH"]
    assert PASSWORD not in response.text
    postfix.wait_for_log(rf"sasl_username={USERNAME}")
    postfix.wait_for_log(rf"to=<{OUTSIDE_RECIPIENT}> proto=ESMTP")


def test_the_service_explains_a_from_address_the_login_does_not_own(admin, trusting_service, postfix):
    put_smtp(admin, {"server": postfix.server(postfix.submission_port), "from_address": OTHER_SENDER,
                     "username": USERNAME, "password": PASSWORD})

    result = admin.post("setup/account/smtp/test-email", json={"to": OUTSIDE_RECIPIENT}).json()

    assert result["ok"] is False
    assert result["error"] == {"stage": "RCPT", "kind": "sender_refused", "field": "from_address"}
    rcpt = next(step for step in result["transcript"] if step["stage"] == "RCPT")
    assert rcpt["reply"].startswith(f"553 5.7.1 <{OTHER_SENDER}>: Sender address rejected: not owned by user")
