"""Issue 13, point 10, through the account service: POST setup/account/smtp/test-email against Debian's Postfix.

The private Postfix of ``tests/mail/postfix_peer.py`` (submission with STARTTLS and AUTH, Dovecot SASL, a
non-ASCII password, ``reject_sender_login_mismatch``) answers the service's Test Email.
"""

from __future__ import annotations

import pytest

from tests.mail import postfix_peer
from tests.mail.postfix_peer import OTHER_SENDER, OUTSIDE_RECIPIENT, PASSWORD, USERNAME, trusting
from tests.server.test_smtp_settings import put_smtp

postfix, postfix_ca = postfix_peer.postfix, postfix_peer.postfix_ca  # the module's Postfix and its authority


@pytest.fixture
def trusting_service(service, postfix_ca):
    """The shared service, trusting the test authority (only) for SMTP."""
    with trusting(service.app.state, postfix_ca):
        yield service


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
