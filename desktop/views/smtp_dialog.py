"""The dialog that edits the SMTP details: From Address, Username, password, Server and SMS From.

It is an :class:`~desktop.views.edit_dialog.EditDialog` on ``GET``/``PUT setup/account/smtp``
(design §2), judged by the shared :data:`desktop.domain.smtp.SMTP_VALIDATORS`. The password is
write-only: the "Change password" field starts empty and an empty field leaves the saved password
alone (nothing is sent); "Remove the saved password" sends ``""``. A typed password is sent once,
with the Save that carries it (or with a Test Email of the typed values), and is never repeated in a
message or kept on this computer: a Save
that cannot reach the server is refused while a password change is part of it (once the user empties
the field, the other changes may wait in the outbox of the session it is given). Under
the Server field a line says how the app reads it (``mail.example.com, port 587, STARTTLS``, design §3); under SMS From,
the number in E.164 or the sender name that will be used. **Test Email…** tests the values as typed,
before Save (:class:`~desktop.views.test_email_dialog.TestEmailDialog` with ``typed``): the service
tests them and saves nothing; a result that names a field brings the user back to it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from desktop.api import Versioned
from desktop.domain.errors import FieldError
from desktop.domain.mail_addresses import check_mail_address
from desktop.domain.smtp import SMTP_VALIDATORS, SmtpSettings, describe, parse_smtp_server, validate_smtp_password
from desktop.domain.validators import check_sms_from
from desktop.forms.ui_smtp_dialog import Ui_SmtpDialog
from desktop.ops import Ops
from desktop.session import AccountSession
from desktop.views.edit_dialog import EditDialog
from desktop.views.edit_fields import AnyValidator
from desktop.views.field_notices import error_message

if TYPE_CHECKING:  # imported when first opened
    from desktop.views.test_email_dialog import TestEmailDialog

#: The validators of the dialog: the shared SMTP ones (the checkers where a notice says what they changed:
#: the From Address and SMS From), and the password's (which keeps spaces).
SMTP_DIALOG_VALIDATORS: dict[str, AnyValidator] = {
    **SMTP_VALIDATORS, "from_address": check_mail_address, "sms_from": check_sms_from,
    "password": validate_smtp_password}


def server_reading(text: str) -> str:
    """How the app reads a Server field: ``Read as mail.example.com, port 587, STARTTLS.``.

    Raises:
        FieldError: the text breaks the Server rule (the message says what to type).
    """
    reading = describe(parse_smtp_server(text))
    return QCoreApplication.translate("SmtpDialog", "Read as {server}.").format(server=reading)


def sms_from_reading(text: str) -> str:
    """What an SMS From becomes: ``Sent from +447911123456 (E.164).`` or ``Sent from the sender name “Acme”.``.

    What the validators changed, and the note on sender names, are in the field's message.

    Raises:
        FieldError: neither an E.164 number nor an alphanumeric sender (the message states the rule).
    """
    value = check_sms_from(text).value
    if value.startswith("+"):
        return QCoreApplication.translate("SmtpDialog", "Sent from {number} (E.164).").format(number=value)
    return QCoreApplication.translate("SmtpDialog", "Sent from the sender name “{name}”.").format(name=value)


class SmtpDialog(EditDialog):
    """Edit SMTP Details: how the platform sends e-mail and SMS for the account.

    Args:
        ops: the application's background runner.
        session: the window's account session (saves, or queues in its outbox; never the password).
        current: the SMTP details as shown in the main window, with their ETag.
        parent: the main window.
        validators: the validator of each key (default :data:`SMTP_DIALOG_VALIDATORS`).

    Signals:
        saved(object): the new ``Versioned[SmtpSettings]`` after a successful save.

    Attributes:
        test_email_dialog: the Test Email dialog last opened here (``None`` before).
    """

    FIELDS = {
        "from_address": "fromAddress",
        "username": "username",
        "password": "password",
        "server": "server",
        "sms_from": "smsFrom",
        "certificate_sha256": "certificate",
    }
    TITLES = {"password": QT_TRANSLATE_NOOP("SmtpDialog", "Password")}
    SECRET_KEYS = frozenset({"password"})
    RESOURCE = "smtp"

    FORM = Ui_SmtpDialog
    VALIDATORS = SMTP_DIALOG_VALIDATORS

    def __init__(self, ops: Ops, session: AccountSession, current: Versioned[SmtpSettings],
                 parent: QWidget | None = None, *, validators: dict[str, AnyValidator] | None = None) -> None:
        self._password_set = current.value.password_set
        self.test_email_dialog: TestEmailDialog | None = None
        super().__init__(ops, session, current, parent, validators=validators)
        self._show_password_state()

    def _connect_signals(self) -> None:
        super()._connect_signals()
        self.ui.removePasswordCheck.toggled.connect(self._on_remove_password_check_toggled)
        self.ui.testEmailButton.clicked.connect(self._on_test_email_button_clicked)

    # -- the resource ------------------------------------------------------------------------

    def values_of(self, value: SmtpSettings) -> dict[str, str]:
        """The text of each field for saved settings; the password field always starts empty."""
        return {"from_address": value.from_address, "username": value.username, "password": "",
                "server": value.server, "sms_from": value.sms_from, "certificate_sha256": value.certificate_sha256}

    def _adopt(self, current: Versioned[Any]) -> None:
        self._password_set = current.value.password_set
        self._show_password_state()
        super()._adopt(current)
        if self.field_edit("password").text():  # the message names no password; say it is kept all the same
            self.show_message(self.message() + "\n" + self.tr("Your new password is kept too (not shown); Save sends "
                                                               "it."))

    # -- state -------------------------------------------------------------------------------

    def changes(self) -> tuple[dict[str, str], dict[str, str]]:
        """As :meth:`EditDialog.changes`; "Remove the saved password" adds ``password: ""``."""
        changes, errors = super().changes()
        if self.ui.removePasswordCheck.isChecked():
            changes["password"] = ""
        return changes, errors

    def _refresh_state(self) -> None:
        super()._refresh_state()
        removing = self.ui.removePasswordCheck.isChecked()
        self.ui.passwordEdit.setEnabled(not self._saving and not removing)
        self.ui.removePasswordCheck.setEnabled(not self._saving)
        self.ui.testEmailButton.setEnabled(not self._saving)
        self._show_reading(self.ui.serverHint, "server", server_reading)
        self._show_reading(self.ui.smsFromHint, "sms_from", sms_from_reading)
        self._show_certificate_hint()

    def _show_certificate_hint(self) -> None:
        """Say what a trusted certificate means here, and that a new Server forgets it."""
        pin = self.field_edit("certificate_sha256").text().strip()
        saved = self._started_from
        server_changed = self.field_edit("server").text().strip() != saved.server
        if pin and server_changed and pin == saved.certificate_sha256:
            line = self.tr("It belongs to the saved Server: saving the new Server forgets it.")
        elif pin:
            line = self.tr("Only the certificate with this SHA-256 fingerprint is accepted for this server, "
                           "whatever the trust store says.")
        else:
            line = ""
        self.ui.certificateHint.setText(line)
        self.ui.certificateHint.setVisible(bool(line))
    def _show_reading(self, hint: QLabel, key: str, reading: Callable[[str], str]) -> None:
        """Show under a field how its text is read; when it cannot be, the message under it says why."""
        text = self.field_edit(key).text()
        try:
            line = reading(text)
        except FieldError as error:
            line = "" if self.field_error(key) else error_message(error)  # an untouched, unset value: say what to type
        hint.setText(line)
        hint.setVisible(bool(line))

    def _show_password_state(self) -> None:
        ui = self.ui
        ui.removePasswordCheck.setVisible(self._password_set)
        ui.passwordEdit.setPlaceholderText(self.tr("unchanged") if self._password_set else self.tr("none saved"))
        ui.passwordHint.setText(self.tr("A password is saved; it is never shown. Leave this empty to keep it.")
                                if self._password_set else self.tr("No password is saved."))
        if not self._password_set:
            ui.removePasswordCheck.setChecked(False)

    def secret_undo(self, titles: list[str]) -> str:
        """How the user takes the password out of the changes, for a message."""
        if self.ui.removePasswordCheck.isChecked():
            return self.tr("untick “Remove the saved password”")
        return self.tr("empty the “Change password” field")

    def _on_remove_password_check_toggled(self, checked: bool) -> None:
        self._server_errors.pop("password", None)
        if checked:
            self.ui.passwordEdit.clear()
        self._refresh_state()

    # -- Test Email of the typed values ----------------------------------------------------------

    def typed_values(self) -> tuple[dict[str, str], str | None]:
        """The values a Test Email tests: ``({from_address, username, server, certificate_sha256}, password)``.

        The password is the one typed, ``""`` when "Remove the saved password" is ticked, or ``None``
        (the saved one) when the field is empty.
        """
        values = {key: self.field_edit(key).text()
                  for key in ("from_address", "username", "server", "certificate_sha256")}
        if self.ui.removePasswordCheck.isChecked():
            return values, ""
        return values, self.ui.passwordEdit.text() or None

    def open_test_email(self) -> TestEmailDialog:
        """Open Test Email (window-modal over this dialog) on the values as typed; nothing is saved."""
        from desktop.views.test_email_dialog import TestEmailDialog  # imported when first opened

        typed, password = self.typed_values()
        dialog = TestEmailDialog(self._ops, self.session.client, self._started_from, self, typed=typed,
                                 typed_password=password)
        dialog.follow_up_requested.connect(self._on_test_email_dialog_follow_up_requested)
        dialog.certificate_trusted.connect(self._on_test_email_dialog_certificate_trusted)
        dialog.finished.connect(dialog.deleteLater)
        self.test_email_dialog = dialog
        dialog.open()
        return dialog

    def _on_test_email_button_clicked(self) -> None:
        self.open_test_email()

    def _on_test_email_dialog_certificate_trusted(self, sha256: str) -> None:
        """The user trusted the server's certificate in the test: it goes into the field, saved with Save."""
        self.field_edit("certificate_sha256").setText(sha256)

    def _on_test_email_dialog_follow_up_requested(self, _kind: str, key: str) -> None:
        """The test's result names the SMTP details (or one field): they are here, so go back to that field."""
        self.activateWindow()
        self.mark_refused(key)

    def mark_refused(self, key: str) -> None:
        """Mark the field of ``key`` as the one a mail server refused in a test, and put the cursor in it.

        The note stays under the field until its value changes. A key this dialog does not edit (or ``""``)
        puts the cursor in the From Address without a note.
        """
        if key not in self.FIELDS:
            self.ui.fromAddressEdit.setFocus()
            return
        self.show_problems({key: self.tr("The mail server refused this value in the test: see the test's result.")})
        edit = self.field_edit(key)
        edit.setFocus()
        edit.selectAll()

    def done(self, result: int) -> None:
        """Close the dialog and forget a typed password."""
        self.ui.passwordEdit.clear()
        super().done(result)
