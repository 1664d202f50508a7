"""Run something once a window has painted for the first time (issue 11: the cache first, then the network).

A window built with its cached values (:func:`desktop.shell.connection.read_cached`) loads from the
server right after it is shown. Started at once, that load's workers (the HTTP stack loading, the
requests being built) share the interpreter lock with the GUI thread while Qt paints the window,
and the first paint comes later. :func:`after_first_paint` starts it once the window's first paint
pass has finished instead: the user sees the cached values one paint sooner, and the server's
answer replaces them when it comes. A window that does not paint (minimised, on a hidden screen)
runs it after :data:`FALLBACK_MS` all the same.

Only the window itself is watched, not the application: a top-level widget is all exposed when it is
first shown, so the first paint pass paints it too, and its Paint event comes first in that pass
(Qt paints parents before children). An application-wide event filter would see every event of
every widget while the window is built and shown, thousands, each handed to Python; and PySide
creates the Python class, with all its enum types, of every Qt object it hands to Python for the
first time (the scroll bars and other parts inside Qt's widgets). The window's later paints (one
label changed) do not reach the window; only the first is wanted here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

#: Milliseconds after which the callback runs even if the window has not painted.
FALLBACK_MS = 500


class _FirstPaint(QObject):
    """Watches ``window``'s events until it paints; then runs ``callback`` once, after that paint pass."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)  # goes with the window
        self._window = window
        self._callback = callback
        self._due = False
        self._done = False
        window.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the window's first Paint event, run the callback once the paint pass is over."""
        if not self._due and event.type() == QEvent.Type.Paint:
            self._due = True
            QTimer.singleShot(0, self, self._run)  # after this pass and its flush
        return False

    def _run(self) -> None:
        if self._done:
            return
        self._done = True
        self._window.removeEventFilter(self)
        self._callback()


def after_first_paint(window: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` (on the GUI thread) once ``window`` has first painted, or after :data:`FALLBACK_MS`.

    Args:
        window: a top-level widget, before it is shown.
        callback: what to run.

    Raises:
        RuntimeError: there is no QApplication.
        ValueError: ``window`` is not a top-level widget (only a window's first paint is sure to paint it).
    """
    if not isinstance(QApplication.instance(), QApplication):
        raise RuntimeError("after_first_paint needs a QApplication")
    if not window.isWindow():
        raise ValueError("after_first_paint watches a window: a child widget may be left out of its first paint")
    _FirstPaint(window, callback)

