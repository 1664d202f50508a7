"""What the main window does about the network not being there (design §4; product.md "Beyond the control panel").

:class:`OfflineSupport` is owned by :class:`~desktop.views.main_window.MainWindow`. With a profile's
:class:`~desktop.store.OfflineStore` it:

- reads the cached account, SMTP details and packages as the window is built and shows them at
  once, marked with their age ("Showing data from 3 minutes ago"), and saves every answer of the
  server to the cache (on the worker that received it);
- while the server cannot be reached, shows a banner with the time of the data shown ("Cannot
  reach the server. Showing data from today at 14:05.") and tries again every 30 seconds (F5 at
  once);
- lets the edit dialogs put a change in the outbox when the server cannot be reached and shows it
  applied; :class:`~desktop.views.unsent.UnsentChanges` (``unsent``) shows "1 change not yet sent"
  with **Review…** and sends the changes after each refresh that reached the server.

With or without a store, what needs the server now (billing-method switch, call recording, Test
Email, Test SMS) is unavailable while it cannot be reached, with the reason (:meth:`OfflineSupport.set_reachable`);
the "Updated" label tells the time the data was fetched; a 401 opens the app's sign-in (``sign_in``).
Without a store there is no cache and no outbox, as before. Every read and write of the store runs
through :class:`~desktop.ops.Ops`.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QKeySequence

from desktop.api import AccountClient, SignInRequired, Unreachable, Versioned
from desktop.domain.models import Account, Package
from desktop.domain.smtp import SmtpSettings
from desktop.ops import Ops, is_closed
from desktop.store import CONFLICT, PENDING, OfflineStore
from desktop.views.age_wording import describe_age
from desktop.views.changes import saved_at
from desktop.views.edit_dialog import EditDialog
from desktop.views.messages import describe_error, named_cause
from desktop.views.save_fallbacks import SignIn
from desktop.views.unsent import SAVED_OFFLINE, UnsentChanges

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow

log = logging.getLogger(__name__)

#: What the window shows, by cache resource name, in the order it is shown.
PARTS: tuple[str, ...] = ("account", "smtp", "packages")
#: How a message names each part.
PART_TITLES: dict[str, str] = {"account": "account", "smtp": "SMTP details", "packages": "packages"}
#: How often the window tries the server again while it cannot be reached, in milliseconds.
RETRY_INTERVAL_MS = 30_000
RECORDING_UNREACHABLE = "The server cannot be reached: call recording needs the server now."
SAVED_BEHIND = "Saved on this computer: it is sent after the earlier changes still waiting."
SIGN_IN_AGAIN = "Your sign-in has expired, so the account could not be loaded. Sign in again to continue."
NOT_SIGNED_IN = "You did not sign in, so the account could not be loaded. Press Try again to sign in."


@dataclass(frozen=True)
class Loaded:
    """One part as shown, and when the server sent it (aware UTC).

    ``value`` is a ``Versioned[Account]``, a ``Versioned[SmtpSettings]`` or a ``list[Package]``.
    """

    value: Any
    fetched_at: datetime


def to_cache(part: str, value: Any) -> tuple[Any, str | None]:
    """The JSON and ETag a part is cached as (never a password: SMTP details hold only ``password_set``)."""
    if part == "packages":
        return [asdict(package) for package in value], None
    return value.value.to_json(), value.etag


def from_cache(part: str, data: Any, etag: str | None) -> Any:
    """The inverse of :func:`to_cache`.

    Raises:
        KeyError, ValueError, TypeError: the cached JSON is not such a part.
    """
    if part == "packages":
        return [Package.from_json(row) for row in data]
    parse = Account.from_json if part == "account" else SmtpSettings.from_json
    return Versioned(parse(data), etag)


def stored(store: OfflineStore, part: str) -> Loaded | None:
    """A part as cached, with the edits not yet sent on top (blocking: run on a worker); ``None`` when none."""
    cached = store.shown(part)
    if cached is None:
        return None
    try:
        return Loaded(from_cache(part, cached.data, cached.etag), cached.fetched_at)
    except (KeyError, ValueError, TypeError):
        log.warning("the cached %s cannot be read; it is not shown", part)
        return None


def data_age(fetched_at: datetime) -> str:
    """``Showing data from …`` wording: ``3 minutes ago``, ``today at 14:05``, ``1 Mar 2024 at 14:05``."""
    age = describe_age(fetched_at)
    if age == "just now":
        return "less than a minute ago"
    return age.removeprefix("on ")


def refresh_shortcuts() -> list[QKeySequence]:
    """F5 everywhere (the offline banner names it), plus the platform's own Refresh key (Cmd+R on macOS)."""
    keys = [QKeySequence("F5"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Refresh)]
    return [key for i, key in enumerate(keys) if key not in keys[:i]]


