"""Test SMS against the real account service: the sandbox's SMS outbox and an unreachable provider."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.api import AccountClient, SmsTestResult
from desktop.server import EmbeddedServer
from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD
from desktop.server.sms import TwilioGateway
from desktop.views.main_window import MainWindow
from desktop.views.test_sms_dialog import NOT_GIVEN
from desktop.views.test_sms_dialog import TestSmsDialog as SmsDialog  # not a pytest class
from tests import sandbox_fixtures

LEFT = Qt.MouseButton.LeftButton
sandbox, sandbox_client = sandbox_fixtures.sandbox, sandbox_fixtures.sandbox_client


def _open(qtbot, ops, client, mobile="+447911123456") -> SmsDialog:
    dialog = SmsDialog(ops, client, sms_from=client.get_smtp().value.sms_from, mobile=mobile)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _send(qtbot, dialog) -> bool:
    with qtbot.waitSignal(dialog.result_shown, timeout=30000) as shown:
        qtbot.mouseClick(dialog.ui.sendButton, LEFT)
        assert dialog.busy and dialog.ui.progressBar.isVisible()
    assert not dialog.busy
    return shown.args[0]


def test_a_test_sms_in_the_sandbox_is_kept_and_reported(qtbot, ops, sandbox_client, screenshot):
    dialog = _open(qtbot, ops, sandbox_client)
    assert dialog.ui.recipientEdit.text() == "+447911123456"
    assert "from Northwind" in dialog.ui.introLabel.text()
    assert not dialog.ui.detailsWidget.isVisible()
    assert _send(qtbot, dialog) is True
    assert dialog.outcome_text().startswith("The test SMS was accepted.")
    details = dialog.details()
    [kept] = sandbox_client.get_sandbox_sms()
    assert details == {"provider": "sandbox", "provider_status": "stored", "message_id": kept.id}
    assert kept.recipient == "+447911123456" and kept.sender == "Northwind"
    assert dialog.result == SmsTestResult(ok=True, summary=dialog.result.summary, provider="sandbox",
                                          provider_status="stored", message_id=kept.id)
    assert dialog.ui.resultIcon.accessibleName() == "Succeeded"
    screenshot(dialog, "test_sms_dialog_success")


def test_an_unreachable_provider_is_reported_with_its_status(qtbot, ops, tmp_path, clock, screenshot):
    gateway = TwilioGateway("http://127.0.0.1:9", "AC00000000000000000000000000000000", "not-a-real-token",
                            timeout=(1.0, 2.0))
    with EmbeddedServer(tmp_path / "twilio.sqlite3", clock=clock, sms_gateway=gateway) as running:
        client = AccountClient(running.base_url, timeout=(2.0, 10.0))
        client.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
        dialog = _open(qtbot, ops, client)
        assert _send(qtbot, dialog) is False
        client.close()
    assert dialog.outcome_text().startswith("The test SMS was not sent.")
    details = dialog.details()
    assert details["provider"] == "twilio" and details["provider_status"] == "unreachable"
    assert details["message_id"] == NOT_GIVEN
    assert "not-a-real-token" not in dialog.outcome_text()
    assert dialog.ui.resultIcon.accessibleName() == "Failed"
    screenshot(dialog, "test_sms_dialog_failure")


def test_the_recipient_is_judged_as_e164_and_shown_as_sent(qtbot, ops, client):
    dialog = _open(qtbot, ops, client, mobile="")
    assert dialog.recipient_error().startswith("Enter a phone number")
    assert not dialog.ui.sendButton.isEnabled()
    qtbot.keyClicks(dialog.ui.recipientEdit, "07911 123456")
    assert dialog.recipient_error() == "Start with + and the country code, e.g. +44 20 7123 4567."
    dialog.ui.recipientEdit.clear()
    qtbot.keyClicks(dialog.ui.recipientEdit, "0044 (7911) 123-456")
    assert dialog.recipient_error() == ""
    assert dialog.ui.recipientHint.text() == "Sent to +447911123456 (E.164)."
    assert dialog.recipient() == ("+447911123456", "")
    assert dialog.ui.sendButton.isEnabled()


def test_a_missing_sms_from_is_named(qtbot, ops, client):
    dialog = SmsDialog(ops, client, sms_from="", mobile="+447911123456")
    qtbot.addWidget(dialog)
    assert "none is saved yet" in dialog.ui.introLabel.text()


def test_cancel_drops_the_answer(qtbot, ops, sandbox_client):
    dialog = _open(qtbot, ops, sandbox_client)
    shown = []
    dialog.result_shown.connect(shown.append)
    qtbot.mouseClick(dialog.ui.sendButton, LEFT)
    assert dialog.cancel() is True
    assert "Stopped waiting" in dialog.ui.statusLabel.text()
    qtbot.waitUntil(lambda: not ops.busy, timeout=15000)
    assert shown == [] and dialog.result is None and dialog.outcome_text() == ""


def test_the_test_sms_button_sends_to_the_contact_mobile(qtbot, ops, client):
    window = MainWindow(ops, client, server_label="Sandbox")
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.loaded, timeout=15000):
        window.refresh()
    qtbot.mouseClick(window.smtp_section.ui.testSmsButton, LEFT)
    dialog = window.findChild(SmsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.recipientEdit.text() == window.contact_section.ui.mobileValue.text() == "+447911123456"
    dialog.reject()


def test_every_label_of_the_dialog_has_a_buddy_and_a_distinct_mnemonic(qtbot, ops, client):
    dialog = _open(qtbot, ops, client)
    labels = [label for label in dialog.findChildren(QLabel) if "&" in label.text()]
    assert {label.objectName() for label in labels} == {"recipientLabel", "providerLabel", "providerStatusLabel",
                                                        "messageIdLabel"}
    assert all(label.buddy() is not None for label in labels)
    texts = [label.text() for label in labels] + [dialog.ui.sendButton.text(), dialog.ui.cancelButton.text()]
    mnemonics = [text[text.index("&") + 1].lower() for text in texts]
    assert len(set(mnemonics)) == len(mnemonics), texts
