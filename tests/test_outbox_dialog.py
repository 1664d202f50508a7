"""The Changes Not Yet Sent window on a real outbox (SQLite file), through the ops runner."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QToolButton

from desktop.api import AccountClient
from desktop.session import AccountSession
from desktop.session.sending import settle
from desktop.store import ConflictDetails, FieldConflict, OfflineStore
from desktop.views.outbox_dialog import OutboxDialog

LEFT = Qt.MouseButton.LeftButton
BASE = {"name": "Dana Whitfield", "company": "Northwind Telecom Ltd", "company_reg_id": "01234567", "ocn": "0A1B",
        "frn": "0012345678", "vat_reg_id": "GB980780684", "contact.email": "noc@northwind-telecom.example",
        "contact.phone": "+442071234567", "contact.mobile": "+447911123456"}
SMTP_BASE = {"from_address": "noc@northwind-telecom.example", "username": "", "server": "smtp.example.com:587",
             "sms_from": "Northwind"}


@pytest.fixture
def store(tmp_path):
    opened = OfflineStore.open(tmp_path / "offline.sqlite3")
    yield opened
    opened.close()


def _open(qtbot, store, ops) -> OutboxDialog:
    # Reading and discarding entries never asks the server: a client of a closed loopback port will do.
    dialog = OutboxDialog(AccountSession(AccountClient("http://127.0.0.1:9"), store), ops=ops)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=15000):
        dialog.show()
    return dialog


def _rows(dialog) -> list[list[str]]:
    """Every row of the list as text: an entry's title row, then one row per changed field."""
    view = dialog.ui.changesView
    rows = []
    for index in range(view.topLevelItemCount()):
        item = view.topLevelItem(index)
        rows.append([item.text(0)])
        rows += [[item.child(c).text(k) for k in range(3)] for c in range(item.childCount())]
    return rows


def _shot(screenshot, dialog, name: str) -> None:
    QApplication.processEvents()
    screenshot(dialog, name)


def test_two_pending_changes_are_listed_with_their_fields_and_one_is_discarded(qtbot, ops, store, screenshot):
    first = store.outbox.enqueue("account", {"name": "Dana Whitfield-Jones", "contact.phone": "+1 212 555 0100"},
                                 BASE, '"e1"')
    second = store.outbox.enqueue("smtp", {"server": "mail.example.com:465"}, SMTP_BASE, '"s1"')
    dialog = _open(qtbot, store, ops)
    assert dialog.summary() == "2 changes not yet sent"
    assert [e.id for e in dialog.entries()] == [first, second]
    rows = _rows(dialog)
    assert rows[0][0].startswith("Company and contact details · saved today at ")
    assert rows[0][0].endswith("waiting to be sent")
    assert rows[1:3] == [["Name", "Dana Whitfield", "Dana Whitfield-Jones"],
                         ["Phone", "+442071234567", "+12125550100"]]
    assert rows[3][0].startswith("SMTP details") and rows[4] == ["Server", "smtp.example.com:587",
                                                                  "mail.example.com:465"]
    assert dialog.selected_entry().id == first
    assert "Waiting to be sent" in dialog.ui.detailsNote.text()
    assert not dialog.ui.resolveButton.isEnabled()
    _shot(screenshot, dialog, "outbox_dialog")

    dialog.select_entry(second)
    qtbot.mouseClick(dialog.ui.discardButton, LEFT)
    qtbot.waitUntil(lambda: dialog.question_box is not None and dialog.question_box.isVisible())
    box = dialog.question_box
    assert "SMTP details" in box.text() and "smtp.example.com:587 → mail.example.com:465" in box.informativeText()
    _shot(screenshot, box, "outbox_discard_question")
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), LEFT)
    assert store.outbox.count() == 2 and dialog.question_box is None

    qtbot.mouseClick(dialog.ui.discardButton, LEFT)
    qtbot.waitUntil(lambda: dialog.question_box is not None and dialog.question_box.isVisible())
    discard = next(b for b in dialog.question_box.buttons() if b.text().replace("&", "") == "Discard")
    with qtbot.waitSignals([dialog.changed, dialog.loaded], timeout=15000):
        qtbot.mouseClick(discard, LEFT)
    assert [e.id for e in store.outbox.entries()] == [first]
    assert [e.id for e in dialog.entries()] == [first]
    assert dialog.summary() == "1 change not yet sent"
    assert dialog.message() == ""


