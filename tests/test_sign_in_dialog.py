"""The sign-in dialog against the real account service: a refusal is said plainly and never retried."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit

from desktop.api import AccountClient
from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD
from desktop.views.sign_in_dialog import SignInDialog

LEFT = Qt.MouseButton.LeftButton


def _dialog(qtbot, ops, base_url: str, **kwargs) -> tuple[SignInDialog, AccountClient]:
    client = AccountClient(base_url, timeout=(1.0, 5.0))
    dialog = SignInDialog(ops, client, server_label="Sandbox", **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, client


def _fill(qtbot, dialog: SignInDialog, email: str, password: str) -> None:
    dialog.ui.emailEdit.clear()
    qtbot.keyClicks(dialog.ui.emailEdit, email)
    dialog.ui.passwordEdit.clear()
    qtbot.keyClicks(dialog.ui.passwordEdit, password)


def test_a_wrong_password_is_refused_plainly_and_not_retried(qtbot, ops, server, screenshot):
    dialog, client = _dialog(qtbot, ops, server.base_url)
    assert dialog.ui.passwordEdit.echoMode() == QLineEdit.EchoMode.Password
    assert not dialog.ui.signInButton.isEnabled(), "nothing typed yet"
    _fill(qtbot, dialog, SANDBOX_EMAIL, "not-the-password")
    qtbot.mouseClick(dialog.ui.signInButton, LEFT)
    assert dialog.ui.statusLabel.text() == "Signing in…"
    qtbot.waitUntil(lambda: dialog.message() != "", timeout=15000)
    screenshot(dialog, "sign_in_refused")
    assert "refused the sign-in" in dialog.message()
    assert dialog.isVisible() and not client.signed_in
    assert not ops.busy, "no second attempt was started"
    assert not dialog.ui.signInButton.isEnabled(), "the refused credentials are not sent again"
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert not ops.busy
    assert dialog.ui.emailEdit.text() == SANDBOX_EMAIL

    _fill(qtbot, dialog, SANDBOX_EMAIL, SANDBOX_PASSWORD)
    assert dialog.ui.signInButton.isEnabled()
    with qtbot.waitSignal(dialog.signed_in, timeout=15000) as signed_in:
        qtbot.mouseClick(dialog.ui.signInButton, LEFT)
    assert signed_in.args == [SANDBOX_EMAIL]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert client.signed_in and client.get_account().value.name == "Dana Whitfield"
    assert dialog.ui.passwordEdit.text() == "", "the password is not kept in the dialog"


def test_the_right_password_signs_in_and_accepts(qtbot, ops, server, screenshot):
    dialog, client = _dialog(qtbot, ops, server.base_url, email=SANDBOX_EMAIL)
    assert dialog.ui.emailEdit.text() == SANDBOX_EMAIL
    qtbot.keyClicks(dialog.ui.passwordEdit, SANDBOX_PASSWORD)
    screenshot(dialog, "sign_in_dialog")
    with qtbot.waitSignal(dialog.accepted, timeout=15000):
        qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert client.email == SANDBOX_EMAIL


def test_an_unreachable_server_is_said_so(qtbot, ops):
    dialog, client = _dialog(qtbot, ops, "http://127.0.0.1:9/api/cp/")
    _fill(qtbot, dialog, SANDBOX_EMAIL, SANDBOX_PASSWORD)
    qtbot.mouseClick(dialog.ui.signInButton, LEFT)
    qtbot.waitUntil(lambda: dialog.message() != "", timeout=30000)
    assert dialog.message().startswith("The server could not be reached.")
    assert dialog.isVisible() and not client.signed_in
    assert dialog.ui.signInButton.isEnabled(), "the user may try again once the network is back"


def test_labels_have_buddies_and_mnemonics(qtbot, ops, server):
    dialog, _client = _dialog(qtbot, ops, server.base_url)
    for label, edit in ((dialog.ui.emailLabel, dialog.ui.emailEdit),
                        (dialog.ui.passwordLabel, dialog.ui.passwordEdit)):
        assert "&" in label.text() and label.buddy() is edit
    assert "Sandbox" in dialog.ui.introLabel.text()


def test_a_result_after_cancel_is_dropped(qtbot, ops, server):
    dialog, client = _dialog(qtbot, ops, server.base_url)
    signed_in = []
    dialog.signed_in.connect(signed_in.append)
    _fill(qtbot, dialog, SANDBOX_EMAIL, SANDBOX_PASSWORD)
    qtbot.mouseClick(dialog.ui.signInButton, LEFT)
    dialog.reject()
    qtbot.waitUntil(lambda: not ops.busy, timeout=15000)
    assert signed_in == [] and dialog.result() == QDialog.DialogCode.Rejected


def _says_both(dialog: SignInDialog) -> bool:
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible())
    return "session only" in shown and "kept in your keychain" in shown.replace("keeps it in your keychain",
                                                                                "kept in your keychain")


def test_never_session_only_and_kept_in_the_keychain_together(qtbot, ops, server):
    """The notice "session only" (no keychain, from Credentials.dialog or added later) and the token hint agree."""
    from desktop.store import SESSION_ONLY_MESSAGE
    from desktop.store.keychain_calls import MESSAGES

    dialog, _client = _dialog(qtbot, ops, server.base_url, notice=SESSION_ONLY_MESSAGE, session_only=True)
    qtbot.mouseClick(dialog.ui.tokenModeRadio, LEFT)
    assert dialog.ui.tokenHint.isVisible() and "session only" in dialog.ui.tokenHint.text()
    assert not _says_both(dialog)
    later, _client = _dialog(qtbot, ops, server.base_url)  # the keychain fails after the dialog showed
    qtbot.mouseClick(later.ui.tokenModeRadio, LEFT)
    assert "keychain" in later.ui.tokenHint.text()
    later.add_notice(SESSION_ONLY_MESSAGE, session_only=True)
    assert not _says_both(later) and "session only" in later.ui.tokenHint.text()
    later.set_notice("")
    assert "keychain" in later.ui.tokenHint.text()
    later.add_notice("Signing out was local only.")  # another notice: the token still goes to the keychain
    assert "keychain" in later.ui.tokenHint.text()
    for reason in MESSAGES.values():  # every keychain problem's notice (locked, not answering, refused)
        later.set_notice(reason.format(seconds=3, detail="denied"), session_only=True)
        assert not _says_both(later) and "session only" in later.ui.tokenHint.text()
