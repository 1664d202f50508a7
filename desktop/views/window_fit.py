"""Every window fits the screen it opens on (issue 12, point 2).

At 150 % on a 1366×768 screen a window has about 910×460 pixels to itself. :func:`fit_on_show` is
called once by each top-level window and dialog (in its constructor): whenever the window is shown,
:func:`fit_to_screen` makes it no larger than the available area of its screen
(:meth:`QScreen.availableGeometry`, the screen less its task bar), frame included, and moves it so it
is wholly on that screen. What the window holds then scrolls: the main window's sections are in a
scroll area, and each dialog that can be taller than such a screen keeps its body in one too, with its
buttons below it (``ui/*.ui``), so its buttons stay on the screen.

A window is fitted twice: when it is shown (its frame, title bar included, is not known yet, so
:data:`FRAME_GUESS` is set aside for it) and once more right after, when the window system has
given it its frame.
"""

from __future__ import annotations

from functools import partial

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, QSize, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

#: Room kept for a window's frame (title bar and borders) before the window system has told its size.
FRAME_GUESS = QSize(16, 40)


def screen_for(window: QWidget) -> QScreen:
    """The screen ``window`` opens on: the one under its centre, else its parent's, else the primary one."""
    centre = window.frameGeometry().center()
    screen = QGuiApplication.screenAt(centre)
    if screen is None and window.parentWidget() is not None:
        screen = window.parentWidget().window().screen()
    return screen or window.screen() or QGuiApplication.primaryScreen()


def fit_to_screen(window: QWidget) -> None:
    """Make ``window`` (a top-level widget) no larger than its screen's available area, and wholly on it.

    Its minimum size is lowered too when it is larger than the area (the content then scrolls). A
    maximized or full-screen window is left to the window system.
    """
    if window.isMaximized() or window.isFullScreen():
        return
    area = screen_for(window).availableGeometry()
    frame = _frame_extra(window)
    most = QSize(max(area.width() - frame.width(), 1), max(area.height() - frame.height(), 1))
    if window.minimumWidth() > most.width() or window.minimumHeight() > most.height():
        window.setMinimumSize(min(window.minimumWidth(), most.width()), min(window.minimumHeight(), most.height()))
    if window.width() > most.width() or window.height() > most.height():
        window.resize(min(window.width(), most.width()), min(window.height(), most.height()))
    outer = QRect(window.frameGeometry().topLeft(), window.size() + frame)
    place = on_area(outer, area)
    if place != outer.topLeft():
        window.move(place)


def on_area(outer: QRect, area: QRect) -> QPoint:
    """Where a window whose frame is ``outer`` goes so that it is wholly inside ``area`` (moved as little as can be)."""
    x = max(area.left(), min(outer.left(), area.left() + area.width() - outer.width()))
    y = max(area.top(), min(outer.top(), area.top() + area.height() - outer.height()))
    return QPoint(x, y)


def fit_on_show(window: QWidget) -> None:
    """Fit ``window`` to its screen (:func:`fit_to_screen`) each time it is shown, and once more just after."""
    window.installEventFilter(_Fitter.instance())


def _frame_extra(window: QWidget) -> QSize:
    """How much wider and taller the window's frame is than the window (a guess until it has been shown)."""
    outer, inner = window.frameGeometry(), window.geometry()
    extra = QSize(outer.width() - inner.width(), outer.height() - inner.height())
    if window.isVisible() and window.windowHandle() is not None and not extra.isNull():
        return extra
    return extra.expandedTo(FRAME_GUESS)


class _Fitter(QObject):
    """Fits the windows it filters when they are shown (one for the application; it keeps no window)."""

    _instance: _Fitter | None = None

    @classmethod
    def instance(cls) -> _Fitter:
        """The application's fitter (made on first use, owned by the application)."""
        if cls._instance is None or not shiboken6.isValid(cls._instance):
            cls._instance = cls(QCoreApplication.instance())
        return cls._instance

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On a Show event of a window: fit it now, and again once its frame is known."""
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            fit_to_screen(watched)
            QTimer.singleShot(0, watched, partial(_fit_again, watched))
        return False


def _fit_again(window: QWidget) -> None:
    if shiboken6.isValid(window) and window.isVisible():
        fit_to_screen(window)
