"""The main window's status bar: the busy indicator's "Loading…" never wipes another message."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from desktop.views.status_line import StatusLine


def _line(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    return window, StatusLine(window.statusBar(), server_label="Sandbox", user="admin@example.com")


def test_busy_shows_loading_and_clears_it_when_done(qtbot):
    window, line = _line(qtbot)
    line.set_busy(True)
    assert window.statusBar().currentMessage() == "Loading…" and not line.busy.isHidden()
    line.set_busy(False)
    assert window.statusBar().currentMessage() == "" and line.busy.isHidden()


def test_a_message_shown_during_a_load_outlives_the_load(qtbot):
    # Seen under wine: a slow first load ended after "Viewer is open in another window" was shown and wiped it.
    window, line = _line(qtbot)
    line.set_busy(True)
    window.statusBar().showMessage("Viewer is open in another window; brought it to the front.", 10_000)
    line.set_busy(False)
    assert window.statusBar().currentMessage() == "Viewer is open in another window; brought it to the front."
    assert line.busy.isHidden()


def test_the_busy_indicator_is_visible_beside_its_message(qtbot):
    # QStatusBar hides its non-permanent widgets while a message shows: "Loading…" hid the indicator.
    window, line = _line(qtbot)
    window.show()
    line.set_busy(True, "Starting the sandbox…")
    assert line.busy.isVisible() and window.statusBar().currentMessage() == "Starting the sandbox…"
