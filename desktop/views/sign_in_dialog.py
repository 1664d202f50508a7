"""The sign-in dialog: e-mail and password, exchanged once for a refresh token (design §2, §4).

The password is sent in one ``POST auth/jwt/refresh`` through :meth:`AccountClient.sign_in` on a
worker and is not kept. A refused password is never retried: the platform blocks an address
after repeated failed logins, so the dialog says plainly that the sign-in was refused and waits
until the user has changed the e-mail address or the password.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop.api import AccountClient, SignInRequired
from desktop.forms.ui_sign_in_dialog import Ui_SignInDialog
from desktop.ops import Ops, mark_closed
from desktop.views.messages import describe_error, grow_to_fit, style_notice

REFUSED = ("The server refused the sign-in: the e-mail address or the password is not right. "
           "Check both and press Sign in again. The app never retries by itself, because the "
           "platform blocks an address after repeated failed attempts.")


class SignInDialog(QDialog):
    """Ask for the e-mail address and password and sign the client in.

    Args:
        ops: the application's background runner.
        client: the (not yet signed-in) account API client.
        parent: the parent window, if any.
        server_label: the server's name or address, shown in the dialog's first line.
        email: an e-mail address to fill in (e.g. the profile's).

    Signals:
        signed_in(str): the signed-in e-mail address; emitted just before the dialog is accepted.
    """

    signed_in = Signal(str)

    def __init__(self, ops: Ops, client: AccountClient, parent: QWidget | None = None, *,
                 server_label: str = "", email: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self._ops = ops
        self._client = client
        self._busy = False
        self._refused: tuple[str, str] | None = None
        self.ui.buttonBox.addButton(self.ui.signInButton, QDialogButtonBox.ButtonRole.AcceptRole)
        if server_label:
            self.ui.introLabel.setText(f"Sign in to {server_label} with your control panel "
                                       "e-mail address and password.")
        style_notice(self.ui.messageFrame)
        self.ui.messageFrame.hide()
        self.ui.emailEdit.setText(email)
        (self.ui.passwordEdit if email else self.ui.emailEdit).setFocus()
        self._connect_signals()
        self._refresh_state()
        self.resize(self.minimumWidth() + 40, 0)
        grow_to_fit(self)

    def _connect_signals(self) -> None:
        self.ui.emailEdit.textChanged.connect(self._on_email_edit_text_changed)
        self.ui.passwordEdit.textChanged.connect(self._on_password_edit_text_changed)
        self.ui.buttonBox.accepted.connect(self._on_button_box_accepted)
        self.ui.buttonBox.rejected.connect(self._on_button_box_rejected)

    def message(self) -> str:
        """The message shown in the dialog (``""`` when none)."""
        return self.ui.messageLabel.text() if self.ui.messageFrame.isVisibleTo(self) else ""

    def _credentials(self) -> tuple[str, str]:
        return self.ui.emailEdit.text().strip(), self.ui.passwordEdit.text()

    def _refresh_state(self) -> None:
        email, password = self._credentials()
        ready = bool(email and password) and self._credentials() != self._refused
        self.ui.signInButton.setEnabled(ready and not self._busy)
        self.ui.emailEdit.setEnabled(not self._busy)
        self.ui.passwordEdit.setEnabled(not self._busy)
        self.ui.statusLabel.setText("Signing in…" if self._busy else "")

    def _show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageFrame.setVisible(bool(text))
        grow_to_fit(self)

    def _on_email_edit_text_changed(self, _text: str) -> None:
        self._refresh_state()

    def _on_password_edit_text_changed(self, _text: str) -> None:
        self._refresh_state()

    def _on_button_box_accepted(self) -> None:
        self.sign_in()

    def _on_button_box_rejected(self) -> None:
        self.reject()

    def sign_in(self) -> bool:
        """Send the e-mail address and password once (on a worker).

        Returns:
            Whether a request was started (not while one runs, with an empty field, or with the
            very credentials the server just refused).
        """
        if not self.ui.signInButton.isEnabled():
            return False
        email, password = self._credentials()
        client = self._client
        self._busy = True
        self._show_message("")
        self._refresh_state()
        self._ops.run(lambda: client.sign_in(email, password), on_success=self._on_sign_in_succeeded,
                      on_failure=self._on_sign_in_failed, owner=self)
        return True

    def _on_sign_in_succeeded(self, _token: str) -> None:
        self._busy = False
        self.ui.passwordEdit.clear()
        self.signed_in.emit(self._client.email or self._credentials()[0])
        self.accept()

    def _on_sign_in_failed(self, error: BaseException) -> None:
        self._busy = False
        if isinstance(error, SignInRequired):
            self._refused = self._credentials()
            self._show_message(REFUSED)
        else:  # Unreachable and the rest: say what happened; the typed values stay
            self._show_message(describe_error(error))
        self._refresh_state()
        self.ui.passwordEdit.setFocus()
        self.ui.passwordEdit.selectAll()

    def done(self, result: int) -> None:
        """Close the dialog; a sign-in still running is not reported here any more."""
        mark_closed(self)
        super().done(result)
