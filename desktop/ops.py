"""Run work off the GUI thread and hand the result back to the GUI thread.

This is the one helper every view uses for network and disk work (after Anki's
``aqt/operations`` and ``taskman``): :meth:`Ops.run` calls a function on a worker of the
application's thread pools, then calls ``on_success(result)`` or ``on_failure(error)`` on the GUI
thread. Workers belong to the application, not to a dialog: closing a dialog never kills a thread;
a result that arrives after its owner widget was closed or deleted is dropped.

Work runs in named lanes (:data:`LANES`), each a thread pool of its own, so that one kind of work
never waits behind another (issue 8, point 9): a Save (``"save"``) is never queued behind refreshes
stuck on a slow server (``"refresh"``), and writing an edit to the outbox (``"disk"``) never waits
behind a save stuck on the network. Everything else runs in ``"default"``.

Quitting never waits for a worker (a worker blocked in a socket read cannot be interrupted from
Python): :meth:`Ops.abandon` drops every outcome still to come, and the process ends without joining
the pools (:func:`desktop.app.main`). Only the ``"disk"`` lane, whose work is short local SQLite
writes, is waited for briefly (:meth:`Ops.wait_for_lane`), so an edit being queued reaches the disk.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


class Job(QObject):
    """One piece of background work; lives on the GUI thread and relays the worker's outcome.

    ``finished`` is emitted on the GUI thread after the success or failure callback ran (or the
    result was dropped), so tests can ``qtbot.waitSignal(job.finished)``. :attr:`name` is the
    work's qualified name (e.g. ``SignInDialog.sign_in.<locals>.sign_in_with_password``): jobs are
    named functions, never lambdas (issue 10, point 4), so the log names each one.
    """

    finished = Signal()
    _done = Signal(bool, object)

    def __init__(self, fn: Callable[[], Any], on_success: Callable[[Any], None] | None,
                 on_failure: Callable[[BaseException], None] | None, owner: QObject | None) -> None:
        super().__init__()
        self._fn = fn
        #: The work's qualified name, for logs and tracers.
        self.name: str = getattr(fn, "__qualname__", None) or repr(fn)
        self._on_success = on_success
        self._on_failure = on_failure
        self._owner = owner
        self.cancelled = False
        self.dropped = False
        self.started = False
        self._lock = threading.Lock()
        self.result: Any = None
        self.error: BaseException | None = None
        self._done.connect(self._deliver)

    def cancel(self) -> bool:
        """Drop the outcome; a job still waiting for a worker never calls its function.

        A function already running goes on to its end or its deadline (a request already sent
        cannot be taken back).

        Returns:
            ``True`` when the function will never be called (it had not started), ``False`` when it
            had started.
        """
        with self._lock:
            self.cancelled = True
            return not self.started

    def drop(self) -> None:
        """Drop the outcome when it arrives, but still run the function (e.g. a local write at quit)."""
        self.dropped = True

    def _work(self) -> None:
        """Run on a worker thread: call the function (unless cancelled first) and post the outcome to the GUI thread."""
        with self._lock:
            skip = self.cancelled
            self.started = not skip
        if skip:
            outcome, ok = None, True
        else:
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
            if self.cancelled or self.dropped or self._owner_gone():
                log.debug("dropped the outcome of job %s: its owner has gone", self.name)
                return
            if ok and self._on_success is not None:
                self._on_success(outcome)
            elif not ok:
                if self._on_failure is not None:
                    self._on_failure(outcome)
                else:
                    log.error("background job failed: %s", self.name, exc_info=outcome)
        finally:
            self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job._work()


#: Lane name -> the most workers it runs at once. ``refresh``: the window's three parts in parallel;
#: ``save``: a Save's ``PUT`` (a few, as an abandoned save may still hold a worker until its deadline);
#: ``disk``: local SQLite writes that must not wait for the network (queueing an edit in the outbox).
LANES: dict[str, int] = {"default": 4, "refresh": 3, "save": 3, "disk": 1}


class Ops(QObject):
    """The application's runner of background work, in lanes (:data:`LANES`).

    ``busy_changed(bool)`` is emitted when the first job starts and when the last one ends, for a
    busy indicator. Create one per application (``Ops(app)``) on the GUI thread.

    Args:
        parent: normally the application.
        max_threads: the workers of the ``"default"`` lane (the others have :data:`LANES`' sizes).
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, max_threads: int = LANES["default"]) -> None:
        super().__init__(parent)
        self._sizes = {**LANES, "default": max_threads}
        self._pools: dict[str, QThreadPool] = {}
        self._jobs: set[Job] = set()
        self._lanes: dict[Job, str] = {}
        self.abandoned = False

    def _pool(self, lane: str) -> QThreadPool:
        """The lane's thread pool, made on first use.

        Raises:
            KeyError: no such lane.
        """
        pool = self._pools.get(lane)
        if pool is None:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(self._sizes[lane])
            self._pools[lane] = pool
        return pool

    @property
    def busy(self) -> bool:
        """Whether any job is running or queued."""
        return bool(self._jobs)

    def run(self, fn: Callable[[], Any], *, on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[BaseException], None] | None = None, owner: QObject | None = None,
            lane: str = "default") -> Job:
        """Call ``fn()`` on a worker; then ``on_success(result)`` or ``on_failure(error)`` on the GUI thread.

        Args:
            fn: the work; it must not touch any widget.
            on_success: called with the return value of ``fn``.
            on_failure: called with the exception ``fn`` raised; without it the error is logged.
            owner: the widget the callbacks update; once it is deleted, or closed through
                :func:`mark_closed`, the outcome is dropped.
            lane: the lane (:data:`LANES`) whose workers run it; work in one lane never waits for
                another lane's workers.

        Returns:
            The :class:`Job`, whose ``finished`` signal fires after the callbacks.

        Raises:
            KeyError: no such lane.
        """
        pool = self._pool(lane)
        job = Job(fn, on_success, on_failure, owner)
        if self.abandoned:
            job.drop()
        was_busy = self.busy
        self._jobs.add(job)
        self._lanes[job] = lane
        job.finished.connect(lambda: self._forget(job))
        if not was_busy:
            self.busy_changed.emit(True)
        pool.start(_Runnable(job))
        return job

    def _forget(self, job: Job) -> None:
        self._jobs.discard(job)
        self._lanes.pop(job, None)
        if not self._jobs:
            self.busy_changed.emit(False)

    def running(self, lane: str) -> int:
        """How many jobs of a lane are running or queued."""
        return sum(1 for name in self._lanes.values() if name == lane)

    def abandon(self) -> None:
        """The application is quitting: drop the outcome of every job, running, waiting or started later.

        Workers are not stopped (a thread blocked in a socket read cannot be), and nothing waits
        for them except :meth:`wait_for_lane`: they end with the process.
        """
        self.abandoned = True
        for job in self._jobs:
            job.drop()

    def wait_for_lane(self, lane: str, msecs: int) -> bool:
        """Block until a lane's workers are idle, at most ``msecs`` ms (shutdown only; never from a slot).

        Returns:
            Whether the lane is idle.
        """
        pool = self._pools.get(lane)
        return pool is None or pool.waitForDone(msecs)

    def wait_for_done(self, msecs: int = 30000) -> bool:
        """Block until every worker of every lane is idle, at most ``msecs`` ms each (tests only; never from a slot)."""
        return all([pool.waitForDone(msecs) for pool in list(self._pools.values())])


def mark_closed(widget: QWidget) -> None:
    """Mark a widget as closed so that outcomes of jobs it owns are dropped (call from closeEvent/done)."""
    widget.setProperty("cxdesk_closed", True)


def is_closed(widget: QObject) -> bool:
    """Whether a widget was deleted, or closed through :func:`mark_closed` (its late results are dropped)."""
    if not shiboken6.isValid(widget):
        return True
    return isinstance(widget, QWidget) and widget.property("cxdesk_closed") is True
