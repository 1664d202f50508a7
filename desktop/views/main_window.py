"""The main window: every section of the account on one page (product.md).

The window's form (``ui/main_window.ui``) holds its chrome (menus, toolbar, problem banner, "not yet
sent" bar, status bar) and a scroll area with a slot per section. Each section is its own widget
(:mod:`desktop.views.sections`, placed by :class:`~desktop.views.window_sections.WindowSections`):
the window gives it the values it shows and answers what it asks for (``edit_requested``,
``recording_requested``, ...) by opening the dialog (the edit dialogs through
:class:`~desktop.views.editors.AccountEditors`, on the window's session).

Everything shown comes from the server through :class:`~desktop.ops.Ops`; the window keeps the
account's ETag for the edit dialogs. Without the network :mod:`desktop.views.offline` shows the cache
and keeps edits in the outbox (design §4); what needs the server now is then unavailable, with the
reason (:meth:`MainWindow.show_reachable`).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

from desktop.api import AccountClient, Versioned
from desktop.domain.models import Account, Package
from desktop.domain.packages import channel_rate
from desktop.forms.ui_main_window import Ui_MainWindow
from desktop.ops import Ops, mark_closed
from desktop.session import AccountSession, Finished, Loaded, RefreshRounds, RefreshStep, RunAgain, Stale
from desktop.store import OfflineStore
from desktop.views.editors import AccountEditors
from desktop.views.messages import style_notice
from desktop.views.offline import OfflineSupport
from desktop.views.status_line import StatusLine
from desktop.views.window_fit import fit_on_show
from desktop.views.window_sections import WindowSections

if TYPE_CHECKING:  # the dialogs are imported when first opened: the first paint needs none of them
    from desktop.views.edit_dialog import EditDialog
    from desktop.views.sandbox_outbox import SandboxOutbox
    from desktop.views.save_fallbacks import SignIn
    from desktop.views.smtp_dialog import SmtpDialog


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
        cached: the cached parts already read (:meth:`AccountSession.cached
            <desktop.session.AccountSession.cached>`, on a worker): shown before the first paint, so
            Qt paints the window once with its values (issue 11). ``None``: read them on a worker.
        parent: normally ``None`` (a top-level window).

    Signals:
        loaded(): the account, the SMTP details and the packages of the last :meth:`refresh` are shown.
        load_failed(str): a refresh failed; the argument is the message shown in the window.
        reachable_changed(bool): whether what needs the server now is available (an open recording dialog follows).

    Attributes:
        session: the profile's :class:`~desktop.session.AccountSession` (load, save or queue, send).
        offline: the :class:`~desktop.views.offline.OfflineSupport` (cache, banner, outbox, sending).
        editors: the :class:`~desktop.views.editors.AccountEditors` (the edit dialogs, on the session).
        sections: the :class:`~desktop.views.window_sections.WindowSections`; each also as
            ``company_section``, ``general_section``, … ``agreement_section``.
        sandbox_outbox: the Sandbox Outbox window last opened (``None`` before).
    """

    loaded = Signal()
    load_failed = Signal(str)
    reachable_changed = Signal(bool)

    def __init__(self, ops: Ops, client: AccountClient, *, server_label: str, sandbox: bool = False,
                 store: OfflineStore | None = None, sign_in: SignIn | None = None,
                 cached: dict[str, Loaded | None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        fit_on_show(self)  # never larger than the screen it opens on (issue 12)
        self._ops = ops
        self._client = client
        self._current: Versioned[Account] | None = None
        self._rounds = RefreshRounds()  # the refresh state machine (the session's rules)
        self.sandbox_outbox: SandboxOutbox | None = None
        self.ui.actionSandboxOutbox.setVisible(sandbox)
        self.session = AccountSession(client, store)  # the account's state and every transition of it
        self.sections = sections = WindowSections(self.ui, ops, client, self.session)  # each in its slot of the form
        self.company_section, self.general_section = sections.company, sections.general
        self.address_section, self.contact_section = sections.address, sections.contact
        self.smtp_section, self.packages_section = sections.smtp, sections.packages
        self.agreement_section = sections.agreement
        for notice in (self.ui.errorBanner, self.ui.outboxBar):
            style_notice(notice)
            notice.hide()
        self._status = StatusLine(self.ui.statusbar, server_label=server_label, user=client.email)
        self.server_status, self.user_status = self._status.server, self._status.user
        self.updated_status, self.busy_indicator = self._status.updated, self._status.busy
        self.offline = OfflineSupport(self, ops, self.session, sign_in, cached)  # shows the cached state at once
        self.editors = AccountEditors(self, ops, self.session, self.offline)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.actionRefresh.triggered.connect(self._on_action_refresh_triggered)
        self.ui.actionQuit.triggered.connect(self._on_action_quit_triggered)
        self.ui.actionSandboxOutbox.triggered.connect(self._on_action_sandbox_outbox_triggered)
        self.ui.retryButton.clicked.connect(self._on_retry_button_clicked)
        self.company_section.edit_requested.connect(self._on_company_section_edit_requested)
        self.general_section.account_changed.connect(self._on_general_section_account_changed)
        self.contact_section.edit_requested.connect(self._on_contact_section_edit_requested)
        self.smtp_section.edit_requested.connect(self._on_smtp_section_edit_requested)
        self.smtp_section.outbox_requested.connect(self._on_smtp_section_outbox_requested)
        self.smtp_section.field_requested.connect(self._on_smtp_section_field_requested)
        self.smtp_section.details_changed.connect(self._on_smtp_section_details_changed)
        self.packages_section.recording_requested.connect(self._on_packages_section_recording_requested)
        self.agreement_section.agreement_requested.connect(self._on_agreement_section_agreement_requested)

    # -- loading -----------------------------------------------------------------------------

    @property
    def current(self) -> Versioned[Account] | None:
        """The account as last shown, with its ETag (``None`` before the first load)."""
        return self._current

    @property
    def loading(self) -> bool:
        """Whether a refresh is running."""
        return self._rounds.running

    def show_waiting(self, message: str) -> None:
        """Show the busy indicator with ``message`` (e.g. "Starting the sandbox…") until :meth:`refresh` runs."""
        self._status.set_busy(True, message)

    def refresh(self) -> None:
        """Load the account, the SMTP details and the packages again (on the ``refresh`` lane); then ``loaded``.

        Refreshes never pile up (issue 8, point 9; the session's :class:`~desktop.session.RefreshRounds`):
        while one runs, no other is started; instead one more runs right after it (what changed
        meanwhile is then shown), and ``loaded`` or ``load_failed`` is emitted only for that last one.
        F5 and Try again during a refresh do nothing (:meth:`_on_action_refresh_triggered`).
        """
        generation = self._rounds.begin()
        if generation is None:
            return
        self._status.set_busy(True)
        self._status.set_user(self._client.email)  # the sandbox's window opened before it signed in
        for part in self._rounds.parts:
            self._ops.run(self.offline.fetcher(part), owner=self, lane="refresh",
                          on_success=partial(self._on_part_loaded, generation, part),
                          on_failure=partial(self._on_part_failed, generation, part))
        self.offline.refresh_started()

    def reload_part(self, part: str) -> None:
        """Load one part again (``"account"``, ``"smtp"`` or ``"packages"``); a failure is left unsaid."""
        self._ops.run(self.offline.fetcher(part), owner=self, lane="refresh", on_failure=_left_unsaid,
                      on_success=partial(self._show_loaded, part))

    def _show_loaded(self, part: str, loaded: Loaded) -> None:
        self.show_part(part, loaded.value)
        self.offline.part_shown(part, loaded.fetched_at, live=True)
        self.offline.render()

    def _on_part_loaded(self, generation: int, part: str, loaded: Loaded) -> None:
        step = self._rounds.part_loaded(generation, part)
        if not isinstance(step, Stale):
            self._show_loaded(part, loaded)
        self._take_step(step)

    def _on_part_failed(self, generation: int, part: str, error: BaseException) -> None:
        self._take_step(self._rounds.part_failed(generation, part, error))

    def _take_step(self, step: RefreshStep) -> None:
        if isinstance(step, RunAgain):  # asked for again meanwhile: that one's outcome is the one reported
            self.refresh()
            return
        if not isinstance(step, Finished):
            return
        self._status.set_busy(False)
        problem = self.offline.refresh_done(list(step.failures))
        if not problem:
            self.ui.errorBanner.hide()
            self.loaded.emit()
            return
        self.show_problem(problem)
        self.load_failed.emit(problem)

    def show_problem(self, text: str) -> None:
        """Show a problem in the banner at the top of the window (with Try again)."""
        self.ui.errorLabel.setText(text)
        self.ui.errorBanner.show()

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
        {"account": self.show_account, "smtp": self.smtp_section.show_smtp, "packages": self.show_packages}[part](value)

    def show_account(self, current: Versioned[Account]) -> None:
        """Show an account in the sections that show it (and keep the ETag the edit dialogs will send)."""
        self._current = current
        self.sections.show_account(current.value)

    def show_packages(self, packages: list[Package]) -> None:
        """Show the packages (in the account's currency once known) and whether call recording is enabled."""
        self.packages_section.show_packages(packages, self._current.value.currency if self._current else None)
        self.general_section.billing.set_channel_rate(channel_rate(packages))  # the per-channel rate is a package

    def show_reachable(self, reachable: bool) -> None:
        """Make what needs the server now available or not, with why (Test Email/SMS, billing switch, recording)."""
        self.sections.set_reachable(reachable)
        self.reachable_changed.emit(reachable)  # an open recording dialog follows (connected when opened)

    # -- actions -----------------------------------------------------------------------------

    def _on_action_refresh_triggered(self) -> None:
        if not self.loading:  # F5 while loading: the refresh running is the one asked for
            self.refresh()

    def _on_retry_button_clicked(self) -> None:
        if not self.loading:
            self.refresh()

    def _on_action_quit_triggered(self) -> None:
        self.close()  # the application quits when its last window closes

    def _on_company_section_edit_requested(self) -> None:
        from desktop.views.company_dialog import CompanyDialog  # imported when first opened, not at start
        self.open_editor(CompanyDialog)

    def _on_contact_section_edit_requested(self) -> None:
        from desktop.views.contact_dialog import ContactDialog  # imported when first opened, not at start
        self.open_editor(ContactDialog)

    def _on_smtp_section_edit_requested(self) -> None:
        self.open_smtp_editor()

    def _on_smtp_section_details_changed(self) -> None:
        self.reload_part("smtp")

    def _on_smtp_section_field_requested(self, key: str) -> None:
        dialog = self.open_smtp_editor()
        if dialog is not None:
            dialog.mark_refused(key)

    def open_editor(self, dialog_class: type[EditDialog]) -> EditDialog | None:
        """Open an account edit dialog (window-modal) on the account as shown; ``None`` before the first load."""
        return self.editors.open(dialog_class, self._current) if self._current is not None else None

    def open_smtp_editor(self) -> SmtpDialog | None:
        """Open the SMTP edit dialog (window-modal) on the details as shown; ``None`` before they are loaded."""
        from desktop.views.smtp_dialog import SmtpDialog  # imported when first opened, not at start
        current = self.smtp_section.current
        return self.editors.open(SmtpDialog, current) if current is not None else None

    def _on_general_section_account_changed(self, account: Account) -> None:
        # the switch changed the account, so its ETag changed too: show it, then fetch the new ETag
        self.show_account(Versioned(account, self._current.etag if self._current else None))
        self.refresh()

    def _on_packages_section_recording_requested(self) -> None:
        from desktop.views.recording_dialog import RecordingDialog  # imported when first opened, not at start
        dialog = self.open_dialog(RecordingDialog(self._ops, self._client, parent=self))
        dialog.changed.connect(partial(self.reload_part, "packages"))  # enabled, disabled or a route changed
        dialog.finished.connect(self._on_recording_dialog_finished)

    def _on_recording_dialog_finished(self, _result: int) -> None:
        self.refresh()  # the dialog may have added the call-recording package

    def _on_agreement_section_agreement_requested(self) -> None:
        from desktop.views.agreement_dialog import AgreementDialog  # imported when first opened, not at start
        self.open_dialog(AgreementDialog(self._ops, self._client, parent=self))

    def open_sandbox_outbox(self) -> SandboxOutbox:
        """Show the Sandbox Outbox window (modeless; one at a time) and load it."""
        from desktop.views.sandbox_outbox import show_sandbox_outbox  # imported when first opened, not at start
        self.sandbox_outbox = show_sandbox_outbox(self.sandbox_outbox, self._ops, self._client, self)
        return self.sandbox_outbox

    def _on_action_sandbox_outbox_triggered(self) -> None:
        self.open_sandbox_outbox()

    def _on_smtp_section_outbox_requested(self) -> None:
        self.open_sandbox_outbox().ui.tabs.setCurrentWidget(self.sandbox_outbox.ui.smsTab)  # a test SMS's result

    def open_dialog(self, dialog: QDialog) -> QDialog:
        """Show a dialog window-modal (without a nested event loop) and delete it once closed.

        A dialog that needs the server now (it has ``set_reachable(bool)``, e.g. call recording) follows
        :attr:`reachable_changed` while open; Qt drops the connection when the dialog is deleted.
        """
        set_reachable = getattr(dialog, "set_reachable", None)
        if set_reachable is not None:
            self.reachable_changed.connect(set_reachable)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Say the window's text again in the app's language after View > Language (the sections say theirs)."""
        if event.type() == QEvent.Type.LanguageChange:
            title = self.windowTitle()  # the profile's title (desktop.shell.window_setup), not the form's
            self.ui.retranslateUi(self)
            self.setWindowTitle(title)
            self._status.retranslate()
            self.offline.render()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Close the window at once; results of requests still running are dropped.

        A Save still waiting for the server in an open edit dialog is put in the outbox (a local
        write on the ``disk`` lane, which quitting waits for briefly): closing never waits on the
        network, and never silently loses an edit that can be queued.
        """
        self.offline.stop()
        self.editors.queue_on_quit()
        mark_closed(self)
        super().closeEvent(event)


def _left_unsaid(_error: BaseException) -> None:
    """A part reloaded after a dialog closed failed: the next refresh says so (nothing is shown now)."""
