"""Start-up, sign-in and Sign Out when the keychain hangs, is locked, or the server cannot revoke (issue 8,
points 7 and 8), on a real Secret Service (gnome-keyring on a private D-Bus) and the real account service."""

from __future__ import annotations

import json

import pytest
import requests
from fastapi.responses import JSONResponse
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from desktop.api import AccountClient
from desktop.server import EmbeddedServer, create_app
from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD
from desktop.shell.credentials import LOCAL_ONLY, NOT_REMOVED
from desktop.store import Profiles
from desktop.store.keychain_calls import HUNG, LOCKED
from desktop.store.pending_sign_outs import FILE_NAME
from desktop.store.secrets import MESSAGES, SERVICE, TokenStore
from tests import test_keychain_sign_in as signing
from tests.heartbeat import Heartbeat
from tests.keychain_daemon import real_keychain
from tests.memory_keyring import MemoryKeyring, using_keyring
from tests.test_keychain_sign_in import ACCOUNT_NAME, LEFT, sign_in_through_the_dialog

northwind, launch = signing.northwind, signing.launch  # the same fixtures (home: conftest)

#: Far below the keychain's 3 s deadline: the GUI thread never waited for the keychain.
LONGEST_STALL_S = 1.0


@pytest.fixture
def keychain(tmp_path, monkeypatch):
    with real_keychain(tmp_path / "keychain", monkeypatch) as running, using_keyring(running.backend):
        yield running


@pytest.fixture
def memory_keyring():
    with using_keyring(MemoryKeyring()) as backend:
        yield backend


def store_a_token(server, profile) -> str:
    token = AccountClient(server.base_url).sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
    assert TokenStore().set(profile.id, profile.email, token)
    return token


def test_a_frozen_keychain_at_start_up_shows_the_sign_in_with_a_notice_and_never_stalls(
        northwind, keychain, qtbot, launch, screenshot):
    keychain.stop()  # on the bus, never answering
    beat = Heartbeat()
    beat.start()
    launcher = launch(northwind)
    qtbot.waitUntil(lambda: launcher.sign_in_dialog is not None, timeout=20000)
    dialog = launcher.sign_in_dialog
    expected = MESSAGES[HUNG].format(seconds=3)
    qtbot.waitUntil(lambda: dialog.notice() == expected, timeout=20000)
    assert dialog.notice().startswith("The keychain did not answer within 3 seconds")
    screenshot(dialog, "sign_in_keychain_not_answering")

    sign_in_through_the_dialog(qtbot, launcher)  # the write to the frozen keychain is not waited for
    window = launcher.window
    qtbot.waitUntil(lambda: window.company_section.ui.nameValue.text() == ACCOUNT_NAME, timeout=20000)
    qtbot.waitUntil(lambda: window.findChild(QLabel, "sessionOnlyNotice") is not None, timeout=20000)
    assert window.findChild(QLabel, "sessionOnlyNotice").text() == expected
    beat.stop()
    assert beat.longest < LONGEST_STALL_S, beat.report()
    assert launcher.token_store().get(northwind.id, SANDBOX_EMAIL), "signed in for this session"


