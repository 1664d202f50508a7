"""The account session: one profile's account, its cache and outbox, and every transition between them.

:class:`AccountSession` is Qt-free and blocking: each method is meant to run on a worker
(:class:`desktop.ops.Ops`, as a named function). Without an offline store it still loads and
saves, with no cache and no outbox (a Save that cannot reach the server raises ``Unreachable``).

Rules kept here (design §4):

- a part is shown from the cache first, with the edits not yet sent laid on top, then from the
  server; each answer of the server is cached, and a failing database never stops a load;
- a Save tries the server; when it cannot be reached, the edit is queued in the outbox with the
  version it started from and its ETag. A secret (the SMTP password) is never queued: the whole
  save is refused (:class:`~desktop.session.results.Rejected`). While earlier edits of the same
  resource wait in the outbox, a Save queues behind them without trying the server, so the edits
  reach it in the order they were made;
- a ``412`` is judged by the one merge rule (:func:`desktop.domain.merge.three_way_merge`, as the
  outbox judges it): every typed value already on the server is a save; no clash resends the
  fields the server does not hold yet, once, with the new ETag; a clash is reported
  (:class:`~desktop.session.results.Conflicted`), never overwritten;
- the outbox is sent by :func:`desktop.session.sending.flush` (each edit exactly once).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from desktop.api import AccountClient, Conflict, Unreachable, Versioned
from desktop.domain.merge import Choice, three_way_merge
from desktop.domain.models import Account
from desktop.session import sending
from desktop.session.parts import stored, to_cache
from desktop.session.results import Conflicted, Edit, Loaded, Queued, QueueFailed, Rejected, Saved, SaveTicket
from desktop.session.sending import FlushReport
from desktop.store import CONFLICT, PENDING, SENT, OfflineStore, OutboxEntry
from desktop.store.resources import editable

log = logging.getLogger(__name__)


class AccountSession:
    """One open profile's account: load, refresh, save or queue, send the outbox, settle conflicts.

    Args:
        client: the profile's signed-in account API client.
        store: the profile's offline database (cache and outbox), or ``None``: no cache, no outbox.
        clock: returns the current aware time (when an answer was received); default UTC now.
    """

    def __init__(self, client: AccountClient, store: OfflineStore | None = None, *,
                 clock: Callable[[], datetime] | None = None) -> None:
        self._client = client
        self._store = store
        self._now = clock or (lambda: datetime.now(UTC))

    @property
    def client(self) -> AccountClient:
        """The signed-in account API client (e.g. for a test that needs the server now)."""
        return self._client

    @property
    def keeps_outbox(self) -> bool:
        """Whether edits can wait on this computer (the session has an offline store)."""
        return self._store is not None

    # -- loading ---------------------------------------------------------------------------------

    def cached(self, parts: Iterable[str]) -> dict[str, Loaded | None]:
        """The parts as cached, each with the edits not yet sent on top (``None``: none, or unreadable).

        Blocking (disk). A database that cannot be read is logged, and its parts are ``None``.
        """
        store = self._store
        shown: dict[str, Loaded | None] = {}
        for part in parts:
            try:
                shown[part] = stored(store, part) if store is not None else None
            except sqlite3.Error:
                log.exception("the cached %s could not be read", part)
                shown[part] = None
        return shown

    def fetch(self, part: str) -> Loaded:
        """Fetch a part (``account``, ``smtp``, ``packages``) from the server, cache it, lay unsent edits on top.

        Blocking (network, disk). A database error is logged, and the server's answer returned as it is.

        The answer is stamped with the time it was asked for: the server's state is at least that
        new. A save that finished while the answer was on its way (the outbox sending a queued edit,
        an edit dialog's Save) is stamped when its answer arrived, so :meth:`Cache.save
        <desktop.store.cache.Cache.save>` keeps it, and this older answer is not shown over it. A
        stamp taken on arrival could be later than the save's and replace it.

        Raises:
            desktop.api.ApiError: the server could not be reached or refused (``Unreachable``,
                ``SignInRequired``…).
        """
        fetched_at = self._now()  # when asked, not when answered: see above
        value = self._get(part)
        store = self._store
        if store is None:
            return Loaded(value, fetched_at)
        data, etag = to_cache(part, value)
        try:
            store.cache.save(part, data, etag, fetched_at)
            return stored(store, part) or Loaded(value, fetched_at)
        except sqlite3.Error:
            log.exception("the %s could not be cached", part)
            return Loaded(value, fetched_at)

    def remember_saved(self, part: str, current: Versioned[Any]) -> None:
        """Cache the server's answer to a save (blocking: disk; a database error is logged)."""
        if self._store is None:
            return
        data, etag = to_cache(part, current)
        try:
            self._store.cache.save(part, data, etag, self._now())
        except sqlite3.Error:
            log.exception("the saved %s could not be cached", part)

    # -- saving ----------------------------------------------------------------------------------

    def save(self, edit: Edit, *, ticket: SaveTicket | None = None) -> Saved | Queued | Conflicted | Rejected:
        """Save an edit: on the server, or (when it cannot be reached) in the outbox; see the module's rules.

        Blocking (network, disk).

        Args:
            edit: the changes, the values they started from and that version's ETag.
            ticket: the Save's claim on the outbox; when someone else took it (the user put the
                edit in the outbox meanwhile), an unreachable server is raised, not queued.

        Returns:
            :class:`Saved`, :class:`Queued`, :class:`Conflicted` or :class:`Rejected` (a secret
            that would have had to wait).

        Raises:
            desktop.api.Unreachable: no answer, and no outbox (or the ticket was taken).
            desktop.api.ApiError: every other refusal (``ValidationFailed``, ``SignInRequired``,
                a ``Conflict`` other than 412, ``PermissionDenied``…).
            QueueFailed: the outbox refused the edit (``fields``: a value breaks a domain rule) or
                could not be written.
        """
        if self._store is not None and self._waiting(edit.resource):
            if ticket is not None and not ticket.take():
                raise RuntimeError("The edit was put in the outbox meanwhile.")
            return self._queue(edit, cause=None, behind=True)
        for attempt in (1, 2):
            try:
                try:
                    return Saved(self._put(edit))
                except Conflict as error:
                    if error.status != 412:
                        raise
                    current = sending.version_of_conflict(error) or self._get(edit.resource)
            except Unreachable as error:
                if self._store is None or (ticket is not None and not ticket.take()):
                    raise
                return self._queue(edit, cause=error)
            theirs = editable(edit.resource).values(current.value.to_json())
            merged = three_way_merge(edit.base, edit.changes, theirs, write_only=edit.secret_keys)
            if merged.applied:
                return Saved(current, already_applied=True)
            if merged.conflicts or attempt == 2:  # once: a busy server cannot make it loop
                return Conflicted(current, dict(merged.conflicts))
            edit = Edit(edit.resource, merged.to_send, theirs, current.etag, edit.secret_keys)
        raise AssertionError("unreachable")  # pragma: no cover - the loop always returns

    def queue(self, edit: Edit) -> Queued | Rejected:
        """Put an edit in the outbox without trying the server (Put in Outbox; a Save left waiting at quit).

        Blocking (disk).

        Returns:
            :class:`Queued`, or :class:`Rejected` when a secret is among the changes.

        Raises:
            RuntimeError: the session has no outbox.
            QueueFailed: the outbox refused the edit or could not be written.
        """
        return self._queue(edit, cause=None)

    def _queue(self, edit: Edit, *, cause: Unreachable | None, behind: bool = False) -> Queued | Rejected:
        if self._store is None:
            raise RuntimeError("This session has no outbox.")
        if edit.secrets:
            return Rejected(tuple(edit.secrets), cause, behind)
        base = {key: value for key, value in edit.base.items() if key not in edit.secret_keys}
        try:
            entry_id = self._store.outbox.enqueue(edit.resource, edit.changes, base, edit.etag)
        except (ValueError, sqlite3.Error) as error:
            raise QueueFailed(str(error), getattr(error, "fields", None)) from error
        return Queued(entry_id, cause, behind)

    def _waiting(self, resource: str) -> bool:
        assert self._store is not None
        return bool(self._store.outbox.entries(PENDING, CONFLICT, resource=resource))

    def switch_billing(self, method: str) -> Account:
        """Switch the billing method (``per_channel``, ``per_minute``): needs the server now, never queued (design §4).

        Blocking (network). It changes the account, so its ETag too, which the answer does not carry
        (design §2): refresh the account before its next edit is sent.

        Raises:
            desktop.api.Conflict: 409 ``billing_method_locked`` (``locked_until``: when the 30 days end).
            desktop.api.ApiError: every other failure (``Unreachable``, ``SignInRequired``…).
        """
        return self._client.set_billing_method(method)

    # -- the outbox ------------------------------------------------------------------------------

    def entries(self) -> list[OutboxEntry]:
        """The edits not yet sent, oldest first (``[]`` without an outbox). Blocking (disk)."""
        return self._store.outbox.entries() if self._store is not None else []

    def entry(self, entry_id: int) -> OutboxEntry:
        """One outbox entry. Blocking (disk).

        Raises:
            KeyError: no such entry (or no outbox).
        """
        if self._store is None:
            raise KeyError(entry_id)
        return self._store.outbox.get(entry_id)

    def send_outbox(self) -> FlushReport:
        """Send the edits not yet sent, in order, each exactly once (:func:`desktop.session.sending.flush`).

        Blocking (network, disk); an empty report without an outbox.

        Raises:
            sqlite3.Error: the database failed.
        """
        if self._store is None:
            return FlushReport()
        return sending.flush(self._store.outbox, self._client, self._store.cache, clock=self._now)

    def resolve_conflict(self, entry_id: int, choices: Mapping[str, Choice]
                         ) -> tuple[FlushReport | None, OutboxEntry | None]:
        """Settle an entry in conflict with the user's choice per field, then send the outbox.

        Blocking (network, disk).

        Returns:
            ``(report, entry)``: the send's report and the entry afterwards (in conflict again when
            the server changed the same fields once more); ``(None, None)`` when the entry was no
            longer in conflict (discarded or settled elsewhere): nothing was done.

        Raises:
            ValueError: the choices do not settle exactly the entry's conflicts.
            RuntimeError: the session has no outbox.
        """
        if self._store is None:
            raise RuntimeError("This session has no outbox.")
        store = self._store
        try:
            if store.outbox.get(entry_id).status != CONFLICT:
                return None, None
            report = sending.resolve_conflict(store.outbox, self._client, store.cache, entry_id, choices,
                                              clock=self._now)
            return report, store.outbox.get(entry_id)
        except KeyError:  # discarded meanwhile (before, or just after it was sent)
            return None, None

    def discard(self, entry_id: int) -> bool:
        """Discard an entry unless it was sent meanwhile (blocking: waits for a send that is running).

        Returns:
            Whether an unsent entry was discarded (``False``: it had been sent or was already gone).
        """
        if self._store is None:
            return False
        outbox = self._store.outbox
        with outbox.flush_lock:  # a send never finds its entry deleted under it
            try:
                entry = outbox.get(entry_id)
            except KeyError:
                return False
            return entry.status != SENT and outbox.discard(entry_id)

    # -- the server ------------------------------------------------------------------------------

    def _get(self, part: str) -> Any:
        fetch: dict[str, Callable[[], Any]] = {"account": self._client.get_account, "smtp": self._client.get_smtp,
                                               "packages": self._client.get_packages}
        return fetch[part]()

    def _put(self, edit: Edit) -> Versioned[Any]:
        if edit.resource == "smtp":
            fields = dict(edit.changes)
            password = fields.pop("password", None)  # None: not sent, the saved password stays
            return self._client.update_smtp(fields, edit.etag, password=password)
        return self._client.update_account(dict(edit.changes), edit.etag)
