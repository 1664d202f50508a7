"""Issue 12 point 6 (no dead ends), the shell's part: a sandbox start says nothing about the keychain."""

from __future__ import annotations

import logging

import pytest
import shiboken6
from PySide6.QtWidgets import QLabel

from desktop.shell.args import parse_args
from desktop.shell.launcher import Launcher
from desktop.store.secrets import TokenStore
from tests.memory_keyring import using_keyring


@pytest.fixture
def no_keyring():
    from keyring.backends import fail

    with using_keyring(fail.Keyring()) as backend:
        yield backend


def _start_sandbox_and_read_its_window(qapp, qtbot, db, token_store=None) -> list[str]:
    """Start the sandbox profile, wait until it has signed in, and return the texts its window shows."""
    launcher = Launcher(qapp, parse_args(["--sandbox-db", str(db)]), token_store=token_store)
    try:
        assert launcher.start() is None
        qtbot.waitUntil(lambda: launcher.window is not None, timeout=20000)
        window = launcher.window
        qtbot.waitUntil(lambda: not launcher.session.starting, timeout=20000)
        qtbot.wait(500)  # the background work of the start (the token store…) has run
        assert window.findChild(QLabel, "sessionOnlyNotice") is None
        return [label.text() for label in window.findChildren(QLabel) if label.isVisible()]
    finally:
        if launcher.window is not None and shiboken6.isValid(launcher.window):
            launcher.window.close()
        launcher.shutdown()


@pytest.mark.parametrize("starts", [1, 2])
def test_a_sandbox_start_is_quiet_about_the_keychain(home, qapp, qtbot, tmp_path, no_keyring, caplog, starts):
    """Each start of the sandbox (the first and a later one, with no keychain here) names no keychain anywhere."""
    caplog.set_level(logging.INFO)
    db = tmp_path / "sandbox.sqlite3"
    for _ in range(starts):
        shown = _start_sandbox_and_read_its_window(qapp, qtbot, db)
        assert not [text for text in shown if "keychain" in text.lower()], shown
    said = [record.getMessage() for record in caplog.records
            if "keychain" in record.getMessage().lower() or "session only" in record.getMessage().lower()]
    assert not said, said


def test_a_sandbox_start_says_nothing_even_when_the_token_store_knows_there_is_no_keychain(
        home, qapp, qtbot, tmp_path, no_keyring):
    """The token store already says "session only" (as after a remote profile's sign-in): the sandbox needs none."""
    tokens = TokenStore(no_keyring)
    assert tokens.message, "the store knows there is no keychain"
    shown = _start_sandbox_and_read_its_window(qapp, qtbot, tmp_path / "sandbox.sqlite3", tokens)
    assert not [text for text in shown if "keychain" in text.lower() or "session only" in text.lower()], shown
