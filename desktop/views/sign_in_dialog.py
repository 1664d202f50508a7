"""The sign-in dialog: e-mail and password, or a pasted refresh token (design §2, §4).

With a password, the password is sent in one ``POST auth/jwt/refresh`` through
:meth:`AccountClient.sign_in` on a worker and is not kept. A refused password is never retried:
the platform blocks an address after repeated failed logins, so the dialog says plainly that the
sign-in was refused and waits until the user has changed the e-mail address or the password.

With a pasted refresh token (from the control panel's JWT keys page) the text is checked as typed
to be a JWT with an ``exp`` claim (read without verifying the signature,
:func:`desktop.api.tokens.read_token`), then the server judges it with one ``GET auth/jwt`` before it
is accepted; a problem is shown at the field. Its expiry is never judged by this computer's clock,
which may be days off (issue 8, point 7): the server's 401 says when it has expired. The token
reaches the caller's ``save_token`` (e.g. the keychain) only once the server accepted it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop.api import AccountClient, SignInRequired
from desktop.api.tokens import TokenInfo, read_token
from desktop.forms.ui_sign_in_dialog import Ui_SignInDialog
from desktop.ops import Ops, mark_closed
from desktop.views.messages import describe_error, grow_to_fit, show_field_error, style_notice
from desktop.views.window_fit import fit_on_show

REFUSED = QT_TRANSLATE_NOOP("SignInDialog", "The server refused the sign-in: the e-mail address or the password is "
                            "not right. Check both and press Sign in again. The app never retries by itself, "
                            "because the platform blocks an address after repeated failed attempts.")
NOT_A_TOKEN = QT_TRANSLATE_NOOP("SignInDialog", "This is not a refresh token. Copy the whole token from the control "
                                "panel's JWT keys page: it starts with eyJ and has two dots.")
TOKEN_REFUSED = QT_TRANSLATE_NOOP("SignInDialog", "The server did not accept this refresh token: it may have expired "
                                  "or been revoked, be an access token, or belong to another server. Create a new one "
                                  "on the control panel's JWT keys page.")
PASSWORD, TOKEN = "password", "token"
#: The hint under the Refresh token field: where the token is kept, which the notice may change.
TOKEN_HINTS = {
    "session": QT_TRANSLATE_NOOP("SignInDialog", "Create a refresh token on the control panel's JWT keys page and "
                                 "paste all of it here. The app keeps it for this session only, never in a file."),
    "keychain": QT_TRANSLATE_NOOP("SignInDialog", "Create a refresh token on the control panel's JWT keys page and "
                                  "paste all of it here. The app keeps it in your keychain, never in a file.")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SignInDialog", text)


def token_hint(session_only: bool) -> str:
    """The Refresh token hint that agrees with the notice: never "keychain" beside "session only".

    Told, not read from the notice's words, which are in the user's language.
    """
    return _tr(TOKEN_HINTS["session" if session_only else "keychain"])


def clean_token(text: str) -> str:
    """A pasted token without whitespace (copied across lines) and without a leading ``Bearer``."""
    token = "".join(text.split())
    return token[len("bearer"):] if token.lower().startswith("bearer") else token


def judge_refresh_token(text: str) -> tuple[TokenInfo | None, str]:
    """Read a pasted refresh token's claims (no signature check and no expiry check: the server does both).

    The ``exp`` claim is not compared with this computer's clock, which may be days off (issue 8,
    point 7); :meth:`AccountClient.sign_in_with_refresh_token` asks the server.

    Returns:
        ``(info, "")`` for a JWT with an ``exp`` claim; ``(None, message)`` otherwise, the message in
        plain words for the field (``(None, "")`` when nothing is typed).
    """
    token = clean_token(text)
    if not token:
        return None, ""
    try:
        info = read_token(token)
    except ValueError:
        return None, _tr(NOT_A_TOKEN)
    return info, ""


def accept_refresh_token(client: AccountClient, token: str, save_token: Callable[[str], None] | None) -> str:
    """Check a refresh token with one ``GET auth/jwt``, make the client use it, then save it (blocking).

    Returns:
        The e-mail address the token was issued to.

    Raises:
        SignInRequired: the server refused the token (401); the client is left signed out.
        Unreachable, ApiError: as for every request.
    """
    client.sign_in_with_refresh_token(token)
    if save_token is not None:
        save_token(token)
    return client.email or ""


class SignInDialog(QDialog):
    """Sign the client in with an e-mail address and password, or with a pasted refresh token.

    Args:
        ops: the application's background runner.
        client: the (not yet signed-in) account API client.
        parent: the parent window, if any.
        server_label: the server's name or address, shown in the dialog's first line.
        email: an e-mail address to fill in (e.g. the profile's).
        notice: a standing note shown above the fields, e.g. that no keychain is available.
        session_only: whether the notice says that a sign-in is kept for this session only (the
            keychain cannot keep it); the Refresh token hint then says so too.
        save_token: called on the worker with a pasted refresh token once the server accepted it (a
            password sign-in reaches the client's own ``on_refresh_token`` instead). It should not
            wait for the keychain: the app's saver writes in the background (issue 8), so the
            dialog is accepted as soon as the server has accepted the sign-in.

    Signals:
        signed_in(str): the signed-in e-mail address; emitted just before the dialog is accepted.
    """

    signed_in = Signal(str)

    def __init__(self, ops: Ops, client: AccountClient, parent: QWidget | None = None, *,
                 server_label: str = "", email: str = "", notice: str = "", session_only: bool = False,
                 save_token: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        fit_on_show(self)  # never larger than the screen it opens on (issue 12)
        self._ops = ops
        self._client = client
        self._server_label = server_label
        self._save_token = save_token
        self._busy = False
        self._refused: tuple[str, str] | None = None
        self._refused_token: str | None = None
        self._token_problem = ""
        self.ui.buttonBox.addButton(self.ui.signInButton, QDialogButtonBox.ButtonRole.AcceptRole)
        style_notice(self.ui.messageFrame)
        self.ui.messageFrame.hide()
        self._session_only = False
        self.set_notice(notice, session_only=session_only)
        self.ui.emailEdit.setText(email)
        self._connect_signals()
        self._show_mode()
        (self.ui.passwordEdit if email else self.ui.emailEdit).setFocus()
        self.resize(self.minimumWidth() + 60, 0)
        self._fit()

    def _connect_signals(self) -> None:
        self.ui.emailEdit.textChanged.connect(self._on_email_edit_text_changed)
        self.ui.passwordEdit.textChanged.connect(self._on_password_edit_text_changed)
        self.ui.tokenEdit.textChanged.connect(self._on_token_edit_text_changed)
        self.ui.tokenModeRadio.toggled.connect(self._on_token_mode_radio_toggled)
        self.ui.buttonBox.accepted.connect(self._on_button_box_accepted)
        self.ui.buttonBox.rejected.connect(self._on_button_box_rejected)

    # -- state -----------------------------------------------------------------------------------

    def mode(self) -> str:
        """``"password"`` (e-mail and password) or ``"token"`` (a pasted refresh token)."""
        return TOKEN if self.ui.tokenModeRadio.isChecked() else PASSWORD

    def set_mode(self, mode: str) -> None:
        """Switch between ``"password"`` and ``"token"`` (as the radio buttons do)."""
        (self.ui.tokenModeRadio if mode == TOKEN else self.ui.passwordModeRadio).setChecked(True)

    def message(self) -> str:
        """The message shown in the dialog (``""`` when none)."""
        return self.ui.messageLabel.text() if self.ui.messageFrame.isVisibleTo(self) else ""

    def notice(self) -> str:
        """The standing note shown above the fields (``""`` when none)."""
        return self.ui.noticeLabel.text() if self.ui.noticeLabel.isVisibleTo(self) else ""

    def set_notice(self, text: str, *, session_only: bool = False) -> None:
        """Show (or, with ``""``, hide) the standing note above the fields.

        ``session_only``: the note says that a sign-in is kept for this session only (a keychain notice).
        """
        self._session_only = session_only
        self.ui.noticeLabel.setText(text)
        self.ui.noticeLabel.setVisible(bool(text))
        self.ui.tokenHint.setText(token_hint(session_only))
        self._fit()

    def add_notice(self, text: str, *, session_only: bool = False) -> None:
        """Add ``text`` to the standing note unless it says it already (``session_only``: see :meth:`set_notice`)."""
        notice = self.notice()
        if text not in notice:
            self.set_notice(" ".join(filter(None, (notice, text))), session_only=self._session_only or session_only)

    def token_error(self) -> str:
        """The problem shown at the Refresh token field (``""`` when none)."""
        return self.ui.tokenError.text() if self.ui.tokenError.isVisibleTo(self) else ""

    def _credentials(self) -> tuple[str, str]:
        return self.ui.emailEdit.text().strip(), self.ui.passwordEdit.text()

    def _show_mode(self) -> None:
        token_mode = self.mode() == TOKEN
        layout = self.ui.fieldsLayout
        for row, visible in ((0, not token_mode), (1, not token_mode), (2, token_mode)):
            layout.setRowVisible(row, visible)
        self.ui.tokenHint.setVisible(token_mode)
        self.ui.tokenError.setVisible(token_mode and bool(self._token_problem))
        if self._server_label:
            intro = (self.tr("Sign in to {server} with a refresh token from the control panel.") if token_mode
                     else self.tr("Sign in to {server} with your control panel e-mail address and password."))
        else:
            intro = (self.tr("Sign in with a refresh token from the control panel.") if token_mode
                     else self.tr("Sign in with your control panel e-mail address and password."))
        self.ui.introLabel.setText(intro.format(server=self._server_label))
        self._refresh_state()
        self._fit()

    def _refresh_state(self) -> None:
        if self.mode() == TOKEN:
            info, problem = judge_refresh_token(self.ui.tokenEdit.text())
            if info is not None and info.token == self._refused_token:
                info, problem = None, _tr(TOKEN_REFUSED)
            ready = info is not None
        else:
            email, password = self._credentials()
            ready = bool(email and password) and self._credentials() != self._refused
            problem = ""
        self._set_token_problem(problem)
        self.ui.signInButton.setEnabled(ready and not self._busy)
        for widget in (self.ui.emailEdit, self.ui.passwordEdit, self.ui.tokenEdit, self.ui.passwordModeRadio,
                       self.ui.tokenModeRadio):
            widget.setEnabled(not self._busy)
        self.ui.statusLabel.setText(self.tr("Signing in…") if self._busy else "")

    def _set_token_problem(self, text: str) -> None:
        if text == self._token_problem:
            return
        self._token_problem = text
        show_field_error(self.ui.tokenEdit, self.ui.tokenError, text)
        self.ui.tokenError.setVisible(bool(text) and self.mode() == TOKEN)
        self._fit()

    def _show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageFrame.setVisible(bool(text))
        self._fit()

    # -- slots -----------------------------------------------------------------------------------

    def _on_email_edit_text_changed(self, _text: str) -> None:
        self._refresh_state()

    def _on_password_edit_text_changed(self, _text: str) -> None:
        self._refresh_state()

    def _on_token_edit_text_changed(self, _text: str) -> None:
        self._refresh_state()

    def _on_token_mode_radio_toggled(self, _checked: bool) -> None:
        self._show_message("")
        self._show_mode()
        (self.ui.tokenEdit if self.mode() == TOKEN else
         self.ui.passwordEdit if self.ui.emailEdit.text() else self.ui.emailEdit).setFocus()

    def _on_button_box_accepted(self) -> None:
        self.sign_in()

    def _on_button_box_rejected(self) -> None:
        self.reject()

    # -- signing in ------------------------------------------------------------------------------

    def sign_in(self) -> bool:
        """Send the e-mail address and password, or check the pasted refresh token, once (on a worker).

        Returns:
            Whether a request was started (not while one runs, with an empty field or an unusable
            token, or with the very credentials or token the server just refused).
        """
        if not self.ui.signInButton.isEnabled():
            return False
        client = self._client
        self._busy = True
        self._show_message("")
        self._refresh_state()
        if self.mode() == TOKEN:
            token, save_token = clean_token(self.ui.tokenEdit.text()), self._save_token

            def sign_in_with_token() -> str:
                return accept_refresh_token(client, token, save_token)

            self._ops.run(sign_in_with_token, on_success=self._on_sign_in_succeeded,
                          on_failure=lambda error: self._on_token_failed(token, error), owner=self)
        else:
            email, password = self._credentials()

            def sign_in_with_password() -> str:
                return client.sign_in(email, password)

            self._ops.run(sign_in_with_password, on_success=self._on_sign_in_succeeded,
                          on_failure=self._on_sign_in_failed, owner=self)
        return True

    def _on_sign_in_succeeded(self, _result: str) -> None:
        self._busy = False
        self.ui.passwordEdit.clear()
        self.ui.tokenEdit.clear()
        self.signed_in.emit(self._client.email or self._credentials()[0])
        self.accept()

    def _on_sign_in_failed(self, error: BaseException) -> None:
        self._busy = False
        if isinstance(error, SignInRequired):
            self._refused = self._credentials()
            self._show_message(_tr(REFUSED))
        else:  # Unreachable and the rest: say what happened; the typed values stay
            self._show_message(describe_error(error))
        self._refresh_state()
        self.ui.passwordEdit.setFocus()
        self.ui.passwordEdit.selectAll()

    def _on_token_failed(self, token: str, error: BaseException) -> None:
        self._busy = False
        if isinstance(error, SignInRequired):
            self._refused_token = token  # shown at the field; not sent again until it changes
        else:
            self._show_message(describe_error(error))
        self._refresh_state()
        self.ui.tokenEdit.setFocus()
        self.ui.tokenEdit.selectAll()

    def _fit(self) -> None:
        """Take the height the shown rows and messages need at the current width (shrinking too)."""
        self.resize(self.width(), 0)
        grow_to_fit(self)

    def done(self, result: int) -> None:
        """Close the dialog; a sign-in still running is not reported here any more."""
        mark_closed(self)
        super().done(result)
