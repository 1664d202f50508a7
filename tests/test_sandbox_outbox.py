"""The Sandbox Outbox window: what Test Email and Test SMS left in the sandbox, loaded from the real service."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.api import AccountClient
from desktop.domain.models import parse_timestamp
from desktop.views.formats import date_time
from desktop.views.main_window import MainWindow
from desktop.views.sandbox_outbox import SandboxOutbox
from desktop.views.test_email_dialog import TestEmailDialog as EmailDialog  # not a pytest class
from desktop.views.test_sms_dialog import TestSmsDialog as SmsDialog
from tests import sandbox_fixtures
from tests.dialogs import loaded_window

LEFT = Qt.MouseButton.LeftButton
sandbox, sandbox_client = sandbox_fixtures.sandbox, sandbox_fixtures.sandbox_client


def _window(qtbot, ops, client, *, on_sandbox: bool = True) -> MainWindow:
    return loaded_window(qtbot, ops, client, sandbox=on_sandbox)


def _cells(table) -> list[list[str]]:
    return [[table.item(row, column).text() for column in range(table.columnCount())]
            for row in range(table.rowCount())]


def _test(qtbot, window, button, dialog_class):
    qtbot.mouseClick(button, LEFT)
    [dialog] = [d for d in window.findChildren(dialog_class) if d.isVisible()]
    with qtbot.waitSignal(dialog.result_shown, timeout=60000) as shown:
        qtbot.mouseClick(dialog.ui.sendButton, LEFT)
    assert shown.args[0] is True, dialog.outcome_text()
    dialog.accept()


def _open_outbox(qtbot, window) -> SandboxOutbox:
    window.ui.actionSandboxOutbox.trigger()
    outbox = window.sandbox_outbox
    with qtbot.waitSignal(outbox.loaded, timeout=15000):
        pass
    return outbox


def test_test_email_and_test_sms_show_in_the_outbox(qtbot, ops, sandbox_client, screenshot):
    window = _window(qtbot, ops, sandbox_client)
    assert window.ui.actionSandboxOutbox.isVisible()
    assert window.ui.actionSandboxOutbox in window.ui.menuFile.actions()
    _test(qtbot, window, window.smtp_section.ui.testEmailButton, EmailDialog)
    _test(qtbot, window, window.smtp_section.ui.testSmsButton, SmsDialog)

    outbox = _open_outbox(qtbot, window)
    assert outbox.isVisible() and not outbox.isModal()
    assert outbox.message() == ""
    [email] = _cells(outbox.ui.emailView)
    assert email[1:] == ["noc@northwind-telecom.example", "noc@northwind-telecom.example",
                         "Test e-mail from CX Account Desk"]
    assert email[0] == date_time(parse_timestamp(outbox._emails[0].received_at)), "received: a date and time"
    assert re.search(r"\d:\d\d", email[0]), "in local time"
    assert outbox.ui.emailTextView.toPlainText().startswith("This is a test e-mail")
    screenshot(outbox, "sandbox_outbox_email")

    outbox.ui.tabs.setCurrentWidget(outbox.ui.smsTab)
    [sms] = _cells(outbox.ui.smsView)
    assert sms[1:3] == ["Northwind", "+447911123456"]
    assert sms[3].startswith("CX Account Desk test SMS") and sms[4] == "stored"
    assert "1 e-mail, 1 SMS" in outbox.ui.statusLabel.text()
    assert re.search(r"updated \d{1,2}:\d\d", outbox.ui.statusLabel.text()), "a time of day, as in the status bar"
    screenshot(outbox, "sandbox_outbox_sms")


def test_refresh_loads_new_messages_and_selecting_shows_their_text(qtbot, ops, sandbox_client):
    window = _window(qtbot, ops, sandbox_client)
    outbox = _open_outbox(qtbot, window)
    assert _cells(outbox.ui.emailView) == [] and _cells(outbox.ui.smsView) == []
    assert outbox.ui.emailTextView.toPlainText() == ""
    sandbox_client.test_email()
    sandbox_client.test_email("ops@customer.example")
    with qtbot.waitSignal(outbox.loaded, timeout=15000):
        qtbot.mouseClick(outbox.ui.refreshButton, LEFT)
    rows = _cells(outbox.ui.emailView)
    assert [row[2] for row in rows] == ["ops@customer.example", "noc@northwind-telecom.example"]  # newest first
    outbox.ui.emailView.selectRow(1)
    assert "noc@northwind-telecom.example" in outbox.ui.emailTextView.toPlainText()
    assert window.open_sandbox_outbox() is outbox, "one outbox window at a time"


def test_the_outbox_is_offered_only_on_the_sandbox(qtbot, ops, client):
    window = _window(qtbot, ops, client, on_sandbox=False)
    assert not window.ui.actionSandboxOutbox.isVisible()


def test_a_server_without_outboxes_is_said_plainly(qtbot, ops, client):
    outbox = SandboxOutbox(ops, client)
    qtbot.addWidget(outbox)
    outbox.show()
    outbox.refresh()
    qtbot.waitUntil(lambda: outbox.ui.refreshButton.isEnabled(), timeout=15000)
    assert outbox.message().startswith("Could not load the ")
    assert "does not offer this" in outbox.message()


def test_every_label_has_a_buddy_and_the_tabs_have_mnemonics(qtbot, ops, client):
    outbox = SandboxOutbox(ops, client)
    qtbot.addWidget(outbox)
    labels = [label for label in outbox.findChildren(QLabel) if "&" in label.text()]
    assert [label.objectName() for label in labels] == ["emailTextLabel"]
    assert labels[0].buddy() is outbox.ui.emailTextView
    tabs = [outbox.ui.tabs.tabText(index) for index in range(outbox.ui.tabs.count())]
    assert tabs == ["&E-mails", "&SMS"]


def test_a_malformed_outbox_answer_is_said_naming_the_field(qtbot, ops, hostile, server):
    client = AccountClient(hostile.base_url, timeout=(2.0, 5.0), deadline=5.0)
    details = server.sign_in_details()
    client.sign_in(details.email, details.password)
    row = {"id": "1", "received_at": "2025-03-03T09:00:00Z"}
    hostile.mode("status", "sandbox/outbox/email", status=200, body=[row])
    hostile.mode("status", "sandbox/outbox/sms", status=200, body=[])
    outbox = SandboxOutbox(ops, client)
    qtbot.addWidget(outbox)
    outbox.show()
    outbox.refresh()
    qtbot.waitUntil(lambda: outbox.ui.refreshButton.isEnabled(), timeout=15000)
    client.close()
    assert outbox.message().startswith("Could not load the e-mails: ")
    assert '"mail_from" is missing' in outbox.message() and "sandbox/outbox/email" in outbox.message()
    assert _cells(outbox.ui.emailView) == [] and _cells(outbox.ui.smsView) == []
