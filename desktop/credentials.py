"""Refresh tokens and sign-in dialogs of the profiles, for the launcher (design §2, §4).

:class:`Credentials` owns the :class:`~desktop.store.TokenStore` (created on a worker the first
time: looking keyring's backend up may be slow), makes each profile's
:class:`~desktop.api.AccountClient` store every new refresh token, builds the sign-in dialogs, and
forgets a token at Sign Out. Tokens are stored under the e-mail address they were issued to (their
``email`` claim), and a sign-in as another address records that address in the profile, so the
next start finds the token. The password is only ever in the sign-in dialog and one request.

The sandbox signs in by itself with its well-known seed password, so its refresh token is not put
in the keychain: there is nothing to protect and nothing to gain, and the keychain gets no entry
the user never asked for.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from desktop.api import AccountClient
from desktop.api.tokens import read_token
from desktop.app import server_label
from desktop.ops import Ops
from desktop.store import Profile, ProfileError, Profiles, TokenStore
from desktop.views.sign_in_dialog import SignInDialog

log = logging.getLogger("desktop")

#: A stored refresh token with less left than this (seconds) is not used: the user signs in instead.
MIN_TOKEN_LEFT = 60


def token_email(token: str) -> str:
    """The ``email`` claim of a refresh token (``""`` when it has none or is not a JWT)."""
    try:
        return read_token(token).email
    except ValueError:
        return ""


class Credentials(QObject):
    """The profiles' refresh tokens and sign-ins (GUI thread, except where a method says otherwise).

    Args:
        ops: the application's background runner.
        profiles: the saved profiles (a sign-in may record the profile's e-mail).
        token_store: the refresh tokens (default: keyring's backend, created on first use).

    Signals:
        profile_changed(object): a profile's e-mail was recorded after a sign-in; the new :class:`Profile`.

    Attributes:
        re_sign_in_dialog: the sign-in dialog over a window (:meth:`sign_in_again`) while it is open.
    """

    profile_changed = Signal(object)

    def __init__(self, ops: Ops, profiles: Profiles, token_store: TokenStore | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._profiles = profiles
        self._tokens = token_store
        self._lock = threading.Lock()
        self._waiters: list[Callable[[bool], None]] = []
        self.re_sign_in_dialog: SignInDialog | None = None

    # -- tokens ------------------------------------------------------------------------------------

    def token_store(self) -> TokenStore:
        """The refresh tokens, created on first use (any thread)."""
        with self._lock:
            if self._tokens is None:
                self._tokens = TokenStore()
            return self._tokens

    @property
    def existing_store(self) -> TokenStore | None:
        """The token store if it was created already (e.g. for the Profiles window), else ``None``."""
        return self._tokens

    @property
    def message(self) -> str:
        """:data:`~desktop.store.SESSION_ONLY_MESSAGE` when tokens last only this session, else ``""``."""
        return (self._tokens.message or "") if self._tokens is not None else ""

    def stored_token(self, profile: Profile) -> str | None:
        """The profile's stored refresh token, or ``None`` (blocking: run it on a worker)."""
        return self.token_store().get(profile.id, profile.email) if profile.email else None

    def usable(self, profile: Profile, token: str) -> bool:
        """Whether a stored token can still sign in; an expired or unreadable one is deleted (on a worker)."""
        try:
            info = read_token(token)
        except ValueError:
            info = None
        if info is not None and info.seconds_left(datetime.now(UTC)) > MIN_TOKEN_LEFT:
            return True
        log.info("The stored refresh token of profile %s is %s; asking for a sign-in", profile.id,
                 "expired" if info else "unreadable")
        tokens = self.token_store()
        self._ops.run(lambda: tokens.delete(profile.id, profile.email))
        return False

    def saver(self, profile: Profile) -> Callable[[str], None]:
        """Stores each new refresh token (on the worker that got it) under the e-mail it was issued to."""
        def save(token: str) -> None:
            self.token_store().set(profile.id, token_email(token) or profile.email, token)

        return save

    def new_client(self, profile: Profile) -> AccountClient:
        """A client of the profile's server whose new refresh tokens (sign-in, renewal) are stored."""
        return AccountClient(profile.base_url, on_refresh_token=self.saver(profile))

    def forget(self, profile: Profile, on_done: Callable[[bool], None]) -> None:
        """Sign Out: delete the profile's stored token (on a worker); ``on_done(removed)`` on the GUI thread."""
        tokens = self.token_store()
        self._ops.run(lambda: tokens.delete(profile.id, profile.email), on_success=on_done,
                      on_failure=lambda _error: on_done(False))

    # -- sign-in dialogs ---------------------------------------------------------------------------

    def dialog(self, profile: Profile, client: AccountClient, parent: QWidget | None = None,
               notice: str = "") -> SignInDialog:
        """A sign-in dialog for the profile (its server and e-mail), with the keychain's notice if any."""
        dialog = SignInDialog(self._ops, client, parent, server_label=server_label(profile), email=profile.email,
                              notice=" ".join(filter(None, (notice, self.message))),
                              save_token=self.saver(profile))
        dialog.signed_in.connect(lambda email: self.remember_email(profile, email))
        return dialog

    def remember_email(self, profile: Profile, email: str) -> None:
        """Record the signed-in e-mail address in the profile when it differs (the token is keyed by it)."""
        if not email or email.casefold() == profile.email.casefold():
            return
        try:
            updated = self._profiles.edit(profile.id, email=email)
        except (KeyError, ProfileError, OSError) as error:
            log.warning("Could not record the e-mail address of profile %s: %s", profile.id, error)
            return
        self.profile_changed.emit(updated)

    def sign_in_again(self, profile: Profile, client: AccountClient, parent: QWidget,
                      done: Callable[[bool], None]) -> None:
        """Sign a window's client in again (e.g. after a 401); ``done(signed_in)`` on the GUI thread.

        A remote profile gets the sign-in dialog window-modal over ``parent``; the new refresh token
        is stored before ``done(True)``; Cancel calls ``done(False)``. A second call while the dialog
        is open waits for the same dialog. The sandbox signs in by itself.
        """
        if profile.is_sandbox:
            from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD

            self._ops.run(lambda: client.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD), on_success=lambda _t: done(True),
                          on_failure=lambda _e: done(False))
            return
        self._waiters.append(done)
        if self.re_sign_in_dialog is not None:
            self.re_sign_in_dialog.raise_()
            self.re_sign_in_dialog.activateWindow()
            return
        dialog = self.dialog(profile, client, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(lambda result: self._on_re_sign_in_dialog_finished(dialog, result))
        self.re_sign_in_dialog = dialog
        dialog.open()

    def _on_re_sign_in_dialog_finished(self, dialog: QDialog, result: int) -> None:
        self.re_sign_in_dialog = None
        dialog.deleteLater()
        waiters, self._waiters = self._waiters, []
        for done in waiters:
            done(result == QDialog.DialogCode.Accepted)
