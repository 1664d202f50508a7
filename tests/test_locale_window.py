"""The main window in French formats (issue 12, point 3): QLocale's default is the one source of every format.

The language setting puts the user's locale in place with ``QLocale.setDefault``; here it is set to
``fr_FR`` around a real MainWindow on the real service, with an offline store. Money and the times
of the status bar and the offline banner are French and the same moment reads the same in both,
while the cache keeps the server's plain decimals.
"""

from __future__ import annotations

import re
import sqlite3

import pytest
from PySide6.QtCore import QLocale

from desktop.store import OfflineStore
from desktop.views.formats import time_of_day
from desktop.views.main_window import MainWindow
from desktop.views.packages_model import COLUMNS

NNBSP, NBSP = "\u202f", "\xa0"


@pytest.fixture
def french(qapp):
    """QLocale's default is fr_FR for the test, and what it was before afterwards."""
    before = QLocale()
    QLocale.setDefault(QLocale("fr_FR"))
    yield
    QLocale.setDefault(before)
    assert QLocale().name() == before.name()


@pytest.fixture
def store(tmp_path, ops):
    opened = OfflineStore.open(tmp_path / "offline.sqlite3")
    yield opened
    ops.wait_for_done(15000)
    opened.close()


def _cells(window: MainWindow, column_title: str) -> list[str]:
    model = window.packages_section.ui.packagesView.model()
    column = [title for title, *_ in COLUMNS].index(column_title)
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_money_and_times_are_french_and_one_moment_reads_the_same_everywhere(
        qtbot, ops, client, server, store, tmp_path, french, screenshot):
    window = MainWindow(ops, client, server_label="Sandbox", store=store)
    qtbot.addWidget(window)
    window.resize(1100, 900)
    window.show()
    with qtbot.waitSignal(window.loaded, timeout=15000):
        window.refresh()

    assert window.general_section.ui.balanceValue.text() == f"-529,60{NBSP}$US"
    assert window.general_section.ui.currencyValue.text() == "USD (dollar des États-Unis)"
    assert window.address_section.ui.countryValue.text() == "Royaume-Uni (GB)", "names in the sentence's language"
    costs = _cells(window, "Cost")
    assert f"2,50{NBSP}$US" in costs and f"0,00045{NBSP}$US" in costs, costs
    assert not any("." in cell for cell in costs), "no English decimal point in a French table"

    oldest = min(store.cache.load(part).fetched_at for part in ("account", "smtp", "packages"))
    updated = window.updated_status.text()
    assert updated == f"Updated {time_of_day(oldest)}"
    assert re.fullmatch(r"Updated \d\d:\d\d", updated), "a French clock: 24 hours, no AM/PM"
    assert time_of_day(oldest, locale="fr_FR") == time_of_day(oldest)

    server.stop()
    with qtbot.waitSignal(window.load_failed, timeout=30000) as failed:
        window.refresh()
    status = window.updated_status.text()
    assert status.startswith("Showing data from il y a "), status
    age = status.removeprefix("Showing data from ")
    assert failed.args[0].startswith(f"Cannot reach the server. Showing data from {age}.")
    assert window.error_text().startswith(f"Cannot reach the server. Showing data from {age}.")
    screenshot(window, "main_window_fr_FR_offline")

    cached = store.cache.load("account").data
    assert cached["balance"] == "-529.60" and cached["per_minute_rate"] == "0.00030"
    window.close()
    ops.wait_for_done(15000)
    with sqlite3.connect(tmp_path / "offline.sqlite3") as raw:  # the file itself, as another program reads it
        texts = " ".join(row[0] for row in raw.execute("SELECT data FROM cached_resource"))
    assert '"balance": "-529.60"' in texts and '"cost": "0.00045"' in texts
    assert "529,60" not in texts and "$US" not in texts and NBSP not in texts, "never a formatted value"
