"""Walking a window's widgets for text whose contrast with its background is under WCAG's 4.5:1.

For each visible widget of the window: a label's text (and its links' colour when it has links),
a check box's or group box's title, a button's text, a line edit's text (or placeholder when empty),
a text browser's text and links, and each cell of an item view (and its header). The foreground is
the widget's palette colour of its role in its colour group; the background is the nearest widget,
itself or an ancestor, that fills its background (:func:`desktop.views.contrast.background_of`), or
the field/cell/button colour for widgets that paint their own. Greyed-out (disabled) controls are
skipped, as WCAG 1.4.3 exempts inactive user interface components; a disabled label or item is not a
control but text, and is checked.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTextEdit,
    QWidget,
)

from desktop.views.contrast import MINIMUM_CONTRAST, background_of, contrast_ratio, foreground_of, group_of, over
from tests.keyboard import describe

Role = QPalette.ColorRole
#: A colour written into rich text: ``style="color: …"``, ``background-color``, ``<font color=…>``, ``bgcolor``.
_INLINE_COLOUR = re.compile(r"(?:background-)?color\s*:\s*[^;\"']+|<font[^>]*\bcolor=[^>]*>|\bbgcolor=[^\s>]+", re.I)
#: At most this many rows of an item view are checked.
MAX_ROWS = 50


def _color(value: object, fallback: QColor) -> QColor:
    if isinstance(value, QBrush):
        return value.color()
    if isinstance(value, QColor):
        return value
    return fallback


def _pairs(widget: QWidget) -> list[tuple[str, QColor, QColor]]:
    """``(what, foreground, background)`` for each text of ``widget`` to check."""
    group = group_of(widget)
    palette = widget.palette()
    if isinstance(widget, QLabel):
        if not widget.text().strip():
            return []
        pairs = [("text", foreground_of(widget), background_of(widget))]
        if "<a " in widget.text():
            pairs.append(("link", palette.color(group, Role.Link), background_of(widget)))
        return pairs
    if isinstance(widget, QLineEdit):
        base = palette.color(group, Role.Base)
        if widget.text():
            return [("text", palette.color(group, Role.Text), base)]
        if widget.placeholderText():
            return [("placeholder", palette.color(group, Role.PlaceholderText), base)]
        return []
    if isinstance(widget, QPushButton):
        button = palette.color(group, Role.Button)
        return [("text", palette.color(group, Role.ButtonText), button)] if widget.text() else []
    if isinstance(widget, QCheckBox | QRadioButton | QGroupBox):
        return [("title", foreground_of(widget), background_of(widget))]
    if isinstance(widget, QTextEdit):
        base = widget.viewport().palette().color(group, widget.viewport().backgroundRole())
        pairs = [("text", palette.color(group, Role.Text), base)] if widget.toPlainText().strip() else []
        if "<a " in widget.toHtml():
            pairs.append(("link", palette.color(group, Role.Link), base))
        return pairs
    if isinstance(widget, QHeaderView):
        return [("header", palette.color(group, Role.ButtonText), palette.color(group, Role.Button))]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        return _cells(widget, group)
    return []


def _cells(view: QAbstractItemView, group: QPalette.ColorGroup,
           parent: QModelIndex | None = None) -> list[tuple[str, QColor, QColor]]:
    """Each cell's text on its row's colour; a disabled item (a note drawn greyed) counts: it is text, not a control."""
    model, palette, pairs = view.model(), view.palette(), []
    parent = parent or QModelIndex()
    for row in range(min(model.rowCount(parent), MAX_ROWS)):
        base = palette.color(group, Role.AlternateBase if view.alternatingRowColors() and row % 2 else Role.Base)
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            if column == 0 and model.rowCount(index) > 0:
                pairs += _cells(view, group, index)
            if not index.data(Qt.ItemDataRole.DisplayRole):
                continue
            cell_group = group if index.flags() & Qt.ItemFlag.ItemIsEnabled else QPalette.ColorGroup.Disabled
            selected = view.selectionModel() is not None and view.selectionModel().isSelected(index)
            if selected:  # a selected row is drawn in the highlight colours
                foreground = palette.color(cell_group, Role.HighlightedText)
                background = palette.color(cell_group, Role.Highlight)
            else:
                foreground = _color(index.data(Qt.ItemDataRole.ForegroundRole), palette.color(cell_group, Role.Text))
                background = _color(index.data(Qt.ItemDataRole.BackgroundRole), base)
            pairs.append((f"{'selected ' if selected else ''}cell {index.data()!r}", foreground, background))
    return pairs


def low_contrast(window: QWidget) -> list[str]:
    """Every text of ``window`` (its visible, enabled widgets) under 4.5:1 on its background, described."""
    found = []
    for widget in _checked(window):
        html = widget.text() if isinstance(widget, QLabel) else widget.toHtml() if isinstance(widget, QTextEdit) else ""
        if _INLINE_COLOUR.search(html):  # a colour in the text's HTML is not the palette's, and is not followed here
            found.append(f"{describe(widget)}: a colour in its HTML: {_INLINE_COLOUR.search(html).group(0)!r}")
        for what, foreground, background in _pairs(widget):
            ratio = contrast_ratio(foreground, background)
            if ratio < MINIMUM_CONTRAST:
                found.append(f"{describe(widget)} {what}: {over(foreground, background).name()} on "
                             f"{background.name()} is {ratio:.2f}:1")
    return found


def _checked(window: QWidget) -> list[QWidget]:
    """The widgets of ``window`` whose text is checked: visible ones; of the controls, the enabled ones
    (a label is checked even when disabled: it is text someone reads, not an inactive control)."""
    return [widget for widget in [window, *window.findChildren(QWidget)]
            if widget.window() is window and widget.isVisible()
            and (widget.isEnabled() or isinstance(widget, QLabel))]


def checked_kinds(window: QWidget) -> set[str]:
    """The kinds of widget :func:`low_contrast` found text to check in (a walk that checks nothing must fail)."""
    return {type(widget).__name__ for widget in _checked(window) if _pairs(widget)}

