"""Shared parts of the window tests against the hostile peer (tests/test_hostile_window*.py).

A signed-in client with short deadlines through the peer, the profile's offline store, the main
window loaded once through the peer (so the cache holds the account), typing into an edit dialog,
and the heartbeat of tests/test_responsiveness.py that proves the GUI thread never waited.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.api import AccountClient
from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD
from desktop.store import OfflineStore
from desktop.views.main_window import MainWindow
from tests import dialogs
from tests.dialogs import LEFT
from tests.heartbeat import Heartbeat

__all__ = ["DEADLINE", "LEFT", "LONG_DEADLINE", "Heartbeat", "error_boxes", "loaded_window", "make_api", "store"]

#: The client's deadlines in these tests (seconds): short, so a trickle ends the call quickly.
DEADLINE = 2.0
LONG_DEADLINE = 3.0


@pytest.fixture
def make_api(hostile) -> Iterator[Callable[..., AccountClient]]:
    """``make_api(deadline=2.0)``: a client signed in through the hostile peer (closed at the end)."""
    made: list[AccountClient] = []

    def make(deadline: float = DEADLINE) -> AccountClient:
        client = AccountClient(hostile.base_url, timeout=(2.0, 5.0), deadline=deadline, long_deadline=LONG_DEADLINE)
        client.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def store(tmp_path, ops) -> Iterator[OfflineStore]:
    """The profile's offline database (cache and outbox)."""
    opened = OfflineStore.open(tmp_path / "offline.sqlite3")
    yield opened
    ops.wait_for_done(15000)
    opened.close()


def loaded_window(qtbot, ops, client: AccountClient, store: OfflineStore | None) -> MainWindow:
    """The main window on ``client`` with ``store``, shown and loaded once (the peer still passes everything)."""
    return dialogs.loaded_window(qtbot, ops, client, server_label="Northwind", store=store)


def error_boxes() -> list[QMessageBox]:
    """Message boxes shown (the crash handler's ErrorDialog is one): there should be none."""
    QApplication.processEvents()
    return [widget for widget in QApplication.topLevelWidgets()
            if isinstance(widget, QMessageBox) and widget.isVisible()]
