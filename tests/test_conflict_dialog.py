"""The conflict dialog: every conflicting field with its three values, a choice per field, and a real resolve."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from desktop.api import Unreachable
from desktop.session import AccountSession
from desktop.session.sending import flush
from desktop.store import CONFLICT, PENDING, SENT, ConflictDetails, FieldConflict, OfflineStore
from desktop.store.resources import EDITABLE
from desktop.views.conflict_dialog import ConflictDialog

LEFT = Qt.MouseButton.LeftButton
BASE = {"name": "Dana Whitfield", "company": "Northwind Telecom Ltd", "company_reg_id": "01234567", "ocn": "0A1B",
        "frn": "0012345678", "vat_reg_id": "GB980780684", "contact.email": "noc@northwind-telecom.example",
        "contact.phone": "+442071234567", "contact.mobile": ""}


@pytest.fixture
def store(tmp_path):
    opened = OfflineStore.open(tmp_path / "offline.sqlite3")
    yield opened
    opened.close()


def _conflicted(store, changes, theirs_changes):
    """An entry stopped by a conflict, as the sender records it (no server needed for the widgets)."""
    entry_id = store.outbox.enqueue("account", changes, BASE, '"e1"')
    theirs = {**BASE, **theirs_changes}
    fields = {key: FieldConflict(key, BASE[key], value, theirs[key]) for key, value in changes.items()
              if key in theirs_changes}
    store.outbox.mark_conflict(entry_id, ConflictDetails(fields, theirs, '"e2"', datetime.now(UTC)))
    return store.outbox.get(entry_id)


def _open(qtbot, entry) -> ConflictDialog:
    dialog = ConflictDialog(entry)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _shot(screenshot, dialog, name: str) -> None:
    QApplication.processEvents()  # let the layouts settle, as the event loop does before painting
    screenshot(dialog, name)


def _texts(dialog) -> list[str]:
    return [label.text() for label in dialog.ui.fieldsWidget.findChildren(QLabel)]


def test_each_conflicting_field_shows_when_you_started_yours_and_the_servers(qtbot, store, screenshot):
    entry = _conflicted(store, {"name": "Dana Whitfield-Jones", "contact.mobile": "+447911123456",
                                "ocn": "0A1C"},
                        {"name": "Dana W. Jones", "contact.mobile": "+447700900123"})
    dialog = _open(qtbot, entry)
    texts = _texts(dialog)
    for expected in ("Field", "When you started", "Your change", "Now on the server",
                     "Dana Whitfield", "Dana Whitfield-Jones", "Dana W. Jones",
                     "(empty)", "+447911123456", "+447700900123"):
        assert expected in texts, expected
    titles = {label.text().replace("&", "") for label in dialog.ui.fieldsWidget.findChildren(QLabel)
              if label.objectName().endswith("Label")}
    assert titles == {"Name", "Mobile"}
    assert "OCN" in dialog.ui.otherNote.text(), "the change without a conflict is named, and goes as made"
    assert "today at" in dialog.ui.introLabel.text()
    assert dialog.choices() == {}, "nothing is chosen for the user"
    assert not dialog.ui.applyButton.isEnabled()
    assert dialog.ui.statusLabel.text() == "Choose a value for 2 more fields."
    _shot(screenshot, dialog, "conflict_dialog")

    qtbot.mouseClick(dialog.choice_button("name", "mine"), LEFT)
    assert dialog.choices() == {"name": "mine"}
    assert not dialog.ui.applyButton.isEnabled(), "Mobile has no choice yet"
    assert dialog.ui.statusLabel.text() == "Choose a value for 1 more field."

    qtbot.mouseClick(dialog.choice_button("contact.mobile", "theirs"), LEFT)
    assert dialog.choices() == {"name": "mine", "contact.mobile": "theirs"}
    assert dialog.ui.applyButton.isEnabled()
    assert dialog.ui.statusLabel.text() == "Apply keeps your value for Name and the server's value for Mobile."

    qtbot.mouseClick(dialog.choice_button("name", "theirs"), LEFT)
    assert dialog.choices() == {"name": "theirs", "contact.mobile": "theirs"}
    _shot(screenshot, dialog, "conflict_dialog_chosen")
    qtbot.mouseClick(dialog.ui.applyButton, LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert store.outbox.get(entry.id).status == CONFLICT, "without resolve_with the caller settles it"


def test_every_field_label_has_a_buddy_and_its_own_mnemonic(qtbot, store):
    entry = _conflicted(store, {"name": "A", "company": "B", "company_reg_id": "C1", "contact.email": "x@example.com"},
                        {"name": "Z", "company": "Y", "company_reg_id": "C2", "contact.email": "y@example.com"})
    dialog = _open(qtbot, entry)
    labels = [label for label in dialog.ui.fieldsWidget.findChildren(QLabel) if label.objectName().endswith("Label")]
    assert len(labels) == 4
    mnemonics = []
    for label in labels:
        assert "&" in label.text() and label.buddy().text() == "Keep mine", label.objectName()
        mnemonics.append(label.text()[label.text().index("&") + 1].lower())
    assert len(set(mnemonics)) == 4 and not {"a", "c"} & set(mnemonics), "Apply and Cancel keep theirs"
    for key in ("name", "company"):
        assert dialog.choice_button(key, "mine").accessibleName().startswith(
            ("Name: keep mine", "Company: keep mine"))


def test_a_dialog_for_an_entry_not_in_conflict_is_refused(store):
    entry_id = store.outbox.enqueue("account", {"name": "A"}, BASE, '"e1"')
    with pytest.raises(ValueError, match="not in conflict"):
        ConflictDialog(store.outbox.get(entry_id))


def _real_conflict(store, client, other_client, mine: str, theirs: str):
    """Edit "name" offline on top of the cached account, change it elsewhere, flush: a real conflict."""
    current = client.get_account()
    store.cache.save("account", current.value.to_json(), current.etag, datetime.now(UTC))
    shown = store.shown("account")
    entry_id = store.outbox.enqueue("account", {"name": mine}, EDITABLE["account"].values(shown.data), shown.etag)
    other_client.update_account({"name": theirs}, other_client.get_account().etag)
    report = flush(store.outbox, client, store.cache)
    assert report.conflicts == [entry_id]
    return store.outbox.get(entry_id)


def test_keep_mine_settles_a_real_conflict_and_the_server_gets_mine(qtbot, ops, store, client, other_client,
                                                                    screenshot):
    before = client.get_account().value.name
    entry = _real_conflict(store, client, other_client, "Dana Whitfield-Jones", "Dana W. Jones")
    assert entry.status == CONFLICT
    dialog = _open(qtbot, entry)
    dialog.resolve_with(ops, AccountSession(client, store))
    texts = _texts(dialog)
    assert {before, "Dana Whitfield-Jones", "Dana W. Jones"} <= set(texts)
    _shot(screenshot, dialog, "conflict_dialog_real")

    qtbot.mouseClick(dialog.choice_button("name", "mine"), LEFT)
    with qtbot.waitSignal(dialog.resolved, timeout=15000) as resolved:
        qtbot.mouseClick(dialog.ui.applyButton, LEFT)
    report = resolved.args[0]
    assert report.sent == [entry.id] and report.stopped_by is None
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert client.get_account().value.name == "Dana Whitfield-Jones"
    assert store.outbox.get(entry.id).status == SENT


def test_take_theirs_sends_nothing_and_keeps_the_servers_value(qtbot, ops, store, client, other_client):
    entry = _real_conflict(store, client, other_client, "Dana Whitfield-Jones", "Dana W. Jones")
    etag = client.get_account().etag
    dialog = _open(qtbot, entry)
    dialog.resolve_with(ops, AccountSession(client, store))
    qtbot.mouseClick(dialog.choice_button("name", "theirs"), LEFT)
    with qtbot.waitSignal(dialog.resolved, timeout=15000):
        qtbot.mouseClick(dialog.ui.applyButton, LEFT)
    fresh = client.get_account()
    assert fresh.value.name == "Dana W. Jones" and fresh.etag == etag
    assert store.outbox.get(entry.id).status == SENT


def test_a_server_that_changed_again_asks_again_with_the_new_values(qtbot, ops, store, client, other_client,
                                                                    screenshot):
    entry = _real_conflict(store, client, other_client, "Dana Whitfield-Jones", "Dana W. Jones")
    dialog = _open(qtbot, entry)
    dialog.resolve_with(ops, AccountSession(client, store))
    other_client.update_account({"name": "D. Jones (billing)"}, other_client.get_account().etag)
    resolved = []
    dialog.resolved.connect(resolved.append)

    qtbot.mouseClick(dialog.choice_button("name", "mine"), LEFT)
    qtbot.mouseClick(dialog.ui.applyButton, LEFT)
    assert dialog.ui.statusLabel.text() == "Sending…" and not dialog.ui.applyButton.isEnabled()
    qtbot.waitUntil(lambda: "changed these fields again" in dialog.message(), timeout=15000)
    assert resolved == [] and dialog.isVisible()
    assert "D. Jones (billing)" in _texts(dialog)
    assert dialog.choices() == {} and not dialog.ui.applyButton.isEnabled(), "the user chooses again"
    _shot(screenshot, dialog, "conflict_dialog_again")
    assert client.get_account().value.name == "D. Jones (billing)", "never a silent overwrite"

    qtbot.mouseClick(dialog.choice_button("name", "mine"), LEFT)
    with qtbot.waitSignal(dialog.resolved, timeout=15000):
        qtbot.mouseClick(dialog.ui.applyButton, LEFT)
    assert client.get_account().value.name == "Dana Whitfield-Jones"


def test_an_entry_discarded_meanwhile_is_reported_not_sent(qtbot, ops, store, client, other_client):
    entry = _real_conflict(store, client, other_client, "Dana Whitfield-Jones", "Dana W. Jones")
    dialog = _open(qtbot, entry)
    dialog.resolve_with(ops, AccountSession(client, store))
    store.outbox.discard(entry.id)
    qtbot.mouseClick(dialog.choice_button("name", "mine"), LEFT)
    qtbot.mouseClick(dialog.ui.applyButton, LEFT)
    qtbot.waitUntil(lambda: dialog.message() != "", timeout=15000)
    assert "no longer waiting" in dialog.message()
    assert not dialog.ui.applyButton.isEnabled()
    assert client.get_account().value.name == "Dana W. Jones"


def test_a_choice_made_while_the_server_is_unreachable_is_kept_and_sent_later(qtbot, ops, store, client,
                                                                              other_client, server):
    entry = _real_conflict(store, client, other_client, "Dana Whitfield-Jones", "Dana W. Jones")
    dialog = _open(qtbot, entry)
    dialog.resolve_with(ops, AccountSession(client, store))
    server.stop()
    qtbot.mouseClick(dialog.choice_button("name", "mine"), LEFT)
    with qtbot.waitSignal(dialog.resolved, timeout=30000) as resolved:
        qtbot.mouseClick(dialog.ui.applyButton, LEFT)
    report = resolved.args[0]
    assert isinstance(report.stopped_by, Unreachable) and report.remaining == 1
    assert store.outbox.get(entry.id).status == PENDING, "the settled edit waits for the next flush"

    server.start()
    assert flush(store.outbox, client, store.cache).sent == [entry.id]
    assert client.get_account().value.name == "Dana Whitfield-Jones"
