"""Opening a profile up to its window: :class:`ProfileOpener`, owned by the launcher (design §4).

A sandbox profile starts the account service in a child process and opens its window at once,
from the cache, saying that the sandbox is starting; it signs in by itself once the service answers
(:func:`desktop.shell.connection.spawn_sandbox`, :func:`~desktop.shell.connection.sign_in_to_sandbox`).
A remote profile needs its offline store and a signed-in client. The store is opened on a worker
first. When it holds cached values (and the profile has an e-mail), the window opens on them at
once and the stored refresh token is read after its first paint (issue 11: the keychain and the
JWT library are not on the first paint's path); without a usable token the window asks for a
sign-in over itself (:meth:`desktop.shell.launcher.Launcher.sign_in_again`), the cached values
staying on screen.
Without a cache, the token is read (on a worker, within the keychain's deadline of about 3 s,
issue 8) before the window opens, and the start-up sign-in dialog is shown when there is no usable
token (at once when the profile has no e-mail yet). A keychain that does not answer, or is locked,
leads to a sign-in with a notice naming it, never to a blank screen. Once signed in and the store
is open, the launcher gets a :class:`~desktop.shell.connection.Session` to open the window with.

The offline stores opened here stay open for the process's lifetime (a profile opened again reuses
its store) and are closed by :meth:`ProfileOpener.close_stores` when the app quits.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from desktop.api import AccountClient
from desktop.ops import Ops
from desktop.paths import sandbox_db_path
from desktop.shell.connection import Session, read_cached, server_label, sign_in_to_sandbox, spawn_sandbox
from desktop.shell.credentials import Credentials
from desktop.shell.sandbox_process import SandboxProcess
from desktop.shell.window_setup import Screenshot
from desktop.store import OfflineStore, Profile

log = logging.getLogger("desktop")


class OpeningHost(Protocol):
    """What :class:`ProfileOpener` uses of its launcher (:class:`desktop.shell.launcher.Launcher`)."""

    profile: Profile | None
    session: Session | None

    def open_window(self, session: Session) -> None:
        """Open the main window on a session (signed in, or a sandbox still ``starting``)."""

    def sandbox_ready(self, session: Session) -> None:
        """The sandbox's service answers and the session's client is signed in: load the account."""

    def boot_failed(self, error: BaseException) -> None:
        """Say that the profile could not be opened (or the sandbox not started) and end."""

    def sign_in_cancelled(self) -> None:
        """The user cancelled the start-up sign-in dialog."""


class ProfileOpener:
    """Brings a profile from its entry in ``profiles.json`` to a :class:`Session` (GUI thread; work on workers).

    Args:
        ops: the application's background runner.
        credentials: the profiles' refresh tokens and sign-in dialogs.
        host: the launcher (:class:`OpeningHost`): it opens the window and handles the ends.
        sandbox_db: the sandbox service's database (``None``: :func:`desktop.paths.sandbox_db_path`).
        screenshot: the ``--screenshot`` run, if this is one: a needed sign-in fails it, no dialog shows.
        early_sandbox: the sandbox's child, started before Qt loaded (:func:`desktop.app.main`); the
            first sandbox opened uses it.

    Attributes:
        sign_in_dialog: the start-up sign-in dialog while shown, else ``None``.
    """

    def __init__(self, ops: Ops, credentials: Credentials, host: OpeningHost, *, sandbox_db: Path | None = None,
                 screenshot: Screenshot | None = None, early_sandbox: SandboxProcess | None = None) -> None:
        self._ops = ops
        self._credentials = credentials
        self._host = host
        self._sandbox_db = sandbox_db
        self._screenshot = screenshot
        self.sign_in_dialog = None
        self._stores: dict[str, OfflineStore] = {}
        self._opening: dict[str, Any] = {}
        self._early_sandbox = early_sandbox

    def open(self, profile: Profile) -> None:
        """Start the sandbox, or find the stored token (asking for a sign-in without one); then open the window."""
        store = self._stores.get(profile.id)
        if profile.is_sandbox:
            db_path = self._sandbox_db or sandbox_db_path()
            log.info("starting the sandbox account service on %s", db_path)
            early, self._early_sandbox = self._early_sandbox, None

            def boot_sandbox() -> Session:
                return self._boot_sandbox(profile, db_path, store, early)

            self._ops.run(boot_sandbox, on_success=self._on_sandbox_started, on_failure=self._host.boot_failed)
            return
        client = self._credentials.new_client(profile)
        self._opening = {"profile": profile, "client": client}

        def read_store() -> dict[str, object]:
            store_read = store or _open_store(profile)
            return {"store": store_read, "cached": read_cached(client, store_read)}

        self._ops.run(read_store, on_success=lambda prepared: self._on_store_read(profile, prepared),
                      on_failure=self._host.boot_failed)
        if not profile.email:  # no e-mail, no stored token: ask at once (the store opens meanwhile)
            self._show_sign_in(profile, client)

    def sign_in_from_keychain(self, session: Session, then: Callable[[bool], None]) -> None:
        """Give a window opened from its cache (:attr:`Session.token_pending`) the stored refresh token, then load.

        The token is read on a worker (the keychain within its deadline, issue 8), after the window
        painted the cached values (issue 11); ``then(signed_in)`` runs on the GUI thread either way
        (``False``: no usable token, or the read failed), and the launcher loads, or first asks for
        a sign-in over the window.
        """
        profile, client = session.profile, session.client
        assert profile is not None  # noqa: S101 - a remote profile's session

        def read_stored_token() -> bool:
            return self._use_stored_token(profile, client)

        def failed(error: BaseException) -> None:
            log.error("The stored refresh token of profile %s could not be read: %s", profile.id, error)
            then(False)

        session.token_pending = False
        self._ops.run(read_stored_token, on_success=then, on_failure=failed)

    def ask_sign_in(self, profile: Profile, notice: str = "") -> None:
        """Ask for a sign-in to ``profile`` with a new client (after a Sign Out); its window opens once signed in."""
        client = self._credentials.new_client(profile)
        self._opening = {"profile": profile, "client": client, "store": self._stores.get(profile.id)}
        self._show_sign_in(profile, client, notice)

    def abandon_early_sandbox(self) -> None:
        """The app quits without having opened the sandbox: let the child started early end (closes its pipe)."""
        early, self._early_sandbox = self._early_sandbox, None
        if early is not None:
            early.abandon()

    def close_stores(self) -> None:
        """Close every offline store opened here (when the app quits)."""
        for store in self._stores.values():
            store.close()
        self._stores.clear()

    # -- the sandbox -----------------------------------------------------------------------------

    def _boot_sandbox(self, profile: Profile, db_path: Path, store: OfflineStore | None,
                      early: SandboxProcess | None) -> Session:
        """On a worker: start the sandbox's child (its address comes at once) and open the offline store."""
        session = spawn_sandbox(db_path, early)
        session.profile, session.store = profile, store or _open_store(profile)
        session.cached = read_cached(session.client, session.store)
        return session

    def _on_sandbox_started(self, session: Session) -> None:
        """Open the window on the cache now; sign in once the child's service answers (issue 11)."""
        if session.store is not None and session.profile is not None:
            self._stores[session.profile.id] = session.store
        self._host.open_window(session)
        credentials = self._credentials
        # With nothing cached (a first run) the window shows values only once the service answers: load
        # the HTTP stack while it starts. With a cache, the first paint comes first and the stack loads later.
        nothing_shown = not any((session.cached or {}).values())

        def sign_in_sandbox() -> Session:
            credentials.token_store()  # created now, off the first paint's path (the Profiles window uses it)
            if nothing_shown:
                session.client.prepare()
            sign_in_to_sandbox(session)
            return session

        self._ops.run(sign_in_sandbox, on_success=self._host.sandbox_ready,
                      on_failure=lambda error: self._on_sandbox_failed(session, error))

    def _on_sandbox_failed(self, session: Session, error: BaseException) -> None:
        if self._host.session is session:
            self._host.boot_failed(error)
        else:  # the window was closed or switched meanwhile, which stopped the service: nothing failed
            log.info("the sandbox stopped before it was ready: %s", error)

    # -- a remote profile ------------------------------------------------------------------------

    def _use_stored_token(self, profile: Profile, client: AccountClient) -> bool:
        """On a worker: read the stored refresh token and give it to the client if usable; whether it was.

        Reading it (keyring, PyJWT) stays off the GUI thread, and after the first paint where there is
        a cache: with the keychain, it is the first paint's longest wait (issue 11).
        """
        token = self._credentials.stored_token(profile)
        if token and self._credentials.usable(profile, token):
            client.use_refresh_token(token)
            return True
        return False

    def _on_store_read(self, profile: Profile, prepared: dict[str, object]) -> None:
        """The offline store is open: open the window on its cache now, or find the token first (no cache)."""
        store, cached = prepared["store"], prepared["cached"]
        if store is not None:
            self._stores[profile.id] = store
        opening = self._opening
        if opening.get("profile") is not profile:
            return  # another profile was chosen meanwhile
        opening["store"], opening["cached"] = store, cached
        if (profile.email and self.sign_in_dialog is None and self._screenshot is None
                and isinstance(cached, dict) and any(cached.values())):
            # ready to open: the cached values first, the keychain after (Session.token_pending)
            opening["signed_in"] = opening["token_pending"] = True
            self._open_when_ready()
            return
        client = opening["client"]

        def read_stored_token() -> bool:
            return self._use_stored_token(profile, client)

        self._ops.run(read_stored_token, on_success=lambda signed_in: self._on_token_read(profile, signed_in),
                      on_failure=self._host.boot_failed)

    def _on_token_read(self, profile: Profile, signed_in: bool) -> None:
        opening = self._opening
        if opening.get("profile") is not profile:
            return  # another profile was chosen meanwhile
        if self.sign_in_dialog is not None:
            keychain = self._credentials.message_for(profile)
            self.sign_in_dialog.set_notice(keychain, session_only=bool(keychain))
        if signed_in:
            opening["signed_in"] = True
        elif not opening.get("signed_in") and self.sign_in_dialog is None:
            self._show_sign_in(profile, opening["client"])
        self._open_when_ready()

    def _open_when_ready(self) -> None:
        opening = self._opening
        if opening.get("signed_in") and "store" in opening:
            self._opening = {}
            profile = self._host.profile  # as the launcher knows it now (a sign-in may have recorded its e-mail)
            self._host.open_window(Session(opening["client"], server_label(profile), None, profile, opening["store"],
                                           cached=opening.get("cached"),
                                           token_pending=bool(opening.get("token_pending"))))

    # -- the start-up sign-in dialog -------------------------------------------------------------

    def _show_sign_in(self, profile: Profile, client: AccountClient, notice: str = "") -> None:
        if self._screenshot is not None:
            self._screenshot.fail(f"profile {profile.name} needs a sign-in: run cxdesk --profile {profile.id} once")
            return
        dialog = self._credentials.dialog(profile, client, None, notice)
        dialog.accepted.connect(self._on_sign_in_dialog_accepted)
        dialog.rejected.connect(self._on_sign_in_dialog_rejected)
        dialog.finished.connect(dialog.deleteLater)
        self.sign_in_dialog = dialog
        dialog.show()

    def _on_sign_in_dialog_accepted(self) -> None:
        self.sign_in_dialog = None
        self._opening["signed_in"] = True
        self._open_when_ready()

    def _on_sign_in_dialog_rejected(self) -> None:
        self.sign_in_dialog = None
        self._opening = {}
        self._host.sign_in_cancelled()


def _open_store(profile: Profile) -> OfflineStore | None:
    """Open a profile's offline store (on a worker); ``None`` when it cannot be opened (the app works online)."""
    try:
        return OfflineStore.open(profile)
    except Exception as error:  # noqa: BLE001 - a newer or damaged file: keep it untouched and go on online
        log.error("The offline data of profile %s could not be opened: %s", profile.id, error)
        return None
