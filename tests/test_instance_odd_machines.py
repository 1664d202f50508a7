"""Single instance on odd machines: very long temp paths, a data folder shared with another PC, no console."""

from __future__ import annotations

import io
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, QSysInfo, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.server.seed import SANDBOX_EMAIL
from desktop.shell import local_socket
from desktop.shell.args import parse_args
from desktop.shell.instance import SingleInstance
from desktop.shell.instance_client import lock_path, request_raise, socket_endpoint
from desktop.shell.instance_lock import LockHolder, machine_name, read_holder, write_holder
from desktop.shell.instance_startup import has_console
from desktop.shell.launcher import Launcher
from desktop.store import Profiles
from desktop.views import instance_dialogs
from tests.test_single_instance import _env, _log, _tokens_for, _wait_for

OTHER_PC = LockHolder(4242, "cxdesk.exe", "ACCOUNTS-PC-7", "0f5e1d2c3b4a69788796a5b4c3d2e1f0", "boot-elsewhere",
                      datetime(2026, 11, 30, 8, 15, tzinfo=UTC))


@pytest.fixture
def short_dir():
    """A private folder with a short path (``/tmp/tmpXXXXXXXX``), removed afterwards."""
    folder = Path(tempfile.mkdtemp(dir="/tmp"))  # noqa: S108 - short on purpose: sun_path is about 100 bytes
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _long_folder(base: Path, length: int = 200) -> Path:
    folder = base / ("long-" + "x" * max(1, length - len(str(base)) - 6))
    folder.mkdir(parents=True)
    assert len(str(folder)) >= length
    return folder


def _machine_id() -> str:
    return bytes(QSysInfo.machineUniqueId().data()).decode()


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait(10)
    return process.pid


# -- 1. the socket name fits the OS limit --------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes have no path")
def test_a_200_character_tmpdir_moves_the_socket_to_the_private_runtime_folder(home, tmp_path, monkeypatch,
                                                                                 short_dir, qtbot):
    tmpdir = _long_folder(tmp_path)
    monkeypatch.setenv("TMPDIR", str(tmpdir))
    short_dir.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(short_dir))
    target = socket_endpoint("northwind-3f9a1c")
    assert not target.abstract and Path(target.name).parent == short_dir and local_socket.fits(target.name)

    first = SingleInstance("northwind-3f9a1c")
    assert first.try_claim()
    try:
        assert Path(target.name).exists(), "listening"
        answers: list = []
        thread = threading.Thread(target=lambda: answers.append(request_raise("northwind-3f9a1c")))
        with qtbot.waitSignal(first.raise_requested, timeout=5000):
            thread.start()
        thread.join(5)
        assert answers == [True], "the second start finds the first"
    finally:
        first.release()


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes have no path")
def test_without_a_runtime_folder_a_private_folder_of_this_user_is_made(tmp_path, monkeypatch, short_dir):
    monkeypatch.setenv("TMPDIR", str(_long_folder(tmp_path)))
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(local_socket, "SHORT_ROOT", str(short_dir))
    target = local_socket.endpoint("cxdesk-0123456789abcdef01234567")
    own = short_dir / f"cxdesk-{os.getuid()}"
    assert target == local_socket.Endpoint(f"{own}/cxdesk-0123456789abcdef01234567")
    assert own.is_dir() and (own.stat().st_mode & 0o777) == 0o700

    own.chmod(0o755)  # ours, but opened up (an old umask): closed again
    assert local_socket.endpoint("cxdesk-0123456789abcdef01234567") == target
    assert (own.stat().st_mode & 0o777) == 0o700

    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    tmp_path.chmod(0o755)  # readable by others: not a runtime folder to trust
    assert local_socket.endpoint("cxdesk-0123456789abcdef01234567") == target


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the abstract namespace is Linux's")
def test_a_fallback_folder_that_is_a_link_is_refused_for_the_abstract_namespace(home, tmp_path, monkeypatch,
                                                                                 short_dir, qtbot):
    monkeypatch.setenv("TMPDIR", str(_long_folder(tmp_path)))
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(local_socket, "SHORT_ROOT", str(short_dir))
    (short_dir / "elsewhere").mkdir(mode=0o700)
    (short_dir / f"cxdesk-{os.getuid()}").symlink_to(short_dir / "elsewhere")  # someone else's trap
    target = socket_endpoint("northwind-3f9a1c")
    assert target.abstract and "/" not in target.name

    first = SingleInstance("northwind-3f9a1c")
    assert first.try_claim()
    try:
        answers: list = []
        thread = threading.Thread(target=lambda: answers.append(request_raise("northwind-3f9a1c")))
        with qtbot.waitSignal(first.raise_requested, timeout=5000):
            thread.start()
        thread.join(5)
        assert answers == [True]
        assert list((short_dir / "elsewhere").iterdir()) == [], "nothing was put behind the link"
    finally:
        first.release()


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes have no path")
def test_two_real_starts_with_a_200_character_home_and_tmpdir(tmp_path, short_dir, monkeypatch):
    home = _long_folder(tmp_path / "h")
    tmpdir = _long_folder(tmp_path / "t")
    monkeypatch.setenv("CXDESK_HOME", str(home))
    remote = Profiles().add("Remote", "http://127.0.0.1:9/api/cp/")
    env = {**_env(home), "TMPDIR": str(tmpdir), "XDG_RUNTIME_DIR": str(short_dir)}
    short_dir.chmod(0o700)
    command = [sys.executable, "-m", "desktop", "--profile", "Remote"]
    first = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    try:
        _wait_for(lambda: "This process holds profile" in _log(home), "the first start to hold the profile")
        second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
        assert (second.returncode, second.stdout.strip()) == (
            0, "CX Account Desk is already open for profile Remote; brought it to the front."), second.stderr
        _wait_for(lambda: f"Another start of profile {remote.id} asked for the window" in _log(home),
                  "the first one to hear it")
        assert any(p.name.startswith("cxdesk-") for p in short_dir.iterdir()), "the socket is in the short folder"
    finally:
        first.terminate()
        first.wait(10)


