"""Run something once a window has painted for the first time (issue 11: the cache first, then the network).

A window built with its cached values (:func:`desktop.shell.connection.read_cached`) loads from the
server right after it is shown. Started at once, that load's workers (the HTTP stack loading, the
requests being built) share the interpreter lock with the GUI thread while Qt paints the window,
and the first paint comes later. :func:`after_first_paint` starts it once the window's first paint
pass has finished instead: the user sees the cached values one paint sooner, and the server's
answer replaces them when it comes. A window that does not paint (minimised, on a hidden screen)
runs it after :data:`FALLBACK_MS` all the same.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

#: Milliseconds after which the callback runs even if the window has not painted.
FALLBACK_MS = 500


class _FirstPaint(QObject):
    """Watches the application's Paint events until one of ``window``'s widgets paints; then runs ``callback`` once."""

    def __init__(self, app: QApplication, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)  # goes with the window
        self._app = app
        self._window = window
        self._callback = callback
        self._due = False
        self._done = False
        app.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the first Paint event of the window's widgets, run the callback once the paint pass is over."""
        if (not self._due and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and watched.window() is self._window):
            self._due = True
            QTimer.singleShot(0, self, self._run)  # after this pass and its flush
        return False

    def _run(self) -> None:
        if self._done:
            return
        self._done = True
        self._app.removeEventFilter(self)
        self._callback()


def after_first_paint(window: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` (on the GUI thread) once ``window`` has first painted, or after :data:`FALLBACK_MS`.

    Raises:
        RuntimeError: there is no QApplication.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("after_first_paint needs a QApplication")
    _FirstPaint(app, window, callback)

