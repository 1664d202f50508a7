"""The pieces of the token store: a token in parts, remembered Sign Outs, the deadline runner, error kinds."""

from __future__ import annotations

import pytest
from keyring.errors import InitError, KeyringLocked

from desktop.store import token_parts
from desktop.store.keychain_calls import LOCKED, NO_KEYCHAIN, REFUSED, DeadlineRunner, classify
from desktop.store.pending_sign_outs import PendingSignOuts
from desktop.store.secrets import SERVICE, TokenStore
from tests.memory_keyring import MemoryKeyring


def test_a_token_up_to_1200_characters_is_one_entry_and_a_longer_one_is_split_in_order():
    backend = MemoryKeyring()
    token_parts.write(backend, SERVICE, "u", "a" * 1200)
    assert backend.entries == {(SERVICE, "u"): "a" * 1200}
    token = "".join(chr(ord("a") + i % 26) for i in range(2500))
    assert token_parts.write(backend, SERVICE, "u", token) == 3
    assert backend.entries[(SERVICE, "u")] == "cxdesk-parts:3"
    assert [len(backend.entries[(SERVICE, f"u#{i}")]) for i in (1, 2, 3)] == [1200, 1200, 100]
    assert token_parts.read(backend, SERVICE, "u") == token


def test_a_missing_part_reads_as_no_token_and_delete_removes_what_is_there():
    backend = MemoryKeyring()
    token_parts.write(backend, SERVICE, "u", "x" * 3000)
    del backend.entries[(SERVICE, "u#2")]
    assert token_parts.read(backend, SERVICE, "u") is None, "never half a token"
    assert token_parts.delete(backend, SERVICE, "u") is True
    assert backend.entries == {}
    assert token_parts.delete(backend, SERVICE, "u") is False, "nothing stored"


def test_pending_sign_outs_survive_a_restart_and_hold_no_secret(tmp_path):
    path = tmp_path / "data" / "pending-sign-outs.json"
    PendingSignOuts(path).add("lab:dana@example.com")
    later = PendingSignOuts(path)
    assert "lab:dana@example.com" in later and later.users() == {"lab:dana@example.com"}
    later.discard("lab:dana@example.com")
    assert PendingSignOuts(path).users() == set()
    path.write_text("{not json", encoding="utf-8")
    assert PendingSignOuts(path).users() == set(), "a damaged file is logged, not raised"


def test_a_new_token_over_a_pending_sign_out_clears_the_mark(tmp_path):
    store = TokenStore(MemoryKeyring(), pending_path=tmp_path / "pending.json")
    store.pending.add(store.username("lab", "dana@example.com"))
    assert store.set("lab", "dana@example.com", "refresh-token-2") is True
    assert store.pending.users() == set()


def test_the_runner_returns_results_and_raises_errors_of_the_call():
    runner = DeadlineRunner(5.0)
    assert runner.call(lambda: 42) == 42
    with pytest.raises(KeyError):
        runner.call(lambda: {}["missing"])
    assert not runner.hung


@pytest.mark.parametrize(("error", "kind"), [
    (KeyringLocked("Failed to unlock the collection!"), LOCKED),
    (InitError("Failed to create the collection"), NO_KEYCHAIN),
    (ConnectionRefusedError(111, "refused"), NO_KEYCHAIN),
    (OSError("the credential blob is over the 2,560-byte limit"), REFUSED),
])
def test_errors_are_named_by_kind(error, kind):
    problem = classify(error)
    assert problem.kind == kind and problem.global_ == (kind != REFUSED)


def test_every_unfinished_sign_out_is_completed_before_any_token_is_read(tmp_path):
    backend = MemoryKeyring()
    TokenStore(backend).set("removed", "old@example.com", "refresh-token-of-a-removed-profile")
    pending = tmp_path / "pending.json"
    PendingSignOuts(pending).add(TokenStore.username("removed", "old@example.com"))
    TokenStore(backend).set("lab", "dana@example.com", "refresh-token-1")
    store = TokenStore(backend, pending_path=pending)
    assert store.get("lab", "dana@example.com") == "refresh-token-1"
    assert (SERVICE, "removed:old@example.com") not in backend.entries, "also the token of a removed profile"
    assert PendingSignOuts(pending).users() == set()
