"""The main window's sections in two columns when they fit, in one when they do not (issue 12, point 2).

Company and General information side by side, then Address and Contact, is the window's reading
order on a desk screen. On a narrow one (1366×768 at 150 %, a window made small) the two columns'
narrowest widths may not fit the scroll area, and the window would scroll sideways. Then each section
takes the whole width, one under the other, in the same reading order (the Tab order does not change:
it was left column then right column, row by row). :class:`SectionColumns` watches the scroll area's
viewport and switches between the two arrangements of the form's ``sectionsLayout`` grid.

The viewport it watches is made here (:func:`own_viewport`), not asked of Qt: see there why.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QScrollArea, QWidget

from desktop.forms.ui_main_window import Ui_MainWindow


class SectionColumns(QObject):
    """Keeps the sections in two columns while both fit the scroll area's width, else in one.

    Args:
        ui: the main window's form (its ``sectionsLayout`` grid and the seven ``…Slot`` widgets).
        viewport: the scroll area's viewport (:func:`own_viewport`), whose width decides.
        parent: the owner (the main window).

    Attributes:
        one_column: whether the sections are in one column now.
    """

    def __init__(self, ui: Ui_MainWindow, viewport: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self._viewport = viewport
        self.one_column = False
        self._pairs = ((ui.companySlot, ui.generalSlot), (ui.addressSlot, ui.contactSlot))
        self._full = (ui.smtpSlot, ui.packagesSlot, ui.agreementSlot)
        viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On a resize of the scroll area's viewport, choose the arrangement that fits."""
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def two_columns_width(self) -> int:
        """The narrowest width, in pixels, in which the two columns of sections fit side by side."""
        grid = self._ui.sectionsLayout
        margins = grid.contentsMargins()
        left = max(_narrowest(first) for first, _ in self._pairs)
        right = max(_narrowest(second) for _, second in self._pairs)
        return left + right + grid.horizontalSpacing() + margins.left() + margins.right()

    def fit(self) -> None:
        """Arrange the sections for the viewport's width now."""
        one = self._viewport.width() < self.two_columns_width()
        if one != self.one_column:
            self._arrange(one)

    def _arrange(self, one: bool) -> None:
        grid = self._ui.sectionsLayout
        slots = [widget for pair in self._pairs for widget in pair] + list(self._full)
        for slot in slots:
            grid.removeWidget(slot)
        grid.removeItem(self._ui.sectionsSpacer)
        if one:
            for row, slot in enumerate(slots):
                grid.addWidget(slot, row, 0, 1, 2)
        else:
            for row, (first, second) in enumerate(self._pairs):
                grid.addWidget(first, row, 0)
                grid.addWidget(second, row, 1)
            for row, slot in enumerate(self._full, start=len(self._pairs)):
                grid.addWidget(slot, row, 0, 1, 2)
        last = len(slots) if one else len(self._pairs) + len(self._full)
        grid.addItem(self._ui.sectionsSpacer, last, 0, 1, 2)
        for row in range(grid.rowCount()):
            grid.setRowStretch(row, 1 if row == last else 0)  # the space left over goes below the sections
        self.one_column = one
        grid.activate()  # the scroll area learns the new narrowest width now, not at the next layout pass


def own_viewport(area: QScrollArea) -> QWidget:
    """Give ``area`` a viewport made here, set up as Qt's own, and return it; call it before filling the area.

    Asking Qt for the viewport it made (``area.viewport()``) hands PySide a widget that Python did not
    create. To find the most derived Python class for it, PySide creates every class of QtWidgets that
    it has not created yet, with all their enum types: 20–30 ms and about 2.4 MiB, once per process,
    just before the window's first paint (issue 11). A widget made in Python already has its class.
    Qt's own viewport of a :class:`QScrollArea` has the name ``qt_scrollarea_viewport``, no background
    role and a filled background; this one has them too.

    The area's widget (the form's ``scrollContents``) is taken out and put back in the new viewport,
    so the area must not hold anything whose Tab order is already set.
    """
    contents = area.takeWidget()
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")
    viewport.setBackgroundRole(QPalette.ColorRole.NoRole)
    viewport.setAutoFillBackground(True)
    area.setViewport(viewport)
    if contents is not None:
        area.setWidget(contents)
    return viewport


def _narrowest(widget: QWidget) -> int:
    """A widget's narrowest width in a layout (its minimum size hint, or a set minimum width)."""
    return max(widget.minimumSizeHint().width(), widget.minimumWidth())
