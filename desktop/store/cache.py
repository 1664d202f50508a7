"""The last server state of every resource the window shows, and when it was received (design §4).

On start the window shows what :meth:`Cache.load` returns at once, marked with its age (the store
returns :attr:`CachedResource.fetched_at`; the words, "3 minutes ago", are the views' own, see
:mod:`desktop.views.formats`), and refreshes it in the background; each answer is stored with
:meth:`Cache.save`. Reading never writes: opening the account offline and closing it again leaves
the database (and the server) as they were.

Resource names are short keys chosen by the caller: ``"account"`` and ``"smtp"`` (the two that can
be edited offline, see :mod:`desktop.store.resources`), ``"packages"``, ``"customers"``,
``"routes:<company id>"``, ``"agreement"``. The data is the API's JSON as received (for the
dataclasses of :mod:`desktop.domain.models`, their ``to_json()``). A secret is never stored: data
holding a ``password`` or token key is refused.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from desktop.store.database import Database
from desktop.store.resources import refuse_secrets

_NAME = re.compile(r"^[a-z][a-z0-9_.:/-]{0,99}$")

@dataclass(frozen=True)
class CachedResource:
    """A resource as the server last sent it.

    Attributes:
        resource: its name (``"account"``).
        data: the JSON value as saved.
        etag: the ``ETag`` the server sent with it, or ``None``.
        fetched_at: when it was received, aware UTC.
    """

    resource: str
    data: Any
    etag: str | None
    fetched_at: datetime


class Cache:
    """The cached resources of one profile's database.

    Args:
        db: the profile's :class:`~desktop.store.database.Database` (shared with the outbox).
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    def save(self, resource: str, data: Any, etag: str | None, fetched_at: datetime) -> bool:
        """Store the server's state of ``resource`` (one transaction; joins the caller's, if any).

        A state older than the one already stored is not saved, so a slow background refresh
        never replaces the newer answer of a save that finished first.

        Args:
            resource: the resource's name (lower-case letters, digits and ``_.:/-``).
            data: a JSON-able value; it must not hold a ``password`` or token key.
            etag: the server's ``ETag`` for it, or ``None``.
            fetched_at: an aware datetime: for a state the server was asked for (a ``GET``, a 412's
                current state), when the request was sent; for the server's answer to a save, when
                it arrived. A read is then never stamped later than the server made its state, and a
                save never earlier, so a read whose answer was slow to arrive does not replace a
                save that landed meanwhile (:meth:`desktop.session.AccountSession.fetch`).

        Returns:
            Whether it was stored (``False``: a newer state was already there).

        Raises:
            ValueError: a bad name, a naive ``fetched_at``, or data holding a secret key.
            TypeError: ``data`` is not JSON-able.
        """
        _check_name(resource)
        refuse_secrets(data, what=f"The cached {resource}")
        when = _utc(fetched_at)
        text = json.dumps(data, ensure_ascii=False, sort_keys=True)
        with self.db.transaction() as conn:
            row = conn.execute("SELECT fetched_at FROM cached_resource WHERE resource = ?", (resource,)).fetchone()
            if row is not None and datetime.fromisoformat(row["fetched_at"]) > when:
                return False
            conn.execute(
                "INSERT INTO cached_resource (resource, data, etag, fetched_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (resource) DO UPDATE SET data = excluded.data, etag = excluded.etag, "
                "fetched_at = excluded.fetched_at",
                (resource, text, etag, when.isoformat()),
            )
        return True

    def load(self, resource: str) -> CachedResource | None:
        """The last saved state of ``resource``, or ``None`` when it was never saved. Never writes.

        Raises:
            ValueError: a bad name.
        """
        _check_name(resource)
        rows = self.db.query("SELECT data, etag, fetched_at FROM cached_resource WHERE resource = ?", (resource,))
        if not rows:
            return None
        row = rows[0]
        return CachedResource(resource, json.loads(row["data"]), row["etag"],
                              datetime.fromisoformat(row["fetched_at"]))

    def resources(self) -> list[str]:
        """The names of every cached resource, sorted."""
        return [row["resource"] for row in self.db.query("SELECT resource FROM cached_resource ORDER BY resource")]

    def clear(self) -> None:
        """Remove every cached resource in one transaction (Sign Out: ``OfflineStore.forget_cached``)."""
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM cached_resource")

    def forget(self, resource: str) -> None:
        """Remove a resource from the cache (e.g. a customer's routes after the customer is gone)."""
        _check_name(resource)
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM cached_resource WHERE resource = ?", (resource,))


def _utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("Use an aware datetime (with a time zone), e.g. datetime.now(UTC).")
    return value.astimezone(UTC)


def _check_name(resource: str) -> None:
    if not isinstance(resource, str) or not _NAME.match(resource):
        raise ValueError(f"Not a resource name: {resource!r} (lower-case letters, digits and _.:/- only).")
