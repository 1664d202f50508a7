"""Step 2 of call recording: the customers' ingress routes in a tree, each with its recording mode.

Each route gets a combo box of the recording modes (:data:`MODE_LABELS`), named for assistive
technology by route and customer; choosing a mode calls back with the route's id and the index.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QTreeWidget, QTreeWidgetItem

from desktop.domain.models import RECORDING_MODES, Customer, Route
from desktop.views.recording_state import RecordingSnapshot

#: Readable labels of the recording modes of an ingress route (RECORDING_MODES).
MODE_LABELS: dict[str, str] = {
    "disabled": QT_TRANSLATE_NOOP("RecordingRoutes", "Disabled"),
    "sample_1": QT_TRANSLATE_NOOP("RecordingRoutes", "Sample 1%"),
    "sample_5": QT_TRANSLATE_NOOP("RecordingRoutes", "Sample 5%"),
    "sample_25": QT_TRANSLATE_NOOP("RecordingRoutes", "Sample 25%"),
    "sample_50": QT_TRANSLATE_NOOP("RecordingRoutes", "Sample 50%"),
    "always": QT_TRANSLATE_NOOP("RecordingRoutes", "Always"),
}
translate = QCoreApplication.translate


def fill_routes_tree(tree: QTreeWidget, snapshot: RecordingSnapshot, on_activated: Callable[[int, int], None]
                     ) -> tuple[dict[int, Route], dict[int, QComboBox]]:
    """Show the snapshot's customers and routes in ``tree``; returns the routes and their combo boxes by route id."""
    tree.clear()
    routes_by_id: dict[int, Route] = {}
    combos: dict[int, QComboBox] = {}
    for customer in snapshot.customers:
        suffix = "" if customer.status == "active" else f" ({customer.status})"
        parent = QTreeWidgetItem(tree, [customer.name + suffix])
        routes = snapshot.routes.get(customer.id, [])
        if not routes:
            _add_note(parent, translate("RecordingRoutes", "No ingress routes"))
        for route in routes:
            routes_by_id[route.id] = route
            item = QTreeWidgetItem(parent, [route.name])
            combos[route.id] = _make_combo(route, customer, on_activated)
            tree.setItemWidget(item, 1, combos[route.id])
        parent.setExpanded(True)
    tree.resizeColumnToContents(0)
    return routes_by_id, combos


def _add_note(parent: QTreeWidgetItem, text: str) -> QTreeWidgetItem:
    """A note under ``parent`` ("No ingress routes"): in italics and not selectable.

    It keeps the text colour: a disabled item's grey is under WCAG's 4.5:1.
    """
    item = QTreeWidgetItem(parent, [text])
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    font = item.font(0)
    font.setItalic(True)
    item.setFont(0, font)
    return item


def _make_combo(route: Route, customer: Customer, on_activated: Callable[[int, int], None]) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(translate("RecordingRoutes", "Recording of ingress route {route} of {customer}").format(
        route=route.name, customer=customer.name))
    for mode in RECORDING_MODES:
        combo.addItem(translate("RecordingRoutes", MODE_LABELS[mode]), mode)
    combo.setCurrentIndex(max(combo.findData(route.call_recording), 0))
    combo.activated.connect(lambda index, route_id=route.id: on_activated(route_id, index))
    return combo
