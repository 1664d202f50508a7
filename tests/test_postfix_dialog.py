"""Issue 13, point 10, in the Test Email dialog: the real account service sends through Debian's Postfix.

The private Postfix of ``tests/mail/postfix_peer.py`` (submission with STARTTLS and AUTH, Dovecot SASL, a
non-ASCII password, ``reject_sender_login_mismatch``); the service trusts the test authority for SMTP.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.views.test_email_dialog import FROM_COMPUTER, FROM_SERVER
from desktop.views.test_email_dialog import TestEmailDialog as EmailDialog  # not a pytest class
from tests.mail import postfix_peer
from tests.mail.postfix_peer import OTHER_SENDER, OUTSIDE_RECIPIENT, PASSWORD, USERNAME, trusting

LEFT = Qt.MouseButton.LeftButton
postfix, postfix_ca = postfix_peer.postfix, postfix_peer.postfix_ca  # the module's Postfix and its authority


@pytest.fixture
def trusting_server(server, postfix_ca):
    """The test's account service, trusting the test authority (only) for SMTP."""
    with trusting(server.app.state, postfix_ca):
        yield server


def _open(qtbot, ops, client, postfix, from_address: str) -> EmailDialog:
    client.update_smtp({"server": postfix.server(postfix.submission_port), "from_address": from_address,
                        "username": USERNAME}, client.get_smtp().etag, password=PASSWORD)
    dialog = EmailDialog(ops, client, client.get_smtp().value)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.recipientEdit.clear()
    qtbot.keyClicks(dialog.ui.recipientEdit, OUTSIDE_RECIPIENT)
    return dialog


def _run(qtbot, dialog, button) -> bool:
    with qtbot.waitSignal(dialog.result_shown, timeout=90000) as shown:
        qtbot.mouseClick(button, LEFT)
    return shown.args[0]


def test_the_dialog_sends_through_postfix_with_starttls_and_the_non_ascii_password(
        qtbot, ops, trusting_server, client, postfix):
    dialog = _open(qtbot, ops, client, postfix, USERNAME)

    assert _run(qtbot, dialog, dialog.ui.sendButton) is True, dialog.transcript_text()

    assert dialog.outcome_text().startswith(f"{FROM_SERVER}: the test e-mail was sent.")
    rows = dialog.transcript_rows()
    stages = [row[0] for row in rows]
    assert stages[:8] == ["settings", "resolve", "connect", "greeting", "EHLO", "STARTTLS", "EHLO", "AUTH"]
    assert rows[stages.index("AUTH")][4].startswith("235 2.7.0")
    assert rows[stages.index("DATA", stages.index("DATA") + 1)][4].startswith("250 2.0.0 Ok: queued as ")
    assert PASSWORD not in dialog.transcript_text()
    postfix.wait_for_log(rf"sasl_username={USERNAME}")


def test_the_dialog_names_the_from_address_postfix_says_the_login_does_not_own(
        qtbot, ops, trusting_server, client, postfix):
    dialog = _open(qtbot, ops, client, postfix, OTHER_SENDER)

    assert _run(qtbot, dialog, dialog.ui.sendButton) is False

    assert dialog.outcome_text().startswith(f"{FROM_SERVER}: the test e-mail failed.")
    assert OTHER_SENDER in dialog.outcome_text()
    rcpt = next(row for row in dialog.transcript_rows() if row[0] == "RCPT")
    assert rcpt[1] == "failed" and "not owned by user" in rcpt[4]


def test_check_from_this_computer_refuses_the_private_authority(qtbot, ops, trusting_server, client, postfix):
    """This computer's trust store does not know the test authority: the check stops at STARTTLS, no login sent."""
    dialog = _open(qtbot, ops, client, postfix, USERNAME)

    assert _run(qtbot, dialog, dialog.ui.checkButton) is False

    assert dialog.outcome_text().startswith(f"{FROM_COMPUTER}: the check failed")
    stages = [row[0] for row in dialog.transcript_rows()]
    assert ("STARTTLS", "failed") in [row[:2] for row in dialog.transcript_rows()]
    assert "AUTH" not in stages or ("AUTH", "skipped") in [row[:2] for row in dialog.transcript_rows()]
