"""Send the outbox when the server is back, each edit exactly once, merging with newer server state.

Qt-free and blocking: call :func:`flush` from a worker (``desktop.ops``), e.g. after a refresh
succeeds or when the user presses Retry.

Each pending entry is sent in order as a conditional ``PUT`` with ``If-Match: <the ETag its edit
was based on>`` and only its changed fields. When the server answers:

- 2xx: the entry is marked ``sent`` and the answer cached, in one transaction;
- 412 (the resource changed meanwhile): the entry is merged three ways (:mod:`desktop.domain.merge`)
  with the server's current state (the 412 body's ``current``, else a ``GET``): fields only I
  changed are sent again with the new ETag; fields the server already holds are not sent; a field
  changed on both sides stops the entry as ``conflict`` for the user to settle
  (:func:`resolve_conflict`), never a silent overwrite;
- 4xx refusals (422, 403, 404, 409): ``rejected``, with the server's message;
- no answer (:class:`~desktop.api.Unreachable`), 401 (:class:`~desktop.api.SignInRequired`), 5xx
  and the like: the flush stops and this entry and the rest stay pending.

Exactly once: if the app dies after the server applied an edit but before it was marked sent, the
next flush sends it again with the old ETag and gets 412, because the edit changed the resource;
the merge then finds every field already applied, sends nothing and marks it sent. A ``PUT`` that
changes nothing leaves the ETag alone, and sending it again is harmless. Without an ETag (a server
that sends none) the current state is fetched and merged before the ``PUT``.

An entry in conflict blocks the later entries of the same resource (they may build on it) until it
is settled or discarded; entries of the other resource still go.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from desktop.api import (
    AccountClient,
    ApiError,
    Conflict,
    ForeignAnswer,
    NotFound,
    PermissionDenied,
    PreconditionRequired,
    ValidationFailed,
    Versioned,
)
from desktop.domain.merge import Choice, FieldConflict, resolve, three_way_merge
from desktop.store.cache import Cache
from desktop.store.outbox import CONFLICT, REJECTED, SENT, ConflictDetails, Outbox, OutboxEntry
from desktop.store.resources import editable

#: How many times one entry is merged and sent again when the server keeps changing under it.
MAX_ROUNDS = 3


class ChangingTooFast(ApiError):
    """The resource changed again every time a merged edit was sent; the entry stays pending."""


@dataclass(frozen=True)
class EntryOutcome:
    """What happened to one entry during a flush.

    Attributes:
        entry_id: the entry.
        resource: ``"account"`` or ``"smtp"``.
        status: ``"sent"``, ``"conflict"`` or ``"rejected"``.
        sent: the fields the successful ``PUT`` carried (``{}`` when the server already had them all).
        already_applied: fields the server already held with my values (not sent again).
        conflicts: for ``"conflict"``, each field changed on both sides (base, mine, theirs).
        message: for ``"rejected"``, the server's message; ``fields`` its per-field messages.
    """

    entry_id: int
    resource: str
    status: str
    sent: dict[str, str] = field(default_factory=dict)
    already_applied: dict[str, str] = field(default_factory=dict)
    conflicts: dict[str, FieldConflict] = field(default_factory=dict)
    message: str | None = None
    fields: dict[str, str] = field(default_factory=dict)


@dataclass
class FlushReport:
    """The result of :func:`flush`.

    Attributes:
        outcomes: one per entry handled, in order.
        stopped_by: the error that stopped the flush (``Unreachable``, ``SignInRequired``,
            ``ServerError``, :class:`ChangingTooFast`…), or ``None``; entries not handled stay pending.
        remaining: pending entries left afterwards.
        blocked: ids of pending entries held back by a conflict of the same resource.
    """

    outcomes: list[EntryOutcome] = field(default_factory=list)
    stopped_by: ApiError | None = None
    remaining: int = 0
    blocked: list[int] = field(default_factory=list)

    def _ids(self, status: str) -> list[int]:
        return [outcome.entry_id for outcome in self.outcomes if outcome.status == status]

    @property
    def sent(self) -> list[int]:
        """Ids of the entries marked sent."""
        return self._ids(SENT)

    @property
    def conflicts(self) -> list[int]:
        """Ids of the entries stopped by a conflict."""
        return self._ids(CONFLICT)

    @property
    def rejected(self) -> list[int]:
        """Ids of the entries the server refused."""
        return self._ids(REJECTED)


@dataclass(frozen=True)
class _State:
    """The server's state of a resource, as read during a send."""

    data: dict[str, Any]
    etag: str | None
    asked_at: datetime  # when the request that read it was sent: its cache stamp (AccountSession.fetch says why)