class OfflineSupport(QObject):
    """The main window's cache, age of the data, offline banner, retries, re-sign-in and outbox for the editors.

    Args:
        window: the main window (the owner of every job and dialog started here).
        ops: the application's background runner.
        client: the window's signed-in account API client.
        store: the profile's offline database, or ``None`` (no cache and no outbox).
        sign_in: the app's sign-in over a parent, ``done(True)`` once signed in (see MainWindow), or ``None``.

    Attributes:
        window: the main window.
        offline: whether the last contact with the server found it unreachable.
        reachable: whether what needs the server now is available (see :meth:`set_reachable`).
        unsent: the :class:`~desktop.views.unsent.UnsentChanges` (``None`` without a store).
        retry_timer: every 30 s: refreshes the age shown, and tries the server again while it cannot be reached.
    """

    def __init__(self, window: MainWindow, ops: Ops, client: AccountClient, store: OfflineStore | None,
                 sign_in: SignIn | None) -> None:
        super().__init__(window)
        self.window = self._window = window
        self._ops = ops
        self._client = client
        self._store = store
        self._sign_in = sign_in
        self._fetched: dict[str, datetime] = {}
        self._live: set[str] = set()
        self._fresh = False
        self._signing_in = False
        self.offline = False
        self._cause: Unreachable | None = None  # what kept the server away, for the banner
        self.reachable = True
        self.unsent = UnsentChanges(self, ops, client, store) if store is not None else None
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(RETRY_INTERVAL_MS)
        window.ui.outboxBar.hide()
        window.ui.actionRefresh.setShortcuts(refresh_shortcuts())
        self._connect_signals()
        if store is not None:
            self.retry_timer.start()
            self._read_cache()
            self.unsent.refresh()

    def _connect_signals(self) -> None:
        self.retry_timer.timeout.connect(self._on_retry_timer_timeout)

    # -- what is shown, and how old it is -----------------------------------------------------

    def fetcher(self, part: str) -> Callable[[], Loaded]:
        """The worker's work for loading a part: fetch it, cache it, return it with unsent edits on top."""
        fetch = {"account": self._client.get_account, "smtp": self._client.get_smtp,
                 "packages": self._client.get_packages}[part]
        store = self._store

        def fetch_and_cache() -> Loaded:
            value = fetch()
            fetched_at = datetime.now(UTC)
            if store is None:
                return Loaded(value, fetched_at)
            data, etag = to_cache(part, value)
            try:
                store.cache.save(part, data, etag, fetched_at)
                return stored(store, part) or Loaded(value, fetched_at)
            except sqlite3.Error:
                log.exception("the %s could not be cached", part)
                return Loaded(value, fetched_at)

        return fetch_and_cache

    def _read_cache(self) -> None:
        store = self._store

        def read_cache() -> dict[str, Loaded | None]:
            return {part: stored(store, part) for part in PARTS}

        self._ops.run(read_cache, owner=self._window, on_success=self._on_cache_read,
                      on_failure=lambda error: log.error("cache", exc_info=error))

    def _on_cache_read(self, cached: dict[str, Loaded | None]) -> None:
        for part in PARTS:
            loaded = cached.get(part)
            if loaded is not None and part not in self._live:  # never over what the server just sent
                self._window.show_part(part, loaded.value)
                self.part_shown(part, loaded.fetched_at, live=False)
        self.render()

    def show_stored(self, parts: list[str], *, live: bool = False) -> None:
        """Show parts again as cached, with the edits not yet sent on top (after a queued, sent or discarded edit)."""
        store = self._store
        if store is None:
            return

        def shown(result: dict[str, Loaded | None]) -> None:
            for part in parts:
                if result.get(part) is not None:
                    self._window.show_part(part, result[part].value)
                    self.part_shown(part, result[part].fetched_at, live=live)
            self.render()

        def read_stored_parts() -> dict[str, Loaded | None]:
            return {part: stored(store, part) for part in parts}

        self._ops.run(read_stored_parts, on_success=shown, on_failure=lambda error: log.error("cache", exc_info=error),
                      owner=self._window)

    def part_shown(self, part: str, fetched_at: datetime, *, live: bool) -> None:
        """Record when the server sent the part now shown (``live``: sent in this session)."""
        self._fetched[part] = fetched_at
        if live:
            self._live.add(part)

    def answer_saved(self, part: str, current: Versioned[Any]) -> None:
        """An edit dialog saved: its answer is shown (by the window) and cached (on a worker)."""
        fetched_at = datetime.now(UTC)
        self.part_shown(part, fetched_at, live=True)
        self.render()
        if self._store is not None:
            cache, (data, etag) = self._store.cache, to_cache(part, current)

            def cache_saved_answer() -> None:
                cache.save(part, data, etag, fetched_at)

            self._ops.run(cache_saved_answer, owner=self._window,
                          on_failure=lambda error: log.error("cache", exc_info=error))

    def status_text(self) -> str:
        """``Updated 14:05:03`` after a refresh that reached the server, else ``Showing data from 3 minutes ago``."""
        if not self._fetched:
            return "Not loaded yet"
        oldest = min(self._fetched.values())
        if self._fresh:
            return f"Updated {oldest.astimezone():%H:%M:%S}"
        return f"Showing data from {data_age(oldest)}"

    def offline_text(self) -> str:
        """The banner while the server cannot be reached, with the time of the data shown."""
        again = "Trying again every 30 seconds; press F5 to try now."
        cause = named_cause(self._cause)  # a proxy, portal, certificate, Retry-After…
        if cause:
            shown = (f"Showing data from {saved_at(min(self._fetched.values()))}." if self._fetched
                     else "This computer has no saved copy of the account yet.")
            return f"{cause} {shown} {again}"
        if not self._fetched:
            return f"Cannot reach the server, and this computer has no saved copy of the account yet. {again}"
        return f"Cannot reach the server. Showing data from {saved_at(min(self._fetched.values()))}. {again}"

    def render(self) -> None:
        """Show the age of the data, the offline banner and the changes not yet sent."""
        self._window.updated_status.setText(self.status_text())
        if self.offline and self._store is not None:
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
        self.offline = unreachable and self._store is not None  # any other answer came from the server
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
            return SIGN_IN_AGAIN
        return f"Could not load the {PART_TITLES[part]}: {describe_error(error)}"

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
                self._window.show_problem(NOT_SIGNED_IN)

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
        """Give an edit dialog the re-sign-in and, with a store, the outbox for a Save that cannot reach the server."""
        dialog.set_sign_in(self._sign_in)
        if self._store is None:
            return
        resource = dialog.RESOURCE
        waiting = any(entry.resource == resource and entry.status in (PENDING, CONFLICT)
                      for entry in self.unsent.entries())
        dialog.enable_offline(self._store.outbox.enqueue, queue_first=waiting)
        dialog.queued.connect(lambda _entry_id: self._on_editor_queued(resource, behind=waiting,
                                                                       cause=dialog.queued_cause))

    def _on_editor_queued(self, resource: str, *, behind: bool, cause: Unreachable | None) -> None:
        self.show_stored([resource])
        self.unsent.refresh()
        if not behind:  # the dialog's Save found the server unreachable: the banner names what stood in the way
            self.went_offline(cause)
        elif not self.offline:  # queued behind earlier edits: a refresh that reaches the server sends them all
            self._window.refresh()
        self._window.ui.statusbar.showMessage(SAVED_OFFLINE if self.offline else SAVED_BEHIND, 15_000)

    def outbox_state(self) -> str | None:
        """``2 changes not yet sent; 1 needs your decision``, ``empty``, ``not read yet``; ``None`` without a store."""
        return self.unsent.state() if self.unsent is not None else None

    def stop(self) -> None:
        """Stop trying the server again (the window is closing)."""
        self.retry_timer.stop()
