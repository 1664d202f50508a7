"""Refresh tokens in the keychain (keyring), or for this session only when there is none."""

import keyring
import keyring.backend
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringLocked

from desktop.store.keychain_calls import LOCKED
from desktop.store.secrets import MESSAGES, SERVICE, SESSION_ONLY_MESSAGE, TokenStore, unusable_reason
from tests.memory_keyring import MemoryKeyring


class LockedKeyring(KeyringBackend):
    """A keychain the user did not unlock: every call fails."""

    priority = -5

    def __init__(self):
        super().__init__()
        self.calls = 0

    def get_password(self, *args):
        self.calls += 1
        raise KeyringLocked("Failed to unlock the collection!")

    set_password = delete_password = get_password


@pytest.fixture
def restore_keyring():
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


def test_tokens_go_to_the_keychain_under_cxdesk_and_profile_email():
    backend = MemoryKeyring()
    store = TokenStore(backend)
    assert store.persistent and store.message is None and store.reason is None
    assert store.set("lab-1a2b3c", "Dana@Example.com", "refresh-token-1") is True
    assert backend.entries == {(SERVICE, "lab-1a2b3c:dana@example.com"): "refresh-token-1"}
    assert TokenStore(backend).get("lab-1a2b3c", "dana@example.com") == "refresh-token-1", "a new session finds it"
    assert store.get("other", "dana@example.com") is None


def test_sign_out_deletes_the_token_everywhere():
    backend = MemoryKeyring()
    store = TokenStore(backend)
    store.set("lab", "dana@example.com", "refresh-token-1")
    assert store.delete("lab", "dana@example.com") is True
    assert backend.entries == {}
    assert store.get("lab", "dana@example.com") is None
    assert store.delete("lab", "dana@example.com") is True, "signing out twice is fine"


def test_a_renewed_token_replaces_the_stored_one_through_the_saver():
    backend = MemoryKeyring()
    store = TokenStore(backend)
    save = store.saver("lab", "dana@example.com")
    save("refresh-token-1")
    save("refresh-token-2")
    assert backend.entries == {(SERVICE, "lab:dana@example.com"): "refresh-token-2"}


def test_the_default_backend_is_the_one_keyring_uses(restore_keyring):
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    store = TokenStore()
    store.set("lab", "dana@example.com", "refresh-token-1")
    assert keyring.get_password(SERVICE, "lab:dana@example.com") == "refresh-token-1"
    assert store.backend_name == backend.name


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_without_a_keychain_the_token_lives_for_this_session_only(backend, restore_keyring, tmp_path,
                                                                  monkeypatch):
    monkeypatch.chdir(tmp_path)
    keyring.set_keyring(backend)
    store = TokenStore()
    assert store.get("lab", "dana@example.com") is None, "the backend is looked up on first use (it may hang)"
    assert not store.persistent
    assert store.message == SESSION_ONLY_MESSAGE
    assert SESSION_ONLY_MESSAGE == "No keychain is available: you stay signed in for this session only."
    assert store.set("lab", "dana@example.com", "refresh-token-1") is False
    assert store.get("lab", "dana@example.com") == "refresh-token-1"
    assert TokenStore().get("lab", "dana@example.com") is None, "gone with the session"
    assert list(tmp_path.iterdir()) == [], "never a file"
    assert store.delete("lab", "dana@example.com") is True
    assert store.get("lab", "dana@example.com") is None


def test_a_chainer_with_nothing_to_chain_is_no_keychain(monkeypatch):
    # keyring caches its backends; one found while a test's D-Bus session was up must not be asked now.
    monkeypatch.setattr(keyring.backend, "get_all_keyring", lambda: [])
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    assert unusable_reason(chainer.ChainerBackend()) == "no keychain backend is available"
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [MemoryKeyring()])
    assert unusable_reason(chainer.ChainerBackend()) is None


def test_a_locked_keychain_turns_the_store_session_only_without_raising():
    backend = LockedKeyring()
    store = TokenStore(backend)
    assert store.persistent, "it looked fine until used"
    assert store.set("lab", "dana@example.com", "refresh-token-1") is False
    assert not store.persistent and store.message == MESSAGES[LOCKED], "named locked, not 'no keychain'"
    assert store.message.startswith("The keychain is locked")
    assert "KeyringLocked" in store.reason and "refresh-token-1" not in store.reason
    assert store.get("lab", "dana@example.com") == "refresh-token-1"
    calls = backend.calls
    store.set("lab", "dana@example.com", "refresh-token-2")
    assert backend.calls == calls, "no more attempts this session"
    assert store.delete("lab", "dana@example.com") is False, "the keychain may still hold an old token"


def test_a_keychain_that_fails_on_read_gives_no_token_and_says_so():
    store = TokenStore(LockedKeyring())
    assert store.get("lab", "dana@example.com") is None
    assert store.message == MESSAGES[LOCKED]


def test_an_empty_token_is_refused():
    with pytest.raises(ValueError):
        TokenStore(MemoryKeyring()).set("lab", "dana@example.com", "")


def test_a_signed_in_client_stores_its_token_and_a_new_session_signs_in_with_it(server):
    from desktop.api import AccountClient
    from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD

    backend = MemoryKeyring()
    tokens = TokenStore(backend)
    first = AccountClient(server.base_url, on_refresh_token=tokens.saver("sandbox", SANDBOX_EMAIL))
    refresh = first.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
    first.close()
    assert list(backend.entries.values()) == [refresh]
    assert SANDBOX_PASSWORD not in backend.entries.values(), "the password is never stored"

    later = AccountClient(server.base_url)
    later.use_refresh_token(TokenStore(backend).get("sandbox", SANDBOX_EMAIL))
    assert later.get_account().value.id
    later.close()
