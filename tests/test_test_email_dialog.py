"""Test Email against the real account service and the sandbox's mail catcher; the Test buttons offline."""

from __future__ import annotations

import socket

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from desktop.views.main_window import MainWindow
from desktop.views.test_email_dialog import FROM_COMPUTER, FROM_SERVER
from desktop.views.test_email_dialog import TestEmailDialog as EmailDialog  # not a pytest class
from tests import sandbox_fixtures
from tests.dialogs import loaded_window

LEFT = Qt.MouseButton.LeftButton

sandbox, sandbox_client = sandbox_fixtures.sandbox, sandbox_fixtures.sandbox_client


def _open(qtbot, ops, client) -> EmailDialog:
    dialog = EmailDialog(ops, client, client.get_smtp().value)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _run(qtbot, dialog, button) -> bool:
    with qtbot.waitSignal(dialog.result_shown, timeout=90000) as shown:
        qtbot.mouseClick(button, LEFT)
        assert dialog.busy and dialog.ui.progressBar.isVisible() and dialog.ui.cancelButton.isEnabled()
    assert not dialog.busy and not dialog.ui.progressBar.isVisible()
    return shown.args[0]


def _point_smtp_at(client, server: str) -> None:
    client.update_smtp({"server": server}, client.get_smtp().etag)


def test_a_test_email_through_the_sandbox_catcher_shows_the_whole_conversation(
        qtbot, ops, sandbox_client, screenshot):
    dialog = _open(qtbot, ops, sandbox_client)
    assert dialog.ui.recipientEdit.text() == "noc@northwind-telecom.example", "the From Address by default"
    assert dialog.outcome_text() == "" and not dialog.ui.copyButton.isEnabled()
    assert _run(qtbot, dialog, dialog.ui.sendButton) is True
    assert dialog.outcome_text().startswith(f"{FROM_SERVER}: the test e-mail was sent.")
    assert "Kept in the sandbox mail outbox" in dialog.outcome_text()
    assert dialog.ui.resultIcon.accessibleName() == "Succeeded"
    rows = dialog.transcript_rows()
    stages = [row[0] for row in rows]
    for stage in ("EHLO", "MAIL", "RCPT", "DATA"):
        assert stage in stages, stages
    mail = rows[stages.index("MAIL")]
    assert mail[1] == "ok" and mail[3].startswith("MAIL FROM:<noc@northwind-telecom.example>")
    assert mail[4].startswith("250")
    assert not dialog.ui.transcriptView.item(0, 0).flags() & Qt.ItemFlag.ItemIsEditable
    screenshot(dialog, "test_email_dialog_success")

    qtbot.mouseClick(dialog.ui.copyButton, LEFT)
    copied = QApplication.clipboard().text()
    assert copied == dialog.transcript_text()
    assert copied.startswith(f"{FROM_SERVER}: the test e-mail was sent.") and "> MAIL FROM:" in copied
    assert "< 250" in copied
    assert len(sandbox_client.get_sandbox_emails()) == 1


def test_a_failing_setup_is_reported_in_plain_words(qtbot, ops, client, screenshot):
    _point_smtp_at(client, "127.0.0.1:9")  # nothing listens on the discard port
    dialog = _open(qtbot, ops, client)
    assert _run(qtbot, dialog, dialog.ui.sendButton) is False
    text = dialog.outcome_text()
    assert text.startswith(f"{FROM_SERVER}: the test e-mail failed.")
    assert "127.0.0.1" in text and "port 9" in text
    assert dialog.ui.resultIcon.accessibleName() == "Failed"
    assert ("connect", "failed") in [row[:2] for row in dialog.transcript_rows()]
    screenshot(dialog, "test_email_dialog_failure")


def test_check_from_this_computer_runs_here_and_says_so(qtbot, ops, sandbox_client, screenshot):
    dialog = _open(qtbot, ops, sandbox_client)
    assert not dialog.ui.passwordEdit.isEnabled(), "no Username is saved: the check does not log in"
    assert _run(qtbot, dialog, dialog.ui.checkButton) is True
    assert dialog.outcome_text().startswith(f"{FROM_COMPUTER}: the check passed (nothing was sent).")
    assert "RSET" in [row[0] for row in dialog.transcript_rows()]
    assert ("DATA", "skipped") in [row[:2] for row in dialog.transcript_rows()]
    assert sandbox_client.get_sandbox_emails() == [], "a check sends nothing"
    screenshot(dialog, "test_email_dialog_local_check")

    _point_smtp_at(sandbox_client, "127.0.0.1:9")
    failing = _open(qtbot, ops, sandbox_client)
    assert _run(qtbot, failing, failing.ui.checkButton) is False
    assert failing.outcome_text().startswith(f"{FROM_COMPUTER}: the check failed")
    screenshot(failing, "test_email_dialog_local_failure")


def test_the_password_for_a_check_is_used_once_and_never_shown(qtbot, ops, client):
    client.update_smtp({"username": "noc-mailer", "server": "127.0.0.1:9"}, client.get_smtp().etag,
                       password="saved-secret")
    dialog = _open(qtbot, ops, client)
    assert dialog.ui.passwordEdit.isEnabled()
    qtbot.keyClicks(dialog.ui.passwordEdit, "typed-secret")
    assert _run(qtbot, dialog, dialog.ui.checkButton) is False
    assert "typed-secret" not in dialog.transcript_text()
    dialog.reject()
    assert dialog.ui.passwordEdit.text() == ""


