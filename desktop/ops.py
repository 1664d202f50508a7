"""Run work off the GUI thread and hand the result back to the GUI thread.

This is the one helper every view uses for network and disk work (after Anki's
``aqt/operations`` and ``taskman``): :meth:`Ops.run` calls a function on a worker of the
application's thread pool, then calls ``on_success(result)`` or ``on_failure(error)`` on the GUI
thread. Workers belong to the application, not to a dialog: closing a dialog never kills a thread;
a result that arrives after its owner widget was closed or deleted is dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


class Job(QObject):
    """One piece of background work; lives on the GUI thread and relays the worker's outcome.

    ``finished`` is emitted on the GUI thread after the success or failure callback ran (or the
    result was dropped), so tests can ``qtbot.waitSignal(job.finished)``.
    """

    finished = Signal()
    _done = Signal(bool, object)

    def __init__(self, fn: Callable[[], Any], on_success: Callable[[Any], None] | None,
                 on_failure: Callable[[BaseException], None] | None, owner: QObject | None) -> None:
        super().__init__()
        self._fn = fn
        self._on_success = on_success
        self._on_failure = on_failure
        self._owner = owner
        self.cancelled = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._done.connect(self._deliver)

    def cancel(self) -> None:
        """Drop the outcome when it arrives (the worker itself runs to its end or its timeout)."""
        self.cancelled = True

    def _work(self) -> None:
        """Run on a worker thread: call the function and post the outcome to the GUI thread."""
        try:
            outcome, ok = self._fn(), True
        except BaseException as error:  # noqa: BLE001 - every failure goes back to the GUI thread
            outcome, ok = error, False
        self._done.emit(ok, outcome)

    def _owner_gone(self) -> bool:
        return self._owner is not None and is_closed(self._owner)

    @Slot(bool, object)
    def _deliver(self, ok: bool, outcome: Any) -> None:
        try:
            if ok:
                self.result = outcome
            else:
                self.error = outcome
            if self.cancelled or self._owner_gone():
                log.debug("dropped the outcome of a job whose owner has gone")
                return
            if ok and self._on_success is not None:
                self._on_success(outcome)
            elif not ok:
                if self._on_failure is not None:
                    self._on_failure(outcome)
                else:
                    log.error("background job failed", exc_info=outcome)
        finally:
            self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job._work()


class Ops(QObject):
    """The application's runner of background work.

    ``busy_changed(bool)`` is emitted when the first job starts and when the last one ends, for a
    busy indicator. Create one per application (``Ops(app)``) on the GUI thread.
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._jobs: set[Job] = set()

    @property
    def busy(self) -> bool:
        """Whether any job is running or queued."""
        return bool(self._jobs)

    def run(self, fn: Callable[[], Any], *, on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[BaseException], None] | None = None, owner: QObject | None = None) -> Job:
        """Call ``fn()`` on a worker; then ``on_success(result)`` or ``on_failure(error)`` on the GUI thread.

        Args:
            fn: the work; it must not touch any widget.
            on_success: called with the return value of ``fn``.
            on_failure: called with the exception ``fn`` raised; without it the error is logged.
            owner: the widget the callbacks update; once it is deleted, or closed through
                :func:`mark_closed`, the outcome is dropped.

        Returns:
            The :class:`Job`, whose ``finished`` signal fires after the callbacks.
        """
        job = Job(fn, on_success, on_failure, owner)
        was_busy = self.busy
        self._jobs.add(job)
        job.finished.connect(lambda: self._forget(job))
        if not was_busy:
            self.busy_changed.emit(True)
        self._pool.start(_Runnable(job))
        return job

    def _forget(self, job: Job) -> None:
        self._jobs.discard(job)
        if not self._jobs:
            self.busy_changed.emit(False)

    def wait_for_done(self, msecs: int = 30000) -> bool:
        """Block until every worker is idle (for shutdown and tests only; never from a slot)."""
        return self._pool.waitForDone(msecs)


def mark_closed(widget: QWidget) -> None:
    """Mark a widget as closed so that outcomes of jobs it owns are dropped (call from closeEvent/done)."""
    widget.setProperty("cxdesk_closed", True)


def is_closed(widget: QObject) -> bool:
    """Whether a widget was deleted, or closed through :func:`mark_closed` (its late results are dropped)."""
    if not shiboken6.isValid(widget):
        return True
    return isinstance(widget, QWidget) and widget.property("cxdesk_closed") is True
