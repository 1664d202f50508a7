"""Refresh tokens in the operating system's keychain, through ``keyring`` (design §4, issue 8 point 8).

Only the refresh token is kept: the password is used once to get a token
(:meth:`desktop.api.AccountClient.sign_in`) and never stored. Entries are service ``cxdesk``,
user name ``<profile id>:<e-mail>`` (Windows Credential Manager, macOS Keychain, the Secret
Service on Linux); a token longer than one entry takes is split over several
(:mod:`desktop.store.token_parts`).

Every keychain call, keyring's backend lookup included, runs through a
:class:`~desktop.store.keychain_calls.DeadlineRunner`: no method waits more than about 3 s for the
keychain (twice that when another call holds it), so a Secret Service that never answers cannot
leave the app blank. What goes wrong is kept apart by kind, each with its own sentence
(:meth:`TokenStore.message_for`):

- no keychain (keyring's ``fail`` or ``null`` backend, a ``keyrings.alt`` file backend, a chainer
  with nothing to chain, a D-Bus without a Secret Service): every profile, for the whole session;
- locked: every profile, for the whole session (trying again would only pop up unlock prompts);
- not answering: every profile while the abandoned call is still blocked; tried again after;
- refused: this one entry only; other profiles keep using the keychain.

In each case the token is kept in memory for this session and the store never falls back to a file.
A Sign Out that could not delete its token is remembered (:mod:`desktop.store.pending_sign_outs`)
and completed before that user's token is read again, so unlocking the keychain never signs the
user back in silently.

Wire it to the client so a renewed refresh token replaces the stored one::

    tokens = TokenStore(pending_path=data_dir() / "pending-sign-outs.json")
    client = AccountClient(url, on_refresh_token=tokens.saver(profile.id, profile.email))
    token = tokens.get(profile.id, profile.email)
    if token: client.use_refresh_token(token)
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from desktop.store import token_parts
from desktop.store.keychain_calls import (
    HUNG,
    KEYCHAIN_DEADLINE,
    LOCKED,
    MESSAGES,
    NO_KEYCHAIN,
    SESSION_ONLY_MESSAGE,
    DeadlineRunner,
    KeychainHung,
    Problem,
    backend_label,
    classify,
    problem_notice,
    unusable_reason,
)
from desktop.store.pending_sign_outs import PendingSignOuts

if TYPE_CHECKING:  # keyring itself loads with the first keychain call, on a worker (issue 11)
    from keyring.backend import KeyringBackend

    from desktop.domain.normalised import Notice

log = logging.getLogger(__name__)

__all__ = ["MESSAGES", "SERVICE", "SESSION_ONLY_MESSAGE", "TokenStore", "backend_label", "unusable_reason"]

#: The keychain service name of every entry.
SERVICE = "cxdesk"
_OK, _UNUSABLE, _FAILED = "ok", "unusable", "failed"
T = TypeVar("T")


class TokenStore:
    """The refresh tokens of every profile: in the keychain, or in memory for this session.

    Args:
        backend: the keyring backend (default: the one keyring chooses, looked up on first use
            within the deadline).
        pending_path: the file of unfinished Sign Outs (``None``: remembered in memory only).
        deadline: seconds one keychain call may take (default
            :data:`~desktop.store.keychain_calls.KEYCHAIN_DEADLINE`).

    Safe to use from several threads; every method blocks at most about twice ``deadline`` (run
    them on a worker). No method raises for a keychain failure: it is logged (without the token)
    and :meth:`message_for` tells the user.
    """

    def __init__(self, backend: KeyringBackend | None = None, *, pending_path: Path | None = None,
                 deadline: float = KEYCHAIN_DEADLINE) -> None:
        self._backend = backend
        self._runner = DeadlineRunner(deadline)
        self._lock = threading.Lock()
        self._memory: dict[str, str] = {}
        self._refused: dict[str, Problem] = {}
        self._problem: Problem | None = None
        self._unusable: str | None = None
        self.pending = PendingSignOuts(pending_path)
        if backend is not None:
            self._judge(backend)

    # -- state -------------------------------------------------------------------------------------

    @property
    def persistent(self) -> bool:
        """Whether tokens are kept in the keychain (``False``: in memory until the app quits)."""
        return self._unusable is None and self._problem is None

    @property
    def problem(self) -> Problem | None:
        """What keeps every profile's token out of the keychain now, or ``None``."""
        if self._unusable is not None:
            return Problem(NO_KEYCHAIN, self._unusable)
        return self._problem

    @property
    def backend_name(self) -> str:
        """The keyring backend's name, e.g. ``Windows WinVaultKeyring`` (for Help > Diagnostics)."""
        if self._backend is None:
            return "not answering" if self._runner.hung else "not looked up yet"
        return backend_label(self._backend)

    @property
    def message(self) -> Notice | None:
        """The sentence for :attr:`problem` (e.g. :data:`SESSION_ONLY_MESSAGE`), or ``None``.

        In English; a :class:`~desktop.domain.normalised.Notice`, which the views show in the user's language.
        """
        return self._describe(self.problem)

    @property
    def reason(self) -> str | None:
        """Why tokens are not persistent (technical, for the log or diagnostics), or ``None``."""
        problem = self.problem
        return f"{problem.kind}: {problem.detail}" if problem else None

    def message_for(self, profile_id: str, email: str) -> Notice | None:
        """Why this profile's token is not in the keychain (every profile's reason first), or ``None``.

        A :class:`~desktop.domain.normalised.Notice` in English, as :attr:`message`.
        """
        return self.message or self._describe(self._refused.get(self.username(profile_id, email)))

    def _describe(self, problem: Problem | None) -> Notice | None:
        if problem is None:
            return None
        return problem_notice(problem, self._runner.seconds)

    @staticmethod
    def username(profile_id: str, email: str) -> str:
        """The keychain user name of a profile's token: ``<profile id>:<e-mail, lower-case>``."""
        return f"{profile_id}:{(email or '').strip().casefold()}"

    # -- tokens ------------------------------------------------------------------------------------

    def get(self, profile_id: str, email: str) -> str | None:
        """The stored refresh token, or ``None`` (never signed in, signed out, or the keychain failed).

        Every Sign Out the keychain could not complete is completed first
        (:meth:`complete_sign_outs`); for a user still pending the token is not read (``None``).
        """
        user = self.username(profile_id, email)
        with self._lock:
            if user in self._memory:
                return self._memory[user]
        if self._sticky():
            return None
        self.complete_sign_outs()
        if user in self.pending:
            return None
        status, token = self._run(user, lambda b: token_parts.read(b, SERVICE, user))
        if status == _OK and token:
            with self._lock:
                self._memory.setdefault(user, token)
            return token
        return None

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
        if self._sticky():
            return False
        if self._run(user, lambda b: token_parts.write(b, SERVICE, user, token), token)[0] != _OK:
            return False
        self._refused.pop(user, None)
        self.pending.discard(user)  # the keychain now holds this token, not the signed-out one
        return True

    def set_in_background(self, profile_id: str, email: str, token: str,
                          on_done: Callable[[bool], None] | None = None) -> None:
        """Keep a token in memory now and write it to the keychain on a daemon thread; returns at once.

        ``on_done(in_keychain)`` is called on that thread afterwards (the result of :meth:`set`).

        Raises:
            ValueError: an empty token.
        """
        if not token:
            raise ValueError("An empty refresh token is not stored; use delete() to sign out.")
        with self._lock:
            self._memory[self.username(profile_id, email)] = token

        def write() -> None:
            stored = self.set(profile_id, email, token)
            if on_done is not None:
                on_done(stored)

        threading.Thread(target=write, name="keychain-write", daemon=True).start()

    def delete(self, profile_id: str, email: str) -> bool:
        """Sign out: forget the token in memory and remove it (all its parts) from the keychain.

        Returns:
            ``True`` when no copy is left (also when there was none); ``False`` when the keychain
            could not remove it (locked, not answering, refused): the Sign Out is then remembered
            and completed before this user's token is read again.
        """
        user = self.username(profile_id, email)
        with self._lock:
            self._memory.pop(user, None)
        self._refused.pop(user, None)
        if self._unusable is not None:
            return True  # nothing was ever stored
        if not self._sticky():
            status, _ = self._run(user, lambda b: token_parts.delete(b, SERVICE, user))
            if status != _FAILED:
                self.pending.discard(user)
                return True
        self.pending.add(user)
        log.warning("The Sign Out of %s is remembered until the keychain can delete its token.", user)
        return False

    def complete_sign_outs(self) -> None:
        """Delete the tokens of every remembered, unfinished Sign Out (also of removed profiles)."""
        for user in sorted(self.pending.users()):
            if self._sticky():
                return
            if self._run(user, functools.partial(token_parts.delete, service=SERVICE, user=user))[0] != _FAILED:
                self.pending.discard(user)
                log.info("Completed an earlier Sign Out of %s in the keychain.", user)

    def forget_refused(self, profile_id: str, email: str, token: str) -> bool:
        """Delete the stored token if it is still ``token`` (one the server refused with 401).

        Returns:
            Whether it was deleted (``False`` when a newer token replaced it, or deleting failed).
        """
        if self.get(profile_id, email) != token:
            return False
        return self.delete(profile_id, email)

    def saver(self, profile_id: str, email: str) -> Callable[[str], None]:
        """A callback for ``AccountClient(on_refresh_token=…)`` that stores each new refresh token."""
        def save(token: str) -> None:
            self.set(profile_id, email, token)

        return save

    # -- the keychain ------------------------------------------------------------------------------

    def _sticky(self) -> bool:
        """Whether the keychain is not to be tried again this session (none, or locked)."""
        problem = self.problem
        return problem is not None and problem.kind in (NO_KEYCHAIN, LOCKED)

    def _judge(self, backend: KeyringBackend) -> None:
        reason = unusable_reason(backend)
        if reason and self._unusable is None:
            log.warning("Refresh tokens are kept for this session only: %s.", reason)
        self._unusable = reason

    def _discover(self) -> KeyringBackend:
        """The keyring backend, looked up on first use (on the runner's thread: it asks D-Bus and may hang)."""
        if self._backend is None:
            import keyring  # here, not at the top: keyring loads on this thread, not at start-up (issue 11)

            backend = keyring.get_keyring()
            self._judge(backend)
            self._backend = backend
        return self._backend

    def _run(self, user: str, operation: Callable[[KeyringBackend], T], secret: str = "") -> tuple[str, T | None]:
        """Run ``operation(backend)`` within the deadline; ``(status, result)``, failures recorded."""
        def call() -> tuple[str, T | None]:
            backend = self._discover()
            if self._unusable is not None:
                return _UNUSABLE, None
            return _OK, operation(backend)

        try:
            outcome = self._runner.call(call)
        except KeychainHung as error:
            self._problem = Problem(HUNG, str(error))
            log.warning("The keychain did not answer: %s.", error)
            return _FAILED, None
        except Exception as error:  # keyring backends raise many kinds
            problem = classify(error)
            detail = self._redact(f"{problem.detail}: {error}", secret)
            problem = Problem(problem.kind, detail)
            if problem.global_:
                self._problem = problem
            else:
                self._refused[user] = problem
            log.warning("The keychain failed for %s (%s): %s.", user, problem.kind, detail)
            return _FAILED, None
        if self._problem is not None and self._problem.kind == HUNG:
            self._problem = None  # it answers again
        return outcome

    def _redact(self, text: str, secret: str) -> str:
        with self._lock:
            secrets = [*self._memory.values(), secret]
        for value in filter(None, secrets):
            text = text.replace(value, "…")
        return text
