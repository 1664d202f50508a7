"""The table model of the account's packages (``GET setup/account/package``).

Costs and charges keep every digit the server sent (``0.00045`` stays ``0.00045``, design §3)
and are shown in the account's currency; usage and charges the server does not report are
blank. Numbers are right-aligned so that they read as a column of figures. The Unit column says
what each cost is charged for ("per minute", "per channel per month").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QTableView

from desktop.domain.models import Package
from desktop.views.formats import format_quantity, format_rate
from desktop.views.package_prices import package_unit_text

_Index = QModelIndex | QPersistentModelIndex


def _money(value: str | None, currency: str) -> str:
    return "" if value is None or value == "" else format_rate(value, currency)


#: (header, header tool tip, cell text of a package, is a number)
COLUMNS: list[tuple[str, str, Callable[[Package, str], str], bool]] = [
    (QT_TRANSLATE_NOOP("PackagesModel", "Quantity"),
     QT_TRANSLATE_NOOP("PackagesModel", "How many of this package the account has"),
     lambda p, c: format_quantity(str(p.quantity)), True),
    (QT_TRANSLATE_NOOP("PackagesModel", "Name"), QT_TRANSLATE_NOOP("PackagesModel", "The package"),
     lambda p, c: p.name, False),
    (QT_TRANSLATE_NOOP("PackagesModel", "Cost"),
     QT_TRANSLATE_NOOP("PackagesModel", "The price of one unit, with every digit the platform charges"),
     lambda p, c: _money(p.cost, c), True),
    (QT_TRANSLATE_NOOP("PackagesModel", "Unit"),
     QT_TRANSLATE_NOOP("PackagesModel", "What the cost is charged for: per unit used, or per unit held per month"),
     lambda p, c: package_unit_text(p), False),
    (QT_TRANSLATE_NOOP("PackagesModel", "Today usage"), QT_TRANSLATE_NOOP("PackagesModel", "Units used today"),
     lambda p, c: format_quantity(p.today_usage), True),
    (QT_TRANSLATE_NOOP("PackagesModel", "Today charge"), QT_TRANSLATE_NOOP("PackagesModel", "Charged for today so far"),
     lambda p, c: _money(p.today_charge, c), True),
    (QT_TRANSLATE_NOOP("PackagesModel", "MTD usage"),
     QT_TRANSLATE_NOOP("PackagesModel", "Units used this month to date"),
     lambda p, c: format_quantity(p.mtd_usage), True),
    (QT_TRANSLATE_NOOP("PackagesModel", "MTD charge"), QT_TRANSLATE_NOOP("PackagesModel", "Charged this month to date"),
     lambda p, c: _money(p.mtd_charge, c), True),
]

COST_COLUMN = 2


class PackagesModel(QAbstractTableModel):
    """Read-only rows of :class:`~desktop.domain.models.Package`, one column per entry of COLUMNS.

    Args:
        parent: the owning object (usually the main window).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._packages: list[Package] = []
        self._currency = "USD"

    def set_packages(self, packages: list[Package], currency: str | None = None) -> None:
        """Show ``packages`` (and, when given, amounts in ``currency``, an ISO 4217 code)."""
        self.beginResetModel()
        self._packages = list(packages)
        if currency:
            self._currency = currency
        self.endResetModel()

    def set_currency(self, currency: str) -> None:
        """Show amounts in ``currency`` (ISO 4217), e.g. once the account has arrived."""
        if currency != self._currency:
            self.set_packages(self._packages, currency)

    def package(self, row: int) -> Package:
        """The package shown in ``row``.

        Raises:
            IndexError: no such row.
        """
        return self._packages[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Number of packages (0 under any parent: the model is a flat table)."""
        return 0 if parent.isValid() else len(self._packages)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Number of columns (see COLUMNS)."""
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, alignment (numbers right-aligned) and, for the cost, the unit as a tool tip."""
        if not index.isValid() or index.row() >= len(self._packages):
            return None
        package = self._packages[index.row()]
        _title, _tip, text_of, numeric = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = text_of(package, self._currency)
            if role == Qt.ItemDataRole.AccessibleTextRole and not text:
                return self.tr("not reported")
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COST_COLUMN and package.unit:
            return f"{text_of(package, self._currency)} {package_unit_text(package)}"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles and their tool tips; numeric columns' titles are right-aligned too."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        title, tip, _text_of, numeric = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PackagesModel", title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("PackagesModel", tip)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None


def fit_height_to_rows(view: QTableView) -> None:
    """Make a table view exactly as tall as its header and rows (at least one row), so it never scrolls."""
    model = view.model()
    rows = sum(view.rowHeight(row) for row in range(model.rowCount() if model else 0))
    header = view.horizontalHeader()
    header_height = max(header.height(), header.sizeHint().height())
    view.setFixedHeight(header_height + 2 * view.frameWidth() + 2
                        + (rows or view.verticalHeader().defaultSectionSize()))
