"""The responsiveness tests' heartbeat: a 10 ms timer that measures how long the GUI thread's event loop stalls.

Used by ``test_responsiveness.py``, ``test_hostile_window.py`` and ``test_keychain_hang.py``;
``conftest.py`` stops any left running after each test.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QTimer


class Heartbeat:
    """A 10 ms QTimer that records the longest gap between two of its ticks.

    It also records what the test was doing then (``phase``, set by the test) and how much of that gap
    Python's garbage collector took, so that a failure says where the time went. While it runs, the
    objects that existed before it are frozen (``gc.freeze``): a full collection then scans what the
    check itself makes, not the leftovers of a thousand earlier tests in this process, whose scan once
    stalled the loop for 0.58 s under wine. An app's own garbage is still collected and still timed.
    A test that fails before :meth:`stop` leaves nothing frozen: ``tests/conftest.py`` calls
    :meth:`stop_all` after every test.
    """

    _running: set[Heartbeat] = set()

    @classmethod
    def stop_all(cls) -> None:
        """Stop every heartbeat still running (a test failed between ``start()`` and ``stop()``)."""
        for beat in list(cls._running):
            beat.stop()

    def __init__(self) -> None:
        self.longest = 0.0
        self.longest_phase = ""
        self.longest_gc = 0.0
        self.phase = "running"
        self.ticks = 0
        self._last = time.perf_counter()
        self._gc_started: float | None = None
        self._gc_in_gap = 0.0
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        gc.collect()
        gc.freeze()
        gc.callbacks.append(self._on_gc)
        Heartbeat._running.add(self)
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self in Heartbeat._running:
            Heartbeat._running.discard(self)
            gc.callbacks.remove(self._on_gc)
            gc.unfreeze()

    def report(self) -> str:
        """The longest gap, in words, for an assertion's message."""
        return (f"the event loop stalled for {self.longest * 1000:.0f} ms while {self.longest_phase} "
                f"({self.longest_gc * 1000:.0f} ms of it in garbage collection)")

    def _on_gc(self, phase: str, _info: dict) -> None:
        if phase == "start":
            self._gc_started = time.perf_counter()
        elif self._gc_started is not None:
            self._gc_in_gap += time.perf_counter() - self._gc_started
            self._gc_started = None

    def _tick(self) -> None:
        now = time.perf_counter()
        if now - self._last > self.longest:
            self.longest, self.longest_phase, self.longest_gc = now - self._last, self.phase, self._gc_in_gap
        self._gc_in_gap = 0.0
        self._last = now
        self.ticks += 1
