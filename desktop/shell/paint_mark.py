"""The benchmarks' mark: the moment the account's values are on screen (``CXDESK_BENCH_MARK=FILE``, issue 11).

``benchmarks/run_all.py`` starts ``cxdesk`` with the environment variable ``CXDESK_BENCH_MARK`` naming
a file. Once the main window has painted the account's values (the cached ones or the server's,
whichever come first), the app writes the wall-clock time (``time.time()``, seconds since the
epoch, comparable across processes) to that file and goes on as usual; the benchmark then asks it
to quit and times that separately. Without the variable nothing is installed and nothing changes.

When is that moment? :meth:`desktop.views.main_window.MainWindow.show_account` sets the labels
(``window.current`` is no longer ``None``); each label then only schedules a repaint. Qt paints all
dirty widgets of a window in one pass and then flushes the pass to the screen (the backing store),
so the first ``Paint`` event of one of the window's widgets after the values were set belongs to
the pass that paints them. The mark is written by a zero-time timer from that event, i.e. once
the pass, flush included, has finished. (A timer after ``show()`` or the window's ``loaded`` signal
would not do: ``show()`` paints later, and ``loaded`` waits for the server while the cache is
already shown.) The bare window of the benchmarks marks its first paint the same way.

The file is written once, on the GUI thread (a few bytes, through a temporary file and a rename so
a reader never sees half of it): a diagnostic for benchmarks, not a path a user's start takes.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

#: The environment variable naming the file the mark is written to.
ENV = "CXDESK_BENCH_MARK"


def write_mark(path: Path) -> None:
    """Write ``time.time()`` (seconds since the epoch, as text) to ``path`` atomically (write, then rename)."""
    partial = path.with_name(path.name + ".partial")
    partial.write_text(f"{time.time():.6f}\n", encoding="ascii")
    os.replace(partial, path)


class PaintMark(QObject):
    """Writes the mark after the first paint of the main window once it shows the account's values.

    Args:
        app: the application (the filter watches every event until the mark is written, then is removed).
        path: the file to write the mark to.
        window: returns the main window, or ``None`` before it is built (the launcher's ``window``).
    """

    def __init__(self, app: QApplication, path: Path, window: Callable[[], QWidget | None]) -> None:
        super().__init__(app)
        self._app = app
        self._path = path
        self._window = window
        self._due = False
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On a Paint event of the window's widgets after the account's values were set, mark once the pass is done."""
        if event.type() == QEvent.Type.Paint and not self._due and isinstance(watched, QWidget):
            window = self._window()
            if window is not None and watched.window() is window and getattr(window, "current", None) is not None:
                self._due = True
                QTimer.singleShot(0, self, self._mark)  # after this paint pass and its flush
        return False

    def _mark(self) -> None:
        self._app.removeEventFilter(self)
        write_mark(self._path)


def install_paint_mark(app: QApplication, window: Callable[[], QWidget | None]) -> PaintMark | None:
    """Install the benchmarks' mark if ``CXDESK_BENCH_MARK`` names a file; else do nothing and return ``None``."""
    path = os.environ.get(ENV)
    return PaintMark(app, Path(path), window) if path else None
