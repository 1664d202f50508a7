"""Issue 12 point 6 (no dead ends) in the dialogs, against the real account service and the sandbox's catcher:
Test Email in Edit SMTP Details tests the values as typed (saving nothing); a result that mentions the SMTP
details or the SMS outbox has a button that opens them; an old result goes when its input changes."""

from __future__ import annotations

import logging
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from desktop.api import ValidationFailed
from desktop.session import AccountSession
from desktop.views.smtp_dialog import SmtpDialog
from desktop.views.test_email_dialog import FROM_SERVER
from desktop.views.test_email_dialog import TestEmailDialog as EmailDialog  # not a pytest class
from desktop.views.test_sms_dialog import TestSmsDialog as SmsDialog  # not a pytest class
from tests import sandbox_fixtures
from tests.dialogs import loaded_window, save_button, type_into

LEFT = Qt.MouseButton.LeftButton
TYPED_FROM = "typed@northwind-telecom.example"

sandbox, sandbox_client = sandbox_fixtures.sandbox, sandbox_fixtures.sandbox_client


def _smtp_dialog(qtbot, ops, client) -> SmtpDialog:
    dialog = SmtpDialog(ops, AccountSession(client), client.get_smtp())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _send(qtbot, dialog) -> bool:
    with qtbot.waitSignal(dialog.result_shown, timeout=90000) as shown:
        qtbot.mouseClick(dialog.ui.sendButton, LEFT)
    return shown.args[0]


def _test_email_of(qtbot, smtp: SmtpDialog) -> EmailDialog:
    qtbot.mouseClick(smtp.ui.testEmailButton, LEFT)
    test = smtp.test_email_dialog
    assert test is not None
    qtbot.waitExposed(test)
    return test


def test_test_email_in_the_smtp_dialog_tests_the_typed_values_and_saves_nothing(qtbot, ops, sandbox_client,
                                                                                 screenshot):
    saved = sandbox_client.get_smtp()
    catcher = saved.value.server  # the sandbox's mail catcher
    sandbox_client.update_smtp({"server": "127.0.0.1:9"}, saved.etag)  # the saved server cannot work
    smtp = _smtp_dialog(qtbot, ops, sandbox_client)
    type_into(qtbot, smtp, "server", catcher)
    type_into(qtbot, smtp, "from_address", TYPED_FROM)
    test = _test_email_of(qtbot, smtp)
    assert test.ui.recipientEdit.text() == TYPED_FROM, "the typed From Address by default"
    assert "as typed, not saved" in test.ui.introLabel.text()
    assert _send(qtbot, test) is True, test.outcome_text()
    screenshot(test, "test_email_of_typed_values")
    assert test.outcome_text().startswith(f"{FROM_SERVER} (the values as typed, not saved): the test e-mail was sent")
    mail = [row for row in test.transcript_rows() if row[0] == "MAIL"][0]
    assert mail[3].startswith(f"MAIL FROM:<{TYPED_FROM}>")
    assert len(sandbox_client.get_sandbox_emails()) == 1
    after = sandbox_client.get_smtp().value
    assert after.server == "127.0.0.1:9" and after.from_address == saved.value.from_address, "nothing was saved"
    test.reject()
    assert smtp.field_edit("server").text() == catcher and save_button(smtp).isEnabled(), "the edit goes on"


def test_a_result_naming_a_typed_field_takes_the_user_back_to_it(qtbot, ops, client):
    smtp = _smtp_dialog(qtbot, ops, client)
    type_into(qtbot, smtp, "username", "relay-user")  # a login with no password saved or typed
    test = _test_email_of(qtbot, smtp)
    assert _send(qtbot, test) is False
    assert "password" in test.outcome_text()
    assert test.follow_up() == "smtp" and test.ui.followUpButton.text() == "Edit SMTP Details…"
    qtbot.mouseClick(test.ui.followUpButton, LEFT)
    qtbot.waitUntil(lambda: not test.isVisible())
    qtbot.waitUntil(lambda: smtp.ui.passwordEdit.hasFocus(), timeout=5000)
    assert client.get_smtp().value.username != "relay-user", "nothing was saved"


