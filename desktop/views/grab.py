"""Screenshots of windows whose layout has caught up with their content.

Setting a label's text posts a LayoutRequest event; until the event loop handles it, the label
keeps its old size, so a grab taken in the same slot shows values cut to their old width. Used by
``cxdesk --screenshot``, the self-test and the tests' screenshots.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QWidget

#: Nested layouts settle one level per pass; the window's deepest nesting is well below this.
_PASSES = 6


def settle(widget: QWidget) -> None:
    """Deliver the pending layout requests (only those: no input or timer events run here)."""
    for _ in range(_PASSES):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        widget.layout() and widget.layout().activate()


def grab_settled(widget: QWidget) -> QPixmap:
    """``widget.grab()`` after its layout has settled (see :func:`settle`)."""
    settle(widget)
    return widget.grab()
