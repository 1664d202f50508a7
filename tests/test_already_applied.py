"""One "already applied" rule (issue 8, point 5): a 412 judged alike by an edit dialog and by the outbox.

Each scenario starts from the account as the user saw it (base), lets another user change the
server (theirs), then the user's edit (mine) meets the newer version with the old ETag, once in the
company dialog (its Save gets 412) and once as an outbox entry (its flush gets 412). Both go through
:func:`desktop.domain.merge.three_way_merge`; the test checks that they reach the same verdict and
send the same fields after the 412.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.session import AccountSession
from desktop.session.sending import flush
from desktop.store import OfflineStore
from desktop.views.company_dialog import CompanyDialog

COMPANY, REG_ID, FRN = "Northwind Comms plc", "J40/1234/2020", "0011111111"

# name: (theirs: what another user saves first, mine: what this user types, verdict, sent after the 412)
SCENARIOS = {
    "every typed value already there": ({"company": COMPANY}, {"company": COMPANY}, "sent", {}),
    "only the other side changed another field": ({"frn": FRN}, {"company": COMPANY}, "sent", {"company": COMPANY}),
    "one already there, one still to send": ({"company": COMPANY}, {"company": COMPANY, "company_reg_id": REG_ID},
                                              "sent", {"company_reg_id": REG_ID}),
    "both changed one field differently": ({"company": COMPANY}, {"company": "Northwind Telecom Europe Ltd"},
                                           "conflict", {}),
}


class Recording:
    """The client, recording the changes of every ``update_account`` it sends (observation only, the server is real)."""

    def __init__(self, client) -> None:
        self._client = client
        self.puts: list[dict[str, str]] = []

    def update_account(self, changes, etag):
        self.puts.append(dict(changes))
        return self._client.update_account(changes, etag)

    def __getattr__(self, name):
        return getattr(self._client, name)


def _by_dialog(qtbot, ops, client, base, mine) -> tuple[str, dict[str, str]]:
    recording = Recording(client)
    dialog = CompanyDialog(ops, AccountSession(recording), base)
    qtbot.addWidget(dialog)
    dialog.show()
    for key, text in mine.items():
        edit = dialog.field_edit(key)
        edit.selectAll()
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
        qtbot.keyClicks(edit, text)
    saved = []
    dialog.saved.connect(saved.append)
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(saved) or "changed elsewhere" in dialog.message(), timeout=15000)
    return ("sent" if saved else "conflict"), (recording.puts[1] if len(recording.puts) > 1 else {})


def _by_outbox(tmp_path, client, base, mine) -> tuple[str, dict[str, str]]:
    store = OfflineStore.open(tmp_path / "offline.sqlite3")
    try:
        store.outbox.enqueue("account", mine, base.value.editable_values(), base.etag)
        [outcome] = flush(store.outbox, client, store.cache).outcomes
    finally:
        store.close()
    return outcome.status, outcome.sent


@pytest.mark.parametrize("judge", ["dialog", "outbox"])
@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_a_412_gets_the_same_verdict_in_the_dialog_and_the_outbox(qtbot, ops, client, other_client, tmp_path,
                                                                   scenario, judge):
    theirs, mine, verdict, sent = SCENARIOS[scenario]
    base = client.get_account()
    other_client.update_account(theirs, base.etag)
    if judge == "dialog":
        outcome = _by_dialog(qtbot, ops, client, base, mine)
    else:
        outcome = _by_outbox(tmp_path, client, base, mine)
    assert outcome == (verdict, sent)
    if verdict == "sent":
        account = client.get_account().value.editable_values()
        assert all(account[key] == value for key, value in {**theirs, **mine}.items())