def test_a_conflict_asks_for_a_decision_and_resolve_is_requested_for_it(qtbot, ops, store, screenshot):
    pending = store.outbox.enqueue("smtp", {"sms_from": "+442071234568"}, SMTP_BASE, '"s1"')
    conflicted = store.outbox.enqueue("account", {"name": "Dana Whitfield-Jones", "ocn": "0A1C"}, BASE, '"e1"')
    held = store.outbox.enqueue("account", {"company": "Northwind Group"}, BASE, '"e1"')
    theirs = {**BASE, "name": "Dana W. Jones"}
    details = ConflictDetails({"name": FieldConflict("name", "Dana Whitfield", "Dana Whitfield-Jones",
                                                     "Dana W. Jones")}, theirs, '"e2"', datetime.now(UTC))
    store.outbox.mark_conflict(conflicted, details)
    dialog = _open(qtbot, store, ops)
    assert dialog.summary() == "3 changes not yet sent (1 needs your decision)"
    rows = _rows(dialog)
    assert any(row[0] == "Name (changed on the server too)" for row in rows)
    assert rows[-2][0].endswith("held back until the conflict before it is settled")
    dialog.select_entry(conflicted)
    assert dialog.ui.resolveButton.isEnabled()
    assert "Name also changed on the server" in dialog.ui.detailsNote.text()
    _shot(screenshot, dialog, "outbox_dialog_conflict")
    with qtbot.waitSignal(dialog.resolve_requested) as requested:
        qtbot.mouseClick(dialog.ui.resolveButton, LEFT)
    assert requested.args == [conflicted]

    dialog.select_entry(held)
    assert "Held back" in dialog.ui.detailsNote.text() and not dialog.ui.resolveButton.isEnabled()
    dialog.select_entry(pending)
    assert "Waiting to be sent" in dialog.ui.detailsNote.text()

    settle(store.outbox, conflicted, {"name": "mine"})  # what the caller does through the conflict dialog
    with qtbot.waitSignal(dialog.loaded, timeout=15000):
        qtbot.mouseClick(dialog.ui.refreshButton, LEFT)
    assert dialog.summary() == "3 changes not yet sent"
    assert dialog.selected_entry().id == pending, "the selection survives a refresh"


def test_a_rejected_change_shows_the_servers_message(qtbot, ops, store, screenshot):
    entry_id = store.outbox.enqueue("account", {"vat_reg_id": "DE136695976"}, BASE, '"e1"')
    store.outbox.mark_rejected(entry_id, "Validation failed.", {"vat_reg_id": "The VAT number is not registered."})
    dialog = _open(qtbot, store, ops)
    assert dialog.summary() == "1 change not yet sent (1 rejected by the server)"
    assert _rows(dialog)[0][0].endswith("rejected by the server")
    assert _rows(dialog)[1][0] == "VAT Registration ID (refused)"
    assert "VAT Registration ID: The VAT number is not registered." in dialog.ui.detailsNote.text()
    _shot(screenshot, dialog, "outbox_dialog_rejected")


def test_an_empty_outbox_says_everything_was_sent(qtbot, ops, store):
    dialog = _open(qtbot, store, ops)
    assert dialog.summary() == "No changes waiting: everything has been sent."
    assert not dialog.ui.discardButton.isEnabled() and not dialog.ui.resolveButton.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_a_change_sent_meanwhile_is_not_discarded(qtbot, ops, store):
    entry_id = store.outbox.enqueue("account", {"ocn": "0A1C"}, BASE, '"e1"')
    dialog = _open(qtbot, store, ops)
    store.outbox.mark_sent(entry_id)  # a flush delivered it while the window was open
    qtbot.mouseClick(dialog.ui.discardButton, LEFT)
    qtbot.waitUntil(lambda: dialog.question_box is not None and dialog.question_box.isVisible())
    discard = next(b for b in dialog.question_box.buttons() if b.text().replace("&", "") == "Discard")
    changed = []
    dialog.changed.connect(lambda: changed.append(True))
    with qtbot.waitSignal(dialog.loaded, timeout=15000):
        qtbot.mouseClick(discard, LEFT)
    assert changed == [] and "sent to the server meanwhile" in dialog.message()
    assert store.outbox.get(entry_id).status == "sent"


def test_the_list_has_a_buddy_label_and_the_icon_button_a_name(qtbot, ops, store):
    dialog = _open(qtbot, store, ops)
    label = dialog.ui.changesLabel
    assert "&" in label.text() and label.buddy() is dialog.ui.changesView
    for button in dialog.findChildren(QToolButton):
        if not button.text():
            assert button.accessibleName(), button.objectName()
