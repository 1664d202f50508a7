"""The main window: every section of the account on one page (product.md).

Company information, general information, address, contact information, SMTP details
(:mod:`~desktop.views.smtp_section`), packages and the service agreement, each a group box with its own
pencil button where editing is allowed. Everything shown comes from the server through :class:`~desktop.ops.Ops`
(never on the GUI thread); the window keeps the account's ETag for the edit dialogs.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from babel import Locale
from babel.numbers import get_currency_name
from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QMainWindow, QProgressBar, QWidget

from desktop.api import AccountClient, Unreachable, Versioned
from desktop.domain.models import Account, Package
from desktop.domain.money import format_balance, is_negative
from desktop.forms.ui_main_window import Ui_MainWindow
from desktop.ops import Ops, mark_closed
from desktop.views.agreement_dialog import AgreementDialog
from desktop.views.billing import BillingMethodWidget
from desktop.views.company_dialog import CompanyDialog
from desktop.views.contact_dialog import ContactDialog
from desktop.views.edit_dialog import EditDialog
from desktop.views.messages import describe_error, style_notice
from desktop.views.packages_model import PackagesModel, fit_height_to_rows
from desktop.views.recording_dialog import RecordingDialog
from desktop.views.smtp_section import SmtpSection, set_value

_ENGLISH = Locale("en")


class MainWindow(QMainWindow):
    """The account window.

    Args:
        ops: the application's background runner.
        client: a signed-in account API client.
        server_label: the server's name or address, shown in the status bar.
        sandbox: whether the server is the sandbox (then File offers the Sandbox Outbox).
        parent: normally ``None`` (a top-level window).

    Signals:
        loaded(): the account, the SMTP details and the packages of the last :meth:`refresh` are shown.
        load_failed(str): a refresh failed; the argument is the message shown in the window.
    """

    loaded = Signal()
    load_failed = Signal(str)

    def __init__(self, ops: Ops, client: AccountClient, *, server_label: str, sandbox: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._ops = ops
        self._client = client
        self._server_label = server_label
        self._current: Versioned[Account] | None = None
        self._generation = 0
        self._pending: set[str] = set()
        self._failed = False
        self._unreachable = False
        self.packages_model = PackagesModel(self)
        self.ui.packagesView.setModel(self.packages_model)
        header = self.ui.packagesView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.billing_widget = BillingMethodWidget(ops, client, self.ui.billingContainer)
        self.ui.billingLayout.addWidget(self.billing_widget)
        self.ui.billingContainer.setFocusProxy(self.billing_widget)
        self.smtp_section = SmtpSection(self, ops, client, sandbox=sandbox,
                                        mobile=lambda: self._current.value.contact.mobile if self._current else "")
        self.ui.actionRefresh.setShortcuts(_refresh_shortcuts())
        for notice in (self.ui.errorBanner, self.ui.balanceBadge):
            style_notice(notice)
            notice.hide()
        self._setup_status_bar()
        self._connect_signals()

    def _setup_status_bar(self) -> None:
        bar = self.ui.statusbar
        self.server_status = QLabel(f"Server: {self._server_label}", bar)
        self.user_status = QLabel(f"Signed in as {self._client.email or 'nobody'}", bar)
        self.updated_status = QLabel("Not loaded yet", bar)
        self.busy_indicator = QProgressBar(bar)
        self.busy_indicator.setRange(0, 0)
        self.busy_indicator.setMaximumWidth(120)
        self.busy_indicator.setTextVisible(False)
        self.busy_indicator.setAccessibleName("Loading")
        self.busy_indicator.hide()
        bar.addWidget(self.busy_indicator)
        for widget, name in ((self.server_status, "Server"), (self.user_status, "Signed-in user"),
                             (self.updated_status, "Last update")):
            widget.setAccessibleName(name)
            bar.addPermanentWidget(widget)

    def _connect_signals(self) -> None:
        self.ui.actionRefresh.triggered.connect(self._on_action_refresh_triggered)
        self.ui.actionQuit.triggered.connect(self._on_action_quit_triggered)
        self.ui.retryButton.clicked.connect(self._on_retry_button_clicked)
        self.ui.editCompanyButton.clicked.connect(self._on_edit_company_button_clicked)
        self.ui.editContactButton.clicked.connect(self._on_edit_contact_button_clicked)
        self.ui.enableRecordingButton.clicked.connect(self._on_enable_recording_button_clicked)
        self.ui.agreementButton.clicked.connect(self._on_agreement_button_clicked)
        self.billing_widget.account_changed.connect(self._on_billing_widget_account_changed)

    # -- loading -----------------------------------------------------------------------------

    @property
    def current(self) -> Versioned[Account] | None:
        """The account as last shown, with its ETag (``None`` before the first load)."""
        return self._current

    def refresh(self) -> None:
        """Load the account, the SMTP details and the packages again (on workers); then ``loaded``."""
        self._generation += 1
        generation, client = self._generation, self._client
        parts = {"account": (client.get_account, self.show_account),
                 "SMTP details": (client.get_smtp, self.smtp_section.show),
                 "packages": (client.get_packages, self.show_packages)}
        self._pending = set(parts)
        self._failed = self._unreachable = False
        self._set_busy(True)
        for part, (fetch, show) in parts.items():
            self._ops.run(fetch, owner=self,
                          on_success=lambda result, part=part, show=show: self._on_part_loaded(
                              generation, part, show, result),
                          on_failure=lambda error, part=part: self._on_part_failed(generation, part, error))

    def _on_part_loaded(self, generation: int, part: str, show: Callable[[object], None], result: object) -> None:
        if generation == self._generation:
            show(result)
            self._part_done(part)

    def _part_done(self, part: str) -> None:
        self._pending.discard(part)
        if self._pending:
            return
        self._set_busy(False)
        if not self._unreachable:
            self.smtp_section.set_reachable(True)
        if not self._failed:
            self.ui.errorBanner.hide()
            self._mark_updated()
            self.loaded.emit()

    def _on_part_failed(self, generation: int, part: str, error: BaseException) -> None:
        if generation != self._generation:
            return
        if isinstance(error, Unreachable):
            self._unreachable = True
            self.smtp_section.set_reachable(False)  # Test Email and Test SMS need the server now
        first, self._failed = not self._failed, True
        self._part_done(part)
        if not first:
            return
        text = f"Could not load the {part}: {describe_error(error)}"
        self.ui.errorLabel.setText(text)
        self.ui.errorBanner.show()
        self.load_failed.emit(text)

    def _mark_updated(self) -> None:
        self.updated_status.setText(f"Updated {datetime.now().strftime('%H:%M:%S')}")

    def _set_busy(self, busy: bool) -> None:
        self.busy_indicator.setVisible(busy)
        self.ui.statusbar.showMessage("Loading…" if busy else "")

    def error_text(self) -> str:
        """The problem shown at the top of the window (``""`` when none)."""
        return self.ui.errorLabel.text() if self.ui.errorBanner.isVisibleTo(self) else ""

    # -- showing -----------------------------------------------------------------------------

    def show_account(self, current: Versioned[Account]) -> None:
        """Show an account (with the ETag the edit dialogs will send)."""
        self._current = current
        account = current.value
        ui = self.ui
        for label, text in ((ui.nameValue, account.name), (ui.companyValue, account.company),
                            (ui.companyRegIdValue, account.company_reg_id), (ui.ocnValue, account.ocn),
                            (ui.frnValue, account.frn), (ui.vatRegIdValue, account.vat_reg_id),
                            (ui.line1Value, account.address.line1), (ui.line2Value, account.address.line2),
                            (ui.cityValue, account.address.city), (ui.stateValue, account.address.state),
                            (ui.countryValue, _country_name(account.address.country)),
                            (ui.postcodeValue, account.address.postcode),
                            (ui.emailValue, account.contact.email), (ui.phoneValue, account.contact.phone),
                            (ui.mobileValue, account.contact.mobile)):
            set_value(label, text)
        set_value(ui.currencyValue, _currency_text(account.currency))
        self._show_balance(account)
        self.billing_widget.set_account(account)
        self.packages_model.set_currency(account.currency)
        ui.editCompanyButton.setEnabled(True)
        ui.editContactButton.setEnabled(True)

    def _show_balance(self, account: Account) -> None:
        negative = is_negative(account.balance, account.currency)
        label = self.ui.balanceValue
        label.setText(format_balance(account.balance, account.currency))
        font = label.font()
        font.setBold(negative)
        label.setFont(font)
        label.setAccessibleDescription("Negative balance" if negative else "")
        self.ui.balanceBadge.setVisible(negative)
        self.ui.balanceBadge.setToolTip("The account owes the platform this amount." if negative else "")

    def show_packages(self, packages: list[Package]) -> None:
        """Show the packages and whether call recording is enabled (a ``call_recording`` package)."""
        currency = self._current.value.currency if self._current else None
        self.packages_model.set_packages(packages, currency)
        self._fit_packages_view()
        recording = any(p.feature == "call_recording" for p in packages)
        self.ui.recordingStatusLabel.setText(
            "Call recording: enabled. Choose the ingress routes that record in its settings." if recording
            else "Call recording: not enabled")
        self.ui.enableRecordingButton.setText("Call Recor&ding Settings…" if recording
                                              else "Enable Call Recor&ding…")
        self.ui.enableRecordingButton.setEnabled(True)

    def _fit_packages_view(self) -> None:
        fit_height_to_rows(self.ui.packagesView)  # the window scrolls, not the table
        self.ui.packagesLayout.activate()  # lay out now, so that a screenshot after `loaded` is right
        self.ui.sectionsLayout.activate()

    # -- actions -----------------------------------------------------------------------------

    def _on_action_refresh_triggered(self) -> None:
        self.refresh()

    def _on_retry_button_clicked(self) -> None:
        self.refresh()

    def _on_action_quit_triggered(self) -> None:
        self.close()  # the application quits when its last window closes

    def _on_edit_company_button_clicked(self) -> None:
        self.open_editor(CompanyDialog)

    def _on_edit_contact_button_clicked(self) -> None:
        self.open_editor(ContactDialog)

    def open_editor(self, dialog_class: type[EditDialog]) -> EditDialog | None:
        """Open an edit dialog (window-modal) on the account as shown; ``None`` before the first load."""
        if self._current is None:
            return None
        dialog = dialog_class(self._ops, self._client, self._current, self)
        dialog.saved.connect(self._on_edit_dialog_saved)
        dialog.rejected.connect(self._on_edit_dialog_rejected)
        return self.open_dialog(dialog)  # type: ignore[return-value]

    def _on_edit_dialog_saved(self, current: Versioned[Account]) -> None:
        self.show_account(current)
        self._mark_updated()

    def _on_edit_dialog_rejected(self) -> None:
        # a cancelled dialog may have seen a newer version (412) or left a save running
        self.refresh()

    def _on_billing_widget_account_changed(self, account: Account) -> None:
        # the switch changed the account, so its ETag changed too: show it, then fetch the new ETag
        self.show_account(Versioned(account, self._current.etag if self._current else None))
        self.refresh()

    def _on_enable_recording_button_clicked(self) -> None:
        dialog = self.open_dialog(RecordingDialog(self._ops, self._client, parent=self))
        dialog.finished.connect(self._on_recording_dialog_finished)

    def _on_recording_dialog_finished(self, _result: int) -> None:
        self.refresh()  # the dialog may have added the call-recording package

    def _on_agreement_button_clicked(self) -> None:
        self.open_dialog(AgreementDialog(self._ops, self._client, parent=self))

    @staticmethod
    def open_dialog(dialog: QDialog) -> QDialog:
        """Show a dialog window-modal (without a nested event loop) and delete it once closed."""
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def closeEvent(self, event: QCloseEvent) -> None:
        """Close the window; results of requests still running are dropped."""
        mark_closed(self)
        super().closeEvent(event)


def _country_name(code: str) -> str:
    """``GB`` → ``United Kingdom (GB)``; an unknown code is shown as it is."""
    name = _ENGLISH.territories.get(code.upper()) if code else None
    return f"{name} ({code})" if name else code


def _currency_text(code: str) -> str:
    """``USD`` → ``USD (US Dollar)``."""
    try:
        name = get_currency_name(code, locale="en_US")
    except (ValueError, LookupError):
        name = code
    return code if name == code else f"{code} ({name})"


def _refresh_shortcuts() -> list[QKeySequence]:
    """F5 everywhere, plus the platform's own Refresh key (Cmd+R on macOS)."""
    keys = [QKeySequence("F5"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Refresh)]
    return [key for i, key in enumerate(keys) if key not in keys[:i]]
