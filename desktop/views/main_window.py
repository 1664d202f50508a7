"""The main window: every section of the account on one page (product.md).

Company information, general information, address, contact information, SMTP details
(:mod:`~desktop.views.smtp_section`), packages and the service agreement, each a group box with its own
pencil button where editing is allowed. Everything shown comes from the server through :class:`~desktop.ops.Ops`
(never on the GUI thread); the window keeps the account's ETag for the edit dialogs.

With a profile's offline store the window also works without the network (design §4): it shows the
cached state at once, keeps edits that cannot be sent in the outbox and sends them when the server is
back; :mod:`desktop.views.offline` does that part. What needs the server now (billing-method switch,
call recording, Test Email, Test SMS) is unavailable, with the reason, while it cannot be reached.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QMainWindow, QProgressBar, QWidget

from desktop.api import AccountClient, Versioned
from desktop.domain.models import Account, Package
from desktop.forms.ui_main_window import Ui_MainWindow
from desktop.ops import Ops, mark_closed
from desktop.session import AccountSession
from desktop.store import OfflineStore
from desktop.views.account_labels import show_account_values
from desktop.views.agreement_dialog import AgreementDialog
from desktop.views.billing import BillingMethodWidget
from desktop.views.company_dialog import CompanyDialog
from desktop.views.contact_dialog import ContactDialog
from desktop.views.edit_dialog import EditDialog
from desktop.views.messages import style_notice
from desktop.views.offline import PARTS, RECORDING_UNREACHABLE, Loaded, OfflineSupport
from desktop.views.packages_model import PackagesModel, fit_height_to_rows
from desktop.views.recording_dialog import RecordingDialog
from desktop.views.save_fallbacks import SignIn
from desktop.views.smtp_section import SmtpSection


class MainWindow(QMainWindow):
    """The account window.

    Args:
        ops: the application's background runner.
        client: a signed-in account API client.
        server_label: the server's name or address, shown in the status bar.
        sandbox: whether the server is the sandbox (then File offers the Sandbox Outbox).
        store: the profile's offline database (cache and outbox), or ``None`` for no offline support.
        sign_in: the app's sign-in: ``sign_in(parent, done)`` opens it window-modal over ``parent`` and
            calls ``done(True)`` after a successful sign-in, ``done(False)`` when cancelled; used after
            a 401 while loading or saving. ``None``: a 401 is only reported.
        parent: normally ``None`` (a top-level window).

    Signals:
        loaded(): the account, the SMTP details and the packages of the last :meth:`refresh` are shown.
        load_failed(str): a refresh failed; the argument is the message shown in the window.

    Attributes:
        session: the profile's :class:`~desktop.session.AccountSession` (load, save or queue, send).
        offline: the :class:`~desktop.views.offline.OfflineSupport` (cache, banner, outbox, sending).
    """

    loaded = Signal()
    load_failed = Signal(str)

    def __init__(self, ops: Ops, client: AccountClient, *, server_label: str, sandbox: bool = False,
                 store: OfflineStore | None = None, sign_in: SignIn | None = None,
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
        self._refresh_again = False
        self._failures: dict[str, BaseException] = {}
        self._recording: bool | None = None  # whether the packages hold call recording (None: not loaded)
        self._recording_tip = self.ui.enableRecordingButton.toolTip()
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
        for notice in (self.ui.errorBanner, self.ui.outboxBar, self.ui.balanceBadge):
            style_notice(notice)
            notice.hide()
        self._setup_status_bar()
        self.session = AccountSession(client, store)  # the account's state and every transition of it
        self.offline = OfflineSupport(self, ops, self.session, sign_in)  # shows the cached state, if any, at once
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

    @property
    def loading(self) -> bool:
        """Whether a refresh is running."""
        return bool(self._pending)

    def refresh(self) -> None:
        """Load the account, the SMTP details and the packages again (on the ``refresh`` lane); then ``loaded``.

        Refreshes never pile up (issue 8, point 9): while one runs, no other is started; instead
        one more runs right after it (what changed meanwhile is then shown), and ``loaded`` or
        ``load_failed`` is emitted only for that last one. F5 and Try again during a refresh do
        nothing (:meth:`_on_action_refresh_triggered`).
        """
        if self._pending:
            self._refresh_again = True
            return
        self._refresh_again = False
        self._generation += 1
        generation = self._generation
        self._pending = set(PARTS)
        self._failures = {}
        self._set_busy(True)
        for part in PARTS:
            self._ops.run(self.offline.fetcher(part), owner=self, lane="refresh",
                          on_success=lambda loaded, part=part: self._on_part_loaded(generation, part, loaded),
                          on_failure=lambda error, part=part: self._on_part_failed(generation, part, error))
        self.offline.refresh_started()

    def reload_part(self, part: str) -> None:
        """Load one part again (``"account"``, ``"smtp"`` or ``"packages"``); a failure is left unsaid."""
        self._ops.run(self.offline.fetcher(part), owner=self, lane="refresh", on_failure=lambda _error: None,
                      on_success=lambda loaded: self._show_loaded(part, loaded))

    def _show_loaded(self, part: str, loaded: Loaded) -> None:
        self.show_part(part, loaded.value)
        self.offline.part_shown(part, loaded.fetched_at, live=True)
        self.offline.render()

    def _on_part_loaded(self, generation: int, part: str, loaded: Loaded) -> None:
        if generation == self._generation:
            self._show_loaded(part, loaded)
            self._part_done(part)

    def _on_part_failed(self, generation: int, part: str, error: BaseException) -> None:
        if generation == self._generation:
            self._failures[part] = error
            self._part_done(part)

    def _part_done(self, part: str) -> None:
        self._pending.discard(part)
        if self._pending:
            return
        if self._refresh_again:  # asked for again meanwhile: that one's outcome is the one reported
            self.refresh()
            return
        self._set_busy(False)
        text = self.offline.refresh_done([(name, self._failures[name]) for name in PARTS if name in self._failures])
        if not text:
            self.ui.errorBanner.hide()
            self.loaded.emit()
            return
        self.show_problem(text)
        self.load_failed.emit(text)

    def show_problem(self, text: str) -> None:
        """Show a problem in the banner at the top of the window (with Try again)."""
        self.ui.errorLabel.setText(text)
        self.ui.errorBanner.show()

    def _set_busy(self, busy: bool) -> None:
        self.busy_indicator.setVisible(busy)
        self.ui.statusbar.showMessage("Loading…" if busy else "")

    def outbox_state(self) -> str | None:
        """The changes not yet sent, in short: ``2 changes not yet sent; 1 needs your decision``, ``empty``.

        ``None`` without an offline store (Help > Copy diagnostics then says "not available").
        """
        return self.offline.outbox_state()

    def error_text(self) -> str:
        """The problem shown at the top of the window (``""`` when none)."""
        return self.ui.errorLabel.text() if self.ui.errorBanner.isVisibleTo(self) else ""

    # -- showing -----------------------------------------------------------------------------

    def show_part(self, part: str, value: object) -> None:
        """Show one part: ``"account"`` (Versioned[Account]), ``"smtp"`` (Versioned[SmtpSettings]) or ``"packages"``."""
        {"account": self.show_account, "smtp": self.smtp_section.show, "packages": self.show_packages}[part](value)

    def show_account(self, current: Versioned[Account]) -> None:
        """Show an account (with the ETag the edit dialogs will send)."""
        self._current = current
        account = current.value
        ui = self.ui
        show_account_values(ui, account)
        self.billing_widget.set_account(account)
        self.packages_model.set_currency(account.currency)
        ui.editCompanyButton.setEnabled(True)
        ui.editContactButton.setEnabled(True)

    def show_packages(self, packages: list[Package]) -> None:
        """Show the packages and whether call recording is enabled (a ``call_recording`` package)."""
        currency = self._current.value.currency if self._current else None
        self.packages_model.set_packages(packages, currency)
        self._fit_packages_view()
        self._recording = any(p.feature == "call_recording" for p in packages)
        self.ui.enableRecordingButton.setText("Call Recor&ding Settings…" if self._recording
                                              else "Enable Call Recor&ding…")
        self.render_recording()

    def show_reachable(self, reachable: bool) -> None:
        """Make what needs the server now available or not, with why (Test Email/SMS, billing switch, recording)."""
        self.smtp_section.set_reachable(reachable)
        self.billing_widget.set_reachable(reachable)
        self.render_recording()
        for dialog in self.findChildren(RecordingDialog):
            dialog.set_reachable(reachable)

    def render_recording(self) -> None:
        """Show whether call recording is enabled; its button needs the server now (unavailable offline, with why)."""
        if self._recording is None:
            return
        reachable = self.offline.reachable
        text = ("Call recording: enabled. Choose the ingress routes that record in its settings." if self._recording
                else "Call recording: not enabled")
        if not reachable:
            text += ("" if self._recording else ".") + " " + RECORDING_UNREACHABLE
        self.ui.recordingStatusLabel.setText(text)
        self.ui.enableRecordingButton.setEnabled(reachable)
        self.ui.enableRecordingButton.setToolTip(self._recording_tip if reachable else RECORDING_UNREACHABLE)

    def _fit_packages_view(self) -> None:
        fit_height_to_rows(self.ui.packagesView)  # the window scrolls, not the table

    # -- actions -----------------------------------------------------------------------------

    def _on_action_refresh_triggered(self) -> None:
        if not self.loading:  # F5 while loading: the refresh running is the one asked for
            self.refresh()

    def _on_retry_button_clicked(self) -> None:
        if not self.loading:
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
        self.offline.configure_editor(dialog)
        dialog.saved.connect(self._on_edit_dialog_saved)
        dialog.rejected.connect(self._on_edit_dialog_rejected)
        return self.open_dialog(dialog)  # type: ignore[return-value]

    def _on_edit_dialog_saved(self, current: Versioned[Account]) -> None:
        self.show_account(current)
        self.offline.answer_saved("account", current)

    def _on_edit_dialog_rejected(self) -> None:
        # a cancelled dialog may have seen a newer version (412) or left a save running
        self.refresh()

    def _on_billing_widget_account_changed(self, account: Account) -> None:
        # the switch changed the account, so its ETag changed too: show it, then fetch the new ETag
        self.show_account(Versioned(account, self._current.etag if self._current else None))
        self.refresh()

    def _on_enable_recording_button_clicked(self) -> None:
        if not self.offline.reachable:
            return
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
        """Close the window at once; results of requests still running are dropped.

        A Save still waiting for the server in an open edit dialog is put in the outbox (a local
        write on the ``disk`` lane, which quitting waits for briefly): closing never waits on the
        network, and never silently loses an edit that can be queued.
        """
        self.offline.stop()
        for dialog in self.findChildren(EditDialog):
            dialog.queue_on_quit()
        mark_closed(self)
        super().closeEvent(event)