def test_from_the_main_window_a_result_opens_the_sms_outbox(qtbot, ops, sandbox_client, screenshot):
    window = loaded_window(qtbot, ops, sandbox_client, sandbox=True)
    qtbot.mouseClick(window.smtp_section.ui.testSmsButton, LEFT)
    test = window.findChild(SmsDialog)
    assert _send(qtbot, test) is True
    assert "SMS outbox" in test.outcome_text()
    assert test.ui.followUpButton.isVisible() and test.ui.followUpButton.text() == "Open SMS Outbox"
    screenshot(test, "test_sms_offers_the_outbox")
    qtbot.mouseClick(test.ui.followUpButton, LEFT)
    qtbot.waitUntil(lambda: window.sandbox_outbox is not None and window.sandbox_outbox.isVisible())
    outbox = window.sandbox_outbox
    assert outbox.ui.tabs.currentWidget() is outbox.ui.smsTab and not test.isVisible()
    qtbot.waitUntil(lambda: outbox.ui.smsView.rowCount() == 1, timeout=15000)


def test_from_the_main_window_a_result_naming_the_smtp_details_opens_them(qtbot, ops, client):
    saved = client.get_smtp()
    client.update_smtp({"username": "relay-user"}, saved.etag, password="")  # a login without a password
    window = loaded_window(qtbot, ops, client)
    qtbot.mouseClick(window.smtp_section.ui.testEmailButton, LEFT)
    test = window.findChild(EmailDialog)
    assert _send(qtbot, test) is False
    assert test.ui.followUpButton.isVisible() and test.ui.followUpButton.text() == "Edit SMTP Details…"
    qtbot.mouseClick(test.ui.followUpButton, LEFT)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(SmtpDialog)), timeout=5000)


def test_changing_the_input_clears_an_old_result(qtbot, ops, sandbox_client):
    sms = SmsDialog(ops, sandbox_client, sms_from="Northwind", mobile="+447911123456")
    qtbot.addWidget(sms)
    sms.show()
    assert _send(qtbot, sms) is True and sms.outcome_text()
    qtbot.keyClick(sms.ui.recipientEdit, Qt.Key.Key_Backspace)
    assert sms.outcome_text() == "" and not sms.ui.detailsWidget.isVisible() and sms.result is None
    assert sms.follow_up() == ""

    settings = replace(sandbox_client.get_smtp().value, username="relay-user")  # so the password field is on
    email = EmailDialog(ops, sandbox_client, settings)
    qtbot.addWidget(email)
    email.show()
    assert _send(qtbot, email) is True and email.transcript_rows()
    qtbot.keyClicks(email.ui.recipientEdit, "x")
    assert email.outcome_text() == "" and email.transcript_rows() == [] and email.transcript_text() == ""
    qtbot.keyClick(email.ui.recipientEdit, Qt.Key.Key_Backspace)
    assert _send(qtbot, email) is True and email.outcome_text()
    assert email.ui.passwordEdit.isEnabled()
    qtbot.keyClicks(email.ui.passwordEdit, "p")
    assert email.outcome_text() == "" and email.transcript_rows() == []


def test_the_service_tests_typed_values_judged_as_a_save_and_keeps_the_saved_ones(sandbox_client):
    saved = sandbox_client.get_smtp()
    catcher = saved.value.server
    sandbox_client.update_smtp({"server": "127.0.0.1:9"}, saved.etag)
    before = sandbox_client.get_smtp()
    answer = sandbox_client.test_email(settings={"server": catcher, "from_address": TYPED_FROM})
    assert answer.ok, answer.summary
    with pytest.raises(ValidationFailed) as refused:
        sandbox_client.test_email(settings={"server": "not a host:99999", "password_set": "true"})
    assert set(refused.value.fields) >= {"server", "password_set"}
    with pytest.raises(ValidationFailed) as refused:
        sandbox_client.test_email(settings={"username": "relay-user"}, password="")
    assert "password" in refused.value.fields
    after = sandbox_client.get_smtp()
    assert after.etag == before.etag and after.value == before.value, "the saved settings are untouched"
    [caught] = sandbox_client.get_sandbox_emails()
    assert caught.mail_from == TYPED_FROM and list(caught.rcpt_tos) == [TYPED_FROM]


