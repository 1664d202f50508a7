"""Unhandled errors: logged, shown in a dialog with "Copy details", and the app keeps running."""

import logging
import os
import subprocess
import sys
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import logs
from desktop.crash import CRASH_FILE_NAME, CrashReporter, ErrorDialog

JWT = "eyJhbGciOiJIUzI1NiJ9.eyJlbWFpbCI6ImRhbmFAZXhhbXBsZS5jb20ifQ.c2lnbmF0dXJlLXNlY3JldA"

pytestmark = pytest.mark.qt_no_exception_capture  # these tests are about the app's own hooks


@pytest.fixture
def reporter(qapp, tmp_path, monkeypatch):
    """The app's crash hooks and log, installed in a throw-away home; removed afterwards."""
    monkeypatch.setenv("CXDESK_HOME", str(tmp_path))
    level = logging.getLogger().level
    logs.setup_logging(console=False)
    crash = CrashReporter(qapp)
    crash.install()
    yield crash
    crash.uninstall()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ErrorDialog):
            widget.close()
    logs.shutdown_logging()
    logging.getLogger().setLevel(level)


def shown_dialog(qtbot) -> ErrorDialog:
    """Wait for the error dialog and find it the way a user sees it: a visible top-level window."""
    def found():
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()]
        assert len(dialogs) == 1
        return dialogs[0]

    qtbot.waitUntil(lambda: found() is not None)
    dialog = found()
    assert QApplication.activeModalWidget() is dialog
    return dialog


def log_text() -> str:
    logs.flush()
    return logs.current_log_file().read_text(encoding="utf-8")


def still_running(qtbot) -> None:
    ticks = []
    QTimer.singleShot(0, lambda: ticks.append("tick"))
    qtbot.waitUntil(lambda: ticks == ["tick"])


def close(qtbot, dialog: ErrorDialog) -> None:
    dialog.button(QMessageBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_an_exception_in_a_slot_is_logged_and_shown_and_the_app_keeps_running(qtbot, reporter, screenshot):
    def broken_slot():
        raise ValueError(f"the slot broke with Bearer {JWT}")

    QTimer.singleShot(0, broken_slot)
    dialog = shown_dialog(qtbot)
    screenshot(dialog, "crash-dialog")
    assert "ValueError: the slot broke" in dialog.text()
    assert "Traceback (most recent call last)" in dialog.detailedText()
    assert "broken_slot" in dialog.detailedText()
    assert JWT not in dialog.text() + dialog.detailedText()
    text = log_text()
    assert "CRITICAL" in text and "unhandled exception" in text and "ValueError: the slot broke" in text
    assert JWT not in text
    close(qtbot, dialog)
    still_running(qtbot)


def test_copy_details_puts_the_traceback_on_the_clipboard_and_keeps_the_dialog_open(qtbot, reporter):
    QApplication.clipboard().clear()
    QTimer.singleShot(0, lambda: 1 / 0)
    dialog = shown_dialog(qtbot)
    assert dialog.copy_button.text() == "&Copy details"
    dialog.copy_button.click()
    copied = QApplication.clipboard().text()
    assert "ZeroDivisionError" in copied and "Traceback" in copied
    assert dialog.isVisible()
    close(qtbot, dialog)


def test_an_exception_in_a_worker_thread_is_logged_and_shown(qtbot, reporter):
    def work():
        raise RuntimeError("the worker broke")

    thread = threading.Thread(target=work, name="cxdesk-test-worker")
    thread.start()
    thread.join()
    dialog = shown_dialog(qtbot)
    assert "A background task failed: RuntimeError: the worker broke" in dialog.text()
    assert "unhandled exception in thread cxdesk-test-worker" in log_text()
    close(qtbot, dialog)
    still_running(qtbot)


def test_an_ops_job_that_fails_with_no_on_failure_is_shown(qtbot, reporter, ops):
    def work():
        raise ConnectionError("the server went away")

    with qtbot.waitSignal(ops.run(work).finished):
        pass
    dialog = shown_dialog(qtbot)
    assert "ConnectionError: the server went away" in dialog.text()
    assert "background job failed" in log_text()
    close(qtbot, dialog)


def test_an_ops_job_with_on_failure_shows_no_dialog(qtbot, reporter, ops):
    seen = []
    with qtbot.waitSignal(ops.run(lambda: 1 / 0, on_failure=seen.append).finished):
        pass
    still_running(qtbot)
    assert isinstance(seen[0], ZeroDivisionError)
    assert reporter.dialog is None


def test_more_errors_while_the_dialog_is_open_join_it(qtbot, reporter):
    QTimer.singleShot(0, lambda: 1 / 0)
    dialog = shown_dialog(qtbot)
    QTimer.singleShot(0, lambda: [][1])
    qtbot.waitUntil(lambda: dialog.errors == 2)
    assert "2 errors happened" in dialog.text() and "IndexError" in dialog.detailedText()
    assert len([w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()]) == 1
    close(qtbot, dialog)


def test_a_native_crash_is_written_to_crash_log(tmp_path):
    code = ("import faulthandler\n"
            "from PySide6.QtWidgets import QApplication\n"
            "from desktop.crash import install_crash_handlers\n"
            "app = QApplication([])\n"
            "install_crash_handlers(app)\n"
            "faulthandler._sigsegv()\n")
    env = {**os.environ, "CXDESK_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    crash = (tmp_path / "log" / CRASH_FILE_NAME).read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in crash
    assert "<string>" in crash  # the Python stack of the crashing thread
