"""The main window's status bar: a busy indicator, the server, the signed-in user and the time of the last update.

Each label has an accessible name, so a screen reader says what the text is ("Server", "Signed-in
user", "Last update"); the busy indicator (an endless progress bar, "Loading") shows while a
refresh runs.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

LOADING = "Loading…"


class StatusLine:
    """The widgets of the main window's status bar, added to ``bar`` (which owns them).

    Args:
        bar: the window's status bar.
        server_label: the server's name or address (``Sandbox``, ``cp.example.com``).
        user: the signed-in user's e-mail address (``None`` or empty: "nobody").

    Attributes:
        server: "Server: …".
        user: "Signed in as …".
        updated: the time of the last update ("Not loaded yet" at first).
        busy: the busy indicator, hidden until shown.
    """

    def __init__(self, bar: QStatusBar, *, server_label: str, user: str | None) -> None:
        self.server = QLabel(f"Server: {server_label}", bar)
        self.user = QLabel(bar)
        self.set_user(user)
        self.updated = QLabel("Not loaded yet", bar)
        self._bar = bar
        self._shown = LOADING  # the message set_busy showed last
        self.busy = QProgressBar(bar)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName("Loading")
        self.busy.hide()
        bar.addPermanentWidget(self.busy)  # a permanent widget: a status message hides the others (QStatusBar)
        for widget, name in ((self.server, "Server"), (self.user, "Signed-in user"), (self.updated, "Last update")):
            widget.setAccessibleName(name)
            bar.addPermanentWidget(widget)

    def set_user(self, user: str | None) -> None:
        """Show who is signed in (``None`` or empty: "nobody"), e.g. once the sandbox has signed in."""
        self.user.setText(f"Signed in as {user or 'nobody'}")

    def set_busy(self, busy: bool, message: str = LOADING) -> None:
        """Show or hide the busy indicator, with ``message`` ("Loading…") in the status bar while it shows.

        Hiding it clears only its own message: one shown meanwhile (a save, a switch to a profile
        open elsewhere) stays for its own time.
        """
        self.busy.setVisible(busy)
        if busy:
            self._bar.showMessage(message)
            self._shown = message
        elif self._bar.currentMessage() == self._shown:
            self._bar.clearMessage()
