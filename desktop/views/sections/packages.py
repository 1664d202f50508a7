"""The Packages section (product.md): the account's packages in a table, and call recording.

Whether call recording is enabled is read from the packages (a ``call_recording`` package). Its
button (**Enable Call Recording…** or **Call Recording Settings…**) asks for the recording dialog
(``recording_requested``); it needs the server now (design §4), so it is unavailable, with the
reason, while the server cannot be reached. Below the table, the total for the month: the sum of the
monthly recurring prices in the account's currency (per-use charges come on top; "—" when the
server says of no package that it is charged monthly). The status says
"enabled, no route records yet" while the package is there but no ingress route records.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from desktop.domain.models import Package
from desktop.domain.packages import is_monthly, monthly_total
from desktop.forms.ui_packages_section import Ui_PackagesSection
from desktop.views.package_prices import total_text
from desktop.views.packages_model import PackagesModel, fit_height_to_rows
from desktop.views.value_labels import set_value

#: The package feature that provides call recording.
CALL_RECORDING = "call_recording"
RECORDING_UNREACHABLE = QT_TRANSLATE_NOOP("PackagesSection",
                                          "The server cannot be reached: call recording needs the server now.")


class PackagesSection(QWidget):
    """Shows the packages (every digit of a cost, blanks where the server sent none) and call recording.

    Args:
        parent: the parent widget (``None``: placed later by the window).

    Signals:
        recording_requested(): the call-recording button was pressed while the server could be reached.

    Attributes:
        model: the :class:`~desktop.views.packages_model.PackagesModel` of the table.
    """

    recording_requested = Signal()

    TAB_STOPS = ("packagesView", "enableRecordingButton", "totalValue", "recordingStatusLabel")
    """The section's Tab stops in order (names on ``ui``), so that the window need not walk the section's
    focus chain to find them (:class:`~desktop.views.window_sections.WindowSections`). That walk hands
    the table's corner button to Python; its class is private to Qt (``QTableCornerButton``), and to
    find a Python class for it PySide creates every class of QtWidgets with all their enum types:
    about 20 ms and 59 enum types of every start (issue 11). ``tests/test_sections.py`` checks the
    names against the walk. (A docstring, not ``#:`` comments: ``pyside6-lupdate`` would give those to
    the translators of the next translatable text.)"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PackagesSection()
        self.ui.setupUi(self)
        self._recording: bool | None = None  # whether the packages hold call recording (None: not shown yet)
        self._routes_recording: int | None = None  # ingress routes that record (None: not reported)
        self._packages: list[Package] = []
        self._currency: str | None = None
        self._reachable = True
        self._recording_tip = self.ui.enableRecordingButton.toolTip()
        self.model = PackagesModel(self)
        self.ui.packagesView.setModel(self.model)
        header = self.ui.packagesView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._connect_signals()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Say the form's and the section's own text again when the app's language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._recording_tip = self.ui.enableRecordingButton.toolTip()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
            self._render_total()
            self._render_recording()
        super().changeEvent(event)

    def _connect_signals(self) -> None:
        self.ui.enableRecordingButton.clicked.connect(self._on_enable_recording_button_clicked)

    @property
    def recording(self) -> bool | None:
        """Whether the packages shown hold call recording (``None`` before :meth:`show_packages`)."""
        return self._recording

    def show_packages(self, packages: list[Package], currency: str | None) -> None:
        """Show ``packages``, their money in ``currency`` (ISO 4217; ``None``: not known yet), and call recording."""
        self.model.set_packages(packages, currency)
        fit_height_to_rows(self.ui.packagesView)  # the window scrolls, not the table
        self._packages, self._currency = list(packages), currency or self._currency
        recording = next((p for p in packages if p.feature == CALL_RECORDING), None)
        self._recording = recording is not None
        self._routes_recording = recording.routes_recording if recording else None
        self._render_total()
        self._render_recording()

    def set_currency(self, currency: str) -> None:
        """Show the packages' money in ``currency`` (ISO 4217), e.g. once the account is known."""
        self.model.set_currency(currency)
        self._currency = currency
        self._render_total()

    def _render_total(self) -> None:
        # a server that says of no package that it is monthly (no ``period``) gives no total rather than a false 0
        if self._currency is None or not any(is_monthly(package) for package in self._packages):
            set_value(self.ui.totalValue, "")
            return
        total = total_text(monthly_total(self._packages), self._currency)
        set_value(self.ui.totalValue, self.tr("{total}, plus charges per use").format(total=total))

    def set_reachable(self, reachable: bool) -> None:
        """Say whether the server can be reached (the call-recording button needs it; unavailable with why)."""
        self._reachable = reachable
        self._render_recording()

    def _render_recording(self) -> None:
        if self._recording is None:
            return
        reachable = self._reachable
        self.ui.enableRecordingButton.setText(self.tr("Call Recor&ding Settings…") if self._recording
                                              else self.tr("Enable Call Recor&ding…"))
        text = self._recording_text()
        unreachable = QCoreApplication.translate("PackagesSection", RECORDING_UNREACHABLE)
        if not reachable:
            text += ("" if self._recording else ".") + " " + unreachable
        set_value(self.ui.recordingStatusLabel, text)  # it wraps: a long status never widens the window
        self.ui.enableRecordingButton.setEnabled(reachable)
        self.ui.enableRecordingButton.setToolTip(self._recording_tip if reachable else unreachable)

    def _recording_text(self) -> str:
        if not self._recording:
            return self.tr("Call recording: not enabled")
        if self._routes_recording == 0:
            return self.tr("Call recording: enabled, no route records yet. Choose the ingress routes that record "
                           "in its settings.")
        if self._routes_recording == 1:
            return self.tr("Call recording: enabled, 1 ingress route records.")
        if self._routes_recording:
            return self.tr("Call recording: enabled, {count} ingress routes record.").format(
                count=self._routes_recording)
        return self.tr("Call recording: enabled. Choose the ingress routes that record in its settings.")

    def _on_enable_recording_button_clicked(self) -> None:
        if self._reachable:
            self.recording_requested.emit()