@dataclass(frozen=True)
class _Remote:
    get: Callable[[AccountClient], Any]
    put: Callable[[AccountClient, dict[str, str], str | None], Any]


_REMOTES: dict[str, _Remote] = {
    "account": _Remote(lambda c: c.get_account(), lambda c, changes, etag: c.update_account(changes, etag)),
    "smtp": _Remote(lambda c: c.get_smtp(), lambda c, changes, etag: c.update_smtp(changes, etag)),
}


def flush(outbox: Outbox, client: AccountClient, cache: Cache, *,
          clock: Callable[[], datetime] | None = None) -> FlushReport:
    """Send every pending entry in order, each exactly once; see the module's description.

    Blocking (network): call it from a worker. Two flushes never run at once (``outbox.flush_lock``);
    a flush with nothing pending makes no request.

    Args:
        outbox: the profile's outbox.
        client: a signed-in client of the profile's server.
        cache: the profile's cache (updated with each state the server sends).
        clock: returns the current aware time, for the cache's ``fetched_at``.

    Returns:
        What happened to each entry, and what stopped the flush if anything did.

    Raises:
        ValueError: ``outbox`` and ``cache`` are not on the same database (they must share
            transactions).
        sqlite3.Error: the database failed (e.g. the disk is full); an entry the server already
            applied stays pending and the next flush finds it applied (see "Exactly once").
    """
    if cache.db is not outbox.db:
        raise ValueError("The outbox and the cache must be on the same Database (use OfflineStore).")
    now = clock or (lambda: datetime.now(UTC))
    report = FlushReport()
    with outbox.flush_lock:
        handled: set[int] = set()
        while True:
            blocked = {entry.resource for entry in outbox.conflicts()}
            ready = [e for e in outbox.pending() if e.id not in handled and e.resource not in blocked]
            if not ready:
                break
            entry = ready[0]
            handled.add(entry.id)
            try:
                report.outcomes.append(_deliver(entry, outbox, client, cache, now))
            except ApiError as error:
                report.stopped_by = error
                break
        blocked = {entry.resource for entry in outbox.conflicts()}
        pending = outbox.pending()
        report.remaining = len(pending)
        report.blocked = [entry.id for entry in pending if entry.resource in blocked]
    return report


def resolve_conflict(outbox: Outbox, client: AccountClient, cache: Cache, entry_id: int,
                     choices: Mapping[str, Choice], *, clock: Callable[[], datetime] | None = None) -> FlushReport:
    """Settle a conflict with the user's choice per field, then send (a flush).

    Args:
        outbox: the profile's outbox.
        client: a signed-in client of the profile's server.
        cache: the profile's cache.
        entry_id: the entry in conflict.
        choices: ``"mine"`` or ``"theirs"`` for every conflicting field of the entry.
        clock: returns the current aware time, for the cache's ``fetched_at``.

    Returns:
        The flush's report. When the server changed again meanwhile the entry may be merged
        again (and can be in conflict again); when it cannot be reached, the settled entry stays
        pending and goes with the next flush.

    Raises:
        KeyError: no such entry.
        ValueError: the entry is not in conflict, or the choices do not settle exactly its conflicts.
    """
    settle(outbox, entry_id, choices)
    return flush(outbox, client, cache, clock=clock)


def settle(outbox: Outbox, entry_id: int, choices: Mapping[str, Choice]) -> OutboxEntry:
    """Settle a conflict with the user's choice per field and queue what is left to send (no request).

    The one merge rule (:func:`desktop.domain.merge.three_way_merge` then :func:`~desktop.domain.merge.resolve`)
    decides what is sent: the fields only I changed plus each conflict settled as ``"mine"``, rebased
    onto the server's state when the conflict was found (:meth:`desktop.store.Outbox.rebase`). When
    nothing is left the entry is ``sent``: the server already has the result.

    Returns:
        The updated entry (``pending``, or ``sent`` when nothing is left to send).

    Raises:
        KeyError: no such entry.
        ValueError: the entry is not in conflict, or ``choices`` does not settle exactly its
            conflicting fields with ``"mine"`` or ``"theirs"``.
    """
    entry = outbox.get(entry_id)
    if entry.status != CONFLICT or entry.conflict is None:
        raise ValueError(f"Entry {entry_id} is {entry.status}, not in conflict.")
    send = resolve(three_way_merge(entry.base, entry.changes, entry.conflict.theirs), choices)
    return outbox.rebase(entry_id, send)


