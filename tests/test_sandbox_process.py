"""The sandbox's service in a child process (issue 11): address at once, served later, never outliving the app.

Real processes throughout: ``python -m desktop --sandbox-service DB`` (what the app starts), the
API client against it, and a parent process that is killed. Stand-in children (scripts) stand for
what the real one does only for a moment or not at all: a service slow to load (an address, never
"ready"), and ready lines with or without their tokens.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import psutil
import pytest

from desktop.api import AccountClient
from desktop.paths import log_dir
from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD
from desktop.shell import sandbox_process
from desktop.shell.connection import sign_in_to_sandbox, spawn_sandbox
from desktop.shell.sandbox_process import ReadyTokens, SandboxProcess


def test_the_child_gives_its_address_first_and_answers_requests_sent_before_it_was_ready(home, tmp_path):
    sandbox = SandboxProcess(tmp_path / "sandbox.sqlite3")
    try:
        details = sandbox.spawn()
        assert (details.email, details.password) == (SANDBOX_EMAIL, SANDBOX_PASSWORD)
        client = AccountClient(details.base_url)
        client.sign_in(details.email, details.password)  # sent at once: it waits in the socket's backlog
        assert client.get_account().value.id == 1021
        sandbox.wait_ready()  # the "ready" line had come meanwhile
        assert sandbox.running
    finally:
        sandbox.stop()
    assert not sandbox.running and sandbox.process.returncode == 0


def test_abandon_closes_the_pipe_and_the_child_ends_by_itself(home, tmp_path):
    session = spawn_sandbox(tmp_path / "sandbox.sqlite3")
    sign_in_to_sandbox(session)
    assert not session.starting and session.client.signed_in
    session.sandbox.abandon()  # returns at once; the child sees end-of-file and stops
    assert session.sandbox.process.wait(20) == 0


def test_a_service_that_cannot_start_says_why_and_logs_its_traceback(home, tmp_path):
    folder = tmp_path / "a-folder-not-a-database"
    folder.mkdir()
    session = spawn_sandbox(folder)
    with pytest.raises(RuntimeError, match="could not start"):
        sign_in_to_sandbox(session)
    assert not session.sandbox.running
    log = (log_dir() / sandbox_process.SERVICE_LOG).read_text(encoding="utf-8")
    assert "the sandbox service did not start" in log and "Traceback" in log


PARENT = """
import sys, time
from pathlib import Path
from desktop.shell.sandbox_process import SandboxProcess
sandbox = SandboxProcess(Path(sys.argv[1]))
sandbox.spawn()
print(sandbox.process.pid, flush=True)
time.sleep(600)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_the_child_ends_when_the_app_is_killed(home, tmp_path):
    parent = subprocess.Popen([sys.executable, "-c", PARENT, str(tmp_path / "sandbox.sqlite3")],
                              stdout=subprocess.PIPE, text=True)
    try:
        child = psutil.Process(int(parent.stdout.readline()))
        assert child.is_running()
    finally:
        parent.kill()  # no clean-up code runs in the parent: only the closed pipe tells the child
        parent.wait(10)
    child.wait(20)  # raises psutil.TimeoutExpired if the child outlives its app
    assert not child.is_running()


SLOW_CHILD = """
import json, socket, sys
sock = socket.socket()
sock.bind(("127.0.0.1", 0))
sock.listen()
print(json.dumps({"base_url": f"http://127.0.0.1:{sock.getsockname()[1]}/api/cp/", "email": "sandbox@example.com",
                  "password": "sandbox"}), flush=True)
sys.stdin.buffer.read()  # never ready; ends when the app closes the pipe
"""


