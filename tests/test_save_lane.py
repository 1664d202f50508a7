"""A Save never waits on refreshes or the network it cannot control (issue 8, point 9), against a trickling peer.

- F5 five times while the server trickles starts one refresh, not five; a Save then reaches its
  outcome (queued in the outbox when the server cannot be reached) while that refresh still hangs;
- Cancel while "Saving…" asks: Keep Waiting, Put in Outbox (the edit is queued), or Abandon (the
  question says the server may still apply it); a password is never offered the outbox;
- closing the window while a Save waits puts the edit in the outbox.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import jwt
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop.api import AccountClient
from desktop.session import AccountSession, to_cache
from desktop.store import OfflineStore
from desktop.views.company_dialog import CompanyDialog
from desktop.views.main_window import MainWindow
from desktop.views.save_fallbacks import MAY_STILL_APPLY
from desktop.views.smtp_dialog import SmtpDialog
from tests.dialogs import click_save, type_into
from tests.test_quit import a_refresh_token
from tests.trickle_peer import TricklePeer

LEFT = Qt.MouseButton.LeftButton
#: Bound for "does not hang" (the peer's trickle lasts 600 s).
WAIT_MS = 60_000


def _access_token() -> dict[str, str]:
    now = datetime.now(UTC)
    claims = {"email": "dana@example.com", "iat": int(now.timestamp()),
              "exp": int((now + timedelta(hours=1)).timestamp())}
    return {"token": jwt.encode(claims, "not the key of the server, only for the test", algorithm="HS256")}


def _peer(*, reset_puts: bool) -> TricklePeer:
    """Access tokens at once; every other request trickles (or, with ``reset_puts``, a PUT gets no answer)."""
    return TricklePeer(quick={"auth/jwt": _access_token()}, reset=frozenset({"PUT"}) if reset_puts else frozenset())


def _client(peer: TricklePeer) -> AccountClient:
    remote = AccountClient(peer.base_url)
    remote.use_refresh_token(a_refresh_token())
    return remote


@pytest.fixture
def store(tmp_path, ops, client):
    """An offline store whose cache holds the real service's account, SMTP details and packages."""
    opened = OfflineStore.open(tmp_path / "offline.sqlite3")
    fetched_at = datetime.now(UTC) - timedelta(minutes=1)
    for part, value in (("account", client.get_account()), ("smtp", client.get_smtp()),
                        ("packages", client.get_packages())):
        opened.cache.save(part, *to_cache(part, value), fetched_at)
    yield opened
    ops.wait_for_done(15000)
    opened.close()


def _window(qtbot, ops, remote, store) -> MainWindow:
    window = MainWindow(ops, remote, server_label="trickle", store=store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.current is not None, timeout=WAIT_MS)  # shown from the cache
    return window


def _gets(peer: TricklePeer) -> list[str]:
    return [line for line in peer.requests if line.startswith("GET") and "auth/jwt" not in line]


def _choose(dialog, name: str) -> None:
    dialog.fallbacks.abandon_box.findChild(QPushButton, name).click()


def test_five_refreshes_then_save_the_save_reaches_the_outbox_first(qtbot, ops, store, screenshot):
    with _peer(reset_puts=True) as peer:
        window = _window(qtbot, ops, _client(peer), store)
        events: list[str] = []
        window.loaded.connect(lambda: events.append("refresh ended"))
        window.load_failed.connect(lambda _text: events.append("refresh ended"))
        for _ in range(5):
            window.ui.actionRefresh.trigger()  # F5
        qtbot.waitUntil(lambda: len(_gets(peer)) >= 3, timeout=WAIT_MS)  # account, SMTP details, packages
        dialog = window.open_editor(CompanyDialog)
        type_into(qtbot, dialog, "company", "Northwind Telecom Europe Ltd")
        with qtbot.waitSignal(dialog.queued, timeout=WAIT_MS):
            click_save(qtbot, dialog)
        events.append("queued")
        screenshot(window, "save_lane_queued_while_refresh_hangs")
        assert events == ["queued"], "the save reached the outbox while the refresh still hung"
        assert window.loading
        assert len(_gets(peer)) == 3, "F5 during a refresh started no other"
        [entry] = store.outbox.pending()
        assert entry.changes == {"company": "Northwind Telecom Europe Ltd"}


