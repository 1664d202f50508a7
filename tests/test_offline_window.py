"""The main window with an offline store, against the real service stopped and started on the same port.

The window shows the cached state at once with its age, says when the server cannot be reached (with
the time of the data shown), tries again, writes nothing when nothing was edited, and makes what needs
the server now unavailable, with the reason.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication

from desktop.session import to_cache
from desktop.store import CONFLICT, PENDING, REJECTED, SENT, OfflineStore
from desktop.views.company_dialog import CompanyDialog
from desktop.views.formats import time_of_day
from desktop.views.main_window import MainWindow
from desktop.views.recording_dialog import RecordingDialog


@pytest.fixture
def store(tmp_path, ops):
    opened = OfflineStore.open(tmp_path / "offline.sqlite3")
    yield opened
    ops.wait_for_done(15000)
    opened.close()


def _window(qtbot, ops, client, store) -> MainWindow:
    window = MainWindow(ops, client, server_label="Sandbox", store=store)
    qtbot.addWidget(window)
    window.resize(1100, 900)
    window.show()
    return window


def _seed_cache(store, client, ago: timedelta) -> datetime:
    """Cache the server's account, SMTP details and packages as if fetched ``ago``; returns that time."""
    fetched_at = datetime.now(UTC) - ago
    for part, value in (("account", client.get_account()), ("smtp", client.get_smtp()),
                        ("packages", client.get_packages())):
        store.cache.save(part, *to_cache(part, value), fetched_at)
    return fetched_at


def _go_offline(qtbot, window, server) -> str:
    server.stop()
    with qtbot.waitSignal(window.load_failed, timeout=30000) as failed:
        window.refresh()
    return failed.args[0]


def _shot(screenshot, widget, name: str) -> None:
    QApplication.processEvents()
    screenshot(widget, name)


def test_a_new_window_shows_the_cache_at_once_with_its_age_then_the_offline_banner(
        qtbot, ops, client, other_client, server, store, screenshot):
    _seed_cache(store, client, timedelta(minutes=3))
    server.stop()
    window = _window(qtbot, ops, client, store)
    qtbot.waitUntil(lambda: window.current is not None, timeout=15000)  # no refresh asked for: the cache
    assert window.company_section.ui.companyValue.text() == "Northwind Telecom Ltd"
    assert window.smtp_section.ui.smtpServerValue.text() == "smtp.northwind-telecom.example:587"
    qtbot.waitUntil(lambda: window.packages_section.model.rowCount() > 0, timeout=15000)
    assert window.updated_status.text() == "Showing data from 3 minutes ago"
    assert window.current.etag == store.cache.load("account").etag

    with qtbot.waitSignal(window.load_failed, timeout=30000) as failed:
        window.refresh()
    age = window.updated_status.text().removeprefix("Showing data from ")  # one moment, one style (issue 12)
    expected = f"Cannot reach the server. Showing data from {age}."
    assert failed.args[0].startswith(expected)
    assert window.error_text().startswith(expected)
    assert "every 30 seconds" in window.error_text()
    assert window.updated_status.text() == "Showing data from 3 minutes ago", "nothing is shown as fresh"
    assert window.company_section.ui.companyValue.text() == "Northwind Telecom Ltd", "the cached data stays"
    assert window.offline.retry_timer.isActive() and window.offline.retry_timer.interval() == 30_000
    _shot(screenshot, window, "main_window_offline")

    server.start()
    other_client.update_account({"contact.phone": "+12125550100"}, other_client.get_account().etag)
    with qtbot.waitSignal(window.loaded, timeout=15000):
        window.offline.retry_timer.timeout.emit()  # what the 30-second retry does, without waiting for it
    assert window.error_text() == ""
    assert window.contact_section.ui.phoneValue.text() == "+12125550100"
    assert window.updated_status.text().startswith("Updated ")
    assert store.cache.load("account").etag == other_client.get_account().etag


def test_each_load_is_cached_and_updated_tells_the_real_time_of_the_data(qtbot, ops, client, server, store):
    window = _window(qtbot, ops, client, store)
    before = datetime.now(UTC)
    with qtbot.waitSignal(window.loaded, timeout=15000):
        window.refresh()
    cached = [store.cache.load(part) for part in ("account", "smtp", "packages")]
    assert all(item is not None and item.fetched_at >= before for item in cached)
    assert cached[0].etag == client.get_account().etag
    assert cached[1].etag == client.get_smtp().etag
    assert "password" not in cached[1].data, "a secret is never cached"
    oldest = min(item.fetched_at for item in cached)
    assert window.updated_status.text() == f"Updated {time_of_day(oldest)}"
    assert window.outbox_state() == "empty"


def test_f5_after_the_server_is_back_removes_the_banner(qtbot, ops, client, server, store):
    window = _window(qtbot, ops, client, store)
    with qtbot.waitSignal(window.loaded, timeout=15000):
        window.refresh()
    text = _go_offline(qtbot, window, server)
    assert window.updated_status.text().startswith("Showing data from ")
    age = window.updated_status.text().removeprefix("Showing data from ")
    assert text.startswith(f"Cannot reach the server. Showing data from {age}.")
    server.start()
    assert "F5" in [key.toString() for key in window.ui.actionRefresh.shortcuts()]
    with qtbot.waitSignal(window.loaded, timeout=15000):
        window.ui.actionRefresh.trigger()
    assert window.error_text() == ""
    assert window.updated_status.text().startswith("Updated ")