def test_the_window_shows_at_once_and_says_the_sandbox_is_starting(home, qapp, qtbot, monkeypatch, tmp_path):
    from desktop.shell.args import parse_args
    from desktop.shell.launcher import Launcher

    script = tmp_path / "slow_child.py"
    script.write_text(textwrap.dedent(SLOW_CHILD), encoding="utf-8")
    monkeypatch.setattr(sandbox_process, "service_command", lambda db: [sys.executable, str(script)])
    launcher = Launcher(qapp, parse_args(["--sandbox-db", str(tmp_path / "sandbox.sqlite3")]))
    assert launcher.start() is None
    try:
        qtbot.waitUntil(lambda: launcher.window is not None and launcher.window.isVisible(), timeout=20000)
        window = launcher.window
        assert window.statusBar().currentMessage() == "Starting the sandbox…"
        assert window.busy_indicator.isVisible()  # a status message hides QStatusBar's non-permanent widgets
        assert launcher.session.starting
        child = launcher.session.sandbox.process
    finally:
        launcher.quit()
        launcher.shutdown()  # closes the child's pipe without waiting for it
    assert child.wait(20) == 0


def test_the_protocol_lines_are_json_objects_one_per_line(home, tmp_path):
    child = subprocess.Popen([sys.executable, "-m", "desktop", "--sandbox-service", str(tmp_path / "s.sqlite3")],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONIOENCODING": "cp1252"})  # a Windows console's code page
    try:
        first, second = json.loads(child.stdout.readline()), json.loads(child.stdout.readline())
        assert set(first) == {"base_url", "email", "password"}
        assert set(second) == {"ready", "refresh_token", "access_token"} and second["ready"] is True
    finally:
        child.stdin.close()
        assert child.wait(20) == 0


def test_the_sandbox_window_signs_in_when_the_child_is_ready_and_says_who(home, qapp, qtbot, tmp_path):
    from desktop.shell.args import parse_args
    from desktop.shell.launcher import Launcher

    launcher = Launcher(qapp, parse_args(["--sandbox-db", str(tmp_path / "sandbox.sqlite3")]))
    assert launcher.start() is None
    try:
        qtbot.waitUntil(lambda: launcher.window is not None, timeout=20000)
        window = launcher.window
        qtbot.waitUntil(lambda: window.current is not None and not window.loading, timeout=30000)
        assert not launcher.session.starting and launcher.session.client.signed_in
        assert window.user_status.text() == f"Signed in as {SANDBOX_EMAIL}"
        assert window.statusBar().currentMessage() == "" and not window.busy_indicator.isVisible()
    finally:
        launcher.quit()
        launcher.shutdown()


def scripted_child(monkeypatch, tmp_path, ready: dict) -> SandboxProcess:
    """A sandbox whose child is a script: it gives an address, then ``ready`` as its second line, then waits."""
    script = tmp_path / "child.py"
    address = {"base_url": "http://127.0.0.1:9/api/cp/", "email": "a@example.com", "password": "p"}
    script.write_text(f"import sys\nprint({json.dumps(json.dumps(address))})\nprint({json.dumps(json.dumps(ready))})\n"
                      "sys.stdout.flush()\nsys.stdin.read()\n", encoding="utf-8")
    monkeypatch.setattr(sandbox_process, "service_command", lambda db: [sys.executable, str(script)])
    sandbox = SandboxProcess(tmp_path / "sandbox.sqlite3")
    sandbox.spawn()
    return sandbox


@pytest.mark.parametrize(("ready", "expected"), [
    ({"ready": True, "refresh_token": "r.t.x", "access_token": "a.t.x"}, ReadyTokens("r.t.x", "a.t.x")),
    ({"ready": True, "refresh_token": "r.t.x"}, ReadyTokens("r.t.x", None)),  # an older child: the client asks
    ({"ready": True, "refresh_token": "r.t.x", "access_token": ""}, ReadyTokens("r.t.x", None)),
])
def test_wait_ready_returns_the_tokens_of_the_ready_line(home, monkeypatch, tmp_path, ready, expected):
    sandbox = scripted_child(monkeypatch, tmp_path, ready)
    try:
        assert sandbox.wait_ready() == expected
    finally:
        sandbox.stop()


def test_wait_ready_refuses_a_ready_line_without_a_refresh_token(home, monkeypatch, tmp_path):
    sandbox = scripted_child(monkeypatch, tmp_path, {"ready": True, "access_token": "a.t.x"})
    try:
        with pytest.raises(RuntimeError, match="did not say it was ready"):
            sandbox.wait_ready()
    finally:
        sandbox.stop()