def test_a_failure_that_names_a_setting_offers_the_smtp_details_and_a_success_does_not():
    from desktop.views.test_dialog import SMS_OUTBOX, SMTP_DETAILS, follow_up_for

    assert follow_up_for("Server not found: x.example does not exist in DNS. Check the spelling of the Server "
                         "setting.") == SMTP_DETAILS
    assert follow_up_for("Connection refused: 127.0.0.1 port 9 … Check the port: usually 587.") == SMTP_DETAILS
    assert follow_up_for("The refusal.", ["from_address"]) == SMTP_DETAILS
    assert follow_up_for("It is in the sandbox's SMS outbox; open the SMS outbox to read it.") == SMS_OUTBOX
    assert follow_up_for("The network is down.", ["to"]) == ""


def test_a_typed_password_is_tested_never_saved_shown_or_logged(qtbot, ops, sandbox_client, caplog):
    caplog.set_level(logging.DEBUG)
    secret = "Typed-only s3cret"
    before = sandbox_client.get_smtp()
    smtp = _smtp_dialog(qtbot, ops, sandbox_client)
    type_into(qtbot, smtp, "username", "relay-user")
    qtbot.keyClicks(smtp.ui.passwordEdit, secret)
    assert smtp.typed_values() == ({"from_address": before.value.from_address, "username": "relay-user",
                                    "server": before.value.server, "certificate_sha256": ""}, secret)
    test = _test_email_of(qtbot, smtp)
    _send(qtbot, test)
    assert test.outcome_text(), "a result, whatever the catcher says to a login"
    shown = test.transcript_text() + test.outcome_text()
    assert secret not in shown and secret not in caplog.text
    after = sandbox_client.get_smtp()
    assert after.etag == before.etag and after.value == before.value, "nothing was saved"
    test.reject()
    assert smtp.ui.passwordEdit.text() == secret, "the typed password stays for the Save"


def test_a_refused_from_address_opens_the_smtp_details_with_that_field_marked(qtbot, ops, client, screenshot):
    """Issue 13 point 2: the server named what it refused (here the From Address, by its enhanced status code and
    text); the result's button opens Edit SMTP Details with the cursor and a note at that field."""
    from tests.mail.conftest import ScriptedPeer

    saved = client.get_smtp().value
    refusal = f"553 5.7.1 <{saved.from_address}>: Sender address rejected: not owned by user"
    peer = ScriptedPeer(["220 mx.example", "250 mx.example", refusal, "221 bye"])
    try:
        client.update_smtp({"server": f"127.0.0.1:{peer.port}", "username": ""}, client.get_smtp().etag, password="")
        window = loaded_window(qtbot, ops, client)
        qtbot.mouseClick(window.smtp_section.ui.testEmailButton, LEFT)
        test = window.findChild(EmailDialog)
        assert _send(qtbot, test) is False
        assert "the server did not accept the From Address" in test.outcome_text()
        assert test.follow_up() == "smtp"
        qtbot.mouseClick(test.ui.followUpButton, LEFT)
        qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(SmtpDialog)), timeout=5000)
        smtp = next(d for d in window.findChildren(SmtpDialog) if d.isVisible())
        qtbot.waitUntil(smtp.ui.fromAddressEdit.hasFocus, timeout=5000)
        assert "refused this value" in smtp.field_error("from_address")
        screenshot(smtp, "smtp_dialog_from_address_refused")
        type_into(qtbot, smtp, "from_address", "noc@northwind-telecom.example")
        assert smtp.field_error("from_address") == ""
    finally:
        peer.close()
