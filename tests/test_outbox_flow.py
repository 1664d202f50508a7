"""Edits saved while the server is away: queued, shown, sent once when it is back, conflicts put to the user.

The real service is stopped and started again on the same port; the dialogs are typed into; the
outbox is a real SQLite file.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from desktop.api import AccountClient
from desktop.server.seed import VIEWER_EMAIL, VIEWER_PASSWORD
from desktop.session.sending import flush
from desktop.store import PENDING, REJECTED, SENT, OfflineStore
from desktop.views.company_dialog import CompanyDialog
from desktop.views.contact_dialog import ContactDialog
from desktop.views.main_window import MainWindow
from desktop.views.offline import SAVED_OFFLINE
from tests.dialogs import loaded_window, save_button, type_into

LEFT = Qt.MouseButton.LeftButton
SECRET = "s3cret-Pa55 word"


@pytest.fixture
def store(tmp_path, ops):
    opened = OfflineStore.open(tmp_path / "offline.sqlite3")
    yield opened
    ops.wait_for_done(15000)
    opened.close()


def _offline_window(qtbot, ops, client, store, server) -> MainWindow:
    """A window that loaded the account (so it is cached), then lost the server.

    Its 30 s retry is stopped: each test says when the window notices that the server is back (on a
    loaded machine the retry once noticed first).
    """
    window = loaded_window(qtbot, ops, client, store=store)
    window.offline.retry_timer.stop()
    server.stop()
    with qtbot.waitSignal(window.load_failed, timeout=30000):
        window.refresh()
    return window


def _edit_company_offline(qtbot, window, key: str, value: str) -> int:
    qtbot.mouseClick(window.company_section.ui.editCompanyButton, LEFT)
    dialog = window.findChild(CompanyDialog)
    type_into(qtbot, dialog, key, value)
    with qtbot.waitSignal(dialog.queued, timeout=30000) as queued:
        qtbot.mouseClick(save_button(dialog), LEFT)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: "1 change not yet sent" in window.offline.unsent.pending_text(), timeout=15000)
    return queued.args[0]


def _back_online(qtbot, window, server):
    """Start the server again and press F5; returns the report of the send that follows the refresh."""
    server.start()
    with qtbot.waitSignal(window.offline.unsent.flushed, timeout=30000) as flushed:
        window.ui.actionRefresh.trigger()
    return flushed.args[0]


def _wait_for_conflict_dialog(qtbot, window):
    unsent = window.offline.unsent
    qtbot.waitUntil(lambda: unsent.conflict_dialog is not None and unsent.conflict_dialog.isVisible(), timeout=15000)
    return unsent.conflict_dialog


def _shot(screenshot, widget, name: str) -> None:
    QApplication.processEvents()
    screenshot(widget, name)


def test_an_offline_edit_is_queued_shown_and_sent_once_when_the_server_is_back(qtbot, ops, client, server, store,
                                                                               screenshot):
    window = _offline_window(qtbot, ops, client, store, server)
    etag = window.current.etag
    entry_id = _edit_company_offline(qtbot, window, "company", "Northwind Telecom Group Ltd")

    company = window.company_section.ui.companyValue
    qtbot.waitUntil(lambda: company.text() == "Northwind Telecom Group Ltd", timeout=15000)
    assert window.offline.unsent.pending_text() == f"1 change not yet sent. {SAVED_OFFLINE}"
    assert window.statusBar().currentMessage() == SAVED_OFFLINE
    assert window.outbox_state() == "1 change not yet sent"
    entry = store.outbox.get(entry_id)
    assert (entry.status, entry.changes, entry.etag) == (PENDING, {"company": "Northwind Telecom Group Ltd"}, etag)
    assert entry.base["company"] == "Northwind Telecom Ltd" and "password" not in entry.base
    assert window.error_text().startswith("Cannot reach the server."), "still offline"
    _shot(screenshot, window, "main_window_offline_pending")

    report = _back_online(qtbot, window, server)
    assert report.sent == [entry_id] and report.stopped_by is None
    assert client.get_account().value.company == "Northwind Telecom Group Ltd"
    assert store.outbox.get(entry_id).status == SENT and store.outbox.count() == 0
    qtbot.waitUntil(lambda: window.offline.unsent.pending_text() == "", timeout=15000)
    assert window.company_section.ui.companyValue.text() == "Northwind Telecom Group Ltd"
    assert window.error_text() == "" and window.outbox_state() == "empty"
    after = client.get_account().etag

    with qtbot.waitSignal(window.offline.unsent.flushed, timeout=15000) as again:
        window.offline.unsent.flush()
    assert again.args[0].outcomes == [], "a second send sends nothing"
    assert flush(store.outbox, client, store.cache).outcomes == []
    assert client.get_account().etag == after
    assert len(store.outbox.entries(SENT)) == 1


def test_changes_to_different_fields_on_both_sides_both_survive(qtbot, ops, client, other_client, server, store):
    window = _offline_window(qtbot, ops, client, store, server)
    entry_id = _edit_company_offline(qtbot, window, "ocn", "0A1C")
    server.start()
    other_client.update_account({"contact.phone": "+12125550100"}, other_client.get_account().etag)
    with qtbot.waitSignal(window.offline.unsent.flushed, timeout=30000) as flushed:
        window.ui.actionRefresh.trigger()
    assert flushed.args[0].sent == [entry_id]
    account = client.get_account().value
    assert (account.ocn, account.contact.phone) == ("0A1C", "+12125550100")
    qtbot.waitUntil(lambda: window.company_section.ui.ocnValue.text() == "0A1C", timeout=15000)
    assert window.contact_section.ui.phoneValue.text() == "+12125550100"


def test_the_same_field_changed_on_both_sides_opens_the_conflict_dialog(qtbot, ops, client, other_client, server,
                                                                        store, screenshot):
    window = _offline_window(qtbot, ops, client, store, server)
    entry_id = _edit_company_offline(qtbot, window, "name", "Dana Whitfield-Jones")
    server.start()
    other_client.update_account({"name": "Dana W. Jones"}, other_client.get_account().etag)
    with qtbot.waitSignal(window.offline.unsent.flushed, timeout=30000) as flushed:
        window.ui.actionRefresh.trigger()
    assert flushed.args[0].conflicts == [entry_id]
    dialog = _wait_for_conflict_dialog(qtbot, window)
    texts = [label.text() for label in dialog.ui.fieldsWidget.findChildren(QLabel)]
    for expected in ("Dana Whitfield", "Dana Whitfield-Jones", "Dana W. Jones"):  # base, mine, theirs
        assert expected in texts
    assert client.get_account().value.name == "Dana W. Jones", "nothing was overwritten before the user chose"
    # the bar is re-read from the outbox on a worker after the send, so it may follow the dialog
    qtbot.waitUntil(lambda: "1 needs your decision" in window.offline.unsent.pending_text(), timeout=15000)
    _shot(screenshot, window, "main_window_conflict_in_flow")
    _shot(screenshot, dialog, "conflict_dialog_in_flow")

    qtbot.mouseClick(dialog.choice_button("name", "mine"), LEFT)
    with qtbot.waitSignal(dialog.resolved, timeout=15000) as resolved:
        qtbot.mouseClick(dialog.ui.applyButton, LEFT)
    assert resolved.args[0].sent == [entry_id]
    assert client.get_account().value.name == "Dana Whitfield-Jones"
    qtbot.waitUntil(lambda: window.offline.unsent.pending_text() == "", timeout=15000)
    qtbot.waitUntil(lambda: window.company_section.ui.nameValue.text() == "Dana Whitfield-Jones", timeout=15000)


def test_a_conflict_left_for_later_is_settled_from_review(qtbot, ops, client, other_client, server, store):
    window = _offline_window(qtbot, ops, client, store, server)
    entry_id = _edit_company_offline(qtbot, window, "frn", "0012345679")
    server.start()
    other_client.update_account({"frn": "0012345670"}, other_client.get_account().etag)
    with qtbot.waitSignal(window.offline.unsent.flushed, timeout=30000):
        window.ui.actionRefresh.trigger()
    _wait_for_conflict_dialog(qtbot, window).reject()  # later
    qtbot.waitUntil(lambda: "needs your decision" in window.offline.unsent.pending_text(), timeout=15000)
    assert window.outbox_state() == "1 change not yet sent; 1 needs your decision"

    qtbot.mouseClick(window.ui.reviewButton, LEFT)
    review = window.offline.unsent.outbox_dialog
    qtbot.waitUntil(lambda: review.selected_entry() is not None, timeout=15000)
    qtbot.mouseClick(review.ui.resolveButton, LEFT)
    dialog = _wait_for_conflict_dialog(qtbot, window)
    assert dialog.parent() is review, "Resolve… opens it over the Changes Not Yet Sent window"
    qtbot.mouseClick(dialog.choice_button("frn", "theirs"), LEFT)
    with qtbot.waitSignal(dialog.resolved, timeout=15000):
        qtbot.mouseClick(dialog.ui.applyButton, LEFT)
    qtbot.waitUntil(lambda: review.entries() == [], timeout=15000)
    assert store.outbox.get(entry_id).status == SENT
    assert client.get_account().value.frn == "0012345670"
    review.reject()


def test_an_smtp_password_is_never_queued_and_nothing_typed_is_lost(qtbot, ops, client, server, store, tmp_path,
                                                                    screenshot):
    window = _offline_window(qtbot, ops, client, store, server)
    dialog = window.open_smtp_editor()
    type_into(qtbot, dialog, "username", "noc-mailer")
    type_into(qtbot, dialog, "password", SECRET)
    qtbot.mouseClick(save_button(dialog), LEFT)
    qtbot.waitUntil(lambda: dialog.field_error("password") != "", timeout=30000)
    assert dialog.isVisible()
    assert dialog.field_error("password") == "Needs the server now: a password is never kept on this computer."
    assert "cannot wait on this computer" in dialog.message() and SECRET not in dialog.message()
    assert "empty the “Change password” field" in dialog.message()
    assert dialog.field_edit("username").text() == "noc-mailer" and dialog.field_edit("password").text() == SECRET
    assert store.outbox.count() == 0
    _shot(screenshot, dialog, "smtp_dialog_password_offline")

    dialog.field_edit("password").clear()
    assert dialog.field_error("password") == ""
    with qtbot.waitSignal(dialog.queued, timeout=30000) as queued:
        qtbot.mouseClick(save_button(dialog), LEFT)
    assert store.outbox.get(queued.args[0]).changes == {"username": "noc-mailer"}
    qtbot.waitUntil(lambda: window.smtp_section.ui.smtpUsernameValue.text() == "noc-mailer", timeout=15000)
    ops.wait_for_done(15000)
    for path in tmp_path.glob("offline.sqlite3*"):
        assert SECRET.encode() not in path.read_bytes(), path.name

    report = _back_online(qtbot, window, server)
    assert report.sent == [queued.args[0]]
    assert client.get_smtp().value.username == "noc-mailer" and not client.get_smtp().value.password_set


def test_a_change_the_server_refuses_is_said_with_its_message_and_can_be_discarded(qtbot, ops, server, store,
                                                                                   screenshot):
    viewer = AccountClient(server.base_url, timeout=(2.0, 10.0))
    viewer.sign_in(VIEWER_EMAIL, VIEWER_PASSWORD)
    window = _offline_window(qtbot, ops, viewer, store, server)
    entry_id = _edit_company_offline(qtbot, window, "company", "Viewer Ltd")
    report = _back_online(qtbot, window, server)
    assert report.rejected == [entry_id]
    qtbot.waitUntil(lambda: "refused by the server" in window.offline.unsent.pending_text(), timeout=15000)
    text = window.offline.unsent.pending_text()
    assert "The server refused a change to the company and contact details: " in text
    assert "may view this account but not change it" in text
    assert window.outbox_state() == "1 change not yet sent; 1 refused by the server"
    assert store.outbox.get(entry_id).status == REJECTED
    qtbot.waitUntil(lambda: window.company_section.ui.companyValue.text() == "Northwind Telecom Ltd", timeout=15000)
    _shot(screenshot, window, "main_window_change_refused")

    qtbot.mouseClick(window.ui.reviewButton, LEFT)
    review = window.offline.unsent.outbox_dialog
    qtbot.waitUntil(lambda: review.selected_entry() is not None, timeout=15000)
    assert "may view this account but not change it" in review.ui.detailsNote.text()
    qtbot.mouseClick(review.ui.discardButton, LEFT)
    box = review.question_box
    discard = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    with qtbot.waitSignal(review.changed, timeout=15000):
        qtbot.mouseClick(discard, LEFT)
    qtbot.waitUntil(lambda: window.offline.unsent.pending_text() == "", timeout=15000)
    assert window.company_section.ui.companyValue.text() == "Northwind Telecom Ltd"
    review.reject()
    viewer.close()


def test_a_second_edit_waits_behind_the_first_so_they_reach_the_server_in_order(qtbot, ops, client, server, store):
    window = _offline_window(qtbot, ops, client, store, server)
    first = _edit_company_offline(qtbot, window, "company", "Northwind Telecom A Ltd")
    server.start()  # back, but the window has not noticed yet
    qtbot.mouseClick(window.company_section.ui.editCompanyButton, LEFT)
    dialog = window.findChild(CompanyDialog)
    assert dialog.field_edit("company").text() == "Northwind Telecom A Ltd", "it starts from the unsent edit"
    type_into(qtbot, dialog, "company", "Northwind Telecom B Ltd")
    with qtbot.waitSignal(dialog.queued, timeout=30000) as queued:
        qtbot.mouseClick(save_button(dialog), LEFT)
    second = queued.args[0]
    assert client.get_account().value.company == "Northwind Telecom Ltd", "not sent ahead of the first edit"
    assert store.outbox.get(second).base["company"] == "Northwind Telecom A Ltd"
    qtbot.waitUntil(lambda: "2 changes not yet sent" in window.offline.unsent.pending_text(), timeout=15000)

    with qtbot.waitSignal(window.offline.unsent.flushed, timeout=30000) as flushed:
        window.ui.actionRefresh.trigger()
    assert flushed.args[0].sent == [first, second] and flushed.args[0].conflicts == []
    assert client.get_account().value.company == "Northwind Telecom B Ltd"
    qtbot.waitUntil(lambda: window.company_section.ui.companyValue.text() == "Northwind Telecom B Ltd", timeout=15000)


def test_a_save_that_finds_the_server_gone_queues_and_the_window_says_it_is_offline(qtbot, ops, client, server,
                                                                                    store):
    window = MainWindow(ops, client, server_label="Sandbox", store=store)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.loaded, timeout=15000):
        window.refresh()
    qtbot.mouseClick(window.contact_section.ui.editContactButton, LEFT)
    dialog = window.findChild(ContactDialog)
    type_into(qtbot, dialog, "contact.phone", "+1 212 555 0100")
    server.stop()  # while the form is open
    with qtbot.waitSignal(dialog.queued, timeout=30000) as queued:
        qtbot.mouseClick(save_button(dialog), LEFT)
    assert store.outbox.get(queued.args[0]).changes == {"contact.phone": "+12125550100"}
    assert window.error_text().startswith("Cannot reach the server. Showing data from ")
    assert not window.smtp_section.ui.testEmailButton.isEnabled()
    assert not window.general_section.billing.ui.switchButton.isEnabled()
    assert window.statusBar().currentMessage() == SAVED_OFFLINE
    qtbot.waitUntil(lambda: window.contact_section.ui.phoneValue.text() == "+12125550100", timeout=15000)
    assert window.updated_status.text().startswith("Showing data from "), "the queued value is not shown as fresh"

    report = _back_online(qtbot, window, server)
    assert report.sent == [queued.args[0]]
    assert client.get_account().value.contact.phone == "+12125550100"
