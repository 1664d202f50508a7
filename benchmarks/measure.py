"""Shared by the benchmarks: start one program, and take its paint time, its peak memory and its quit time.

One run (:func:`run`): the program is started as a child with ``CXDESK_BENCH_MARK`` naming a file
(:mod:`desktop.shell.paint_mark`; the bare window of :data:`BARE` does the same at its first paint).
The clock starts just before the child is created; *paint* is the mark's wall-clock time minus that
start. After the mark (or another sign of being ready, e.g. a request reaching a peer) the program
runs for ``settle`` seconds more, then gets ``SIGTERM`` (the app's clean quit, as its close button:
:mod:`desktop.shell.quitting`); *quit* is the time from the signal until the process is gone.

Peak memory (psutil, so it works on Linux, Windows and macOS): the resident set of the one process
(not its children) is polled every :data:`POLL_S` seconds while it runs, and just before ``SIGTERM`` the
system's own peak is read where there is one: ``VmHWM`` of ``/proc/PID/status`` on Linux (psutil has
no peak there), ``peak_wset`` on Windows; macOS has none, so the polled maximum stands. A peak
during the quit itself is not counted.

Windows has no ``SIGTERM`` for a GUI process (psutil's ``send_signal`` would kill it): there the run
ends with a kill and *quit* is ``None``.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
#: The environment variable the app reads (desktop.shell.paint_mark.ENV; not imported: no Qt here).
MARK_ENV = "CXDESK_BENCH_MARK"
#: Seconds between two polls of the child's memory and of its mark.
POLL_S = 0.01
#: Seconds a program runs after its mark before it is asked to quit.
SETTLE_S = 1.0

#: The baseline: a bare PySide6 window (a QMainWindow with a label, 1000x800) that writes the mark at its first
#: paint exactly as the app does, and quits on SIGTERM the way the app does (wake-up socket, close the window).
BARE = r"""
import os, signal, socket, sys, time
from PySide6.QtCore import QEvent, QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

class Mark(QObject):
    due = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.due:
            self.due = True
            QTimer.singleShot(0, self, self.mark)
        return False
    def mark(self):
        window.removeEventFilter(self)
        path = os.environ["CXDESK_BENCH_MARK"]
        with open(path + ".partial", "w", encoding="ascii") as file:
            file.write(f"{time.time():.6f}\n")
        os.replace(path + ".partial", path)

app = QApplication(sys.argv[:1])
window = QMainWindow(); window.setCentralWidget(QLabel("baseline")); window.resize(1000, 800)
if os.environ.get("CXDESK_BENCH_MARK"):
    mark = Mark(app); window.installEventFilter(mark)  # the window only, as the app's mark watches its window
window.show()
if os.name == "posix":
    reader, writer = socket.socketpair(); reader.setblocking(False); writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    signal.signal(signal.SIGTERM, lambda *_: None)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda: (reader.recv(64), window.close()))
sys.exit(app.exec())
"""


@dataclass
class Run:
    """One run's figures.

    Attributes:
        paint: seconds from starting the process until its mark (``None``: it was not waited for).
        quit: seconds from ``SIGTERM`` until the process was gone (``None`` on Windows).
        peak_mib: the process's peak resident set until ``SIGTERM``, in MiB.
    """

    paint: float | None
    quit: float | None
    peak_mib: float


def exact_peak(process: psutil.Process) -> int:
    """The system's record of the process's peak resident set in bytes (0 where the system keeps none)."""
    try:
        if sys.platform.startswith("linux"):
            for line in Path(f"/proc/{process.pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024  # kB
        if sys.platform == "win32":
            return process.memory_info().peak_wset
    except (OSError, psutil.Error):
        pass
    return 0


def run(command: list[str], env: dict[str, str], *, ready: Callable[[subprocess.Popen], bool] | None = None,
        settle: float = SETTLE_S, timeout: float = 120.0) -> Run:
    """Start ``command``, wait for its mark (or ``ready``), let it settle, ask it to quit; its figures.

    Args:
        command: the program and its arguments.
        env: its environment (``CXDESK_BENCH_MARK`` is added).
        ready: a sign of being ready other than the mark (then ``paint`` is ``None``), polled.
        settle: seconds it runs after being ready before ``SIGTERM``.
        timeout: seconds to wait for being ready, and again for the process to end.

    Raises:
        SystemExit: it ended early, never got ready, or did not end cleanly within ``timeout`` of ``SIGTERM``.
    """
    with tempfile.TemporaryDirectory(prefix="cxdesk-mark-") as tmp:
        mark = Path(tmp) / "mark"
        errors = (Path(tmp) / "stderr").open("w+", encoding="utf-8", errors="replace")
        start = time.time()
        process = subprocess.Popen(command, env={**env, MARK_ENV: str(mark)}, cwd=ROOT, stdin=subprocess.DEVNULL,
                                   stdout=subprocess.DEVNULL, stderr=errors)
        watched = psutil.Process(process.pid)
        peak = 0
        try:
            is_ready = (lambda: mark.exists()) if ready is None else (lambda: ready(process))  # noqa: E731
            until = time.monotonic() + timeout
            while not is_ready():
                if process.poll() is not None or time.monotonic() > until:
                    errors.seek(0)
                    raise SystemExit(f"{command[:3]} never got ready (exit code {process.poll()}):\n{errors.read()}")
                peak = max(peak, _rss(watched))
                time.sleep(POLL_S)
            paint = float(mark.read_text(encoding="ascii")) - start if ready is None else None
            until = time.monotonic() + settle
            while time.monotonic() < until:
                peak = max(peak, _rss(watched))
                time.sleep(POLL_S)
            peak = max(peak, _rss(watched), exact_peak(watched))
            if os.name != "posix":
                return Run(paint, None, peak / 2**20)
            watchdog = threading.Timer(timeout, process.kill)  # wait() without a timeout returns at once, not polled
            watchdog.start()
            began = time.perf_counter()
            process.send_signal(signal.SIGTERM)
            process.wait()
            gone = time.perf_counter() - began
            watchdog.cancel()
            if process.returncode != 0:
                raise SystemExit(f"{command[:3]} ended with {process.returncode} after SIGTERM (killed if negative)")
            return Run(paint, gone, peak / 2**20)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
            errors.close()


def _rss(process: psutil.Process) -> int:
    try:
        return process.memory_info().rss
    except psutil.Error:  # just ended
        return 0
