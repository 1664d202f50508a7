"""The main window and its dialogs on a hostile network: a trickling server and Retry-After (issue 8, points 1, 2, 11).

The real MainWindow, CompanyDialog and TestEmailDialog drive a client with short deadlines (2 s;
3 s for a test e-mail) through the hostile peer (tests/hostile_peer.py) in front of the real
service. Every call ends within its deadline with words that name the cause, an edit that meets it
waits in the outbox, and the heartbeat proves that the GUI thread never waited on the network.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication

from desktop.store import PENDING
from desktop.views.company_dialog import CompanyDialog
from desktop.views.formats import time_of_day
from desktop.views.unsent import SAVED_OFFLINE
from tests.dialogs import click_save, type_into
from tests.hostile_window import (
    DEADLINE,
    LEFT,
    LONG_DEADLINE,
    Heartbeat,
    error_boxes,
    loaded_window,
    make_api,
    store,
)

__all__ = ["make_api", "store"]  # fixtures

#: The longest the GUI thread may go without a heartbeat: far below any deadline, so it never waited on a call.
STALL_LIMIT = 0.5


def _shot(screenshot, widget, name: str) -> None:
    QApplication.processEvents()
    screenshot(widget, name)


def test_a_trickling_server_ends_the_refresh_with_a_banner_naming_the_deadline_and_host(
        qtbot, ops, hostile, make_api, store, screenshot):
    window = loaded_window(qtbot, ops, make_api(), store)
    hostile.mode("trickle", "setup/account", interval=1.0)  # 600 bytes at one a second: ten minutes
    beat = Heartbeat()
    beat.start()
    with qtbot.waitSignal(window.load_failed, timeout=15000) as failed:  # long before the trickle ends
        window.ui.actionRefresh.trigger()
    beat.stop()
    host = f"127.0.0.1:{hostile.port}"
    text = window.error_text()
    assert failed.args[0] == text
    assert text.startswith(f"{host} did not finish answering within {DEADLINE:g} seconds.")
    assert "Showing data from " in text and "press F5" in text
    assert window.company_section.ui.companyValue.text() == "Northwind Telecom Ltd", "the data shown stays"
    assert not window.smtp_section.ui.testEmailButton.isEnabled(), "what needs the server now waits"
    assert beat.ticks > 50 and beat.longest < STALL_LIMIT, beat.report()
    assert error_boxes() == []
    _shot(screenshot, window, "hostile_window_trickle_banner")


def test_an_edit_saved_during_a_trickle_waits_in_the_outbox_and_shows_as_saved_here(
        qtbot, ops, hostile, make_api, store, screenshot):
    window = loaded_window(qtbot, ops, make_api(), store)
    hostile.mode("trickle", "setup/account", interval=1.0)
    dialog = window.open_editor(CompanyDialog)
    qtbot.waitExposed(dialog)
    type_into(qtbot, dialog, "company", "Northwind Trickle Ltd")
    beat = Heartbeat()
    beat.start()
    with qtbot.waitSignal(dialog.queued, timeout=15000):
        click_save(qtbot, dialog)
    beat.stop()
    assert hostile.requests_to("setup/account", "PUT"), "the save was tried first"
    assert not dialog.isVisible(), "the dialog closes"
    [entry] = store.outbox.entries(PENDING)
    assert entry.changes == {"company": "Northwind Trickle Ltd"}, "nothing lost"
    qtbot.waitUntil(lambda: window.company_section.ui.companyValue.text() == "Northwind Trickle Ltd", timeout=5000)
    qtbot.waitUntil(lambda: window.offline.unsent.pending_text() == f"1 change not yet sent. {SAVED_OFFLINE}",
                    timeout=5000)
    assert window.ui.statusbar.currentMessage() == SAVED_OFFLINE
    assert window.error_text().startswith(f"127.0.0.1:{hostile.port} did not finish answering within "
                                          f"{DEADLINE:g} seconds."), "the banner names what held the save back"
    assert beat.longest < STALL_LIMIT, beat.report()
    assert error_boxes() == []
    _shot(screenshot, window, "hostile_window_trickle_saved_here")


def test_test_email_against_a_trickle_reports_the_deadline_in_plain_words_and_stays_responsive(
        qtbot, ops, hostile, make_api, store, screenshot):
    window = loaded_window(qtbot, ops, make_api(), store)
    hostile.mode("trickle", "setup/account/smtp/test-email", interval=1.0)
    dialog = window.smtp_section.open_test_email()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    beat = Heartbeat()
    beat.start()
    with qtbot.waitSignal(dialog.result_shown, timeout=20000) as shown:
        qtbot.mouseClick(dialog.ui.sendButton, LEFT)
        assert dialog.busy and dialog.ui.cancelButton.isEnabled()
        qtbot.waitUntil(lambda: beat.ticks >= 20)  # the dialog keeps turning while the server trickles
        assert dialog.busy
    beat.stop()
    assert shown.args == [False]
    heading, summary = dialog.outcome_text().split("\n", 1)
    assert heading == "The test could not be run."
    assert summary.startswith(f"127.0.0.1:{hostile.port} did not finish answering within {LONG_DEADLINE:g} seconds.")
    assert "Traceback" not in summary and "Exception" not in summary
    assert not dialog.busy and dialog.ui.sendButton.isEnabled(), "Send can be pressed again"
    assert beat.longest < STALL_LIMIT, beat.report()
    _shot(screenshot, dialog, "hostile_test_email_trickle")


def _retry_times(started: datetime, ended: datetime, seconds: int) -> set[str]:
    """The local times a banner may name for ``Retry-After: seconds`` asked between ``started`` and ``ended``.

    Tolerates a minute of rounding either way (the server's ``Date`` has whole seconds).
    """
    first, last = started + timedelta(seconds=seconds - 60), ended + timedelta(seconds=seconds + 60)
    moments = [first + timedelta(seconds=30 * step) for step in range(int((last - first).total_seconds() // 30) + 2)]
    return {time_of_day(moment) for moment in moments if moment <= last}


def test_retry_after_120_says_when_the_server_asks_to_be_tried_again_in_local_time(
        qtbot, ops, hostile, make_api, store, screenshot):
    window = loaded_window(qtbot, ops, make_api(), store)
    hostile.mode("status", "setup/account", status=503, headers={"Retry-After": "120"},
                 body={"error": "maintenance", "message": "Back soon."})
    started = datetime.now(UTC)
    with qtbot.waitSignal(window.load_failed, timeout=15000):
        window.ui.actionRefresh.trigger()
    ended = datetime.now(UTC)
    text = window.error_text()
    assert text.startswith("The server is busy and asks to retry after ")
    named = text.removeprefix("The server is busy and asks to retry after ").split(". ", 1)[0]
    assert named in _retry_times(started, ended, 120), named
    assert "Showing data from " in text
    assert len(hostile.requests_to("setup/account", "GET")) == 2, "asked once for the load, not retried for minutes"
    _shot(screenshot, window, "hostile_window_retry_after")


@pytest.mark.parametrize("status", [429, 503])
def test_a_save_meeting_retry_after_waits_in_the_outbox(qtbot, ops, hostile, make_api, store, status):
    window = loaded_window(qtbot, ops, make_api(), store)
    hostile.mode("status", "setup/account", status=status, headers={"Retry-After": "120"})
    dialog = window.open_editor(CompanyDialog)
    type_into(qtbot, dialog, "company", "Northwind Busy Ltd")
    with qtbot.waitSignal(dialog.queued, timeout=15000):
        click_save(qtbot, dialog)
    [entry] = store.outbox.entries(PENDING)
    assert entry.changes == {"company": "Northwind Busy Ltd"}
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: window.company_section.ui.companyValue.text() == "Northwind Busy Ltd", timeout=5000)


def test_a_short_retry_after_is_waited_out_and_the_window_loads_normally(qtbot, ops, hostile, make_api, store):
    window = loaded_window(qtbot, ops, make_api(deadline=5.0), store)
    before = len(hostile.requests_to("setup/account", "GET"))
    hostile.mode("status", "setup/account", times=1, status=503, headers={"Retry-After": "1"})
    with qtbot.waitSignal(window.loaded, timeout=15000):
        window.ui.actionRefresh.trigger()
    assert len(hostile.requests_to("setup/account", "GET")) == before + 2, "the 503, then the retry"
    assert window.error_text() == ""
    assert window.updated_status.text().startswith("Updated ")
    assert window.company_section.ui.companyValue.text() == "Northwind Telecom Ltd"
