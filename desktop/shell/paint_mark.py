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
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow

#: The environment variable naming the file the mark is written to.
ENV = "CXDESK_BENCH_MARK"


def write_mark(path: Path) -> None:
    """Write ``time.time()`` (seconds since the epoch, as text) to ``path`` atomically (write, then rename)."""
    partial = path.with_name(path.name + ".partial")
    partial.write_text(f"{time.time():.6f}\n", encoding="ascii")
    os.replace(partial, path)


class PaintMark(QObject):
    """Writes the mark after the first paint of the main window once it shows the account's values.

    It watches the window given to :meth:`watch` (the launcher's ``window_opened``), not the whole
    application: an application-wide filter would see every event of every widget while the window
    is built and shown, each handed to Python, and would make PySide create the Python class of
    every inner Qt object it hands over (the scroll bars of a scroll area, …). That is work the app
    does not do when nobody measures it (:mod:`desktop.shell.first_paint` says more).

    A window whose values are set before it is shown (a cache) paints them in its first pass, which
    paints the window itself first. When the values come later (a first run waits for the sandbox),
    only the widgets whose values changed paint again, not the window: so the label of the account's
    name (``company_section.ui.nameValue``, in every pass that paints the values) is watched too.

    Args:
        app: the application (the owner).
        path: the file to write the mark to.
    """

    def __init__(self, app: QApplication, path: Path) -> None:
        super().__init__(app)
        self._path = path
        self._watched: tuple[MainWindow, QWidget] | None = None
        self._due = False

    def watch(self, window: MainWindow) -> None:
        """Watch ``window``, the main window just built (before it is shown); a later one replaces it."""
        self._stop_watching()
        self._watched = (window, window.company_section.ui.nameValue)
        for widget in self._watched:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On a Paint event of the window or the name's label once the values are set, mark after the pass."""
        if (not self._due and event.type() == QEvent.Type.Paint and self._watched is not None
                and self._watched[0].current is not None):
            self._due = True
            QTimer.singleShot(0, self, self._mark)  # after this paint pass and its flush
        return False

    def _stop_watching(self) -> None:
        for widget in self._watched or ():
            widget.removeEventFilter(self)
        self._watched = None  # the mark lives as long as the application; the window need not

    def _mark(self) -> None:
        self._stop_watching()
        write_mark(self._path)


def install_paint_mark(app: QApplication) -> PaintMark | None:
    """The benchmarks' mark if ``CXDESK_BENCH_MARK`` names a file (give it the window: :meth:`PaintMark.watch`).

    Returns:
        ``None`` without the variable: nothing is installed.
    """
    path = os.environ.get(ENV)
    return PaintMark(app, Path(path)) if path else None
