"""The embedded server hands out its own sandbox sign-in; no client module imports the seed (issue 10, point 3)."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest
import shiboken6

from desktop.api import AccountClient
from desktop.server import EmbeddedServer, SignInDetails
from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD
from desktop.shell.args import parse_args
from desktop.shell.connection import start_sandbox
from desktop.shell.launcher import Launcher

DESKTOP = Path(__file__).resolve().parents[1] / "desktop"


def test_sign_in_details_name_this_server_and_its_sandbox_user(tmp_path):
    with EmbeddedServer(tmp_path / "sandbox.sqlite3", sandbox=True) as server:
        details = server.sign_in_details()
        assert details == SignInDetails(server.base_url, SANDBOX_EMAIL, SANDBOX_PASSWORD)
        api = AccountClient(details.base_url, timeout=(2.0, 10.0))
        try:
            api.sign_in(details.email, details.password)
            assert api.get_account().value.name == "Dana Whitfield"
        finally:
            api.close()


def test_sign_in_details_are_frozen_and_keep_the_password_out_of_repr(server):
    details = server.sign_in_details()
    assert details.base_url == server.base_url, "any embedded server's database is seeded with the sandbox user"
    assert "password" not in repr(details) and SANDBOX_EMAIL in repr(details)
    with pytest.raises(dataclasses.FrozenInstanceError):
        details.password = "other"  # type: ignore[misc]


def test_start_sandbox_signs_in_with_the_servers_own_details(tmp_path):
    session = start_sandbox(tmp_path / "sandbox.sqlite3")
    try:
        assert session.sandbox is not None and session.client.signed_in
        assert session.server_label == f"Sandbox ({session.sandbox.sign_in_details().base_url})"
    finally:
        session.client.close()
        session.sandbox.stop()


def test_signing_in_again_on_the_sandbox_uses_the_servers_details(home, qapp, qtbot, tmp_path):
    launcher = Launcher(qapp, parse_args(["--sandbox-db", str(tmp_path / "sandbox.sqlite3")]))
    try:
        assert launcher.start() is None
        qtbot.waitUntil(lambda: launcher.window is not None, timeout=20000)
        client = launcher.session.client
        client.sign_out()  # as after a 401: the window asks the launcher to sign in again
        assert not client.signed_in
        outcomes: list[bool] = []
        launcher.sign_in_again(launcher.window, outcomes.append)
        qtbot.waitUntil(lambda: outcomes == [True], timeout=10000)
        assert client.signed_in and launcher.re_sign_in_dialog is None, "no dialog: the sandbox signs in by itself"
    finally:
        if launcher.window is not None and shiboken6.isValid(launcher.window):
            launcher.window.close()
        launcher.shutdown()


def _imports_of(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_no_client_module_imports_the_seed():
    importers = [path.relative_to(DESKTOP.parent).as_posix() for path in DESKTOP.rglob("*.py")
                 if "server" not in path.relative_to(DESKTOP).parts and "desktop.server.seed" in _imports_of(path)]
    assert importers == [], "ask the running EmbeddedServer for sign_in_details() instead"
