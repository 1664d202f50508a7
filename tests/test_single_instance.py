"""One running instance per profile: a second start raises the first and exits 0; a crashed one is taken over."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QLockFile

from desktop.api import AccountClient
from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD, VIEWER_EMAIL, VIEWER_PASSWORD
from desktop.shell.args import parse_args
from desktop.shell.instance import SingleInstance
from desktop.shell.instance_client import instance_name, lock_path, request_raise, socket_endpoint
from desktop.shell.launcher import Launcher
from desktop.store import Profiles, TokenStore
from tests.memory_keyring import MemoryKeyring

ALREADY_OPEN = "CX Account Desk is already open for profile Remote; brought it to the front."


def raise_in_thread(profile_id: str) -> tuple[threading.Thread, list]:
    """Ask for the window from another thread, as a second process would (the GUI thread must answer)."""
    answers: list = []
    thread = threading.Thread(target=lambda: answers.append(request_raise(profile_id)))
    return thread, answers


def test_names_are_per_user_folder_and_profile_and_safe(home, tmp_path, monkeypatch):
    name = instance_name("northwind-3f9a1c")
    assert re.fullmatch(r"cxdesk-[0-9a-f]{24}", name)
    assert instance_name("northwind-3f9a1c") == name
    assert instance_name("sandbox") != name
    assert lock_path("sandbox") == home / "data" / "instances" / "sandbox.lock", "the same on every PC sharing it"
    for unsafe in ("../x", "con", "a.b", "x" * 65, "-x"):
        assert lock_path(unsafe).parent == home / "data" / "instances" and lock_path(unsafe).name.startswith("profile-")
    monkeypatch.setenv("CXDESK_HOME", str(tmp_path / "another-home"))
    assert instance_name("northwind-3f9a1c") != name, "another app folder is another instance"


def test_a_second_claim_fails_and_asks_the_first_to_come_to_the_front(home, qtbot):
    first = SingleInstance("northwind-3f9a1c")
    assert first.try_claim() and first.owned
    second = SingleInstance("northwind-3f9a1c")
    assert not second.try_claim() and not second.owned
    assert SingleInstance("sandbox").try_claim(), "another profile is free"

    thread, answers = raise_in_thread("northwind-3f9a1c")
    with qtbot.waitSignal(first.raise_requested, timeout=5000):
        thread.start()
    thread.join(5)
    assert answers == [True]

    first.release()
    assert second.try_claim(), "free again once released"
    second.release()


def test_nobody_listening_is_none_and_a_holder_that_does_not_answer_is_false(home):
    assert request_raise("nobody-here") is None
    hung = QLockFile(str(lock_path("hung-1")))
    assert hung.tryLock(0)  # the lock is taken, but nobody listens (a hung or half-started instance)
    assert SingleInstance("hung-1").claim(timeout_ms=300) == (False, None)
    hung.unlock()
    instance = SingleInstance("hung-1")
    assert instance.claim(timeout_ms=300) == (True, None)
    instance.release()


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CXDESK_HOME": str(home),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def _start(home: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "desktop", "--profile", "Remote"], env=_env(home),
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for(condition, what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.05)


def _log(home: Path) -> str:
    path = home / "log" / "cxdesk.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL; on Windows a dead process's pipe goes with it")
def test_two_real_processes_then_a_crashed_first_one_is_taken_over(home):
    # A remote profile with no stored token: each start shows the sign-in dialog (no service, no network).
    remote = Profiles().add("Remote", "http://127.0.0.1:9/api/cp/")
    lock = lock_path(remote.id)
    first = _start(home)
    try:
        _wait_for(lambda: "This process holds profile" in _log(home), "the first start to hold the profile")
        assert lock.exists()
        second = subprocess.run([sys.executable, "-m", "desktop", "--profile", "Remote"], env=_env(home),
                                capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
        assert second.returncode == 0, second.stderr
        assert second.stdout.strip() == ALREADY_OPEN
        _wait_for(lambda: f"Another start of profile {remote.id} asked for the window" in _log(home),
                  "the first one to hear it")
        assert first.poll() is None, "the first one goes on"

        first.send_signal(signal.SIGKILL)  # a crash: the lock file and the socket stay behind
        first.wait(10)
        assert lock.exists()
        assert Path(socket_endpoint(remote.id).name).exists(), "a stale socket"

        third = _start(home)
        try:
            _wait_for(lambda: _log(home).count("This process holds profile") == 2, "the third start to take over")
            fourth = subprocess.run([sys.executable, "-m", "desktop", "--profile", remote.id], env=_env(home),
                                    capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
            assert (fourth.returncode, fourth.stdout.strip()) == (0, ALREADY_OPEN), "the third one answers"
        finally:
            third.terminate()
            third.wait(10)
    finally:
        if first.poll() is None:
            first.kill()
            first.wait(10)
        Path(socket_endpoint(remote.id).name).unlink(missing_ok=True)  # what the SIGKILL and SIGTERM left


def _tokens_for(server, *profiles_and_emails) -> TokenStore:
    """A token store (in-memory keychain) with a refresh token for each ``(profile, email)``."""
    passwords = {SANDBOX_EMAIL: SANDBOX_PASSWORD, VIEWER_EMAIL: VIEWER_PASSWORD}
    tokens = TokenStore(MemoryKeyring())
    for profile, email in profiles_and_emails:
        api = AccountClient(server.base_url, timeout=(2.0, 10.0))
        tokens.set(profile.id, email, api.sign_in(email, passwords[email]))
        api.close()
    return tokens


def test_a_raise_request_brings_the_minimised_window_back(home, server, qapp, qtbot):
    northwind = Profiles().add("Northwind", server.base_url, SANDBOX_EMAIL)
    tokens = _tokens_for(server, (northwind, SANDBOX_EMAIL))
    launcher = Launcher(qapp, parse_args(["--profile", "Northwind"]), token_store=tokens, one_per_profile=True)
    assert launcher.start() is None
    try:
        qtbot.waitUntil(lambda: launcher.window is not None, timeout=10000)
        window = launcher.window
        qtbot.waitExposed(window)
        window.showMinimized()
        assert window.isMinimized()
        thread, answers = raise_in_thread(northwind.id)
        thread.start()
        qtbot.waitUntil(lambda: not window.isMinimized(), timeout=5000)
        thread.join(5)
        assert answers == [True] and window.isVisible()
    finally:
        launcher.window.close()
        launcher.shutdown()


def test_switching_to_a_profile_open_elsewhere_keeps_this_window_and_says_so(home, server, qapp, qtbot):
    profiles = Profiles()
    northwind = profiles.add("Northwind", server.base_url, SANDBOX_EMAIL)
    viewer = profiles.add("Viewer", server.base_url, VIEWER_EMAIL)
    tokens = _tokens_for(server, (northwind, SANDBOX_EMAIL))
    elsewhere = SingleInstance(viewer.id)  # "another process" holding the viewer profile
    assert elsewhere.try_claim()
    launcher = Launcher(qapp, parse_args(["--profile", "Northwind"]), token_store=tokens, one_per_profile=True)
    assert launcher.start() is None
    try:
        qtbot.waitUntil(lambda: launcher.window is not None, timeout=10000)
        window = launcher.window
        with qtbot.waitSignal(elsewhere.raise_requested, timeout=5000):
            launcher.switch_to(viewer)
        qtbot.waitUntil(lambda: "Viewer is open in another window" in window.statusBar().currentMessage(),
                        timeout=5000)
        assert window.statusBar().currentMessage() == "Viewer is open in another window; brought it to the front."
        assert launcher.window is window and shiboken6.isValid(window) and window.isVisible()
        assert launcher.session.profile == northwind
        assert Profiles().last_used() == northwind
    finally:
        elsewhere.release()
        launcher.window.close()
        launcher.shutdown()


def test_the_process_holds_the_profile_until_its_window_closes(home, server, qapp, qtbot):
    northwind = Profiles().add("Northwind", server.base_url, SANDBOX_EMAIL)
    tokens = _tokens_for(server, (northwind, SANDBOX_EMAIL))
    launcher = Launcher(qapp, parse_args(["--profile", "Northwind"]), token_store=tokens, one_per_profile=True)
    assert launcher.start() is None
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=10000)
    assert not SingleInstance(northwind.id).try_claim()
    launcher.window.close()
    qtbot.waitUntil(lambda: not launcher.instance.owned, timeout=5000)
    later = SingleInstance(northwind.id)
    assert later.try_claim()
    later.release()
    launcher.shutdown()