# -- 2. a lock left on a shared data folder by another computer ----------------------------------------------


def test_a_lock_of_this_computer_whose_process_is_gone_is_taken_over_without_asking(home):
    path = lock_path("northwind-3f9a1c")
    write_holder(path, LockHolder(_dead_pid(), "cxdesk", machine_name(), _machine_id(),
                                  bytes(QSysInfo.bootUniqueId().data()).decode()))
    assert not read_holder(path).elsewhere
    instance = SingleInstance("northwind-3f9a1c")
    assert instance.claim(timeout_ms=300) == (True, None) and instance.held_elsewhere is None
    assert read_holder(path).pid == os.getpid()
    instance.release()


def test_a_lock_of_another_computer_is_not_judged_here(home):
    path = lock_path("northwind-3f9a1c")
    write_holder(path, OTHER_PC)
    holder = read_holder(path)
    assert holder == OTHER_PC and holder.elsewhere
    instance = SingleInstance("northwind-3f9a1c")
    assert instance.claim(timeout_ms=60_000) == (False, None), "returns at once: no socket to ask"
    assert instance.held_elsewhere == OTHER_PC
    assert read_holder(path) == OTHER_PC, "untouched until the user says so"
    assert instance.take_over() and instance.owned
    assert read_holder(path).pid == os.getpid()
    instance.release()


def test_a_lock_naming_nobody_is_asked_about_after_the_wait(home):
    path = lock_path("northwind-3f9a1c")
    path.write_bytes(b"")  # cut short by a crash, or by the share
    instance = SingleInstance("northwind-3f9a1c")
    assert instance.claim(timeout_ms=200) == (False, None)
    assert instance.held_elsewhere is not None and instance.held_elsewhere.pid == 0
    assert instance.take_over()
    instance.release()


def when_shown(object_name: str, act) -> QTimer:
    """Call ``act(box)`` once a message box named ``object_name`` is on screen (it runs its own exec())."""
    timer = QTimer()

    def poll():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.objectName() == object_name and widget.isVisible():
                timer.stop()
                act(widget)
                return

    timer.timeout.connect(poll)
    timer.start(10)
    return timer


def _question_and(button: str, screenshot, seen: list):
    def act(box: QMessageBox) -> None:
        seen.append(box.text())
        screenshot(box, f"take-over-question-{button}")
        if button == "take-over":
            box.take_over_button.click()
        else:
            box.button(QMessageBox.StandardButton.Cancel).click()
    return act


