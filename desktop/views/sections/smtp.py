"""The SMTP details section (product.md "SMTP details"), with Test Email and Test SMS.

The section shows the SMTP details as the server holds them: From Address, Username, whether a
password is saved ("Set" / "Not set", never the password), the Server as typed with how the app
reads it (``smtp.example.com, port 587, STARTTLS``) and SMS From. Its pencil asks for the SMTP
edit dialog (``edit_requested``: the window opens it, with its offline support). **Test Email…**
and **Test SMS…** open the test dialogs here: the section has all they need, given to it (the
details it shows, the contact mobile it is told with :meth:`SmtpSection.set_mobile`). A test needs
the server now (design §4), so both buttons are unavailable, with the reason beside them, while the
last load could not reach the server; they come back after a load that did. A test's result that
names the SMTP details or the SMS outbox opens them through ``edit_requested`` and ``outbox_requested``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QWidget

from desktop.api import AccountClient, Versioned
from desktop.domain.errors import FieldError
from desktop.domain.smtp import SmtpSettings, describe, parse_smtp_server
from desktop.forms.ui_smtp_section import Ui_SmtpSection
from desktop.ops import Ops
from desktop.views.field_notices import error_message
from desktop.views.messages import style_notice
from desktop.views.value_labels import set_value, set_values

if TYPE_CHECKING:  # the test dialogs are imported when first opened, not at start
    from desktop.views.test_dialog import TestDialog
    from desktop.views.test_email_dialog import TestEmailDialog
    from desktop.views.test_sms_dialog import TestSmsDialog

_D = TypeVar("_D", bound="TestDialog")

UNREACHABLE_TIPS = {
    "email": QT_TRANSLATE_NOOP("SmtpSection", "The server cannot be reached: Test Email needs the server now."),
    "sms": QT_TRANSLATE_NOOP("SmtpSection", "The server cannot be reached: Test SMS needs the server now.")}
UNREACHABLE_NOTE = QT_TRANSLATE_NOOP("SmtpSection", "The server cannot be reached: Test Email and Test SMS need the "
                                     "server now. They come back after a refresh that reaches it.")
translate = QCoreApplication.translate


def server_text(server: str) -> str:
    """How the section reads a saved Server field (``Read as mail.example.com, port 587, STARTTLS.``)."""
    if not server:
        return translate("SmtpSection", "No mail server is saved.")
    try:
        return translate("SmtpSection", "Read as {server}.").format(server=describe(parse_smtp_server(server)))
    except FieldError as error:
        return translate("SmtpSection", "The app cannot read this: {reason}").format(reason=error_message(error))


class SmtpSection(QWidget):
    """Shows the SMTP details; opens Test Email and Test SMS; its pencil asks for the edit dialog.

    Args:
        ops: the application's background runner (the tests run through it).
        client: a signed-in account API client (the tests are sent by the server).
        parent: the parent widget (``None``: placed later by the window).

    Signals:
        edit_requested(): the pencil was pressed (available once details are shown), or a test's
            result asked for the SMTP details.
        field_requested(str): a test's result named the field of the SMTP details that fixes it (its key,
            e.g. ``from_address``): open them with that field marked.
        details_changed(): a test changed the saved details (a certificate was trusted): load them again.
        outbox_requested(): a test's result asked for the (sandbox's) SMS outbox.
    """

    edit_requested = Signal()
    field_requested = Signal(str)
    details_changed = Signal()
    outbox_requested = Signal()

    def __init__(self, ops: Ops, client: AccountClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SmtpSection()
        self.ui.setupUi(self)
        self._ops = ops
        self._client = client
        self._current: Versioned[SmtpSettings] | None = None
        self._mobile = ""
        self._reachable = True
        self._tips = {"email": self.ui.testEmailButton.toolTip(), "sms": self.ui.testSmsButton.toolTip()}
        style_notice(self.ui.smtpTestNotice)
        self._connect_signals()
        self._refresh_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Say the form's and the section's own text again when the app's language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._tips = {"email": self.ui.testEmailButton.toolTip(), "sms": self.ui.testSmsButton.toolTip()}
            if self._current is not None:
                self.show_smtp(self._current)
            self._refresh_state()
        super().changeEvent(event)

    def _connect_signals(self) -> None:
        self.ui.editSmtpButton.clicked.connect(self._on_edit_smtp_button_clicked)
        self.ui.testEmailButton.clicked.connect(self._on_test_email_button_clicked)
        self.ui.testSmsButton.clicked.connect(self._on_test_sms_button_clicked)

    @property
    def current(self) -> Versioned[SmtpSettings] | None:
        """The SMTP details as last shown, with their ETag (``None`` before the first :meth:`show_smtp`)."""
        return self._current

    def show_smtp(self, current: Versioned[SmtpSettings]) -> None:
        """Show SMTP details (never a password: only whether one is saved)."""
        self._current = current
        settings, ui = current.value, self.ui
        set_values(((ui.smtpFromAddressValue, settings.from_address), (ui.smtpUsernameValue, settings.username),
                    (ui.smtpServerValue, settings.server), (ui.smsFromValue, settings.sms_from),
                    (ui.smtpPasswordValue, self.tr("Set") if settings.password_set else self.tr("Not set"))))
        set_value(ui.smtpServerReading, server_text(settings.server))  # a long one elides, whole in its tooltip
        self._refresh_state()

    def set_mobile(self, mobile: str) -> None:
        """Tell the account's contact mobile (E.164): the recipient Test SMS proposes."""
        self._mobile = mobile

    def set_reachable(self, reachable: bool) -> None:
        """Say whether the last load reached the server (Test Email and Test SMS need it)."""
        self._reachable = reachable
        self._refresh_state()

    def _refresh_state(self) -> None:
        ui, loaded = self.ui, self._current is not None
        ui.editSmtpButton.setEnabled(loaded)
        for button, test in ((ui.testEmailButton, "email"), (ui.testSmsButton, "sms")):
            button.setEnabled(loaded and self._reachable)
            button.setToolTip(self._tips[test] if self._reachable else self.tr(UNREACHABLE_TIPS[test]))
        ui.smtpTestNote.setText("" if self._reachable else self.tr(UNREACHABLE_NOTE))
        ui.smtpTestNotice.setVisible(not self._reachable)

    def reason_unavailable(self) -> str:
        """Why Test Email and Test SMS are unavailable (``""`` when they are available or not loaded yet)."""
        return self.ui.smtpTestNote.text() if not self._reachable else ""

    # -- the test dialogs --------------------------------------------------------------------

    def open_test_email(self) -> TestEmailDialog | None:
        """Open Test Email (window-modal) on the saved details; ``None`` while unavailable."""
        if self._current is None or not self.ui.testEmailButton.isEnabled():
            return None
        from desktop.views.test_email_dialog import TestEmailDialog  # imported when first opened, not at start

        dialog = self._open(TestEmailDialog(self._ops, self._client, self._current.value, self))
        dialog.certificate_trusted.connect(self._on_test_email_dialog_certificate_trusted)
        return dialog

    def _on_test_email_dialog_certificate_trusted(self, _sha256: str) -> None:
        self.details_changed.emit()

    def open_test_sms(self) -> TestSmsDialog | None:
        """Open Test SMS (window-modal) from the saved SMS From to the contact mobile; ``None`` while unavailable."""
        if self._current is None or not self.ui.testSmsButton.isEnabled():
            return None
        from desktop.views.test_sms_dialog import TestSmsDialog  # imported when first opened, not at start

        return self._open(TestSmsDialog(self._ops, self._client, sms_from=self._current.value.sms_from,
                                        mobile=self._mobile, parent=self))

    def _open(self, dialog: _D) -> _D:
        dialog.follow_up_requested.connect(self._on_test_dialog_follow_up_requested)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()  # window-modal, without a nested event loop
        return dialog

    def _on_test_dialog_follow_up_requested(self, kind: str, key: str) -> None:
        """A test's result asked to open what it mentions (the dialog has closed), or the field it names."""
        if kind == "sms_outbox":
            self.outbox_requested.emit()
        elif key:
            self.field_requested.emit(key)
        else:
            self.edit_requested.emit()

    def _on_edit_smtp_button_clicked(self) -> None:
        self.edit_requested.emit()

    def _on_test_email_button_clicked(self) -> None:
        self.open_test_email()

    def _on_test_sms_button_clicked(self) -> None:
        self.open_test_sms()