def _deliver(entry: OutboxEntry, outbox: Outbox, client: AccountClient, cache: Cache,
             now: Callable[[], datetime]) -> EntryOutcome:
    """Send one entry; returns its outcome or raises the ApiError that must stop the flush."""
    remote = _REMOTES[entry.resource]
    changes, etag = dict(entry.changes), entry.etag
    applied: dict[str, str] = {}
    state = _fetch(remote, client, now) if etag is None else None
    for _round in range(MAX_ROUNDS + 1):
        if state is not None:
            merged = three_way_merge(entry.base, entry.changes, editable(entry.resource).values(state.data))
            if merged.conflicts:
                details = ConflictDetails(merged.conflicts, editable(entry.resource).values(state.data), state.etag,
                                          now())
                with outbox.db.transaction():
                    cache.save(entry.resource, state.data, state.etag, state.asked_at)
                    outbox.mark_conflict(entry.id, details)
                return EntryOutcome(entry.id, entry.resource, CONFLICT, already_applied=merged.already_applied,
                                    conflicts=merged.conflicts)
            changes, etag, applied = merged.to_send, state.etag, merged.already_applied
            if not changes:
                with outbox.db.transaction():
                    cache.save(entry.resource, state.data, state.etag, state.asked_at)
                    outbox.mark_sent(entry.id)
                return EntryOutcome(entry.id, entry.resource, SENT, already_applied=applied)
        asked_at = now()
        try:
            result = remote.put(client, changes, etag)
        except Conflict as error:
            if error.status != 412:
                return _reject(entry, outbox, error)
            state = _state_of_conflict(error, asked_at) or _fetch(remote, client, now)
            continue
        except PreconditionRequired:
            state = _fetch(remote, client, now)
            continue
        except (ValidationFailed, PermissionDenied, NotFound) as error:
            return _reject(entry, outbox, error)
        except ApiError as error:
            # A web page in between (a proxy's 403, a portal's 407) is not the server's verdict: keep the edit.
            if (error.status is not None and 400 <= error.status < 500 and error.status not in (408, 429)
                    and not isinstance(error, ForeignAnswer)):
                return _reject(entry, outbox, error)
            raise
        with outbox.db.transaction():
            cache.save(entry.resource, result.value.to_json(), result.etag, now())
            outbox.mark_sent(entry.id)
        return EntryOutcome(entry.id, entry.resource, SENT, sent=changes, already_applied=applied)
    raise ChangingTooFast(f"The {entry.resource} details kept changing on the server while sending your edit; "
                          "it stays queued and is sent again later.")


def _fetch(remote: _Remote, client: AccountClient, now: Callable[[], datetime]) -> _State:
    asked_at = now()
    versioned = remote.get(client)
    return _State(versioned.value.to_json(), versioned.etag, asked_at)


def version_of_conflict(error: Conflict) -> Versioned[Any] | None:
    """The server's current version a 412 carried (parsed by the client as the resource's type), with its ``ETag``.

    Returns:
        ``None`` when the body held no current state or no ``ETag`` came with it (then fetch it).
    """
    if error.current is None or not error.current_etag:
        return None
    return Versioned(error.current, error.current_etag)


def _state_of_conflict(error: Conflict, asked_at: datetime) -> _State | None:
    version = version_of_conflict(error)
    return None if version is None else _State(version.value.to_json(), version.etag, asked_at)


def _reject(entry: OutboxEntry, outbox: Outbox, error: ApiError) -> EntryOutcome:
    fields = dict(error.fields) if isinstance(error, ValidationFailed) else {}
    outbox.mark_rejected(entry.id, error.message, fields)
    return EntryOutcome(entry.id, entry.resource, REJECTED, message=error.message, fields=fields)