def _saving_dialog(qtbot, ops, peer, store, client, dialog_class=CompanyDialog, key="company",
                   text="Northwind Telecom Europe Ltd"):
    current = client.get_smtp() if dialog_class is SmtpDialog else client.get_account()
    remote = _client(peer)
    dialog = dialog_class(ops, AccountSession(remote, store), current)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog, key, text)
    click_save(qtbot, dialog)
    qtbot.waitUntil(lambda: any(line.startswith("PUT") for line in peer.requests), timeout=WAIT_MS)
    return dialog


def test_cancel_while_saving_asks_and_keep_waiting_keeps_the_dialog(qtbot, ops, store, client, screenshot):
    with _peer(reset_puts=False) as peer:
        dialog = _saving_dialog(qtbot, ops, peer, store, client)
        dialog.reject()
        box = dialog.fallbacks.abandon_box
        qtbot.waitExposed(box)
        screenshot(box, "abandon_save_question")
        assert box.informativeText().startswith(MAY_STILL_APPLY)
        assert box.findChild(QPushButton, "outboxButton") is not None
        _choose(dialog, "keepWaitingButton")
        assert dialog.isVisible() and dialog.fallbacks.save_running and dialog.ui.statusLabel.text() == "Saving…"
        assert store.outbox.pending() == []


def test_put_in_outbox_queues_the_edit_with_the_version_it_was_based_on(qtbot, ops, store, client):
    with _peer(reset_puts=False) as peer:
        dialog = _saving_dialog(qtbot, ops, peer, store, client)
        dialog.reject()
        with qtbot.waitSignal(dialog.queued, timeout=WAIT_MS):
            _choose(dialog, "outboxButton")
        assert not dialog.isVisible()
        [entry] = store.outbox.pending()
        assert entry.changes == {"company": "Northwind Telecom Europe Ltd"}
        assert entry.etag == client.get_account().etag  # a late landing of the abandoned PUT meets 412 + merge


def test_abandon_closes_and_queues_nothing(qtbot, ops, store, client):
    with _peer(reset_puts=False) as peer:
        dialog = _saving_dialog(qtbot, ops, peer, store, client)
        saved, queued = [], []
        dialog.saved.connect(saved.append)
        dialog.queued.connect(queued.append)
        dialog.reject()
        box = dialog.fallbacks.abandon_box
        assert "may still apply it; check the values after the refresh" in box.informativeText()
        _choose(dialog, "abandonButton")
        assert not dialog.isVisible() and not dialog.fallbacks.save_running
        assert saved == queued == [] and store.outbox.pending() == []


def test_a_password_being_saved_is_never_offered_the_outbox(qtbot, ops, store, client):
    with _peer(reset_puts=False) as peer:
        dialog = _saving_dialog(qtbot, ops, peer, store, client, SmtpDialog, "password", "a new secret 123")
        dialog.reject()
        assert dialog.fallbacks.abandon_box.findChild(QPushButton, "outboxButton") is None
        _choose(dialog, "keepWaitingButton")
        assert dialog.isVisible()


def test_closing_the_window_while_a_save_waits_puts_it_in_the_outbox(qtbot, ops, store):
    with _peer(reset_puts=False) as peer:
        window = _window(qtbot, ops, _client(peer), store)
        dialog = window.open_editor(CompanyDialog)
        type_into(qtbot, dialog, "company", "Northwind Telecom Europe Ltd")
        click_save(qtbot, dialog)
        qtbot.waitUntil(lambda: any(line.startswith("PUT") for line in peer.requests), timeout=WAIT_MS)
        window.close()
        assert ops.wait_for_lane("disk", WAIT_MS)
        [entry] = store.outbox.pending()
        assert entry.changes == {"company": "Northwind Telecom Europe Ltd"}
