"""Text/background contrast as WCAG 2.x measures it, and the background a widget's text is painted on.

The formulas are those of WCAG 2.2 (https://www.w3.org/TR/WCAG22/#dfn-relative-luminance and
https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio): the relative luminance of an sRGB colour is
``L = 0.2126 R + 0.7152 G + 0.0722 B`` where each channel ``c`` (0..1) is linearised as
``c / 12.92`` when ``c <= 0.04045`` and ``((c + 0.055) / 1.055) ** 2.4`` otherwise; the contrast ratio
of two colours is ``(L1 + 0.05) / (L2 + 0.05)`` with ``L1`` the lighter. Success criterion 1.4.3
asks for at least 4.5:1 for normal text (:data:`MINIMUM_CONTRAST`).

:func:`readable` moves a colour (an error red) lighter or darker until it reaches that contrast on a
background, which is how the app derives its few colours of its own from the palette.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

#: WCAG 2.x success criterion 1.4.3 (Contrast, minimum) for normal text.
MINIMUM_CONTRAST = 4.5


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def relative_luminance(color: QColor) -> float:
    """WCAG 2.x relative luminance of an opaque sRGB colour: 0 for black, 1 for white."""
    return 0.2126 * _linear(color.redF()) + 0.7152 * _linear(color.greenF()) + 0.0722 * _linear(color.blueF())


def over(foreground: QColor, background: QColor) -> QColor:
    """``foreground`` painted on the opaque ``background`` (alpha blending; an opaque colour stays as it is)."""
    alpha = foreground.alphaF()
    return QColor.fromRgbF(*(alpha * f + (1 - alpha) * b for f, b in (
        (foreground.redF(), background.redF()), (foreground.greenF(), background.greenF()),
        (foreground.blueF(), background.blueF()))))


def contrast_ratio(foreground: QColor, background: QColor) -> float:
    """WCAG 2.x contrast ratio (1 to 21) of ``foreground`` (blended onto ``background`` if translucent)."""
    lighter, darker = sorted((relative_luminance(over(foreground, background)), relative_luminance(background)),
                             reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def readable(color: QColor, background: QColor, minimum: float = MINIMUM_CONTRAST) -> QColor:
    """``color`` with its lightness moved away from ``background``'s until their contrast is at least ``minimum``.

    The hue stays (an error red stays red): on a dark background the colour gets lighter, on a light
    one darker. A colour that already reaches ``minimum`` is returned unchanged.
    """
    color = QColor(color)
    if contrast_ratio(color, background) >= minimum:
        return color
    lighten = relative_luminance(background) < 0.18  # about where white and black text contrast the same
    hue, saturation, lightness, _alpha = color.getHslF()
    hue = max(hue, 0.0)  # an achromatic colour reports -1
    step = 0.01 if lighten else -0.01
    while 0.0 <= lightness <= 1.0:
        candidate = QColor.fromHslF(hue, saturation, min(max(lightness, 0.0), 1.0))
        if contrast_ratio(candidate, background) >= minimum:
            return candidate
        lightness += step
    return QColor.fromHslF(hue, saturation, 1.0 if lighten else 0.0)  # white or black


def fills_background(widget: QWidget) -> bool:
    """Whether ``widget`` paints its own background.

    A window does, and so does a widget with ``autoFillBackground``: a frame styled as a notice, a
    scroll area's viewport, the widget inside a scroll area.
    """
    return widget.isWindow() or widget.autoFillBackground()


def group_of(widget: QWidget) -> QPalette.ColorGroup:
    """The colour group ``widget`` is painted with now: Disabled, or Active/Inactive as its window is."""
    if not widget.isEnabled():
        return QPalette.ColorGroup.Disabled
    return QPalette.ColorGroup.Active if widget.isActiveWindow() else QPalette.ColorGroup.Inactive


def background_of(widget: QWidget) -> QColor:
    """The colour behind ``widget``'s text: the background of the nearest widget (or itself) that fills it."""
    current: QWidget | None = widget
    while current is not None:
        if fills_background(current):
            return current.palette().color(group_of(current), current.backgroundRole())
        current = current.parentWidget()
    return QApplication.palette().color(QPalette.ColorRole.Window)


def foreground_of(widget: QWidget) -> QColor:
    """The colour ``widget`` paints its text with (its foreground role, in its current colour group)."""
    return widget.palette().color(group_of(widget), widget.foregroundRole())
