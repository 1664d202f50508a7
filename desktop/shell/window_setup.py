"""The main window as the launcher shows it: built on a session, dressed for its profile, watched, pictured.

:func:`build_window` makes the :class:`~desktop.views.main_window.MainWindow` of a signed-in
:class:`~desktop.shell.connection.Session`, with its Help menu, at the place it had when last closed on
these screens (:mod:`desktop.views.window_place`). :func:`dress_window` adds what a
profile's window has: its name in the title, File > Profiles…, Sign Out and Quit
(:mod:`desktop.views.session_menu`), and the notice saying why its sign-in is not in the keychain.
:class:`CloseWatch` tells when the window has really closed (it may refuse a Close event: it asks
about unsaved changes first), so the launcher can then quit, or open the next profile.
:class:`Screenshot` is ``cxdesk --screenshot FILE``: save the window once the account shows and exit
with 0, or exit with 1 when loading fails, a sign-in would be needed, or it takes longer than
:data:`SCREENSHOT_TIMEOUT_MS`.

The views are imported when a window is first built, not with this module (start-up time).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from desktop import APP_NAME
from desktop.ops import Ops

if TYPE_CHECKING:
    from desktop.shell.connection import Session
    from desktop.store import Profile
    from desktop.views.main_window import MainWindow
    from desktop.views.session_menu import SessionMenu

#: How long ``--screenshot`` waits for the account before giving up, in milliseconds.
SCREENSHOT_TIMEOUT_MS = 60_000


def load_views() -> None:
    """Import the main window's modules now, on the GUI thread, while a worker opens the profile (issue 11).

    :func:`build_window` needs them next; importing them while the worker reads the offline store
    and the keychain fills time the GUI thread would otherwise spend waiting.
    """
    import desktop.views.help_menu
    import desktop.views.language_menu
    import desktop.views.main_window
    import desktop.views.session_menu  # noqa: F401 - loaded for build_window and dress_window


def build_window(ops: Ops, session: Session, sign_in: Callable[[QWidget, Callable[[bool], None]], None] | None,
                 ) -> MainWindow:
    """The main window of ``session`` with its Help menu (not shown yet), where it was last on these screens.

    Args:
        ops: the application's background runner.
        session: the signed-in client, its server's label, the sandbox service and the offline store.
        sign_in: the window's way to sign in again after a 401 (``None``: it has none).
    """
    from desktop.views.help_menu import install_help_menu
    from desktop.views.language_menu import install_language_menu
    from desktop.views.main_window import MainWindow
    from desktop.views.window_place import remember_place

    window = MainWindow(ops, session.client, server_label=session.server_label,
                        sandbox=session.sandbox is not None, store=session.store, sign_in=sign_in,
                        cached=session.cached)
    remember_place(window, ops)  # where it was on these screens; its place is kept when it closes
    install_help_menu(window, server_url_getter=lambda: session.server_label,
                      outbox_state_getter=lambda: window.outbox_state(), ops=ops)
    install_language_menu(window, ops)  # View > Language, before Help
    return window


def dress_window(window: MainWindow, profile: Profile, keychain_notice: str) -> SessionMenu:
    """Give a profile's window its title and File menu items, and the keychain notice if there is one.

    Args:
        window: the main window.
        profile: the profile it shows (the sandbox cannot sign out and has no keychain notice).
        keychain_notice: why the profile's sign-in is not in the keychain, untranslated
            (:meth:`desktop.shell.credentials.Credentials.notice_for`; ``""``: it is, or no reason).

    Returns:
        The File menu's items, whose signals the caller connects (Profiles…, Sign Out, Quit).
    """
    from desktop.views.session_menu import install_session_menu, show_keychain_notice

    window.setWindowTitle(f"{APP_NAME} — {profile.name}")
    menu = install_session_menu(window, can_sign_out=not profile.is_sandbox)
    if not profile.is_sandbox and keychain_notice:
        show_keychain_notice(window, keychain_notice)
    return menu


class CloseWatch(QObject):
    """Tells when the watched window has closed: a Close event's outcome is judged just after it (GUI thread).

    Signals:
        closing_by_user(): the title bar's close button was used (a spontaneous Close event).
        closed(object): the window has closed (a Close it did not refuse); it is no longer watched.
    """

    closing_by_user = Signal()
    closed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window: QWidget | None = None

    def watch(self, window: QWidget) -> None:
        """Watch ``window``'s Close events from now on (the one window watched)."""
        self._window = window
        window.installEventFilter(self)

    def stop_watching(self, window: QWidget) -> None:
        """Take no more Close events of ``window`` (e.g. before closing it to quit)."""
        window.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Watch the window's Close events; the outcome (closed or kept open) is judged just after."""
        if watched is self._window and event.type() == QEvent.Type.Close:
            if event.spontaneous():  # the title bar's close button: the user quits
                self.closing_by_user.emit()
            QTimer.singleShot(0, self, lambda: self._after_close_event(watched))
        return False

    def _after_close_event(self, window: QWidget) -> None:
        if window is not self._window or window.isVisible():
            return  # kept open (e.g. it asks about unsaved changes first); a later close comes back here
        self.stop_watching(window)
        self.closed.emit(window)


class Screenshot(QObject):
    """``--screenshot``: the run that saves a picture of the main window and ends by itself.

    Args:
        app: the application (exited with 0 or 1).
        path: the PNG file to write (its folder is created).
        parent: the owner (the launcher).
    """

    def __init__(self, app: QApplication, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._path = path
        self._window: MainWindow | None = None

    def start_timer(self) -> None:
        """Give up after :data:`SCREENSHOT_TIMEOUT_MS` unless the picture was saved by then."""
        QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, self, lambda: self.fail("timed out loading the account"))

    def watch(self, window: MainWindow) -> None:
        """Save ``window`` once it shows the account; fail if loading fails."""
        self._window = window
        window.loaded.connect(self._on_window_loaded)
        window.load_failed.connect(self.fail)

    def _on_window_loaded(self) -> None:
        path = self._path
        path.parent.mkdir(parents=True, exist_ok=True)
        from desktop.views.grab import grab_settled

        if not grab_settled(self._window).save(str(path)):
            self.fail(f"could not write {path}")
            return
        print(f"saved {path}")
        self._app.exit(0)

    def fail(self, reason: str) -> None:
        """End with exit code 1, printing why on stderr."""
        print(f"{APP_NAME}: {reason}", file=sys.stderr)
        self._app.exit(1)