def test_opening_the_account_offline_without_editing_writes_nothing(qtbot, ops, client, server, store):
    _seed_cache(store, client, timedelta(minutes=1))
    etags = client.get_account().etag, client.get_smtp().etag
    server.stop()
    window = _window(qtbot, ops, client, store)
    qtbot.waitUntil(lambda: window.current is not None and window.smtp_section.current is not None, timeout=15000)
    with qtbot.waitSignal(window.load_failed, timeout=30000):
        window.refresh()

    dialog = window.open_editor(CompanyDialog)
    edit = dialog.field_edit("company")
    qtbot.keyClicks(edit, " X")
    for _ in range(2):
        qtbot.keyClick(edit, "\b")
    assert not dialog.changes()[0], "typed back to what it was"
    with qtbot.waitSignal(window.load_failed, timeout=30000):
        dialog.reject()  # a cancelled dialog loads again: the server is still away
    smtp = window.open_smtp_editor()
    with qtbot.waitSignal(smtp.finished, timeout=5000):
        smtp.reject()
    ops.wait_for_done(15000)
    QApplication.processEvents()

    assert store.outbox.count(PENDING, SENT, CONFLICT, REJECTED) == 0
    assert window.outbox_state() == "empty"
    assert window.offline.unsent.pending_text() == ""
    server.start()
    with qtbot.waitSignal(window.loaded, timeout=15000):
        window.refresh()
    with qtbot.waitSignal(window.offline.unsent.flushed, timeout=15000) as flushed:
        window.offline.unsent.flush()
    assert flushed.args[0].outcomes == []
    assert (client.get_account().etag, client.get_smtp().etag) == etags, "nothing was written back"
    assert store.outbox.count(PENDING, SENT, CONFLICT, REJECTED) == 0


def test_what_needs_the_server_now_is_unavailable_offline_with_the_reason(qtbot, ops, client, server, store,
                                                                          screenshot):
    window = _window(qtbot, ops, client, store)
    with qtbot.waitSignal(window.loaded, timeout=15000):
        window.refresh()
    billing, packages, smtp = window.general_section.billing, window.packages_section.ui, window.smtp_section.ui
    assert billing.ui.switchButton.isEnabled() and packages.enableRecordingButton.isEnabled()
    recording = window.open_dialog(RecordingDialog(ops, client, parent=window))
    with qtbot.waitSignal(recording.loaded, timeout=15000):
        pass
    assert recording.ui.enableButton.isEnabled()

    _go_offline(qtbot, window, server)
    assert not billing.ui.switchButton.isEnabled()
    assert "cannot be reached" in billing.ui.switchButton.toolTip()
    assert billing.ui.messageFrame.isVisibleTo(billing)
    assert billing.ui.messageLabel.text().startswith("The server cannot be reached: switching the billing method")
    assert not packages.enableRecordingButton.isEnabled()
    assert "call recording needs the server now" in packages.enableRecordingButton.toolTip()
    assert "cannot be reached" in packages.recordingStatusLabel.text()
    assert not recording.ui.enableButton.isEnabled()
    assert recording.ui.messageLabel.text().startswith("The server cannot be reached: enabling call recording")
    assert not smtp.testEmailButton.isEnabled() and not smtp.testSmsButton.isEnabled()
    assert "need the server now" in window.smtp_section.reason_unavailable()
    assert window.smtp_section.open_test_email() is None
    assert (window.company_section.ui.editCompanyButton.isEnabled()
            and window.contact_section.ui.editContactButton.isEnabled() and smtp.editSmtpButton.isEnabled()), \
        "edits can wait in the outbox"
    recording.reject()
    _shot(screenshot, window, "main_window_offline_unavailable")

    server.start()
    with qtbot.waitSignal(window.loaded, timeout=15000):
        window.refresh()
    assert billing.ui.switchButton.isEnabled() and not billing.ui.messageFrame.isVisibleTo(billing)
    assert packages.enableRecordingButton.isEnabled()
    assert packages.recordingStatusLabel.text() == "Call recording: not enabled"
    assert smtp.testEmailButton.isEnabled() and smtp.testSmsButton.isEnabled()


def test_a_window_given_the_cache_read_on_a_worker_has_its_values_before_its_first_paint(
        qtbot, ops, client, server, store):
    # The launcher reads the cache on the worker that opened the store (desktop.shell.connection.read_cached),
    # so the window is built with its values and Qt paints it once (issue 11).
    from desktop.session import PARTS, AccountSession

    _seed_cache(store, client, timedelta(minutes=3))
    server.stop()
    cached = AccountSession(client, store).cached(PARTS)
    window = MainWindow(ops, client, server_label="Sandbox", store=store, cached=cached)
    qtbot.addWidget(window)
    # No event was processed yet: no worker's answer can have arrived.
    assert window.current is not None and window.current.etag == store.cache.load("account").etag
    assert window.company_section.ui.companyValue.text() == "Northwind Telecom Ltd"
    assert window.packages_section.model.rowCount() > 0
    assert window.updated_status.text() == "Showing data from 3 minutes ago"
