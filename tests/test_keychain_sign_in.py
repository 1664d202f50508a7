"""Sign-in with the keychain: the refresh token is stored and reused, Sign Out removes it, no keychain means
this session only; the sign-in dialog's pasted refresh token; signing in again over the window."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel

from desktop.api import AccountClient
from desktop.api.tokens import read_token
from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD
from desktop.shell.args import parse_args
from desktop.shell.launcher import Launcher
from desktop.store import SESSION_ONLY_MESSAGE, Profiles
from desktop.store.secrets import SERVICE, TokenStore
from desktop.views.sign_in_dialog import NOT_A_TOKEN, TOKEN_REFUSED, SignInDialog
from tests.memory_keyring import MemoryKeyring, using_keyring

LEFT = Qt.MouseButton.LeftButton
ACCOUNT_NAME = "Dana Whitfield"


@pytest.fixture
def memory_keyring():
    with using_keyring(MemoryKeyring()) as backend:
        yield backend


@pytest.fixture
def no_keyring():
    from keyring.backends import fail

    with using_keyring(fail.Keyring()) as backend:
        yield backend


@pytest.fixture
def northwind(home, server):
    return Profiles().add("Northwind", server.base_url, SANDBOX_EMAIL)


@pytest.fixture
def launch(qapp):
    started: list[Launcher] = []

    def start(profile) -> Launcher:
        launcher = Launcher(qapp, parse_args(["--profile", profile.id]))
        started.append(launcher)
        assert launcher.start() is None
        return launcher

    yield start
    for launcher in started:
        for widget in (launcher.window, launcher.sign_in_dialog, launcher.re_sign_in_dialog):
            if widget is not None and shiboken6.isValid(widget):
                widget.close()
        launcher.shutdown()


def sign_in_through_the_dialog(qtbot, launcher: Launcher, password: str = SANDBOX_PASSWORD) -> None:
    qtbot.waitUntil(lambda: launcher.sign_in_dialog is not None, timeout=10000)
    dialog = launcher.sign_in_dialog
    qtbot.waitExposed(dialog)
    assert dialog.ui.emailEdit.text() == SANDBOX_EMAIL, "the profile's e-mail is filled in"
    qtbot.keyClicks(dialog.ui.passwordEdit, password)
    qtbot.mouseClick(dialog.ui.signInButton, LEFT)
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=10000)


def files_text(folder) -> bytes:
    return b"".join(path.read_bytes() for path in folder.rglob("*") if path.is_file())


def test_the_token_is_stored_in_the_keychain_and_reused_on_the_next_start(northwind, memory_keyring, qtbot,
                                                                          launch, home):
    first = launch(northwind)
    sign_in_through_the_dialog(qtbot, first)
    qtbot.waitUntil(lambda: first.window.company_section.ui.nameValue.text() == ACCOUNT_NAME, timeout=10000)
    user = TokenStore.username(northwind.id, SANDBOX_EMAIL)
    qtbot.waitUntil(lambda: bool(memory_keyring.entries), timeout=10000)  # written in the background
    assert list(memory_keyring.entries) == [(SERVICE, user)], "one entry: this profile's refresh token"
    token = memory_keyring.entries[(SERVICE, user)]
    assert read_token(token).email == SANDBOX_EMAIL
    assert SANDBOX_PASSWORD not in memory_keyring.entries.values(), "the password is never stored"
    assert first.window.findChild(QLabel, "sessionOnlyNotice") is None
    first.window.close()
    first.shutdown()

    second = launch(northwind)
    qtbot.waitUntil(lambda: second.window is not None, timeout=10000)
    assert second.sign_in_dialog is None, "no password asked the second time"
    qtbot.waitUntil(lambda: second.window.company_section.ui.nameValue.text() == ACCOUNT_NAME, timeout=10000)
    # the cached name may show before the keychain was read (issue 11); the stored token signs the client in after
    qtbot.waitUntil(lambda: second.session.client.email == SANDBOX_EMAIL, timeout=10000)
    assert second.sign_in_dialog is None and second.re_sign_in_dialog is None, "no password asked the second time"


def test_sign_out_removes_the_token_and_asks_for_a_sign_in(northwind, memory_keyring, qtbot, launch, screenshot):
    launcher = launch(northwind)
    sign_in_through_the_dialog(qtbot, launcher)
    window = launcher.window
    client = launcher.session.client
    assert memory_keyring.entries

    window.findChild(QAction, "actionSignOut").trigger()
    qtbot.waitUntil(lambda: launcher.sign_in_dialog is not None, timeout=10000)
    assert memory_keyring.entries == {}, "the keychain entry is gone"
    qtbot.waitUntil(lambda: not client.signed_in, timeout=10000)  # revoked on the server, then forgotten
    assert launcher.window is None and (not shiboken6.isValid(window) or not window.isVisible())
    dialog = launcher.sign_in_dialog
    qtbot.waitExposed(dialog)
    assert dialog.ui.emailEdit.text() == SANDBOX_EMAIL
    assert dialog.notice() == "Signed out of Northwind."
    screenshot(dialog, "sign_in_after_sign_out")

    qtbot.keyClicks(dialog.ui.passwordEdit, SANDBOX_PASSWORD)
    qtbot.mouseClick(dialog.ui.signInButton, LEFT)
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=10000)
    qtbot.waitUntil(lambda: launcher.window.company_section.ui.nameValue.text() == ACCOUNT_NAME, timeout=10000)
    qtbot.waitUntil(lambda: len(memory_keyring.entries) == 1, timeout=10000)  # signed in again: a new token


def test_cancelling_the_sign_in_after_sign_out_offers_the_profiles(northwind, memory_keyring, qtbot, launch):
    launcher = launch(northwind)
    sign_in_through_the_dialog(qtbot, launcher)
    launcher.window.findChild(QAction, "actionSignOut").trigger()
    qtbot.waitUntil(lambda: launcher.sign_in_dialog is not None, timeout=10000)
    launcher.sign_in_dialog.reject()
    assert launcher.profiles_dialog is not None and launcher.profiles_dialog.parent() is None
    launcher.profiles_dialog.reject()


def test_without_a_keychain_the_token_lives_in_memory_only_and_the_user_is_told(northwind, no_keyring, qtbot,
                                                                                launch, home, screenshot):
    launcher = launch(northwind)
    qtbot.waitUntil(lambda: launcher.sign_in_dialog is not None, timeout=10000)
    dialog = launcher.sign_in_dialog
    qtbot.waitUntil(lambda: dialog.notice() == SESSION_ONLY_MESSAGE, timeout=10000)
    screenshot(dialog, "sign_in_session_only")
    sign_in_through_the_dialog(qtbot, launcher)
    window = launcher.window
    notice = window.findChild(QLabel, "sessionOnlyNotice")
    assert notice is not None and notice.text() == SESSION_ONLY_MESSAGE and notice.isVisible()
    qtbot.waitUntil(lambda: window.company_section.ui.nameValue.text() == ACCOUNT_NAME, timeout=10000)
    screenshot(window, "main_window_session_only")
    tokens = launcher.token_store()
    assert not tokens.persistent
    token = tokens.get(northwind.id, SANDBOX_EMAIL)
    assert token and read_token(token).email == SANDBOX_EMAIL, "kept in memory for this session"
    window.close()
    launcher.shutdown()
    assert token.encode() not in files_text(home), "never in a file"

    again = launch(northwind)  # the cached account at once (issue 11), and a sign-in over it: nothing was kept
    qtbot.waitUntil(lambda: again.re_sign_in_dialog is not None, timeout=10000)
    assert again.window.company_section.ui.nameValue.text() == ACCOUNT_NAME, "the cache is shown meanwhile"
    assert SESSION_ONLY_MESSAGE in again.re_sign_in_dialog.notice(), "the next start asks again, and says why"
    again.re_sign_in_dialog.reject()
    again.window.close()
    again.shutdown()


def test_sign_in_again_over_the_window_stores_the_new_token_and_reports_done(northwind, memory_keyring, qtbot,
                                                                             launch):
    launcher = launch(northwind)
    sign_in_through_the_dialog(qtbot, launcher)
    window = launcher.window
    memory_keyring.entries.clear()
    outcomes: list[bool] = []
    launcher.sign_in_again(window, outcomes.append)
    dialog = launcher.re_sign_in_dialog
    qtbot.waitExposed(dialog)
    assert dialog.parent() is window and dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.ui.emailEdit.text() == SANDBOX_EMAIL
    launcher.sign_in_again(window, outcomes.append)  # a second request waits for the same dialog
    assert launcher.re_sign_in_dialog is dialog
    qtbot.keyClicks(dialog.ui.passwordEdit, SANDBOX_PASSWORD)
    qtbot.mouseClick(dialog.ui.signInButton, LEFT)
    qtbot.waitUntil(lambda: outcomes == [True, True], timeout=10000)
    qtbot.waitUntil(lambda: len(memory_keyring.entries) == 1, timeout=10000)  # written in the background

    launcher.sign_in_again(window, outcomes.append)
    launcher.re_sign_in_dialog.reject()
    assert outcomes == [True, True, False]


# -- the sign-in dialog's pasted refresh token ---------------------------------------------------------------


def _token_dialog(qtbot, ops, server, **kwargs) -> tuple[SignInDialog, AccountClient]:
    client = AccountClient(server.base_url, timeout=(2.0, 10.0))
    dialog = SignInDialog(ops, client, server_label="Northwind", **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ui.tokenModeRadio, LEFT)
    assert dialog.mode() == "token"
    assert dialog.ui.tokenEdit.isVisible() and not dialog.ui.passwordEdit.isVisible()
    return dialog, client


def test_a_pasted_refresh_token_is_checked_with_the_server_then_accepted_and_saved(qtbot, ops, server, screenshot):
    token = AccountClient(server.base_url).sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
    saved: list[str] = []
    dialog, client = _token_dialog(qtbot, ops, server, save_token=saved.append)
    assert not dialog.ui.signInButton.isEnabled()
    dialog.ui.tokenEdit.setText(f"  {token[:40]}\n{token[40:]}  ")  # copied across lines
    assert dialog.token_error() == "" and dialog.ui.signInButton.isEnabled()
    screenshot(dialog, "sign_in_pasted_token")
    with qtbot.waitSignal(dialog.signed_in, timeout=10000) as signed_in:
        qtbot.mouseClick(dialog.ui.signInButton, LEFT)
    assert signed_in.args == [SANDBOX_EMAIL]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert saved == [token], "saved once the server accepted it"
    assert dialog.ui.tokenEdit.text() == "", "the token is not kept in the dialog"
    assert client.get_account().value.name == ACCOUNT_NAME


def test_garbage_is_refused_at_the_field_without_asking_the_server(qtbot, ops, server, screenshot):
    dialog, client = _token_dialog(qtbot, ops, server)
    qtbot.keyClicks(dialog.ui.tokenEdit, "my-api-key-1234")
    assert dialog.token_error() == NOT_A_TOKEN
    assert not dialog.ui.signInButton.isEnabled() and not dialog.sign_in()
    assert not ops.busy and not client.signed_in
    assert dialog.ui.tokenEdit.accessibleDescription() == NOT_A_TOKEN
    screenshot(dialog, "sign_in_pasted_garbage")


def test_a_token_this_pcs_clock_thinks_expired_is_judged_by_the_server(qtbot, ops, server, clock, screenshot):
    clock.advance(days=-2)  # the service's clock is two days behind this PC's: its one-hour token
    token = AccountClient(server.base_url).sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD, lifetime=3600)
    saved: list[str] = []
    dialog, client = _token_dialog(qtbot, ops, server, save_token=saved.append)
    dialog.ui.tokenEdit.setText(token)  # "expired" two days ago by this PC's clock, valid by the server's
    assert dialog.token_error() == "" and dialog.ui.signInButton.isEnabled()
    with qtbot.waitSignal(dialog.signed_in, timeout=10000) as signed_in:
        qtbot.mouseClick(dialog.ui.signInButton, LEFT)
    assert signed_in.args == [SANDBOX_EMAIL] and saved == [token]
    assert client.get_account().value.name == ACCOUNT_NAME

    clock.advance(days=2)  # now the server's clock says it has expired: the server refuses it
    dialog, client = _token_dialog(qtbot, ops, server, save_token=saved.append)
    dialog.ui.tokenEdit.setText(token)
    assert dialog.ui.signInButton.isEnabled()
    qtbot.mouseClick(dialog.ui.signInButton, LEFT)
    qtbot.waitUntil(lambda: dialog.token_error() != "", timeout=10000)
    assert dialog.token_error() == TOKEN_REFUSED and "expired" in TOKEN_REFUSED
    assert not client.signed_in and saved == [token]
    screenshot(dialog, "sign_in_pasted_token_refused_by_the_server")


def test_a_token_the_server_refuses_is_shown_at_the_field_and_not_sent_again(qtbot, ops, server):
    signed_in = AccountClient(server.base_url)
    signed_in.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
    signed_in.get_account()
    access_token = signed_in._access.token  # an access token, not a refresh token: the server says no
    saved: list[str] = []
    dialog, client = _token_dialog(qtbot, ops, server, save_token=saved.append)
    dialog.ui.tokenEdit.setText(access_token)
    assert dialog.ui.signInButton.isEnabled(), "it looks like a JWT with an exp"
    qtbot.mouseClick(dialog.ui.signInButton, LEFT)
    qtbot.waitUntil(lambda: dialog.token_error() != "", timeout=10000)
    assert dialog.token_error() == TOKEN_REFUSED
    assert not dialog.ui.signInButton.isEnabled(), "the refused token is not sent again"
    assert dialog.isVisible() and not client.signed_in and saved == []


def test_the_launcher_stores_a_pasted_token_in_the_keychain(northwind, memory_keyring, qtbot, launch, server):
    token = AccountClient(server.base_url).sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
    launcher = launch(northwind)
    qtbot.waitUntil(lambda: launcher.sign_in_dialog is not None, timeout=10000)
    dialog = launcher.sign_in_dialog
    dialog.set_mode("token")
    dialog.ui.tokenEdit.setText(token)
    qtbot.mouseClick(dialog.ui.signInButton, LEFT)
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=10000)
    qtbot.waitUntil(lambda: memory_keyring.entries == {(SERVICE, TokenStore.username(northwind.id,
                                                                                     SANDBOX_EMAIL)): token},
                    timeout=10000)  # written in the background


def test_mnemonics_and_buddies_of_the_token_mode(qtbot, ops, server):
    dialog, _client = _token_dialog(qtbot, ops, server)
    assert dialog.ui.tokenLabel.buddy() is dialog.ui.tokenEdit
    texts = [w.text() for w in (dialog.ui.emailLabel, dialog.ui.passwordLabel, dialog.ui.tokenLabel,
                                dialog.ui.passwordModeRadio, dialog.ui.tokenModeRadio, dialog.ui.signInButton)]
    keys = [text[text.index("&") + 1].lower() for text in texts]
    assert len(set(keys)) == len(keys), texts
    assert dialog.ui.tokenEdit.echoMode() == dialog.ui.tokenEdit.EchoMode.Password


def test_a_401_in_the_window_opens_the_launchers_sign_in_over_it(northwind, memory_keyring, qtbot, launch):
    launcher = launch(northwind)
    sign_in_through_the_dialog(qtbot, launcher)
    window = launcher.window
    qtbot.waitUntil(lambda: window.company_section.ui.nameValue.text() == ACCOUNT_NAME, timeout=10000)
    launcher.session.client.sign_out()  # as if the server had withdrawn the sign-in: the next request gets a 401
    memory_keyring.entries.clear()
    window.refresh()
    qtbot.waitUntil(lambda: launcher.re_sign_in_dialog is not None, timeout=10000)
    dialog = launcher.re_sign_in_dialog
    qtbot.waitExposed(dialog)
    assert dialog.parent() is window and dialog.ui.emailEdit.text() == SANDBOX_EMAIL
    qtbot.keyClicks(dialog.ui.passwordEdit, SANDBOX_PASSWORD)
    qtbot.mouseClick(dialog.ui.signInButton, LEFT)
    qtbot.waitUntil(lambda: launcher.re_sign_in_dialog is None, timeout=10000)
    assert launcher.session.client.signed_in and launcher.window is window
    qtbot.waitUntil(lambda: list(memory_keyring.entries) == [(SERVICE, TokenStore.username(northwind.id,
                                                                                          SANDBOX_EMAIL))],
                    timeout=10000)  # the new refresh token reaches the keychain (in the background)