def test_a_recipient_is_validated_before_sending(qtbot, ops, client):
    dialog = _open(qtbot, ops, client)
    dialog.ui.recipientEdit.clear()
    qtbot.keyClicks(dialog.ui.recipientEdit, "noc@@example")
    assert dialog.recipient_error().startswith("Not a valid e-mail address")
    assert not dialog.ui.sendButton.isEnabled() and not dialog.ui.checkButton.isEnabled()
    assert dialog.send() is False and not ops.busy
    dialog.ui.recipientEdit.clear()
    qtbot.keyClicks(dialog.ui.recipientEdit, "ops@customer.example")
    assert dialog.recipient_error() == "" and dialog.ui.sendButton.isEnabled()


def test_a_setting_the_service_needs_is_named(qtbot, ops, client):
    client.update_smtp({"username": "noc-mailer"}, client.get_smtp().etag)  # a login without a password
    dialog = _open(qtbot, ops, client)
    assert _run(qtbot, dialog, dialog.ui.sendButton) is False
    assert dialog.outcome_text().startswith("The test could not be run.")
    assert "no password" in dialog.outcome_text()


def test_cancel_drops_the_late_answer_and_the_window_keeps_turning(qtbot, ops, client):
    silent = socket.create_server(("127.0.0.1", 0))  # accepts, then never greets
    silent.settimeout(15)
    _point_smtp_at(client, f"127.0.0.1:{silent.getsockname()[1]}")
    dialog = _open(qtbot, ops, client)
    shown = []
    dialog.result_shown.connect(shown.append)
    ticks = []
    heartbeat = QTimer(dialog)
    heartbeat.timeout.connect(lambda: ticks.append(1))
    heartbeat.start(10)
    qtbot.mouseClick(dialog.ui.sendButton, LEFT)
    connection, _address = silent.accept()  # the service is waiting for the greeting now
    qtbot.waitUntil(lambda: len(ticks) >= 5)  # ...and the event loop keeps turning meanwhile
    assert dialog.busy

    qtbot.mouseClick(dialog.ui.cancelButton, LEFT)
    assert not dialog.busy and not dialog.ui.progressBar.isVisible()
    assert "Stopped waiting" in dialog.ui.statusLabel.text()
    assert dialog.ui.sendButton.isEnabled()
    connection.close()  # the mail server hangs up: the service answers, and the answer is dropped
    silent.close()
    qtbot.waitUntil(lambda: not ops.busy, timeout=30000)
    assert shown == [] and dialog.result is None and dialog.outcome_text() == ""
    assert "Stopped waiting" in dialog.ui.statusLabel.text()


def _window(qtbot, ops, client) -> MainWindow:
    return loaded_window(qtbot, ops, client)


def test_the_test_buttons_wait_for_the_server_and_say_why(qtbot, ops, client, server, screenshot):
    window = _window(qtbot, ops, client)
    ui = window.smtp_section.ui
    assert ui.testEmailButton.isEnabled() and ui.testSmsButton.isEnabled()
    assert not ui.smtpTestNotice.isVisible() and window.smtp_section.reason_unavailable() == ""

    server.stop()
    with qtbot.waitSignal(window.load_failed, timeout=30000):
        window.ui.actionRefresh.trigger()
    assert not ui.testEmailButton.isEnabled() and not ui.testSmsButton.isEnabled()
    assert ui.smtpTestNotice.isVisible()
    assert ui.smtpTestNote.text().startswith("The server cannot be reached: Test Email and Test SMS need the server")
    assert ui.testEmailButton.toolTip() == "The server cannot be reached: Test Email needs the server now."
    assert ui.testSmsButton.toolTip() == "The server cannot be reached: Test SMS needs the server now."
    assert window.smtp_section.open_test_email() is None
    assert ui.editSmtpButton.isEnabled(), "the details stay readable and editable"
    screenshot(window, "main_window_test_unavailable")

    server.start()
    with qtbot.waitSignal(window.loaded, timeout=30000):
        window.ui.actionRefresh.trigger()
    assert ui.testEmailButton.isEnabled() and ui.testSmsButton.isEnabled()
    assert not ui.smtpTestNotice.isVisible()
    assert ui.testEmailButton.toolTip().startswith("Send a test e-mail")


def test_the_test_email_button_opens_the_dialog_on_the_saved_details(qtbot, ops, client):
    window = _window(qtbot, ops, client)
    qtbot.mouseClick(window.smtp_section.ui.testEmailButton, LEFT)
    dialog = window.findChild(EmailDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.recipientEdit.text() == window.smtp_section.ui.smtpFromAddressValue.text()
    assert "smtp.northwind-telecom.example, port 587, STARTTLS" in dialog.ui.introLabel.text()
    dialog.reject()


def test_every_label_of_the_dialog_has_a_buddy_and_a_distinct_mnemonic(qtbot, ops, client):
    dialog = _open(qtbot, ops, client)
    labels = [label for label in dialog.findChildren(QLabel) if "&" in label.text()]
    assert {label.objectName() for label in labels} == {"recipientLabel", "passwordLabel", "transcriptLabel"}
    assert all(label.buddy() is not None for label in labels)
    texts = [label.text() for label in labels] + [button.text() for button in (
        dialog.ui.sendButton, dialog.ui.checkButton, dialog.ui.cancelButton, dialog.ui.copyButton)]
    mnemonics = [text[text.index("&") + 1].lower() for text in texts]
    assert len(set(mnemonics)) == len(mnemonics), texts
