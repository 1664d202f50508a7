"""A keyring backend for tests of the real ``cxdesk`` process: entries in a JSON file named by an environment variable.

A child process started with ``PYTHON_KEYRING_BACKEND=tests.file_keyring.FileKeyring`` and
``CXDESK_TEST_KEYRING=/tmp/…/keyring.json`` reads the refresh token the test wrote there. Test-only:
a real install never keeps a token in a file (:func:`desktop.store.secrets.unusable_reason`).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

#: The environment variable naming the JSON file.
ENV = "CXDESK_TEST_KEYRING"


def _key(service: str, username: str) -> str:
    return f"{service}\n{username}"


class FileKeyring(KeyringBackend):
    """Keeps ``(service, user) -> secret`` in the JSON file named by ``CXDESK_TEST_KEYRING``."""

    #: Never chosen by keyring itself; only ``PYTHON_KEYRING_BACKEND`` selects it.
    priority = -1

    @staticmethod
    def _path() -> Path:
        return Path(os.environ[ENV])

    def _read(self) -> dict[str, str]:
        try:
            return json.loads(self._path().read_text())
        except FileNotFoundError:
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(_key(service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._read()
        entries[_key(service, username)] = password
        self._path().write_text(json.dumps(entries))

    def delete_password(self, service: str, username: str) -> None:
        entries = self._read()
        if entries.pop(_key(service, username), None) is None:
            raise PasswordDeleteError(username)
        self._path().write_text(json.dumps(entries))


def write_token(path: Path, profile_id: str, email: str, token: str) -> None:
    """Store a profile's refresh token in the file as :class:`desktop.store.TokenStore` would look it up."""
    from desktop.store.secrets import SERVICE, TokenStore

    entries = json.loads(path.read_text()) if path.exists() else {}
    entries[_key(SERVICE, TokenStore.username(profile_id, email))] = token
    path.write_text(json.dumps(entries))