def test_the_cached_account_is_shown_before_the_keychain_answers(northwind, keychain, server, qtbot, launch,
                                                                 screenshot):
    """Issue 11: a profile with a cache paints it first; the keychain is read after that paint.

    The keychain then hangs: the cached values are on screen while its read still waits for the
    3 s deadline, and the sign-in that follows comes over the window, naming the keychain.
    """
    store_a_token(server, northwind)
    first = launch(northwind)  # signed in with the stored token: the cache is filled
    qtbot.waitUntil(lambda: first.window is not None, timeout=20000)
    qtbot.waitUntil(lambda: first.window.company_section.ui.nameValue.text() == ACCOUNT_NAME, timeout=20000)
    first.window.close()
    first.shutdown()

    keychain.stop()  # on the bus, never answering: the read of the token waits for its deadline
    again = launch(northwind)
    qtbot.waitUntil(lambda: again.window is not None, timeout=20000)
    qtbot.waitUntil(lambda: again.window.company_section.ui.nameValue.text() == ACCOUNT_NAME, timeout=20000)
    assert again.sign_in_dialog is None, "no start-up dialog in front of a cached account"
    assert again.re_sign_in_dialog is None and again.credentials.message_for(northwind) == "", \
        "the cache was shown while the keychain had not answered yet"
    expected = MESSAGES[HUNG].format(seconds=3)
    qtbot.waitUntil(lambda: again.re_sign_in_dialog is not None, timeout=20000)
    dialog = again.re_sign_in_dialog
    assert expected in dialog.notice()
    shown = " ".join(label.text() for label in again.window.findChildren(QLabel) if label.isVisible())
    assert "expired" not in shown, "nothing expired: the keychain did not answer, and the window says only that"
    notice = again.window.findChild(QLabel, "sessionOnlyNotice")
    assert notice is not None and notice.text() == expected
    screenshot(again.window, "cached_account_keychain_not_answering")
    qtbot.keyClicks(dialog.ui.passwordEdit, SANDBOX_PASSWORD)
    with qtbot.waitSignal(again.window.loaded, timeout=20000):  # signed in over the window, then loaded
        qtbot.mouseClick(dialog.ui.signInButton, LEFT)
    assert again.re_sign_in_dialog is None


def test_after_sign_in_the_dialog_never_waits_for_the_token_write(northwind, keychain, qtbot, launch):
    launcher = launch(northwind)
    qtbot.waitUntil(lambda: launcher.sign_in_dialog is not None, timeout=20000)
    launcher.ops.wait_for_done(20000)  # the keychain answered the start-up read: no token yet
    assert launcher.sign_in_dialog.notice() == ""
    keychain.stop()  # now it hangs: the token write after "Sign in" never returns
    beat = Heartbeat()
    beat.start()
    sign_in_through_the_dialog(qtbot, launcher)
    assert launcher.token_store().problem is None, "the window opened while the write was still blocked"
    window = launcher.window
    qtbot.waitUntil(lambda: window.findChild(QLabel, "sessionOnlyNotice") is not None, timeout=20000)
    assert window.findChild(QLabel, "sessionOnlyNotice").text() == MESSAGES[HUNG].format(seconds=3), \
        "the failed write is reported as a notice"
    beat.stop()
    assert beat.longest < LONGEST_STALL_S, beat.report()


def test_a_locked_keychain_is_named_sign_in_works_and_sign_out_is_completed_after_unlocking(
        northwind, keychain, server, qtbot, launch, home, screenshot):
    store_a_token(server, northwind)
    keychain.lock()
    launcher = launch(northwind)
    qtbot.waitUntil(lambda: launcher.sign_in_dialog is not None, timeout=20000)
    dialog = launcher.sign_in_dialog
    qtbot.waitUntil(lambda: dialog.notice() == MESSAGES[LOCKED], timeout=20000)
    screenshot(dialog, "sign_in_keychain_locked")
    sign_in_through_the_dialog(qtbot, launcher)
    qtbot.waitUntil(lambda: launcher.window.company_section.ui.nameValue.text() == ACCOUNT_NAME, timeout=20000)

    launcher.window.findChild(QAction, "actionSignOut").trigger()
    qtbot.waitUntil(lambda: launcher.sign_in_dialog is not None, timeout=20000)
    after = launcher.sign_in_dialog
    assert after.notice().startswith("Signed out of Northwind.") and NOT_REMOVED in after.notice()
    assert MESSAGES[LOCKED] in after.notice()
    screenshot(after, "sign_in_after_sign_out_locked")
    pending = (home / "data" / FILE_NAME).read_text()
    assert TokenStore.username(northwind.id, SANDBOX_EMAIL) in json.loads(pending)["users"]
    assert "eyJ" not in pending, "no secret in the marker"
    after.reject()
    if launcher.profiles_dialog is not None:
        launcher.profiles_dialog.reject()
    launcher.shutdown()

    keychain.unlock()  # the old token is still in the keychain...
    user = TokenStore.username(northwind.id, SANDBOX_EMAIL)
    assert keychain.backend.get_password(SERVICE, user)
    again = launch(northwind)
    qtbot.waitUntil(lambda: again.sign_in_dialog is not None, timeout=20000)
    assert again.window is None, "...but unlocking never signs the user back in"
    assert keychain.backend.get_password(SERVICE, user) is None, "the remembered Sign Out was completed"