def test_take_over_opens_the_profile(home, server, qapp, qtbot, screenshot):
    northwind = Profiles().add("Northwind", server.base_url, SANDBOX_EMAIL)
    tokens = _tokens_for(server, (northwind, SANDBOX_EMAIL))
    write_holder(lock_path(northwind.id), OTHER_PC)
    seen: list = []
    timer = when_shown("takeOverQuestion", _question_and("take-over", screenshot, seen))
    launcher = Launcher(qapp, parse_args(["--profile", "Northwind"]), token_store=tokens, one_per_profile=True)
    assert launcher.start() is None
    timer.stop()
    try:
        assert len(seen) == 1 and seen[0].startswith("CX Account Desk seems to be open on ACCOUNTS-PC-7 since ")
        assert seen[0].endswith("; if it is not, take over.")
        assert launcher.instance.owned and read_holder(lock_path(northwind.id)).pid == os.getpid()
        qtbot.waitUntil(lambda: launcher.window is not None, timeout=10000)
    finally:
        if launcher.window is not None:
            launcher.window.close()
        launcher.shutdown()


def test_cancel_ends_with_0_without_opening(home, qapp, capsys, screenshot):
    remote = Profiles().add("Remote", "http://127.0.0.1:9/api/cp/")
    write_holder(lock_path(remote.id), OTHER_PC)
    seen: list = []
    timer = when_shown("takeOverQuestion", _question_and("cancel", screenshot, seen))
    launcher = Launcher(qapp, parse_args(["--profile", "Remote"]), one_per_profile=True)
    try:
        assert launcher.start() == 0
        assert len(seen) == 1
        assert launcher.window is None and launcher.sign_in_dialog is None and launcher.profile is None
        assert read_holder(lock_path(remote.id)) == OTHER_PC, "the other computer's lock stays"
    finally:
        timer.stop()
        launcher.shutdown()


def test_a_take_over_refused_by_a_live_holder_says_so(home, qapp, screenshot):
    fcntl = pytest.importorskip("fcntl")
    remote = Profiles().add("Remote", "http://127.0.0.1:9/api/cp/")
    path = lock_path(remote.id)
    write_holder(path, OTHER_PC)
    told: list = []
    question = when_shown("takeOverQuestion", _question_and("take-over", screenshot, []))

    def close_notice(box: QMessageBox) -> None:
        told.append((box.icon(), box.text()))
        box.button(QMessageBox.StandardButton.Ok).click()

    notice = when_shown("alreadyOpenNotice", close_notice)
    with path.open("rb") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)  # the holder is alive and the share passes its lock on
        launcher = Launcher(qapp, parse_args(["--profile", "Remote"]), one_per_profile=True)
        try:
            assert launcher.start() == 1
        finally:
            question.stop()
            notice.stop()
            launcher.shutdown()
    assert told == [(QMessageBox.Icon.Warning, "CX Account Desk could not take over profile Remote: it is still "
                     "open on ACCOUNTS-PC-7. Close it there and start again.")]
    assert read_holder(path) == OTHER_PC


# -- 3. "already open" without a console ---------------------------------------------------------------------


def test_has_console(tmp_path):
    assert has_console(io.StringIO()), "a capture: someone reads it"
    with open(os.devnull, "w") as null:
        assert not has_console(null), "started from the desktop or Finder"
    with (tmp_path / "out.txt").open("w") as file:
        assert has_console(file)
    read, write = os.pipe()
    with os.fdopen(read) as reader, os.fdopen(write, "w") as writer:
        assert has_console(writer)
        del reader
    left, right = socket.socketpair()
    with left, right, left.makefile("w") as journal:
        assert not has_console(journal), "the systemd journal"
    if hasattr(os, "openpty"):  # POSIX; Windows' NUL (which os.isatty also accepts) is checked above
        controller, terminal = os.openpty()
        with os.fdopen(controller, "rb") as _, os.fdopen(terminal, "w") as tty:
            assert has_console(tty)


