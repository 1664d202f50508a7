"""The main window's status bar: a busy indicator, the server, the signed-in user and the time of the last update.

Each label has an accessible name, so a screen reader says what the text is ("Server", "Signed-in
user", "Last update"); the busy indicator (an endless progress bar, "Loading") shows while a
refresh runs. The labels elide a long text (``Server: cp.very-long-na…``) with the whole of it in their
tooltip, so a long server address never widens the window; the busy indicator is a permanent widget,
so it stays visible beside a status message while a load runs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

translate = QCoreApplication.translate


def loading_text() -> str:
    """The status message while a refresh runs ("Loading…"), in the app's language."""
    return translate("StatusLine", "Loading…")
#: The narrowest an eliding label gets, in average characters ("Server: …" stays readable).
MIN_CHARS = 8


class ElidedLabel(QLabel):
    """A one-line label that elides its text to its width (``…`` at the end); the whole text is its tooltip.

    :meth:`text` is always the whole text (as are the accessible name's readers); only the painting
    is elided, and the label asks for little room, so a long text never widens its window.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        """Show ``text`` (elided when it does not fit); the tooltip holds all of it."""
        super().setText(text)
        self.setToolTip(text)

    def shown_text(self) -> str:
        """The text as painted now: the whole text, or its start and ``…`` when the label is too narrow."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width())

    def is_elided(self) -> bool:
        """Whether the label is too narrow for its whole text."""
        return self.shown_text() != self.text()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Room for a few characters only: the label elides rather than widen the window."""
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().averageCharWidth() * MIN_CHARS), hint.height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """Paint the elided text where QLabel would paint the whole."""
        painter = QPainter(self)
        self.style().drawItemText(painter, self.contentsRect(), int(self.alignment()), self.palette(),
                                  self.isEnabled(), self.shown_text(), self.foregroundRole())
        painter.end()


class StatusLine:
    """The widgets of the main window's status bar, added to ``bar`` (which owns them).

    Args:
        bar: the window's status bar.
        server_label: the server's name or address (``Sandbox``, ``cp.example.com``).
        user: the signed-in user's e-mail address (``None`` or empty: "nobody").

    Attributes:
        server: "Server: …" (each label an :class:`ElidedLabel`).
        user: "Signed in as …".
        updated: the time of the last update ("Not loaded yet" at first).
        busy: the busy indicator, hidden until shown.
    """

    def __init__(self, bar: QStatusBar, *, server_label: str, user: str | None) -> None:
        self._server_label, self._user = server_label, user
        self.server = ElidedLabel("", bar)
        self.user = ElidedLabel("", bar)
        self.updated = ElidedLabel("", bar)
        self._bar = bar
        self._shown = ""  # the message set_busy showed last
        self.busy = QProgressBar(bar)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        bar.addPermanentWidget(self.busy)  # a permanent widget: a status message hides the others (QStatusBar)
        for widget in (self.server, self.user, self.updated):
            bar.addPermanentWidget(widget)
        self.updated.setText(translate("StatusLine", "Not loaded yet"))
        self.retranslate()

    def retranslate(self) -> None:
        """Say the labels' own words again in the app's language (after View > Language)."""
        self.server.setText(translate("StatusLine", "Server: {server}").format(server=self._server_label))
        self.set_user(self._user)
        self.busy.setAccessibleName(translate("StatusLine", "Loading"))
        for widget, name in ((self.server, translate("StatusLine", "Server")),
                             (self.user, translate("StatusLine", "Signed-in user")),
                             (self.updated, translate("StatusLine", "Last update"))):
            widget.setAccessibleName(name)

    def set_user(self, user: str | None) -> None:
        """Show who is signed in (``None`` or empty: "nobody"), e.g. once the sandbox has signed in."""
        self._user = user
        self.user.setText(translate("StatusLine", "Signed in as {user}").format(
            user=user or translate("StatusLine", "nobody")))

    def set_busy(self, busy: bool, message: str | None = None) -> None:
        """Show or hide the busy indicator, with ``message`` ("Loading…") in the status bar while it shows.

        Hiding it clears only its own message: one shown meanwhile (a save, a switch to a profile
        open elsewhere) stays for its own time.
        """
        self.busy.setVisible(busy)
        message = loading_text() if message is None else message
        if busy:
            self._bar.showMessage(message)
            self._shown = message
        elif self._bar.currentMessage() == self._shown:
            self._bar.clearMessage()
