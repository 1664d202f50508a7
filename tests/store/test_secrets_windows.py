"""The token store on Windows' own keychain, the Credential Manager (keyring's WinVaultKeyring).

Runs on Windows only: in CI under wine (packaging/windows/wine_check.py), whose advapi32 implements the
Credential Manager API (CredWriteW/CredReadW/CredDeleteW), and on the windows-latest runner.
"""

from __future__ import annotations

import sys
import uuid

import pytest

from desktop.store import token_parts
from desktop.store.secrets import SERVICE, TokenStore

pytestmark = pytest.mark.skipif(sys.platform != "win32", reason="the Credential Manager is Windows' keychain")

LONG_TOKEN = "eyJ" + "x" * 4997  # over the Credential Manager's 2,560-byte (1,280 UTF-16 characters) blob limit


@pytest.fixture
def vault():
    from keyring.backends.Windows import WinVaultKeyring

    backend = WinVaultKeyring()
    users = []
    yield backend, users
    for user in users:
        token_parts.delete(backend, SERVICE, user)


def test_the_windows_keychain_is_the_credential_manager(vault):
    import keyring

    assert type(keyring.get_keyring()).__name__ == "WinVaultKeyring"


def test_a_token_is_stored_read_and_deleted_in_the_credential_manager(vault, tmp_path):
    backend, users = vault
    email = f"dana-{uuid.uuid4().hex[:8]}@example.com"
    users.append(f"lab:{email}")
    store = TokenStore(backend, pending_path=tmp_path / "pending.json")
    assert store.set("lab", email.title(), "refresh-token-1") is True
    assert backend.get_password(SERVICE, f"lab:{email}") == "refresh-token-1"
    assert TokenStore(backend).get("lab", email) == "refresh-token-1", "a new session finds it"
    assert store.delete("lab", email) is True
    assert backend.get_password(SERVICE, f"lab:{email}") is None
    assert store.persistent and store.message is None


def test_a_token_over_the_blob_limit_is_stored_in_parts_and_read_whole(vault, tmp_path):
    backend, users = vault
    email = f"erin-{uuid.uuid4().hex[:8]}@example.com"
    users.append(f"lab:{email}")
    store = TokenStore(backend, pending_path=tmp_path / "pending.json")
    assert store.set("lab", email, LONG_TOKEN) is True
    assert TokenStore(backend).get("lab", email) == LONG_TOKEN
    assert store.delete("lab", email) is True
    assert TokenStore(backend).get("lab", email) is None
