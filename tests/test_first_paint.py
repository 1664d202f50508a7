"""after_first_paint: the server is asked once the cached values are on screen (issue 11), never later than a limit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel

from desktop.shell.first_paint import FALLBACK_MS, after_first_paint
from tests.filters import watched_by


class _Paints(QObject):
    """Counts the label's Paint events, to tell when the callback ran relative to them."""

    def __init__(self, widget):
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_the_callback_runs_after_the_window_has_painted(qtbot):
    label = QLabel("Northwind Telecom Ltd")
    qtbot.addWidget(label)
    paints = _Paints(label)
    seen: list[int] = []
    after_first_paint(label, lambda: seen.append(paints.count))
    QApplication.processEvents()
    assert seen == [], "not before the window is shown and painted"
    label.show()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen[0] >= 1, "the window had painted when the callback ran"
    qtbot.wait(FALLBACK_MS + 100)
    assert len(seen) == 1, "once only: the fallback does not run it again"


def test_a_window_that_never_paints_still_gets_it_after_the_fallback(qtbot):
    label = QLabel("hidden")
    qtbot.addWidget(label)  # never shown: minimised or on a screen that is gone
    seen: list[bool] = []
    after_first_paint(label, lambda: seen.append(True))
    qtbot.waitUntil(lambda: bool(seen), timeout=FALLBACK_MS + 2000)
    assert seen == [True]



def test_only_the_window_is_watched_not_every_widget_of_the_application(qtbot, monkeypatch):
    # An application-wide filter hands every event of every widget to Python while the window is built and
    # shown, and makes PySide create the Python classes of Qt's inner widgets (issue 11): only the window.
    from PySide6.QtWidgets import QMainWindow, QScrollArea

    from desktop.shell import first_paint

    watched_objects = watched_by(monkeypatch, first_paint._FirstPaint)
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QScrollArea())
    window.centralWidget().setWidget(QLabel("Northwind Telecom Ltd"))
    other = QLabel("another window")
    qtbot.addWidget(other)
    seen: list[bool] = []
    after_first_paint(window, lambda: seen.append(True))
    window.show()
    other.show()
    qtbot.waitUntil(lambda: bool(seen), timeout=FALLBACK_MS - 100)  # by the window's paint, not the fallback
    assert watched_objects and all(watched is window for watched in watched_objects)


def test_a_child_widget_is_refused_its_paint_may_not_be_in_the_windows_first_pass(qtbot):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    with pytest.raises(ValueError):
        after_first_paint(QLabel("inside", parent), lambda: None)
