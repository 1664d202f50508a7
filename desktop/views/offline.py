"""What the main window does about the network not being there (design §4; product.md "Beyond the control panel").

:class:`OfflineSupport` is owned by :class:`~desktop.views.main_window.MainWindow` and shows what the
window's :class:`~desktop.session.AccountSession` reports (every call runs on a worker through
:class:`~desktop.ops.Ops`). With a profile's offline store it:

- shows the cached account, SMTP details and packages as the window is built, marked with their age
  ("Showing data from 3 minutes ago"); the session caches every answer of the server;
- while the server cannot be reached, shows a banner with the time of the data shown ("Cannot
  reach the server. Showing data from 3 minutes ago.") and tries again every 30 seconds (F5 at
  once);
- answers the edit dialogs (built on the window's session), so a Save that cannot reach the server
  waits in the outbox and shows applied; :class:`~desktop.views.unsent.UnsentChanges` (``unsent``)
  shows "1 change not yet sent" with **Review…** and sends the changes after each refresh that
  reached the server.

With or without a store, what needs the server now (billing-method switch, call recording, Test
Email, Test SMS) is unavailable while it cannot be reached, with the reason (:meth:`OfflineSupport.set_reachable`);
the "Updated" label tells the time the data was fetched; a 401 opens the app's sign-in (``sign_in``).
Without a store there is no cache and no outbox, as before.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer
from PySide6.QtGui import QKeySequence

from desktop.api import SignInRequired, Unreachable, Versioned
from desktop.ops import Ops, is_closed
from desktop.session import PARTS, AccountSession, Loaded, Queued
from desktop.views.account_window import AccountWindow
from desktop.views.formats import relative_age, time_of_day
from desktop.views.messages import describe_error, named_cause
from desktop.views.save_fallbacks import SignIn
from desktop.views.unsent import SAVED_OFFLINE, UnsentChanges

if TYPE_CHECKING:  # the edit dialogs are imported when first opened, not at start
    from desktop.views.edit_dialog import EditDialog

log = logging.getLogger(__name__)

__all__ = ["PARTS", "Loaded", "OfflineSupport", "SAVED_OFFLINE"]  # PARTS and Loaded: the session's, as shown here

#: How a message names each part.
PART_TITLES: dict[str, str] = {"account": QT_TRANSLATE_NOOP("OfflineSupport", "Could not load the account: {error}"),
                               "smtp": QT_TRANSLATE_NOOP("OfflineSupport", "Could not load the SMTP details: {error}"),
                               "packages": QT_TRANSLATE_NOOP("OfflineSupport", "Could not load the packages: {error}")}
#: How often the window tries the server again while it cannot be reached, in milliseconds.
RETRY_INTERVAL_MS = 30_000
SAVED_BEHIND = QT_TRANSLATE_NOOP("OfflineSupport",
                                 "Saved on this computer: it is sent after the earlier changes still waiting.")
SIGN_IN_AGAIN = QT_TRANSLATE_NOOP("OfflineSupport", "Your sign-in has expired, so the account could not be loaded. "
                                  "Sign in again to continue.")
NOT_SIGNED_IN = QT_TRANSLATE_NOOP("OfflineSupport", "You did not sign in, so the account could not be loaded. "
                                  "Press Try again to sign in.")
translate = QCoreApplication.translate


def refresh_shortcuts() -> list[QKeySequence]:
    """F5 everywhere (the offline banner names it), plus the platform's own Refresh key (Cmd+R on macOS)."""
    keys = [QKeySequence("F5"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Refresh)]
    return [key for i, key in enumerate(keys) if key not in keys[:i]]


