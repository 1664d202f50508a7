"""Edits saved while the server could not be reached, waiting in order to be sent (design §4).

Only the company/contact details (``"account"``) and the SMTP details (``"smtp"``) are queued; see
:mod:`desktop.store.resources`. An entry holds the changed fields (flat dotted keys, in the shared
validators' normal form), the values they were based on and that state's ``ETag``, so the sender
(:mod:`desktop.session.sending`) can send it as a conditional ``PUT`` and merge it three ways when the
server has moved on.

Statuses: ``pending`` (waiting to be sent) → ``sent``; or ``conflict`` (the same field changed on
the server: the user must choose; the session settles it and :meth:`Outbox.rebase` queues it again);
or ``rejected`` (the server refused the values with 4xx, e.g. 422 or 403: the edit cannot be sent
as it is, the user may discard it or edit again). The entry's ``id`` is its sequence number: ids
only grow, so entries are sent in the order they were saved.

Secrets are never queued: :meth:`Outbox.enqueue` raises ``ValueError`` for an SMTP ``password``;
a password change needs the server now (the caller refuses it offline, or keeps it in memory).
Nothing is written unless an edit is saved: reading the outbox never writes.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from desktop.domain.merge import FieldConflict
from desktop.store.database import Database
from desktop.store.resources import editable, refuse_secrets

PENDING = "pending"
SENT = "sent"
CONFLICT = "conflict"
REJECTED = "rejected"
#: Every status but ``sent``: edits the server does not have yet.
UNSENT: tuple[str, ...] = (PENDING, CONFLICT, REJECTED)


@dataclass(frozen=True)
class ConflictDetails:
    """Why an entry stopped: the fields both sides changed, and the server's state at that moment.

    Attributes:
        fields: each conflicting dotted key with its base, mine and theirs values.
        theirs: the server's editable values (all of them) when the conflict was found.
        etag: the ``ETag`` of that server state (the edit is rebased onto it once settled).
        detected_at: when the conflict was found (aware UTC).
    """

    fields: dict[str, FieldConflict]
    theirs: dict[str, str]
    etag: str | None
    detected_at: datetime

    def to_json(self) -> dict[str, Any]:
        """The stored form."""
        return {"fields": [c.to_json() for c in self.fields.values()], "theirs": self.theirs, "etag": self.etag,
                "detected_at": self.detected_at.isoformat()}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ConflictDetails:
        """The inverse of :meth:`to_json`."""
        conflicts = [FieldConflict.from_json(item) for item in data["fields"]]
        return cls({c.field: c for c in conflicts}, dict(data["theirs"]), data.get("etag"),
                   datetime.fromisoformat(data["detected_at"]))


@dataclass(frozen=True)
class OutboxEntry:
    """One queued edit.

    Attributes:
        id: its sequence number (entries are sent in ``id`` order).
        resource: ``"account"`` or ``"smtp"``.
        changes: the changed fields, ``{dotted key: value}``.
        base: the editable values the edit was based on, ``{dotted key: value}``.
        etag: the ``ETag`` of ``base`` (sent as ``If-Match``), or ``None``.
        created_at: when the edit was saved (aware UTC).
        status: ``pending``, ``sent``, ``conflict`` or ``rejected``.
        sent_at: when the server confirmed it (``None`` until sent).
        conflict: the details when ``status`` is ``conflict``.
        error: the server's message when ``status`` is ``rejected``.
        error_fields: for a rejected 422, the message of each refused dotted key.
    """

    id: int
    resource: str
    changes: dict[str, str]
    base: dict[str, str]
    etag: str | None
    created_at: datetime
    status: str
    sent_at: datetime | None = None
    conflict: ConflictDetails | None = None
    error: str | None = None
    error_fields: dict[str, str] = field(default_factory=dict)

    @property
    def seq(self) -> int:
        """The sequence number (the same as ``id``)."""
        return self.id


class Outbox:
    """The queued edits of one profile's database.

    Args:
        db: the profile's :class:`~desktop.store.database.Database` (shared with the cache).
        clock: returns the current aware time (replaceable in tests).

    Attributes:
        flush_lock: held by :func:`desktop.session.sending.flush` so two workers never send at once.
    """

    def __init__(self, db: Database, *, clock: Callable[[], datetime] | None = None) -> None:
        self.db = db
        self._clock = clock or (lambda: datetime.now(UTC))
        self.flush_lock = threading.Lock()

    def enqueue(self, resource: str, changes: Mapping[str, Any], base: Mapping[str, Any],
                etag: str | None) -> int:
        """Queue an edit; it is on disk (fsync'd) when this returns, and survives a crash right after.

        Args:
            resource: ``"account"`` or ``"smtp"``.
            changes: the fields the user changed, ``{dotted key: new value}``; values are checked
                and normalised with the shared validators; a value equal to its base is dropped.
            base: the editable values the user started from (the cached state with any earlier
                unsent edits on top); must hold every changed key.
            etag: the ``ETag`` of the cached state the edit started from, or ``None``.

        Returns:
            The entry's id (its sequence number).

        Raises:
            ValueError: another resource; a ``password`` (or token) among the fields: a secret is
                never queued; a key that is not editable; a changed key missing from ``base``;
                nothing left to change.
            desktop.store.resources.InvalidEdit: a value breaks a domain rule (a ``ValueError``
                whose ``fields`` maps keys to messages).
        """
        spec = editable(resource)
        refuse_secrets(base, what="An edit's base state")
        clean = spec.clean(changes)
        missing = sorted(key for key in clean if key not in base)
        if missing:
            raise ValueError(f"The base state has no value for: {', '.join(missing)}.")
        base_values = {key: "" if base[key] is None else str(base[key]) for key in spec.fields if key in base}
        clean = {key: value for key, value in clean.items() if value != base_values[key]}
        if not clean:
            raise ValueError("Nothing changed: an edit that changes no field is not queued.")
        with self.db.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO outbox (resource, changes, base, etag, created_at, status) VALUES (?, ?, ?, ?, ?, ?)",
                (resource, _dump(clean), _dump(base_values), etag, _now(self._clock), PENDING))
            assert cursor.lastrowid is not None  # sqlite3 sets it on every INSERT
            return cursor.lastrowid

    def get(self, entry_id: int) -> OutboxEntry:
        """The entry with this id.

        Raises:
            KeyError: no such entry (never queued, or discarded).
        """
        rows = self.db.query("SELECT * FROM outbox WHERE id = ?", (int(entry_id),))
        if not rows:
            raise KeyError(entry_id)
        return _entry(rows[0])

    def pending(self, resource: str | None = None) -> list[OutboxEntry]:
        """The ``pending`` entries in the order they are sent (of one resource, or all)."""
        return self.entries(PENDING, resource=resource)

    def entries(self, *statuses: str, resource: str | None = None) -> list[OutboxEntry]:
        """The entries with any of ``statuses`` (default: every unsent one), oldest first."""
        wanted = statuses or UNSENT
        marks = ", ".join("?" for _ in wanted)
        sql = f"SELECT * FROM outbox WHERE status IN ({marks})"
        parameters: tuple[Any, ...] = tuple(wanted)
        if resource is not None:
            sql += " AND resource = ?"
            parameters += (resource,)
        return [_entry(row) for row in self.db.query(sql + " ORDER BY id", parameters)]

    def conflicts(self) -> list[OutboxEntry]:
        """The entries waiting for the user to settle a conflict, oldest first."""
        return self.entries(CONFLICT)

    def count(self, *statuses: str) -> int:
        """How many entries have any of ``statuses`` (default: every unsent one: pending, conflict, rejected)."""
        wanted = statuses or UNSENT
        marks = ", ".join("?" for _ in wanted)
        rows = self.db.query(f"SELECT COUNT(*) FROM outbox WHERE status IN ({marks})", tuple(wanted))
        return int(rows[0][0])

    def unsent_changes(self, resource: str) -> dict[str, str]:
        """The fields of ``resource`` changed by pending and conflicting entries, later ones winning.

        Show :func:`desktop.store.resources.overlay` of the cached state with these, so the user
        sees the edits that are still on their way (and starts the next edit from them).
        """
        merged: dict[str, str] = {}
        for entry in self.entries(PENDING, CONFLICT, resource=resource):
            merged.update(entry.changes)
        return merged

    def discard(self, entry_id: int) -> bool:
        """Delete an entry (the user gives up an unsent edit). Returns whether it existed."""
        with self.db.transaction() as conn:
            return conn.execute("DELETE FROM outbox WHERE id = ?", (int(entry_id),)).rowcount > 0

    def mark_sent(self, entry_id: int) -> None:
        """Record that the server holds the entry's changes (joins the caller's transaction).

        Raises:
            KeyError: no such entry.
        """
        self._update(entry_id, status=SENT, sent_at=_now(self._clock), conflict=None, error=None)

    def mark_conflict(self, entry_id: int, details: ConflictDetails) -> None:
        """Stop an entry until the user settles ``details`` (see :meth:`resolve`).

        Raises:
            KeyError: no such entry.
        """
        self._update(entry_id, status=CONFLICT, conflict=_dump(details.to_json()), error=None)

    def mark_rejected(self, entry_id: int, message: str, fields: Mapping[str, str] | None = None) -> None:
        """Record that the server refused the entry (4xx); it is not sent again.

        Raises:
            KeyError: no such entry.
        """
        error = {"message": message, "fields": dict(fields or {})}
        self._update(entry_id, status=REJECTED, error=_dump(error), conflict=None)

    def rebase(self, entry_id: int, send: Mapping[str, str]) -> OutboxEntry:
        """Put a settled conflict back in the queue: its changes become ``send``, based on the server's state.

        The entry keeps its place in the order. Its base and ETag become the server's state when the
        conflict was found (``conflict.theirs``, ``conflict.etag``). When ``send`` is empty (every
        conflict settled as ``"theirs"`` and nothing else changed) the entry is marked ``sent``: the
        server already has the result. What to send is decided by the account session with the one
        merge rule (:func:`desktop.session.sending.settle`); the store only records it.

        Returns:
            The updated entry.

        Raises:
            KeyError: no such entry.
            ValueError: the entry is not in conflict.
        """
        with self.db.transaction() as conn:
            entry = self.get(entry_id)
            if entry.status != CONFLICT or entry.conflict is None:
                raise ValueError(f"Entry {entry_id} is {entry.status}, not in conflict.")
            details = entry.conflict
            if not send:
                self.mark_sent(entry_id)
            else:
                conn.execute("UPDATE outbox SET changes = ?, base = ?, etag = ?, status = ?, conflict = NULL, "
                             "error = NULL WHERE id = ?",
                             (_dump(dict(send)), _dump(details.theirs), details.etag, PENDING, int(entry_id)))
            return self.get(entry_id)

    def purge_sent(self, before: datetime) -> int:
        """Delete ``sent`` entries confirmed before ``before``; returns how many."""
        with self.db.transaction() as conn:
            cursor = conn.execute("DELETE FROM outbox WHERE status = ? AND sent_at < ?",
                                  (SENT, before.astimezone(UTC).isoformat()))
            return cursor.rowcount

    def _update(self, entry_id: int, **columns: Any) -> None:
        assignments = ", ".join(f"{name} = ?" for name in columns)
        with self.db.transaction() as conn:
            cursor = conn.execute(f"UPDATE outbox SET {assignments} WHERE id = ?",
                                  (*columns.values(), int(entry_id)))
            if cursor.rowcount == 0:
                raise KeyError(entry_id)


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _now(clock: Callable[[], datetime]) -> str:
    return clock().astimezone(UTC).isoformat()


def _entry(row: Any) -> OutboxEntry:
    error = json.loads(row["error"]) if row["error"] else {}
    return OutboxEntry(
        id=int(row["id"]), resource=row["resource"], changes=json.loads(row["changes"]),
        base=json.loads(row["base"]), etag=row["etag"], created_at=datetime.fromisoformat(row["created_at"]),
        status=row["status"], sent_at=datetime.fromisoformat(row["sent_at"]) if row["sent_at"] else None,
        conflict=ConflictDetails.from_json(json.loads(row["conflict"])) if row["conflict"] else None,
        error=error.get("message"), error_fields=dict(error.get("fields") or {}),
    )
