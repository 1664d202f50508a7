"""The launcher: opens one profile at a time in one main window, and moves between profiles (design §4).

:class:`Launcher` runs on the GUI thread and drives everything between the command line and the
main window: claim the profile (:mod:`desktop.shell.instance`), get a signed-in session for it
(:class:`~desktop.shell.opening.ProfileOpener`: the sandbox, or the stored refresh token or a
sign-in, and the offline store), open the window (:mod:`desktop.shell.window_setup`), and move to
another profile or sign out once it has closed (:class:`~desktop.shell.profile_switching.ProfileSwitcher`).
The keychain, the offline database and the network are only touched on workers through
:class:`~desktop.ops.Ops`; refresh tokens and sign-in dialogs are
:class:`desktop.shell.credentials.Credentials`' business. A token that does not reach the keychain
is reported where the user looks: the window's notice, or the sign-in dialog.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from desktop import APP_NAME
from desktop.ops import Ops
from desktop.shell.connection import Session
from desktop.shell.credentials import Credentials
from desktop.shell.first_paint import after_first_paint
from desktop.shell.instance import SingleInstance, show_in_front
from desktop.shell.opening import ProfileOpener
from desktop.shell.profile_choice import StartupError, choose_profile
from desktop.shell.profile_switching import ProfileSwitcher
from desktop.shell.quitting import wind_down
from desktop.shell.sandbox_process import SandboxProcess
from desktop.shell.window_setup import CloseWatch, Screenshot, build_window, dress_window, load_views
from desktop.startup_gc import collection_paused, resume_collection
from desktop.store import Profile, Profiles, TokenStore
from desktop.views.field_notices import translated
from desktop.views.session_menu import show_keychain_notice

log = logging.getLogger("desktop")


class Launcher(QObject):
    """Drives start-up and the profile's lifetime on the GUI thread.

    Args:
        app: the application.
        args: the parsed command line (:func:`desktop.shell.args.parse_args`).
        profiles: the saved profiles (default: ``profiles.json`` in the config folder).
        token_store: the refresh tokens (default: a :class:`~desktop.store.TokenStore` on keyring's
            backend, created on a worker when first needed).
        one_per_profile: claim each opened profile for this process (:mod:`desktop.shell.instance`);
            :func:`desktop.app.main` turns it on except for ``--screenshot``.
        early_sandbox: the sandbox's child process, started before Qt loaded when the sandbox opens
            (:func:`desktop.app.main`; :class:`~desktop.shell.opening.ProfileOpener` uses it).

    For ``--screenshot`` it saves the window once the account is shown and quits with 0, or quits
    with 1 if loading fails, a sign-in would be needed, or it takes too long (:class:`Screenshot`).

    Signals:
        window_opened(QWidget): a main window was built, just before it is shown.

    Attributes:
        window: the main window (``None`` until it opens, and between two profiles).
        session: what the window works with (its profile, client, offline store).
        screenshot: the ``--screenshot`` run (``None`` without the option).
        opener: getting from a profile to a signed-in session (:class:`ProfileOpener`).
        switching: File > Profiles…, switching profiles and Sign Out (:class:`ProfileSwitcher`).
        close_watch: tells when the window has closed (:class:`CloseWatch`).
        instance: this process's claim on the open profile (``None`` without ``one_per_profile``).
    """

    window_opened = Signal(QWidget)

    def __init__(self, app: QApplication, args: argparse.Namespace, *, profiles: Profiles | None = None,
                 token_store: TokenStore | None = None, one_per_profile: bool = False,
                 early_sandbox: SandboxProcess | None = None) -> None:
        super().__init__()
        self.app = app
        self.args = args
        self.ops = Ops(app)
        self.profiles = profiles if profiles is not None else Profiles()
        self.one_per_profile = one_per_profile
        self.session: Session | None = None
        self.window = None
        self.instance: SingleInstance | None = None
        self.profile: Profile | None = None
        self.credentials = Credentials(self.ops, self.profiles, token_store, self)
        self.credentials.profile_changed.connect(self._on_credentials_profile_changed)
        self.credentials.keychain_notice.connect(self._on_credentials_keychain_notice)
        self.screenshot = Screenshot(app, args.screenshot, self) if args.screenshot else None
        self.opener = ProfileOpener(self.ops, self.credentials, self, sandbox_db=args.sandbox_db,
                                    screenshot=self.screenshot, early_sandbox=early_sandbox)
        self.switching = ProfileSwitcher(self)
        self.close_watch = CloseWatch(self)
        self.close_watch.closing_by_user.connect(self.switching.forget_next_step)
        self.close_watch.closed.connect(self._on_close_watch_closed)
        self._had_window = False
        self._quit_on_last = app.quitOnLastWindowClosed()

    # -- start-up --------------------------------------------------------------------------------

    def start(self, profile: Profile | None = None) -> int | None:
        """Begin start-up; returns at once.

        Args:
            profile: the profile the command line asks for, if already chosen (:func:`desktop.app.main`
                chooses it before Qt loads, to start the sandbox early); ``None``: chosen here.

        Returns:
            ``None`` when the app goes on (through the event loop); else the exit code to end with:
            0 when the profile is open in another process (brought to the front) or the user did not
            take over a profile open on another computer, 1 when that process does not answer or the
            take-over failed, 2 for an unknown profile or address
            (:func:`desktop.shell.instance_startup.claim_or_tell`).
        """
        try:
            profile = profile or choose_profile(self.profiles, self.args)
        except StartupError as error:
            print(f"cxdesk: {error}", file=sys.stderr)
            return 2
        if self.one_per_profile:
            from desktop.shell.instance_startup import claim_or_tell

            instance = SingleInstance(profile.id, self)
            code = claim_or_tell(instance, profile.name)  # may ask to take over a lock of another computer
            if code is not None:
                instance.deleteLater()
                return code
            self.adopt_instance(instance)
        if self.screenshot is not None:
            self.screenshot.start_timer()
        self.app.setQuitOnLastWindowClosed(False)  # between two profiles no window is open; the launcher quits
        self.open_profile(profile)
        return None

    def token_store(self) -> TokenStore:
        """The refresh tokens, created on first use (any thread: looking up keyring's backend may be slow)."""
        return self.credentials.token_store()

    @property
    def re_sign_in_dialog(self):
        """The sign-in dialog over the window (:meth:`sign_in_again`) while it is open, else ``None``."""
        return self.credentials.re_sign_in_dialog

    @property
    def sign_in_dialog(self):
        """The start-up sign-in dialog (:class:`ProfileOpener`) while shown, else ``None``."""
        return self.opener.sign_in_dialog

    def open_profile(self, profile: Profile) -> None:
        """Open a profile: record it as last used, then sign in (or start the sandbox) and open its window."""
        self.profile = profile
        profiles = self.profiles

        def record_last_used() -> None:
            profiles.set_last_used(profile.id)

        self.ops.run(record_last_used, lane="disk",
                     on_failure=lambda error: log.warning("Could not record the last used profile: %s", error))
        self.opener.open(profile)
        load_views()  # while the workers open the profile

    def adopt_instance(self, instance: SingleInstance) -> None:
        """Hold this claim on the open profile from now on (giving up the previous one, if any)."""
        if self.instance is not None and self.instance is not instance:
            self.instance.release()
            self.instance.deleteLater()
        self.instance = instance
        instance.raise_requested.connect(self.bring_to_front)

    # -- profiles and signing out (ProfileSwitcher) ------------------------------------------------

    @property
    def profiles_dialog(self):
        """The Profiles window while shown, else ``None``."""
        return self.switching.profiles_dialog

    def show_profiles(self) -> None:
        """File > Profiles…: see :meth:`ProfileSwitcher.show_profiles`."""
        self.switching.show_profiles()

    def switch_to(self, profile: Profile) -> None:
        """Open another profile in this process: see :meth:`ProfileSwitcher.switch_to`."""
        self.switching.switch_to(profile)

    def sign_out(self) -> None:
        """File > Sign Out: see :meth:`ProfileSwitcher.sign_out`."""
        self.switching.sign_out()

    # -- signing in ------------------------------------------------------------------------------

    def ask_sign_in(self, profile: Profile, notice: str = "") -> None:
        """Ask for a sign-in to ``profile`` (after a Sign Out): see :meth:`ProfileOpener.ask_sign_in`."""
        self.opener.ask_sign_in(profile, notice)

    def sign_in_cancelled(self) -> None:
        """The start-up sign-in was cancelled: let the user choose another profile, or quit if none was shown."""
        if self._had_window:
            self.session = None
            self.show_profiles()
        else:
            self.finish()

    def _on_credentials_profile_changed(self, updated: Profile) -> None:
        if self.profile is not None and self.profile.id == updated.id:
            self.profile = updated
        if self.session is not None and self.session.profile is not None and self.session.profile.id == updated.id:
            self.session.profile = updated

    def sign_in_again(self, parent: QWidget, done: Callable[[bool], None]) -> None:
        """Sign the open window's client in again, e.g. after a 401 (the window's ``sign_in`` callback).

        See :meth:`desktop.shell.credentials.Credentials.sign_in_again`: the sign-in dialog window-modal over
        ``parent``, the new token stored before ``done(True)``, ``done(False)`` on Cancel.
        """
        session = self.session
        if session is None or session.profile is None:
            done(False)
            return
        sandbox = session.sandbox.sign_in_details() if session.sandbox is not None else None
        self.credentials.sign_in_again(session.profile, session.client, parent, done, sandbox=sandbox)

    # -- the window ------------------------------------------------------------------------------

    def open_window(self, session: Session) -> None:
        """Open the main window on a session (:mod:`desktop.shell.window_setup`); it loads the account.

        A sandbox whose service is still ``starting`` shows the cache and "Starting the sandbox…" until
        :meth:`sandbox_ready`.
        """
        self.session = session
        self._had_window = True
        self.window = window = build_window(self.ops, session,
                                            self.sign_in_again if session.profile is not None else None)
        if session.profile is not None:
            menu = dress_window(window, session.profile, self.credentials.notice_for(session.profile))
            menu.profiles_requested.connect(self.show_profiles)
            menu.sign_out_requested.connect(self.sign_out)
            menu.quit_requested.connect(self.switching.forget_next_step)
            self.close_watch.watch(window)
        if self.screenshot is not None:
            self.screenshot.watch(window)
        self.window_opened.emit(window)
        window.show()
        if collection_paused():  # since the start (desktop.startup_gc): only the first window resumes it
            after_first_paint(window, resume_collection)
        if session.starting:
            window.show_waiting(self.tr("Starting the sandbox…"))  # the cache shows meanwhile; sandbox_ready loads
        elif session.token_pending:  # the cached values first, then the keychain, then the network (issue 11)
            after_first_paint(window, lambda: self.opener.sign_in_from_keychain(
                session, lambda signed_in: self._load_signed_in(session, signed_in)))
        elif session.cached and any(session.cached.values()):
            after_first_paint(window, window.refresh)  # the cached values first, then the network (issue 11)
        else:
            window.refresh()

    def _load_signed_in(self, session: Session, signed_in: bool) -> None:
        """The stored token was read for a window opened from its cache: say what the keychain said, then load.

        Without a usable token the window asks for a sign-in over itself first (nothing expired: there
        was no token to show the server), and loads once signed in.
        """
        window = self.window
        if session is not self.session or window is None or session.profile is None:
            return  # closed or switched meanwhile
        notice = self.credentials.notice_for(session.profile)
        if notice:
            show_keychain_notice(window, notice)
        if signed_in or not window.offline.ask_sign_in(window.refresh):
            window.refresh()

    def sandbox_ready(self, session: Session) -> None:
        """The sandbox's service answers and its client is signed in: the window loads the account."""
        if session is self.session and self.window is not None:
            self.window.refresh()

    def _on_credentials_keychain_notice(self, profile: Profile, notice: str) -> None:
        """A token written in the background did not reach the keychain: say so where the user looks."""
        if self.profile is None or profile.id != self.profile.id:
            return
        if self.window is not None:
            show_keychain_notice(self.window, notice)
        elif self.sign_in_dialog is not None:
            self.sign_in_dialog.add_notice(translated(notice), session_only=True)

    def quit(self) -> None:
        """Quit cleanly from outside the window (``SIGTERM``, :mod:`desktop.shell.quitting`), as its close button does.

        The window is closed (so its edit dialogs queue a Save still waiting, see
        :meth:`desktop.views.main_window.MainWindow.closeEvent`), then the event loop ends; nothing
        here waits on the network.
        """
        self.switching.forget_next_step()
        window = self.window
        if window is not None and window.isVisible():
            self.close_watch.stop_watching(window)
            window.close()
        self.finish()

    def _on_close_watch_closed(self, window: QWidget) -> None:
        """The window has closed: quit, or do what was waiting for it (open another profile, sign out)."""
        if window is not self.window:
            return
        step = self.switching.take_next_step()
        if step is None:
            self.finish()
            return
        self.window = None
        window.deleteLater()
        self._end_session()
        self.switching.carry_out(step)

    def _end_session(self) -> None:
        """Stop the closed window's sandbox service (on a worker); its offline store stays open for later."""
        session = self.session
        if session is not None and session.sandbox is not None:
            self.ops.run(session.sandbox.stop)

    def finish(self) -> None:
        """The last window closed: give the profile up and quit."""
        if self.instance is not None:
            self.instance.release()
        self.app.quit()

    def bring_to_front(self) -> None:
        """Show this process's window (or the dialog it waits on) in front: another start asked for it."""
        candidates = (self.window, self.sign_in_dialog, self.profiles_dialog)
        widget = next((w for w in candidates if w is not None and w.isVisible()), None)
        if widget is not None:
            show_in_front(widget)

    # -- ending ----------------------------------------------------------------------------------

    def boot_failed(self, error: BaseException) -> None:
        """Opening the profile failed: say so (a message box, or stderr for ``--screenshot``) and end with 1."""
        log.error("start-up failed", exc_info=error)
        if self.screenshot is not None:
            self.screenshot.fail(str(error))
            return
        from PySide6.QtWidgets import QMessageBox

        what = (self.tr("The sandbox account service could not start") if self.profile is None
                or self.profile.is_sandbox else self.tr("The profile {name} could not be opened").format(
                    name=self.profile.name))
        QMessageBox.critical(None, APP_NAME, f"{what}:\n\n{error}")
        self.app.exit(1)

    def shutdown(self) -> None:
        """After the event loop: end the profile's session without waiting on the network (issue 8, point 9).

        See :func:`desktop.shell.quitting.wind_down` (work still running, the outbox writes, the
        sandbox service); then the offline stores are closed and the profile is given up.
        """
        wind_down(self.ops, self.session.sandbox if self.session is not None else None)
        self.opener.abandon_early_sandbox()
        self.opener.close_stores()
        if self.instance is not None:
            self.instance.release()
        self.app.setQuitOnLastWindowClosed(self._quit_on_last)

