"""The background runner: callbacks on the GUI thread, late results dropped, busy state."""

import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QDialog

from desktop.ops import mark_closed


def test_success_is_delivered_on_the_gui_thread(ops, qtbot):
    seen = {}

    def work():
        seen["worker"] = threading.get_ident()
        return 42

    def done(value):
        seen["value"] = value
        seen["gui"] = QThread.currentThread() is QApplication.instance().thread()

    job = ops.run(work, on_success=done)
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert seen["value"] == 42 and seen["gui"] is True
    assert seen["worker"] != threading.get_ident()


def test_failure_reaches_on_failure_with_the_exception(ops, qtbot):
    errors = []

    def work():
        raise ValueError("boom")

    job = ops.run(work, on_success=lambda _: pytest.fail("no success expected"), on_failure=errors.append)
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert isinstance(errors[0], ValueError) and str(errors[0]) == "boom"


def test_a_result_after_its_dialog_closed_is_dropped(ops, qtbot):
    dialog = QDialog()
    gate = threading.Event()
    delivered = []
    job = ops.run(lambda: gate.wait(5) and "late", on_success=delivered.append, owner=dialog)
    mark_closed(dialog)
    dialog.close()
    gate.set()
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert delivered == [] and job.result == "late"


def test_a_result_after_its_owner_was_deleted_is_dropped(ops, qtbot):
    dialog = QDialog()
    gate = threading.Event()
    delivered = []
    job = ops.run(lambda: gate.wait(5) and "late", on_success=delivered.append, owner=dialog)
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(dialog), timeout=5000)
    gate.set()
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert delivered == []


def test_busy_changes_once_for_overlapping_jobs(ops, qtbot):
    states = []
    ops.busy_changed.connect(states.append)
    gate = threading.Event()
    first = ops.run(lambda: gate.wait(5))
    second = ops.run(lambda: gate.wait(5))
    assert ops.busy
    gate.set()
    for job in (first, second):
        if job in ops._jobs:
            with qtbot.waitSignal(job.finished, timeout=5000):
                pass
    assert states == [True, False] and not ops.busy
