"""What an :class:`~desktop.session.AccountSession` is given and reports: typed, frozen results the views only show.

A Save is given an :class:`Edit` and a :class:`SaveTicket` (its single claim on the outbox). It reports:

- :class:`Loaded`: a part of the account as shown, and when the server sent it;
- :class:`Saved`: the server holds the edit (its answer, or its newer version that already held
  every typed value);
- :class:`Queued`: the edit waits in the outbox to be sent later;
- :class:`Conflicted`: the server changed the same fields meanwhile; the user decides;
- :class:`Rejected`: nothing was saved and nothing queued, because the edit cannot wait on this
  computer (a secret among the changes, design §4).

A send of the outbox reports a :class:`desktop.session.sending.FlushReport` (sent, conflict, rejected
per entry). The api errors (``ValidationFailed``, ``SignInRequired``…) are raised, not returned.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop.api import Unreachable, Versioned
from desktop.domain.merge import FieldConflict


@dataclass(frozen=True)
class Edit:
    """One edit of a resource, as a Save sends it.

    Attributes:
        resource: ``"account"`` or ``"smtp"`` (see :mod:`desktop.store.resources`).
        changes: the changed fields, ``{dotted key: normalised value}``.
        base: the editable values the edit started from (every changed key among them).
        etag: the ETag of that version, sent in ``If-Match``; ``None`` when the server sent none.
        secret_keys: keys that are write-only secrets (the SMTP password): never queued, and never
            "already applied" (the server never shows them).
    """

    resource: str
    changes: dict[str, str]
    base: dict[str, str]
    etag: str | None
    secret_keys: frozenset[str] = frozenset()

    @property
    def secrets(self) -> list[str]:
        """The secret keys among the changes (in the order of the changes)."""
        return [key for key in self.changes if key in self.secret_keys]


class SaveTicket:
    """One Save's single claim on the outbox: its own fallback or the user's Put in Outbox queues it, never both.

    A Save still waiting for the server may be abandoned or put in the outbox by the user (or at
    quit) while its request is out; the request may still fail later. Whoever takes the ticket first
    decides; the other leaves the edit alone. Thread-safe.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._taken = False

    def take(self) -> bool:
        """Claim the edit; ``True`` only for the first caller."""
        with self._lock:
            taken, self._taken = self._taken, True
            return not taken


@dataclass(frozen=True)
class Loaded:
    """One part as shown, and when the server sent it (aware UTC).

    ``value`` is a ``Versioned[Account]``, a ``Versioned[SmtpSettings]`` or a ``list[Package]``.
    """

    value: Any
    fetched_at: datetime


@dataclass(frozen=True)
class Saved:
    """The server holds the edit.

    Attributes:
        current: the server's version after the save, with its ETag.
        already_applied: the server already held every typed value (a 412 whose newer version had
            them all): nothing more was sent.
    """

    current: Versioned[Any]
    already_applied: bool = False


@dataclass(frozen=True)
class Queued:
    """The edit waits in the outbox (on disk when this is returned).

    Attributes:
        entry_id: the outbox entry.
        cause: what kept the server away (``None``: the edit was queued without trying the server).
        behind: queued behind earlier edits of the resource still waiting, without trying the server,
            so the edits reach it in the order they were made.
    """

    entry_id: int
    cause: Unreachable | None = None
    behind: bool = False


@dataclass(frozen=True)
class Conflicted:
    """The server's newer version changed fields the edit changes too (or changed again after a merged resend).

    Attributes:
        current: the server's current version, with its ETag (the edit may start again from it).
        conflicts: each field changed on both sides (a typed secret always counts as one).
    """

    current: Versioned[Any]
    conflicts: dict[str, FieldConflict] = field(default_factory=dict)


@dataclass(frozen=True)
class Rejected:
    """Nothing was saved or queued: the edit had to wait in the outbox but holds a secret.

    Attributes:
        secrets: the secret keys among the changes.
        cause: what kept the server away (``None`` when it was not tried).
        behind: earlier edits of the resource were waiting, so the server was not tried.
    """

    secrets: tuple[str, ...]
    cause: Unreachable | None = None
    behind: bool = False


class QueueFailed(Exception):
    """The edit had to wait in the outbox, but the outbox refused it or could not be written.

    Attributes:
        fields: per-field messages when a value broke a domain rule (``{}`` otherwise).
    """

    def __init__(self, message: str, fields: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.fields = dict(fields or {})


#: What :meth:`desktop.session.AccountSession.save` returns.
SaveResult = Saved | Queued | Conflicted | Rejected