class OfflineSupport(QObject):
    """The main window's age of the data, offline banner, retries, re-sign-in and outbox, as its session reports them.

    Args:
        window: the main window (a QWidget: the owner of every job and dialog started here).
        ops: the application's background runner.
        session: the profile's account session (with or without an offline store).
        sign_in: the app's sign-in over a parent, ``done(True)`` once signed in (see MainWindow), or ``None``.
        cached: the cached parts read already on a worker (shown at once), or ``None`` (read on a worker).

    Attributes:
        window: the main window.
        session: the profile's :class:`~desktop.session.AccountSession`.
        offline: whether the last contact with the server found it unreachable.
        reachable: whether what needs the server now is available (see :meth:`set_reachable`).
        unsent: the :class:`~desktop.views.unsent.UnsentChanges` (``None`` without a store).
        retry_timer: every 30 s: refreshes the age shown, and tries the server again while it cannot be reached.
    """

    def __init__(self, window: AccountWindow, ops: Ops, session: AccountSession, sign_in: SignIn | None,
                 cached: dict[str, Loaded | None] | None = None) -> None:
        super().__init__(window)  # the window is a QWidget too
        self.window = self._window = window
        self._ops = ops
        self.session = session
        self._sign_in = sign_in
        self._fetched: dict[str, datetime] = {}
        self._live: set[str] = set()
        self._fresh = False
        self._signing_in = False
        self.offline = False
        self._cause: Unreachable | None = None  # what kept the server away, for the banner
        self.reachable = True
        self.unsent = UnsentChanges(self, ops, session) if session.keeps_outbox else None
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(RETRY_INTERVAL_MS)
        window.ui.outboxBar.hide()
        window.ui.actionRefresh.setShortcuts(refresh_shortcuts())
        self._connect_signals()
        if self.unsent is not None:
            self.retry_timer.start()
            if cached is not None:  # read already, on the worker that opened the store: shown before any paint
                self._on_stored_read(list(PARTS), cached, live=False, first=True)
            else:
                self.show_stored(list(PARTS), first=True)  # the cached state, at once
            self.unsent.refresh()

    def _connect_signals(self) -> None:
        self.retry_timer.timeout.connect(self._on_retry_timer_timeout)

    # -- what is shown, and how old it is -----------------------------------------------------

    def fetcher(self, part: str) -> Callable[[], Loaded]:
        """The worker's work for loading a part: :meth:`AccountSession.fetch <desktop.session.AccountSession.fetch>`."""
        session = self.session

        def fetch_part() -> Loaded:
            return session.fetch(part)

        return fetch_part

    def show_stored(self, parts: list[str], *, live: bool = False, first: bool = False) -> None:
        """Show parts again as cached, with the edits not yet sent on top (after a queued, sent or discarded edit).

        ``first``: the window is being built: a part the server already sent is left as it is.
        """
        if not self.session.keeps_outbox:
            return
        session = self.session

        def read_stored_parts() -> dict[str, Loaded | None]:
            return session.cached(parts)

        self._ops.run(read_stored_parts, owner=self._window,
                      on_success=lambda result: self._on_stored_read(parts, result, live=live, first=first),
                      on_failure=lambda error: log.error("cache", exc_info=error))

    def _on_stored_read(self, parts: list[str], result: dict[str, Loaded | None], *, live: bool, first: bool) -> None:
        for part in parts:
            loaded = result.get(part)
            if loaded is not None and not (first and part in self._live):  # never over what the server just sent
                self._window.show_part(part, loaded.value)
                self.part_shown(part, loaded.fetched_at, live=live)
        self.render()

    def part_shown(self, part: str, fetched_at: datetime, *, live: bool) -> None:
        """Record when the server sent the part now shown (``live``: sent in this session)."""
        self._fetched[part] = fetched_at
        if live:
            self._live.add(part)

    def answer_saved(self, part: str, current: Versioned[Any]) -> None:
        """An edit dialog saved: its answer is shown (by the window) and cached (by the session, on a worker)."""
        self.part_shown(part, datetime.now(UTC), live=True)
        self.render()
        session = self.session

        def cache_saved_answer() -> None:
            session.remember_saved(part, current)

        if session.keeps_outbox:
            self._ops.run(cache_saved_answer, owner=self._window,
                          on_failure=lambda error: log.error("cache", exc_info=error))

    def status_text(self) -> str:
        """``Updated 14:05`` after a refresh that reached the server, else ``Showing data from 3 minutes ago``.

        The age is worded as in the offline banner (:meth:`offline_text`): one moment, one style.
        """
        if not self._fetched:
            return translate("OfflineSupport", "Not loaded yet")
        oldest = min(self._fetched.values())
        if self._fresh:
            return translate("OfflineSupport", "Updated {time}").format(time=time_of_day(oldest))
        return translate("OfflineSupport", "Showing data from {age}").format(age=relative_age(oldest))

    def offline_text(self) -> str:
        """The banner while the server cannot be reached, with the time of the data shown."""
        again = translate("OfflineSupport", "Trying again every 30 seconds; press F5 to try now.")
        cause = named_cause(self._cause)  # a proxy, portal, certificate, Retry-After…
        if not self._fetched:
            if not cause:
                return translate("OfflineSupport", "Cannot reach the server, and this computer has no saved copy of "
                                 "the account yet. {again}").format(again=again)
            return translate("OfflineSupport", "{cause} This computer has no saved copy of the account yet. "
                             "{again}").format(cause=cause, again=again)
        cause = cause or translate("OfflineSupport", "Cannot reach the server.")
        return translate("OfflineSupport", "{cause} Showing data from {time}. {again}").format(
            cause=cause, time=relative_age(min(self._fetched.values())), again=again)

    def render(self) -> None:
        """Show the age of the data, the offline banner and the changes not yet sent."""
        self._window.updated_status.setText(self.status_text())
        if self.offline and self.session.keeps_outbox:
            self._window.show_problem(self.offline_text())
        if self.unsent is not None:
            self.unsent.render()

    # -- after a refresh ------------------------------------------------------------------------

    def refresh_started(self) -> None:
        """A refresh began: read the changes not yet sent again too."""
        if self.unsent is not None:
            self.unsent.refresh()

    def refresh_done(self, failures: list[tuple[str, BaseException]]) -> str:
        """Take the outcome of a refresh (each failed part with its error, in PARTS order).

        Returns:
            The problem to show in the window's banner, ``""`` when every part was loaded.
        """
        self._fresh = not failures
        self._cause = next((error for _part, error in failures if isinstance(error, Unreachable)), None)
        unreachable = self._cause is not None
        self.offline = unreachable and self.session.keeps_outbox  # any other answer came from the server
        self.set_reachable(not unreachable)
        self.render()
        if not failures:
            if self.unsent is not None:
                self.unsent.flush()
            return ""
        if self.offline:
            return self.offline_text()
        part, error = failures[0]
        if isinstance(error, SignInRequired) and self.ask_sign_in(self._window.refresh):
            return translate("OfflineSupport", SIGN_IN_AGAIN)
        return translate("OfflineSupport", PART_TITLES[part]).format(error=describe_error(error))

    def went_offline(self, cause: Unreachable | None = None) -> None:
        """The server stopped answering outside a refresh (e.g. while sending): say so and try again later.

        Args:
            cause: what stood in the way, named in the banner (a proxy's page, a certificate…).
        """
        self.offline, self._fresh = True, False
        self._cause = cause or self._cause
        self.set_reachable(False)
        self.render()

    def set_reachable(self, reachable: bool) -> None:
        """Say whether the server can be reached: what needs it now (never queued) is unavailable meanwhile, with why.

        That is Test Email and Test SMS, the billing-method switch and call recording (the window's
        button and an open recording dialog), design §4.
        """
        self.reachable = reachable
        self._window.show_reachable(reachable)

    def ask_sign_in(self, then: Callable[[], None]) -> bool:
        """Open the app's sign-in over the window (once at a time); ``then()`` after it succeeds.

        Returns:
            Whether the window can ask (it was given ``sign_in``).
        """
        if self._sign_in is None:
            return False
        if self._signing_in:
            return True
        self._signing_in = True

        def done(signed_in: bool) -> None:
            self._signing_in = False
            if is_closed(self._window):
                return
            if signed_in:
                then()
            else:
                self._window.show_problem(translate("OfflineSupport", NOT_SIGNED_IN))

        self._sign_in(self._window, done)
        return True

    def _on_retry_timer_timeout(self) -> None:
        if is_closed(self._window):
            return
        self.render()
        if self.offline and not self._window.loading:
            self._window.refresh()

    # -- the edit dialogs -----------------------------------------------------------------------

    def configure_editor(self, dialog: EditDialog) -> None:
        """Give an edit dialog (built on the window's session) the re-sign-in, and show an edit it queued."""
        dialog.set_sign_in(self._sign_in)
        if not self.session.keeps_outbox:
            return
        resource = dialog.RESOURCE
        dialog.queued.connect(lambda _entry_id: self._on_editor_queued(resource, dialog.queued_result))

    def _on_editor_queued(self, resource: str, queued: Queued | None) -> None:
        self.show_stored([resource])
        if self.unsent is not None:
            self.unsent.refresh()
        behind = queued is not None and queued.behind
        if not behind:  # the dialog's Save found the server unreachable: the banner names what stood in the way
            self.went_offline(queued.cause if queued is not None else None)
        elif not self.offline:  # queued behind earlier edits: a refresh that reaches the server sends them all
            self._window.refresh()
        self._window.ui.statusbar.showMessage(translate("UnsentChanges", SAVED_OFFLINE) if self.offline
                                             else translate("OfflineSupport", SAVED_BEHIND), 15_000)

    def outbox_state(self) -> str | None:
        """``2 changes not yet sent; 1 needs your decision``, ``empty``, ``not read yet``; ``None`` without a store."""
        return self.unsent.state() if self.unsent is not None else None

    def stop(self) -> None:
        """Stop trying the server again (the window is closing)."""
        self.retry_timer.stop()
