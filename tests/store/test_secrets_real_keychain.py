"""The token store on a real Secret Service (gnome-keyring on a private D-Bus): stored, read, deleted;
a locked collection named as locked; a frozen daemon (SIGSTOP) that never answers; a long token in parts."""

from __future__ import annotations

import threading
import time

import pytest
from keyring.backends import SecretService

from desktop.store import token_parts
from desktop.store.keychain_calls import HUNG, LOCKED, REFUSED
from desktop.store.secrets import MESSAGES, SERVICE, TokenStore
from tests.keychain_daemon import real_keychain

DEADLINE = 3.0
#: Generous: proves "returns", not "how fast" (the daemon would never answer; D-Bus gives up after 25 s).
RETURNS_WITHIN = 15.0
LONG_TOKEN = "eyJ" + "x" * 4997


@pytest.fixture
def keychain(tmp_path, monkeypatch):
    with real_keychain(tmp_path / "keychain", monkeypatch) as running:
        yield running


class SizeLimitedKeyring(SecretService.Keyring):
    """The real Secret Service with Windows Credential Manager's limit: at most 2,560 bytes (UTF-16) a secret."""

    priority = -10

    def set_password(self, service, username, password):
        size = len(password.encode("utf-16-le"))
        if size > 2560:
            raise OSError(f"the credential blob of {size} bytes is over the 2,560-byte limit")
        super().set_password(service, username, password)


def test_a_token_is_stored_read_and_deleted_in_the_secret_service(keychain, tmp_path):
    store = TokenStore(keychain.backend, pending_path=tmp_path / "pending.json")
    assert store.set("lab", "Dana@Example.com", "refresh-token-1") is True
    assert keychain.backend.get_password(SERVICE, "lab:dana@example.com") == "refresh-token-1"
    assert TokenStore(keychain.backend).get("lab", "dana@example.com") == "refresh-token-1", "a new session finds it"
    assert store.delete("lab", "dana@example.com") is True
    assert keychain.backend.get_password(SERVICE, "lab:dana@example.com") is None
    assert store.persistent and store.message is None


def test_a_locked_collection_is_named_locked_and_a_sign_out_is_remembered(keychain, tmp_path):
    pending = tmp_path / "pending.json"
    TokenStore(keychain.backend).set("lab", "dana@example.com", "refresh-token-1")
    keychain.lock()

    store = TokenStore(keychain.backend, pending_path=pending)
    assert store.get("lab", "dana@example.com") is None
    assert store.problem.kind == LOCKED and store.message == MESSAGES[LOCKED]
    assert store.set("lab", "dana@example.com", "refresh-token-2") is False, "session only"
    assert store.get("lab", "dana@example.com") == "refresh-token-2", "kept in memory"
    assert store.delete("lab", "dana@example.com") is False, "the locked keychain still holds the old token"
    assert "lab:dana@example.com" in pending.read_text() and "refresh-token" not in pending.read_text()

    keychain.unlock()  # e.g. the user unlocks the keychain, then starts the app again
    assert keychain.backend.get_password(SERVICE, "lab:dana@example.com") == "refresh-token-1"
    later = TokenStore(keychain.backend, pending_path=pending)
    assert later.get("lab", "dana@example.com") is None, "the remembered Sign Out is completed first"
    assert keychain.backend.get_password(SERVICE, "lab:dana@example.com") is None
    assert "lab:dana" not in pending.read_text()


def test_a_frozen_daemon_costs_one_deadline_then_calls_fail_fast_until_it_answers(keychain):
    store = TokenStore(keychain.backend, deadline=DEADLINE)
    store.set("lab", "dana@example.com", "refresh-token-1")
    keychain.stop()
    before = {thread for thread in threading.enumerate() if thread.name == "keychain-call"}
    started = time.monotonic()
    assert TokenStore(keychain.backend, deadline=DEADLINE).get("other", "x@example.com") is None
    fresh = TokenStore(keychain.backend, deadline=DEADLINE)
    assert fresh.get("lab", "dana@example.com") is None
    assert fresh.problem.kind == HUNG and fresh.message == MESSAGES[HUNG].format(seconds=f"{DEADLINE:g}")
    assert "did not answer within 3 seconds" in fresh.message
    assert time.monotonic() - started < RETURNS_WITHIN, "the store returned although the daemon never answered"
    waited = time.monotonic()
    assert fresh.set("lab", "dana@example.com", "refresh-token-2") is False
    assert fresh.delete("lab", "dana@example.com") is False
    assert time.monotonic() - waited < RETURNS_WITHIN
    assert fresh._runner.hung
    blocked = {thread for thread in threading.enumerate() if thread.name == "keychain-call"} - before
    assert len(blocked) == 2, "one abandoned call per store (two stores here), not one per attempt"

    keychain.resume()
    assert fresh.pending.users() == {"lab:dana@example.com"}
    deadline = time.monotonic() + 30
    while fresh._runner.hung and time.monotonic() < deadline:
        time.sleep(0.1)
    assert fresh.get("lab", "dana@example.com") is None, "the pending Sign Out is completed once it answers"
    assert keychain.backend.get_password(SERVICE, "lab:dana@example.com") is None
    assert fresh.persistent


def test_a_long_token_is_kept_in_parts_that_fit_windows_and_other_profiles_are_unaffected(keychain):
    backend = SizeLimitedKeyring()
    store = TokenStore(backend)
    assert store.set("big", "dana@example.com", LONG_TOKEN) is True
    assert store.set("small", "lee@example.com", "refresh-token-1") is True
    head = backend.get_password(SERVICE, "big:dana@example.com")
    assert head == f"{token_parts.PARTS_PREFIX}5"
    parts = [backend.get_password(SERVICE, f"big:dana@example.com#{i}") for i in range(1, 6)]
    assert all(len(part.encode("utf-16-le")) <= 2560 for part in parts)
    assert TokenStore(backend).get("big", "dana@example.com") == LONG_TOKEN, "read back joined"
    assert TokenStore(backend).get("small", "lee@example.com") == "refresh-token-1"

    assert store.set("big", "dana@example.com", "short-again") is True
    assert backend.get_password(SERVICE, "big:dana@example.com#1") is None, "left-over parts removed"
    store.set("big", "dana@example.com", LONG_TOKEN)
    assert store.delete("big", "dana@example.com") is True
    assert [backend.get_password(SERVICE, f"big:dana@example.com#{i}") for i in range(6)] == [None] * 6
    assert backend.get_password(SERVICE, "big:dana@example.com") is None


def test_a_refused_entry_stays_session_only_without_switching_the_keychain_off(keychain, monkeypatch):
    monkeypatch.setattr(token_parts, "PART_CHARS", 100_000)  # as if it were not split: the store refuses it
    backend = SizeLimitedKeyring()
    store = TokenStore(backend)
    assert store.set("big", "dana@example.com", LONG_TOKEN) is False
    assert store.get("big", "dana@example.com") == LONG_TOKEN, "kept for this session"
    message = store.message_for("big", "dana@example.com")
    assert message.startswith("The keychain refused to keep the sign-in token") and "2,560" in message
    assert LONG_TOKEN not in message
    assert store.problem is None and store.persistent, "not the whole keychain"
    assert store._refused["big:dana@example.com"].kind == REFUSED
    assert store.set("small", "lee@example.com", "refresh-token-1") is True, "other profiles still use it"
    assert store.message_for("small", "lee@example.com") is None
    assert backend.get_password(SERVICE, "small:lee@example.com") == "refresh-token-1"
