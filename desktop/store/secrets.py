"""Refresh tokens in the operating system's keychain, through ``keyring`` (design §4).

Only the refresh token is kept: the password is used once to get a token
(:meth:`desktop.api.AccountClient.sign_in`) and never stored. Entries are service ``cxdesk``,
user name ``<profile id>:<e-mail>`` (Windows Credential Manager, macOS Keychain, the Secret
Service on Linux).

When no usable keychain exists (keyring's ``fail`` or ``null`` backend, a chainer with nothing to
chain, a backend of ``keyrings.alt`` that would write a file) or the keychain fails (locked, access
refused), the token is kept in memory for this session only, :attr:`TokenStore.persistent` turns
``False`` and :attr:`TokenStore.message` says so in plain words. The store never falls back to a
file.

Wire it to the client so a renewed refresh token replaces the stored one::

    tokens = TokenStore()
    client = AccountClient(url, on_refresh_token=tokens.saver(profile.id, profile.email))
    token = tokens.get(profile.id, profile.email)
    if token: client.use_refresh_token(token)
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import PasswordDeleteError

log = logging.getLogger(__name__)

#: The keychain service name of every entry.
SERVICE = "cxdesk"
#: What the user is told when tokens cannot be kept in the keychain.
SESSION_ONLY_MESSAGE = "No keychain is available: you stay signed in for this session only."


def unusable_reason(backend: KeyringBackend) -> str | None:
    """Why a keyring backend cannot keep a token safely across sessions, or ``None`` when it can.

    Refused: keyring's ``fail`` backend (none installed), its ``null`` backend (stores nothing), a
    chainer with no backend to chain, and ``keyrings.alt`` backends (they keep secrets in a file).
    A chainer is judged by the backend it writes to (its first one).
    """
    if isinstance(backend, fail.Keyring):
        return "no keychain backend is available"
    if isinstance(backend, null.Keyring):
        return "the null keyring stores nothing"
    if isinstance(backend, chainer.ChainerBackend):
        chained = list(backend.backends)
        return unusable_reason(chained[0]) if chained else "no keychain backend is available"
    if type(backend).__module__.startswith("keyrings.alt"):
        return f"{backend_label(backend)} would keep the token in a file"
    return None


def backend_label(backend: KeyringBackend) -> str:
    """A short name of a backend for diagnostics, e.g. ``macOS Keyring`` or ``fail Keyring``."""
    try:
        return str(backend.name)
    except Exception:  # a third-party backend's name property may fail
        return type(backend).__name__


class TokenStore:
    """The refresh tokens of every profile: in the keychain, or in memory for this session.

    Args:
        backend: the keyring backend (default: ``keyring.get_keyring()``, the one keyring chose).

    Safe to use from several threads. No method raises for a keychain failure: it is logged
    (without the token), the store turns session-only, and :attr:`message` tells the user.
    """

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend if backend is not None else keyring.get_keyring()
        self._lock = threading.Lock()
        self._memory: dict[str, str] = {}
        self._reason = unusable_reason(self._backend)
        self._usable = self._reason is None
        if self._reason:
            log.warning("Refresh tokens are kept for this session only: %s.", self._reason)

    @property
    def persistent(self) -> bool:
        """Whether tokens are kept in the keychain (``False``: in memory until the app quits)."""
        return self._reason is None

    @property
    def backend_name(self) -> str:
        """The keyring backend's name, e.g. ``Windows WinVaultKeyring`` (for Help > Diagnostics)."""
        return backend_label(self._backend)

    @property
    def message(self) -> str | None:
        """:data:`SESSION_ONLY_MESSAGE` when tokens are not persistent, else ``None``."""
        return None if self.persistent else SESSION_ONLY_MESSAGE

    @property
    def reason(self) -> str | None:
        """Why tokens are not persistent (technical, for the log or diagnostics), or ``None``."""
        return self._reason

    @staticmethod
    def username(profile_id: str, email: str) -> str:
        """The keychain user name of a profile's token: ``<profile id>:<e-mail, lower-case>``."""
        return f"{profile_id}:{(email or '').strip().casefold()}"

    def get(self, profile_id: str, email: str) -> str | None:
        """The stored refresh token, or ``None`` (never signed in, signed out, or the keychain failed)."""
        user = self.username(profile_id, email)
        with self._lock:
            if user in self._memory:
                return self._memory[user]
            if not self.persistent:
                return None
            try:
                token = self._backend.get_password(SERVICE, user)
            except Exception as error:  # keyring backends raise many kinds
                self._degrade(error)
                return None
            if token:
                self._memory[user] = token
            return token or None

    def set(self, profile_id: str, email: str, token: str) -> bool:
        """Keep a refresh token (replacing the previous one).

        Returns:
            Whether it is in the keychain (``False``: in memory for this session only).

        Raises:
            ValueError: an empty token.
        """
        if not token:
            raise ValueError("An empty refresh token is not stored; use delete() to sign out.")
        user = self.username(profile_id, email)
        with self._lock:
            self._memory[user] = token
            if not self.persistent:
                return False
            try:
                self._backend.set_password(SERVICE, user, token)
            except Exception as error:  # keyring backends raise many kinds
                self._degrade(error)
                return False
            return True

    def delete(self, profile_id: str, email: str) -> bool:
        """Sign out: forget the token in memory and remove it from the keychain.

        Returns:
            ``True`` when no copy is left (also when there was none); ``False`` when the keychain
            refused to remove it (e.g. locked): it may still be there on the next start.
        """
        user = self.username(profile_id, email)
        with self._lock:
            self._memory.pop(user, None)
            if not self._usable:
                return True
            try:
                self._backend.delete_password(SERVICE, user)
            except PasswordDeleteError:
                return True  # nothing stored
            except Exception as error:  # keyring backends raise many kinds
                log.warning("Could not remove a refresh token from the keychain (%s).", type(error).__name__)
                return False
            return True

    def saver(self, profile_id: str, email: str) -> Callable[[str], None]:
        """A callback for ``AccountClient(on_refresh_token=…)`` that stores each new refresh token."""
        def save(token: str) -> None:
            self.set(profile_id, email, token)

        return save

    def _degrade(self, error: Exception) -> None:
        text = str(error)
        for token in self._memory.values():
            text = text.replace(token, "…")
        self._reason = f"the keychain failed ({type(error).__name__}: {text})"
        log.warning("Refresh tokens are kept for this session only: %s.", self._reason)
