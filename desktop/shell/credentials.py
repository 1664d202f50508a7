"""Refresh tokens and sign-in dialogs of the profiles, for the launcher (design §2, §4).

:class:`Credentials` owns the :class:`~desktop.store.TokenStore` (created on a worker the first
time: looking keyring's backend up may be slow), makes each profile's
:class:`~desktop.api.AccountClient` store every new refresh token, builds the sign-in dialogs, and
forgets a token at Sign Out. Tokens are stored under the e-mail address they were issued to (their
``email`` claim), and a sign-in as another address records that address in the profile, so the
next start finds the token. The password is only ever in the sign-in dialog and one request.

Issue 8 (points 7 and 8): the keychain is only touched on workers and within its deadline
(:class:`~desktop.store.TokenStore`); a new token is written in the background, so a sign-in never
waits for the keychain, and a failed write is reported through :attr:`Credentials.keychain_notice`.
A stored token is never deleted because the PC's clock says it expired: the server judges it, and
only a token the server refuses (401) is forgotten (:meth:`Credentials.sign_in_again`). Sign Out
also revokes the refresh token on the server (:meth:`Credentials.revoke`).

The sandbox signs in by itself with the sign-in its embedded server hands out
(:meth:`desktop.server.EmbeddedServer.sign_in_details`: the seed's well-known password), so its
refresh token is not put in the keychain: there is nothing to protect and nothing to gain, and
the keychain gets no entry the user never asked for.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from desktop.api import AccountClient, ApiError, SignInRequired
from desktop.api.tokens import read_token
from desktop.ops import Ops
from desktop.shell.connection import server_label
from desktop.store import Profile, Profiles, TokenStore
from desktop.store.pending_sign_outs import FILE_NAME as PENDING_SIGN_OUTS
from desktop.views.field_notices import translated
from desktop.views.messages import describe_error

if TYPE_CHECKING:
    from desktop.server import SignInDetails
    from desktop.views.sign_in_dialog import SignInDialog

log = logging.getLogger("desktop")

#: Sign Out against a server without ``POST auth/jwt/revoke`` (404).
LOCAL_ONLY = QT_TRANSLATE_NOOP("Credentials", "This server cannot end sign-ins, so signing out was local only: the old "
                               "sign-in token stays valid on the server until it expires.")
#: Sign Out when the server could not be told (``{error}``: what went wrong).
NOT_REVOKED = QT_TRANSLATE_NOOP("Credentials", "The server could not be told to end the sign-in ({error}), so "
                                "signing out was local only: the old sign-in token stays valid on the server until "
                                "it expires.")
#: Sign Out when the keychain could not delete the token (locked, not answering).
NOT_REMOVED = QT_TRANSLATE_NOOP("Credentials", "The keychain could not remove the sign-in token now; the app "
                                "removes it before it next reads a token, so unlocking the keychain will not sign you "
                                "back in.")


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
        keychain_notice(object, object): a token written in the background did not reach the keychain;
            the :class:`Profile` and the notice to show, untranslated (:meth:`notice_for`; not a Qt
            ``str`` argument, which would drop the :class:`~desktop.store.keychain_calls.Notice`'s template).

    Attributes:
        re_sign_in_dialog: the sign-in dialog over a window (:meth:`sign_in_again`) while it is open.
    """

    profile_changed = Signal(object)
    keychain_notice = Signal(object, object)
    _write_failed = Signal(object)

    def __init__(self, ops: Ops, profiles: Profiles, token_store: TokenStore | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._profiles = profiles
        self._tokens = token_store
        self._lock = threading.Lock()
        self._waiters: list[Callable[[bool], None]] = []
        self.re_sign_in_dialog: SignInDialog | None = None
        self._write_failed.connect(self._on_write_failed)

    # -- tokens ------------------------------------------------------------------------------------

    def token_store(self) -> TokenStore:
        """The refresh tokens, created on first use (on a worker: it looks up the data folder)."""
        with self._lock:
            if self._tokens is None:
                from desktop.paths import data_dir

                self._tokens = TokenStore(pending_path=data_dir() / PENDING_SIGN_OUTS)
            return self._tokens

    @property
    def existing_store(self) -> TokenStore | None:
        """The token store if it was created already (e.g. for the Profiles window), else ``None``."""
        return self._tokens

    @property
    def message(self) -> str:
        """Why no profile's token reaches the keychain (no keychain, locked, not answering), else ``""``.

        In the user's language.
        """
        message = self._tokens.message if self._tokens is not None else None
        return translated(message) if message else ""

    def message_for(self, profile: Profile) -> str:
        """Why this profile's token is not in the keychain (every profile's reason first), else ``""``.

        In the user's language.
        """
        notice = self.notice_for(profile)
        return translated(notice) if notice else ""

    def notice_for(self, profile: Profile) -> str:
        """:meth:`message_for` untranslated: a :class:`~desktop.store.keychain_calls.Notice`, or ``""``.

        For a view that says it again after View > Language (the status bar's notice).
        """
        notice = self._tokens.message_for(profile.id, profile.email) if self._tokens is not None else None
        return notice or ""

    def stored_token(self, profile: Profile) -> str | None:
        """The profile's stored refresh token, or ``None`` (on a worker; at most the keychain's deadline)."""
        return self.token_store().get(profile.id, profile.email) if profile.email else None

    def usable(self, profile: Profile, token: str) -> bool:
        """Whether a stored token can be offered to the server (it is a JWT); never deletes it.

        Its expiry is the server's to judge, not the PC clock's (issue 8, point 7): a token the
        server refuses is forgotten in :meth:`sign_in_again`.
        """
        try:
            read_token(token)
        except ValueError:
            log.info("The stored refresh token of profile %s is unreadable; asking for a sign-in", profile.id)
            return False
        return True

    def saver(self, profile: Profile) -> Callable[[str], None]:
        """Stores each new refresh token under the e-mail it was issued to, in the background.

        It returns at once (the token is kept in memory first), so a sign-in never waits for the
        keychain; a write that fails is reported through :attr:`keychain_notice`.
        """
        def save(token: str) -> None:
            email = token_email(token) or profile.email
            self.token_store().set_in_background(profile.id, email, token,
                                                 on_done=lambda stored: self._report_write(profile, stored))

        return save

    def _report_write(self, profile: Profile, stored: bool) -> None:
        """On the writing thread: hand the outcome to the GUI thread."""
        if stored:
            return
        try:
            self._write_failed.emit(profile)
        except RuntimeError:  # the app is gone
            pass

    def _on_write_failed(self, profile: Profile) -> None:
        notice = self.notice_for(profile)
        if notice:
            self.keychain_notice.emit(profile, notice)

    def new_client(self, profile: Profile) -> AccountClient:
        """A client of the profile's server whose new refresh tokens (sign-in, renewal) are stored."""
        return AccountClient(profile.base_url, on_refresh_token=self.saver(profile))

    def forget(self, profile: Profile, on_done: Callable[[bool], None]) -> None:
        """Sign Out: delete the profile's stored token (on a worker); ``on_done(removed)`` on the GUI thread.

        When the keychain cannot delete it (locked, not answering) the Sign Out is remembered and
        completed before the next read of a token (:class:`~desktop.store.TokenStore`).
        """
        def delete_stored_token() -> bool:
            return self.token_store().delete(profile.id, profile.email)

        self._ops.run(delete_stored_token, on_success=on_done, on_failure=lambda _error: on_done(False))

    def revoke(self, client: AccountClient, on_done: Callable[[str], None]) -> None:
        """Sign Out on the server: revoke the client's refresh token (on a worker), then forget its tokens.

        ``on_done(text)`` on the GUI thread: ``""`` when the server ended the sign-in, else a
        sentence saying that signing out was local only (:data:`LOCAL_ONLY`, :data:`NOT_REVOKED`).
        """
        def revoked(done: bool) -> None:
            on_done("" if done else QCoreApplication.translate("Credentials", LOCAL_ONLY))

        def failed(error: BaseException) -> None:
            log.warning("Could not revoke the refresh token: %s", error)
            on_done(QCoreApplication.translate("Credentials", NOT_REVOKED).format(
                error=describe_error(error).rstrip(".")))

        self._ops.run(client.revoke_refresh_token, on_success=revoked, on_failure=failed)

    def forget_if_refused(self, profile: Profile) -> bool:
        """Ask the server about the stored token; delete it only if the server refuses it (401). Blocking.

        Returns:
            Whether it was deleted. Not when the server could not be asked, accepts it, or a newer
            token replaced it meanwhile.
        """
        if profile.is_sandbox or not profile.email:
            return False
        store = self.token_store()
        token = store.get(profile.id, profile.email)
        if not token:
            return False
        probe = AccountClient(profile.base_url)
        try:
            probe.sign_in_with_refresh_token(token)
        except SignInRequired as error:
            if error.status != 401:
                return False
            log.info("The server refused the stored refresh token of profile %s; forgetting it", profile.id)
            return store.forget_refused(profile.id, profile.email, token)
        except (ApiError, ValueError):
            return False
        finally:
            probe.close()
        return False

    # -- sign-in dialogs ---------------------------------------------------------------------------

    def dialog(self, profile: Profile, client: AccountClient, parent: QWidget | None = None,
               notice: str = "") -> SignInDialog:
        """A sign-in dialog for the profile (its server and e-mail), with the keychain's notice if any."""
        from desktop.views.sign_in_dialog import SignInDialog  # only when needed: not on a signed-in start

        keychain = self.message_for(profile)
        dialog = SignInDialog(self._ops, client, parent, server_label=server_label(profile), email=profile.email,
                              notice=" ".join(filter(None, (notice, keychain))), session_only=bool(keychain),
                              save_token=self.saver(profile))
        dialog.signed_in.connect(lambda email: self.remember_email(profile, email))
        return dialog

    def remember_email(self, profile: Profile, email: str) -> None:
        """Record the signed-in e-mail address in the profile when it differs (the token is keyed by it).

        Written on a worker (the ``"disk"`` lane); ``profile_changed`` is emitted once it is written.
        """
        if not email or email.casefold() == profile.email.casefold():
            return
        profiles = self._profiles

        def record_email() -> Profile:
            return profiles.edit(profile.id, email=email)

        self._ops.run(record_email, lane="disk", on_success=self.profile_changed.emit,
                      on_failure=lambda error: log.warning("Could not record the e-mail address of profile %s: %s",
                                                           profile.id, error))

    def sign_in_again(self, profile: Profile, client: AccountClient, parent: QWidget,
                      done: Callable[[bool], None], *, sandbox: SignInDetails | None = None) -> None:
        """Sign a window's client in again (e.g. after a 401); ``done(signed_in)`` on the GUI thread.

        A remote profile gets the sign-in dialog window-modal over ``parent``; the new refresh token
        is kept (and written to the keychain in the background) before ``done(True)``; Cancel calls
        ``done(False)``. A second call while the dialog is open waits for the same dialog. The
        sandbox signs in by itself with ``sandbox``, the sign-in its embedded server handed out
        (``done(False)`` without one). Meanwhile the stored token is shown to the server on a worker
        and forgotten if the server refuses it (:meth:`forget_if_refused`).
        """
        if profile.is_sandbox:
            if sandbox is None:
                done(False)
                return
            details = sandbox

            def sign_in_to_sandbox() -> str:
                return client.sign_in(details.email, details.password)

            self._ops.run(sign_in_to_sandbox, on_success=lambda _t: done(True), on_failure=lambda _e: done(False))
            return
        self._waiters.append(done)
        if self.re_sign_in_dialog is not None:
            self.re_sign_in_dialog.raise_()
            self.re_sign_in_dialog.activateWindow()
            return

        def check_stored_token() -> bool:
            return self.forget_if_refused(profile)

        self._ops.run(check_stored_token)
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
