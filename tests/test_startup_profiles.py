"""Start-up with profiles: the last used one opens, --profile and --server pick one, File > Profiles… switches."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from desktop.api import AccountClient
from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD, VIEWER_EMAIL, VIEWER_PASSWORD
from desktop.shell.args import parse_args
from desktop.shell.launcher import Launcher
from desktop.shell.profile_choice import choose_profile, find_profile, profile_for_server
from desktop.store import SANDBOX_ID, Profiles, TokenStore
from desktop.store.secrets import SERVICE
from tests.memory_keyring import MemoryKeyring

ACCOUNT_NAME = "Dana Whitfield"


@pytest.fixture
def launchers(qapp):
    """``launch(args, **kwargs)`` starts a Launcher; every one is shut down at the end of the test."""
    started: list[Launcher] = []

    def launch(argv: list[str], **kwargs) -> Launcher:
        launcher = Launcher(qapp, parse_args(argv), **kwargs)
        started.append(launcher)
        assert launcher.start() is None
        return launcher

    yield launch
    for launcher in started:
        for widget in (launcher.window, launcher.sign_in_dialog, launcher.profiles_dialog):
            if widget is not None and shiboken6.isValid(widget):
                widget.close()
        launcher.shutdown()


def refresh_token(server, email: str, password: str) -> str:
    api = AccountClient(server.base_url, timeout=(2.0, 10.0))
    try:
        return api.sign_in(email, password)
    finally:
        api.close()


def keychain_with(server, *profiles_and_users) -> tuple[MemoryKeyring, TokenStore]:
    """A keychain holding a refresh token for each ``(profile, email, password)``."""
    backend = MemoryKeyring()
    for profile, email, password in profiles_and_users:
        backend.set_password(SERVICE, TokenStore.username(profile.id, email), refresh_token(server, email, password))
    return backend, TokenStore(backend)


def test_find_profile_by_id_or_name_and_an_unknown_one_is_named(home):
    profiles = Profiles()
    northwind = profiles.add("Northwind Production", "accounts.northwind.example")
    assert find_profile(profiles, northwind.id) == northwind
    assert find_profile(profiles, "northwind production") == northwind
    assert find_profile(profiles, "Sandbox").id == SANDBOX_ID
    with pytest.raises(Exception, match=r"no profile called 'Nowhere'.*Sandbox, Northwind Production"):
        find_profile(profiles, "Nowhere")


def test_server_option_finds_the_profile_of_an_address_or_adds_one(home):
    profiles = Profiles()
    existing = profiles.add("Northwind", "https://accounts.northwind.example/api/cp/", "ops@northwind.example")
    assert profile_for_server(profiles, "accounts.northwind.example") == existing
    added = profile_for_server(profiles, "https://app.connexcs.com")
    assert (added.name, added.base_url) == ("app.connexcs.com", "https://app.connexcs.com/api/cp/")
    assert profile_for_server(profiles, "https://app.connexcs.com/api/cp/") == added, "not added twice"
    assert len(profiles.list()) == 3
    with pytest.raises(Exception, match="--server ftp://x"):
        profile_for_server(profiles, "ftp://x")


def test_the_command_line_chooses_the_profile(home):
    profiles = Profiles()
    northwind = profiles.add("Northwind", "accounts.northwind.example")
    assert choose_profile(profiles, parse_args([])).id == SANDBOX_ID, "the sandbox the first time"
    profiles.set_last_used(northwind.id)
    assert choose_profile(profiles, parse_args([])) == northwind, "then the one used last"
    assert choose_profile(profiles, parse_args(["--profile", "Sandbox"])).id == SANDBOX_ID
    assert choose_profile(profiles, parse_args(["--sandbox-db", "x.sqlite3"])).id == SANDBOX_ID
    with pytest.raises(SystemExit):
        parse_args(["--profile", "Northwind", "--server", "https://x.example"])


def test_an_unknown_profile_ends_the_start_with_a_message_and_code_2(home):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CXDESK_HOME": str(home)}
    result = subprocess.run([sys.executable, "-m", "desktop", "--profile", "Nowhere"], env=env, capture_output=True,
                            text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert result.returncode == 2
    assert "There is no profile called 'Nowhere'. The profiles are: Sandbox." in result.stderr


def test_start_up_opens_the_last_used_profile_with_its_stored_token(home, server, qtbot, launchers, screenshot):
    profiles = Profiles()
    northwind = profiles.add("Northwind", server.base_url, SANDBOX_EMAIL)
    profiles.set_last_used(northwind.id)
    _backend, tokens = keychain_with(server, (northwind, SANDBOX_EMAIL, SANDBOX_PASSWORD))

    launcher = launchers([], token_store=tokens)
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=10000)
    window = launcher.window
    assert launcher.sign_in_dialog is None, "no password asked: the keychain's token was used"
    qtbot.waitUntil(lambda: window.company_section.ui.nameValue.text() == ACCOUNT_NAME, timeout=10000)
    assert launcher.session.profile == northwind
    assert window.windowTitle() == "CX Account Desk — Northwind"
    assert window.findChild(QAction, "actionProfiles").isEnabled()
    assert window.findChild(QAction, "actionSignOut").isEnabled()
    screenshot(window, "startup_last_used_profile")


def test_profile_option_picks_a_profile_and_records_it_as_last_used(home, server, qtbot, launchers):
    profiles = Profiles()
    northwind = profiles.add("Northwind", server.base_url, SANDBOX_EMAIL)
    viewer = profiles.add("Northwind (viewer)", server.base_url, VIEWER_EMAIL)
    profiles.set_last_used(northwind.id)
    _backend, tokens = keychain_with(server, (northwind, SANDBOX_EMAIL, SANDBOX_PASSWORD),
                                     (viewer, VIEWER_EMAIL, VIEWER_PASSWORD))

    launcher = launchers(["--profile", "northwind (VIEWER)"], token_store=tokens)
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=10000)
    assert launcher.session.profile == viewer
    assert launcher.window.user_status.text() == f"Signed in as {VIEWER_EMAIL}"
    assert Profiles().last_used() == viewer


def test_a_profile_without_a_stored_token_asks_for_a_sign_in_with_its_address_and_email(home, server, qtbot,
                                                                                          launchers):
    profiles = Profiles()
    northwind = profiles.add("Northwind", server.base_url, SANDBOX_EMAIL)
    launcher = launchers(["--profile", northwind.id], token_store=TokenStore(MemoryKeyring()))
    qtbot.waitUntil(lambda: launcher.sign_in_dialog is not None, timeout=10000)
    dialog = launcher.sign_in_dialog
    assert dialog.ui.emailEdit.text() == SANDBOX_EMAIL
    assert server.base_url in dialog.ui.introLabel.text() and "Northwind" in dialog.ui.introLabel.text()
    assert launcher.window is None


def test_switching_profiles_through_file_profiles_opens_the_other_profiles_window(home, server, qtbot, launchers,
                                                                                   screenshot):
    profiles = Profiles()
    northwind = profiles.add("Northwind", server.base_url, SANDBOX_EMAIL)
    viewer = profiles.add("Northwind (viewer)", server.base_url, VIEWER_EMAIL)
    _backend, tokens = keychain_with(server, (northwind, SANDBOX_EMAIL, SANDBOX_PASSWORD),
                                     (viewer, VIEWER_EMAIL, VIEWER_PASSWORD))
    launcher = launchers(["--profile", "Northwind"], token_store=tokens, one_per_profile=True)
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=10000)
    first = launcher.window
    qtbot.waitUntil(lambda: first.company_section.ui.nameValue.text() == ACCOUNT_NAME, timeout=10000)
    assert launcher.instance.profile_id == northwind.id

    first.findChild(QAction, "actionProfiles").trigger()
    dialog = launcher.profiles_dialog
    qtbot.waitExposed(dialog)
    assert dialog.parent() is first and dialog.isModal()
    assert dialog.notes(northwind.id) == "Last used, Open now"
    assert dialog.select_profile(viewer.id)
    screenshot(dialog, "startup_profiles_switch")
    qtbot.mouseClick(dialog.ui.openButton, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: launcher.window is not None and launcher.window is not first, timeout=10000)
    second = launcher.window
    assert not shiboken6.isValid(first) or not first.isVisible(), "one profile per window"
    assert launcher.session.profile == viewer
    assert second.windowTitle() == "CX Account Desk — Northwind (viewer)"
    qtbot.waitUntil(lambda: second.company_section.ui.nameValue.text() == ACCOUNT_NAME, timeout=10000)
    assert second.user_status.text() == f"Signed in as {VIEWER_EMAIL}"
    assert Profiles().last_used() == viewer
    assert launcher.instance.profile_id == viewer.id, "the process now holds the other profile"
    from desktop.shell.instance import SingleInstance

    released = SingleInstance(northwind.id)
    assert released.try_claim(), "and gave the first one up"
    released.release()


def test_switching_to_the_sandbox_starts_it_and_back_stops_it(home, server, qtbot, launchers, tmp_path):
    profiles = Profiles()
    northwind = profiles.add("Northwind", server.base_url, SANDBOX_EMAIL)
    _backend, tokens = keychain_with(server, (northwind, SANDBOX_EMAIL, SANDBOX_PASSWORD))
    launcher = launchers(["--profile", "Northwind", "--sandbox-db", str(tmp_path / "sandbox.sqlite3")],
                         token_store=tokens)
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=10000)
    launcher.switch_to(profiles.get(SANDBOX_ID))
    qtbot.waitUntil(lambda: launcher.session is not None and launcher.session.sandbox is not None, timeout=20000)
    sandbox = launcher.session.sandbox
    window = launcher.window
    assert not window.findChild(QAction, "actionSignOut").isEnabled(), "the sandbox signs in by itself"
    assert window.ui.actionSandboxOutbox.isVisible()
    launcher.switch_to(northwind)
    qtbot.waitUntil(lambda: launcher.session is not None and launcher.session.profile == northwind, timeout=10000)
    qtbot.waitUntil(lambda: not sandbox.running, timeout=10000)
    assert Profiles().last_used() == northwind
