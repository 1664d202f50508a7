"""The main window's SMTP details section (product.md "SMTP details"), its dialogs and the sandbox outbox.

The section shows the SMTP details as the server holds them: From Address, Username, whether a
password is saved ("Set" / "Not set", never the password), the Server as typed with how the app
reads it (``smtp.example.com, port 587, STARTTLS``) and SMS From. Its pencil opens
:class:`~desktop.views.smtp_dialog.SmtpDialog`; **Test Email…** and **Test SMS…** open the test
dialogs. A test needs the server now (design §4), so both buttons are unavailable, with the reason
beside them, while the last load could not reach the server; they come back after a load that did.
On the sandbox, File > Sandbox Outbox… shows what the tests sent (:mod:`desktop.views.sandbox_outbox`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from desktop.api import AccountClient, Versioned
from desktop.domain.errors import FieldError
from desktop.domain.smtp import SmtpSettings, describe, parse_smtp_server
from desktop.ops import Ops
from desktop.views.messages import style_notice
from desktop.views.sandbox_outbox import SandboxOutbox
from desktop.views.smtp_dialog import SmtpDialog
from desktop.views.test_email_dialog import TestEmailDialog
from desktop.views.test_sms_dialog import TestSmsDialog

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow

#: What a value label shows for an empty value.
NOT_SET = "—"
UNREACHABLE_TIP = "The server cannot be reached: {test} needs the server now."
UNREACHABLE_NOTE = ("The server cannot be reached: Test Email and Test SMS need the server now. "
                    "They come back after a refresh that reaches it.")


def set_value(label: QLabel, text: str) -> None:
    """Show a value in a read-only label (``—`` when empty; screen readers hear "not set")."""
    label.setText(text or NOT_SET)
    label.setAccessibleDescription(text or "not set")


def server_text(server: str) -> str:
    """How the section reads a saved Server field (``mail.example.com, port 587, STARTTLS``)."""
    if not server:
        return "No mail server is saved."
    try:
        return f"Read as {describe(parse_smtp_server(server))}."
    except FieldError as error:
        return f"The app cannot read this: {error}"


class SmtpSection(QObject):
    """The SMTP details group of the main window and what its buttons open.

    Args:
        window: the main window; its form (``window.ui``) holds the section's widgets.
        ops: the application's background runner.
        client: a signed-in account API client.
        mobile: returns the account's contact mobile (the default recipient of a test SMS).
        sandbox: whether the server is the sandbox (then the window's Sandbox Outbox action shows).
    """

    def __init__(self, window: MainWindow, ops: Ops, client: AccountClient, *, mobile: Callable[[], str],
                 sandbox: bool = False) -> None:
        super().__init__(window)
        self._window = window
        self.ui = window.ui
        self._ops = ops
        self._client = client
        self._mobile = mobile
        self._current: Versioned[SmtpSettings] | None = None
        self._reachable = True
        self.outbox: SandboxOutbox | None = None
        self._tips = {"Test Email": self.ui.testEmailButton.toolTip(), "Test SMS": self.ui.testSmsButton.toolTip()}
        self.ui.actionSandboxOutbox.setVisible(sandbox)
        style_notice(self.ui.smtpTestNotice)
        self._connect_signals()
        self._refresh_state()

    def _connect_signals(self) -> None:
        self.ui.actionSandboxOutbox.triggered.connect(self._on_action_sandbox_outbox_triggered)
        self.ui.editSmtpButton.clicked.connect(self._on_edit_smtp_button_clicked)
        self.ui.testEmailButton.clicked.connect(self._on_test_email_button_clicked)
        self.ui.testSmsButton.clicked.connect(self._on_test_sms_button_clicked)

    @property
    def current(self) -> Versioned[SmtpSettings] | None:
        """The SMTP details as last shown, with their ETag (``None`` before the first load)."""
        return self._current

    def show(self, current: Versioned[SmtpSettings]) -> None:
        """Show SMTP details (never a password: only whether one is saved)."""
        self._current = current
        settings, ui = current.value, self.ui
        for label, text in ((ui.smtpFromAddressValue, settings.from_address),
                            (ui.smtpUsernameValue, settings.username), (ui.smtpServerValue, settings.server),
                            (ui.smsFromValue, settings.sms_from),
                            (ui.smtpPasswordValue, "Set" if settings.password_set else "Not set")):
            set_value(label, text)
        ui.smtpServerReading.setText(server_text(settings.server))
        self._refresh_state()

    def set_reachable(self, reachable: bool) -> None:
        """Say whether the last load reached the server (Test Email and Test SMS need it)."""
        self._reachable = reachable
        self._refresh_state()

    def _refresh_state(self) -> None:
        ui, loaded = self.ui, self._current is not None
        ui.editSmtpButton.setEnabled(loaded)
        for button, test in ((ui.testEmailButton, "Test Email"), (ui.testSmsButton, "Test SMS")):
            button.setEnabled(loaded and self._reachable)
            button.setToolTip(self._tips[test] if self._reachable else UNREACHABLE_TIP.format(test=test))
        ui.smtpTestNote.setText("" if self._reachable else UNREACHABLE_NOTE)
        ui.smtpTestNotice.setVisible(not self._reachable)

    def reason_unavailable(self) -> str:
        """Why Test Email and Test SMS are unavailable (``""`` when they are available or not loaded yet)."""
        return self.ui.smtpTestNote.text() if not self._reachable else ""

    # -- dialogs -----------------------------------------------------------------------------

    def open_editor(self) -> SmtpDialog | None:
        """Open the SMTP edit dialog on the details as shown; ``None`` before the first load."""
        if self._current is None:
            return None
        dialog = SmtpDialog(self._ops, self._client, self._current, self._window)
        self._window.offline.configure_editor(dialog)  # the outbox when offline (never the password), re-sign-in
        dialog.saved.connect(self._on_smtp_dialog_saved)
        dialog.rejected.connect(self._on_smtp_dialog_rejected)
        return self._window.open_dialog(dialog)

    def open_test_email(self) -> TestEmailDialog | None:
        """Open Test Email on the saved details; ``None`` while unavailable."""
        if self._current is None or not self.ui.testEmailButton.isEnabled():
            return None
        return self._window.open_dialog(TestEmailDialog(self._ops, self._client, self._current.value, self._window))

    def open_test_sms(self) -> TestSmsDialog | None:
        """Open Test SMS to the contact mobile; ``None`` while unavailable."""
        if self._current is None or not self.ui.testSmsButton.isEnabled():
            return None
        return self._window.open_dialog(TestSmsDialog(self._ops, self._client, sms_from=self._current.value.sms_from,
                                   mobile=self._mobile(), parent=self._window))

    def open_outbox(self) -> SandboxOutbox:
        """Show the sandbox outbox window (modeless; one at a time) and load it."""
        if self.outbox is None or not shiboken6.isValid(self.outbox) or not self.outbox.isVisible():
            self.outbox = SandboxOutbox(self._ops, self._client, self._window)
            self.outbox.finished.connect(self.outbox.deleteLater)
            self.outbox.show()
        self.outbox.raise_()
        self.outbox.activateWindow()
        self.outbox.refresh()
        return self.outbox

    def _on_edit_smtp_button_clicked(self) -> None:
        self.open_editor()

    def _on_test_email_button_clicked(self) -> None:
        self.open_test_email()

    def _on_test_sms_button_clicked(self) -> None:
        self.open_test_sms()

    def _on_smtp_dialog_saved(self, current: Versioned[SmtpSettings]) -> None:
        self.show(current)
        self._window.offline.answer_saved("smtp", current)

    def _on_smtp_dialog_rejected(self) -> None:
        # a cancelled dialog may have seen a newer version (412) or left a save running: load them again
        self._window.reload_part("smtp")

    def _on_action_sandbox_outbox_triggered(self) -> None:
        self.open_outbox()