def test_sign_out_revokes_the_token_on_the_server(northwind, memory_keyring, server, qtbot, launch):
    launcher = launch(northwind)
    sign_in_through_the_dialog(qtbot, launcher)
    qtbot.waitUntil(lambda: bool(memory_keyring.entries), timeout=10000)
    token = next(iter(memory_keyring.entries.values()))
    launcher.window.findChild(QAction, "actionSignOut").trigger()
    qtbot.waitUntil(lambda: launcher.sign_in_dialog is not None, timeout=10000)
    response = None

    def refused() -> bool:
        nonlocal response
        response = requests.get(server.base_url + "auth/jwt", headers={"Authorization": f"Bearer {token}"},
                                timeout=10)
        return response.status_code == 401

    qtbot.waitUntil(refused, timeout=10000)
    assert launcher.sign_in_dialog.notice() == "Signed out of Northwind.", "nothing to add"


def test_sign_out_against_a_server_without_revoke_says_it_was_local_only(home, memory_keyring, tmp_path, qtbot,
                                                                         launch, screenshot):
    app = create_app(tmp_path / "old.sqlite3")

    @app.middleware("http")
    async def no_revoke_endpoint(request, call_next):
        if request.url.path.endswith("/auth/jwt/revoke"):
            return JSONResponse({"error": "not_found", "message": "Not Found"}, status_code=404)
        return await call_next(request)

    with EmbeddedServer(tmp_path / "old.sqlite3", app=app) as old_server:
        profile = Profiles().add("Old server", old_server.base_url, SANDBOX_EMAIL)
        launcher = launch(profile)
        sign_in_through_the_dialog(qtbot, launcher)
        launcher.window.findChild(QAction, "actionSignOut").trigger()
        qtbot.waitUntil(lambda: launcher.sign_in_dialog is not None, timeout=10000)
        dialog = launcher.sign_in_dialog
        qtbot.waitUntil(lambda: LOCAL_ONLY in dialog.notice(), timeout=10000)
        assert "signing out was local only" in dialog.notice()
        assert memory_keyring.entries == {}, "the keychain entry is gone all the same"
        screenshot(dialog, "sign_in_after_local_only_sign_out")
        dialog.reject()
        if launcher.profiles_dialog is not None:
            launcher.profiles_dialog.reject()


def test_a_token_the_pc_clock_thinks_expired_is_kept_and_a_refused_one_is_forgotten(
        northwind, memory_keyring, server, clock, qtbot, launch):
    clock.advance(days=-40)  # the server's clock: the PC is 40 days fast
    old = store_a_token(server, northwind)
    user = (SERVICE, TokenStore.username(northwind.id, SANDBOX_EMAIL))
    launcher = launch(northwind)
    assert launcher.sign_in_dialog is None, "the stored token is offered to the server"

    def judged() -> bool:  # the window shows the account, or (while the client still trusts the PC's
        window = launcher.window  # clock) asks to sign in again after asking the server about the token
        return window is not None and (window.company_section.ui.nameValue.text() == ACCOUNT_NAME
                                       or launcher.re_sign_in_dialog is not None)

    qtbot.waitUntil(judged, timeout=10000)
    launcher.ops.wait_for_done(10000)
    assert memory_keyring.entries.get(user) == old, "not deleted by the PC's clock: the server still accepts it"
    for widget in (launcher.window, launcher.sign_in_dialog, launcher.re_sign_in_dialog):
        if widget is not None:
            widget.close()
    launcher.shutdown()

    assert requests.post(server.base_url + "auth/jwt/revoke", headers={"Authorization": f"Bearer {old}"},
                         timeout=10).status_code == 204
    second = launch(northwind)
    qtbot.waitUntil(lambda: second.re_sign_in_dialog is not None or second.sign_in_dialog is not None,
                    timeout=10000)
    qtbot.waitUntil(lambda: user not in memory_keyring.entries, timeout=10000)  # the server refused it: forgotten
