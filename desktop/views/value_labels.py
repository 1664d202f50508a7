"""How the main window's sections write a value into a read-only label.

Shared by the sections in :mod:`desktop.views.sections` (they may not import each other): an empty
value reads ``—`` and screen readers hear "not set"; a country code and a currency code are shown with
their names in the user's language (:mod:`desktop.views.formats`).

A long value (an 80-character company name, a long server address) never makes the window wider
than the screen (issue 12, point 2): a value label asks for the width of its text but can be given
less (down to :data:`LEAST_CHARACTERS` characters' width); it then paints the value elided (``…``),
and its tooltip holds the whole value. A label that wraps (``wordWrap``) shows the whole value on
several lines instead. The label's text stays the whole value (copying it, screen readers and tests
read all of it).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QLabel

from desktop.views.formats import country_name as name_of_country
from desktop.views.formats import currency_name

#: What a value label shows for an empty value.
NOT_SET = "—"
#: A value label is at least as wide as its text, or as this many (average) characters when its text is longer.
LEAST_CHARACTERS = 24

def set_value(label: QLabel, text: str) -> None:
    """Show a value in a read-only label (``—`` when empty; screen readers hear "not set").

    The whole value is the label's tooltip and its text; the label may be narrower than its text
    (its layout then shows it elided) or, if it wraps, on several lines, rather than widen the window.
    """
    label.setText(text or NOT_SET)
    label.setToolTip(text)
    label.setAccessibleDescription(text or QCoreApplication.translate("ValueLabels", "not set"))
    _Elider.watch(label)
    if not label.wordWrap():  # its layout may give it less than a long text's width, never less than a short one's
        least = label.fontMetrics().averageCharWidth() * LEAST_CHARACTERS
        label.setMinimumWidth(min(label.minimumSizeHint().width(), least))


def elided(label: QLabel) -> bool:
    """Whether the label is too narrow for its text (it then shows it elided, ending with ``…``)."""
    return not label.wordWrap() and label.fontMetrics().horizontalAdvance(label.text()) > _text_rect(label).width()


def set_values(pairs: tuple[tuple[QLabel, str], ...]) -> None:
    """:func:`set_value` for each ``(label, text)`` pair."""
    for label, text in pairs:
        set_value(label, text)


def country_name(code: str) -> str:
    """``GB`` → ``United Kingdom (GB)`` (``Royaume-Uni (GB)`` in French); an unknown code is shown as it is."""
    name = name_of_country(code)
    return f"{name} ({code})" if name else code


def currency_text(code: str) -> str:
    """``USD`` → ``USD (US Dollar)`` (``USD (dollar des États-Unis)`` in French)."""
    name = currency_name(code)
    return code if name == code else f"{code} ({name})"


def _text_rect(label: QLabel) -> QRect:
    margin = max(label.margin(), 0)
    return label.contentsRect().adjusted(margin, margin, -margin, -margin)


class _Elider(QObject):
    """Paints the value labels it watches elided when they are narrower than their text (one for the application)."""

    _instance: _Elider | None = None

    @classmethod
    def watch(cls, label: QLabel) -> None:
        """Paint ``label`` elided whenever it is narrower than its text."""
        if label.property("elides"):
            return
        if cls._instance is None or not shiboken6.isValid(cls._instance):
            cls._instance = cls(QApplication.instance())
        label.setProperty("elides", True)
        label.installEventFilter(cls._instance)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Paint a watched label's text elided when the label is narrower than it (else QLabel paints it)."""
        if event.type() != QEvent.Type.Paint or not isinstance(watched, QLabel) or not elided(watched):
            return False
        rect = _text_rect(watched)
        text = watched.fontMetrics().elidedText(watched.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter = QPainter(watched)
        watched.style().drawItemText(painter, rect, int(watched.alignment()), watched.palette(), watched.isEnabled(),
                                     text, watched.foregroundRole())
        painter.end()
        return True