def test_no_console_and_a_holder_that_does_not_answer_shows_a_warning_box(home, qapp, monkeypatch, screenshot):
    remote = Profiles().add("Remote", "http://127.0.0.1:9/api/cp/")
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)  # pythonw / a windowed PyInstaller build
    hung = QLockFile(str(lock_path(remote.id)))
    assert hung.tryLock(0)  # held by "this computer", but nobody listens
    told: list = []

    def close(box: QMessageBox) -> None:
        told.append((box.icon(), box.text()))
        screenshot(box, "already-open-does-not-answer")
        box.button(QMessageBox.StandardButton.Ok).click()

    timer = when_shown("alreadyOpenNotice", close)
    launcher = Launcher(qapp, parse_args(["--profile", "Remote"]), one_per_profile=True)
    try:
        assert launcher.start() == 1
    finally:
        timer.stop()
        hung.unlock()
        launcher.shutdown()
    assert told and told[0][0] == QMessageBox.Icon.Warning
    assert told[0][1].startswith("CX Account Desk is already open for profile Remote, but it does not answer.")


def test_no_console_and_a_raised_window_shows_a_notice_that_closes_itself(home, qapp, monkeypatch, screenshot):
    remote = Profiles().add("Remote", "http://127.0.0.1:9/api/cp/")
    first = subprocess.Popen([sys.executable, "-m", "desktop", "--profile", "Remote"], env=_env(home),
                             stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for(lambda: "This process holds profile" in _log(home), "the first start to hold the profile")
        monkeypatch.setattr(sys, "stdout", None)
        monkeypatch.setattr(instance_dialogs, "NOTICE_MS", 200)
        shown: list = []
        timer = when_shown("alreadyOpenNotice", lambda box: (shown.append((box.icon(), box.text())),
                                                              screenshot(box, "already-open-brought-to-front")))
        launcher = Launcher(qapp, parse_args(["--profile", "Remote"]), one_per_profile=True)
        try:
            assert launcher.start() == 0, "the notice closed by itself, and the start ended"
        finally:
            timer.stop()
            launcher.shutdown()
        assert shown == [(QMessageBox.Icon.Information,
                          "CX Account Desk is already open for profile Remote; brought it to the front.")]
        assert first.poll() is None
    finally:
        first.terminate()
        first.wait(10)
        Path(socket_endpoint(remote.id).name).unlink(missing_ok=True)  # SIGTERM leaves it


def test_the_question_for_a_lock_naming_nobody(qapp, monkeypatch):
    box = instance_dialogs.take_over_box("Remote", "", None)
    assert box.text() == "CX Account Desk seems to be open on another computer; if it is not, take over."
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.deleteLater()
    monkeypatch.setattr(sys, "stdout", None)
    assert not has_console(), "pythonw, a windowed PyInstaller build"


@pytest.mark.parametrize("answer", ["cancel", "take-over"])
def test_switching_to_a_profile_another_pc_holds_asks_to_take_over(answer, home, server, qapp, qtbot, screenshot):
    profiles = Profiles()
    northwind = profiles.add("Northwind", server.base_url, SANDBOX_EMAIL)
    shared = profiles.add("Shared", server.base_url, SANDBOX_EMAIL)
    tokens = _tokens_for(server, (northwind, SANDBOX_EMAIL), (shared, SANDBOX_EMAIL))
    launcher = Launcher(qapp, parse_args(["--profile", "Northwind"]), token_store=tokens, one_per_profile=True)
    assert launcher.start() is None
    seen: list = []
    timer = when_shown("takeOverQuestion", _question_and(answer, screenshot, seen))
    try:
        qtbot.waitUntil(lambda: launcher.window is not None, timeout=10000)
        window = launcher.window
        write_holder(lock_path(shared.id), OTHER_PC)
        launcher.switch_to(shared)
        assert len(seen) == 1 and "seems to be open on ACCOUNTS-PC-7" in seen[0]
        assert "does not answer" not in window.statusBar().currentMessage()
        if answer == "cancel":
            assert launcher.window is window and launcher.session.profile == northwind
            assert read_holder(lock_path(shared.id)) == OTHER_PC, "the other computer's lock stays"
        else:
            qtbot.waitUntil(lambda: launcher.session is not None and launcher.session.profile == shared
                            and launcher.window is not None, timeout=10000)
            assert read_holder(lock_path(shared.id)).pid == os.getpid()
    finally:
        timer.stop()
        if launcher.window is not None:
            launcher.window.close()
        launcher.shutdown()
