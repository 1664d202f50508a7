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


def test_a_lane_runs_while_another_lane_is_full(ops, qtbot):
    gate = threading.Event()
    stuck = [ops.run(lambda: gate.wait(10), lane="refresh") for _ in range(6)]  # twice the refresh lane's workers
    order = []
    save = ops.run(lambda: "saved", lane="save", on_success=order.append)
    with qtbot.waitSignal(save.finished, timeout=5000):
        pass
    order.append("refreshes released")
    gate.set()
    for job in stuck:
        if job in ops._jobs:
            with qtbot.waitSignal(job.finished, timeout=15000):
                pass
    assert order == ["saved", "refreshes released"]


def test_a_job_cancelled_before_it_started_never_runs(ops, qtbot):
    gate = threading.Event()
    blocker = ops.run(lambda: gate.wait(10), lane="disk")  # the disk lane has one worker
    ran = []
    waiting = ops.run(lambda: ran.append("ran"), lane="disk")
    assert waiting.cancel() is True, "it had not started"
    gate.set()
    for job in (blocker, waiting):
        if job in ops._jobs:
            with qtbot.waitSignal(job.finished, timeout=5000):
                pass
    assert ran == [] and not waiting.started
    assert blocker.cancel() is False, "a job that ran says so"


def test_abandon_drops_outcomes_but_still_runs_the_work(ops, qtbot):
    gate = threading.Event()
    ran, delivered = [], []
    job = ops.run(lambda: gate.wait(10) and ran.append("ran"), lane="disk", on_success=delivered.append)
    ops.abandon()
    later = ops.run(lambda: ran.append("later"), lane="disk", on_success=delivered.append)
    gate.set()
    assert ops.wait_for_lane("disk", 5000)
    for each in (job, later):
        if each in ops._jobs:
            with qtbot.waitSignal(each.finished, timeout=5000):
                pass
    assert ran == ["ran", "later"] and delivered == []


def test_an_unknown_lane_is_refused(ops):
    with pytest.raises(KeyError):
        ops.run(lambda: None, lane="nowhere")


def test_a_job_is_known_by_its_functions_name_and_a_failure_log_names_it(ops, qtbot, caplog):
    def fetch_the_agreement():
        raise ConnectionError("the server went away")

    with caplog.at_level("ERROR", logger="desktop.ops"):
        job = ops.run(fetch_the_agreement)
        with qtbot.waitSignal(job.finished, timeout=5000):
            pass
    assert job.name.endswith("fetch_the_agreement")
    [record] = [record for record in caplog.records if record.name == "desktop.ops"]
    assert record.getMessage().startswith("background job failed: ") and job.name in record.getMessage()
