"""Text colours the app derives from the palette (a field's error message in red), kept readable as it changes.

QPalette has no role for an error, so :func:`tint` gives a label a red of its own: the palette's
text colour is replaced by :data:`desktop.views.palette.ERROR_TONE` made light or dark enough to reach WCAG's 4.5:1
(:func:`desktop.views.contrast.readable`) on the background the label is actually painted on. The
colour is never cached: each time the label's palette changes (``QEvent.PaletteChange``, which Qt
sends down the widget tree after ``QApplication.setPalette``, e.g. when the OS switches to dark,
see :mod:`desktop.views.palette`) or the application's does (``ApplicationPaletteChange``), it is
derived again. The words of the message say it is an error too, so colour is never the only sign.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from desktop.views.contrast import background_of, readable
from desktop.views.palette import ERROR_TONE

#: The kinds of derived text colour, by name.
TONES = {"error": ERROR_TONE}
_PROPERTY = "cxdesk_tint"


def tint(widget: QWidget, kind: str = "error") -> None:
    """Paint ``widget``'s text in the colour of ``kind``, derived from its palette now and whenever that changes."""
    if kind not in TONES:
        raise ValueError(f"unknown tint {kind!r}")
    widget.setProperty(_PROPERTY, kind)
    _Tinter.watch(widget)
    _Tinter.derive(widget)


def untint(widget: QWidget) -> None:
    """Give ``widget`` back the text colour of its palette (after :func:`tint`; nothing when it has none)."""
    if widget.property(_PROPERTY) in TONES:
        widget.setProperty(_PROPERTY, None)
        widget.setPalette(QPalette())


def tint_color(widget: QWidget) -> QColor | None:
    """The colour ``kind``'s tone takes on ``widget``'s background now (``None``: the widget is not tinted)."""
    kind = widget.property(_PROPERTY)
    if kind not in TONES:
        return None
    return readable(TONES[kind], background_of(widget))


class _Tinter(QObject):
    """Derives the tinted widgets' text colours again whenever a palette changes (one for the application)."""

    _instance: _Tinter | None = None

    @classmethod
    def watch(cls, widget: QWidget) -> None:
        """Re-derive ``widget``'s colour on every palette change from now on."""
        if cls._instance is None or not shiboken6.isValid(cls._instance):
            cls._instance = cls(QApplication.instance())
        widget.removeEventFilter(cls._instance)
        widget.installEventFilter(cls._instance)

    @staticmethod
    def derive(widget: QWidget) -> None:
        """Set ``widget``'s text colour to its tint on its current background (nothing when it is already that)."""
        color = tint_color(widget)
        if color is None:
            return
        palette = widget.palette()
        role = widget.foregroundRole()
        groups = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
        if all(palette.color(group, role) == color for group in groups):
            return  # also ends the PaletteChange that setPalette below sends
        for group in groups:
            palette.setColor(group, role, color)
        widget.setPalette(palette)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On a palette change of the widget or the application, derive the widget's colour again."""
        if (event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
                and isinstance(watched, QWidget)):
            self.derive(watched)
        return False
