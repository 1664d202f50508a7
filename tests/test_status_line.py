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


def test_long_texts_elide_with_the_whole_text_in_the_tooltip(qtbot):
    """A long server address never widens the window: the labels elide; the tooltip and text() keep it all."""
    window = QMainWindow()
    qtbot.addWidget(window)
    long_server = "cp." + "very-long-subdomain-name." * 12 + "example.com"
    line = StatusLine(window.statusBar(), server_label=long_server, user="someone." * 10 + "@example.com")
    window.resize(640, 200)
    window.show()
    qtbot.waitExposed(window)
    assert window.width() <= 700 and window.statusBar().minimumSizeHint().width() < 640, "it asks for no width"
    for label in (line.server, line.user):
        assert label.width() < label.fontMetrics().horizontalAdvance(label.text()), "too narrow for it all"
        assert label.toolTip() == label.text()
        assert label.shown_text().endswith("…") and label.is_elided()
    assert line.server.text() == f"Server: {long_server}"
    line.updated.setText("Showing data from 3 minutes ago")
    assert line.updated.toolTip() == "Showing data from 3 minutes ago"
    line.set_busy(True, "Loading the account and its packages from " + long_server)
    qtbot.waitUntil(lambda: line.busy.width() >= 40)  # laid out beside the long texts
    assert line.busy.isVisible(), "the busy indicator stays visible while loading"
