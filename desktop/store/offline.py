"""One profile's offline database: :class:`OfflineStore`, its cache and outbox in one SQLite file (design §4)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.store.cache import Cache, CachedResource
from desktop.store.database import Database
from desktop.store.outbox import Outbox
from desktop.store.profiles import Profile, profile_db_path
from desktop.store.resources import overlay


@dataclass(frozen=True)
class OfflineStore:
    """One profile's offline database with its cache and outbox (they share the file and its transactions)."""

    db: Database
    cache: Cache
    outbox: Outbox

    @classmethod
    def open(cls, profile: Profile | Path) -> OfflineStore:
        """Open (creating or migrating) a profile's database: a :class:`Profile`, or a database path.

        Raises:
            SchemaTooNew: the file was written by a newer version of the app.
            sqlite3.DatabaseError: the file is not a SQLite database.
        """
        path = profile_db_path(profile) if isinstance(profile, Profile) else profile
        db = Database(path)
        return cls(db, Cache(db), Outbox(db))

    def shown(self, resource: str) -> CachedResource | None:
        """The cached state of ``resource`` with its unsent edits on top (``account``/``smtp``), or ``None``."""
        cached = self.cache.load(resource)
        if cached is None:
            return None
        changes = self.outbox.unsent_changes(resource) if resource in ("account", "smtp") else {}
        if not changes:
            return cached
        return CachedResource(cached.resource, overlay(cached.data, changes), cached.etag, cached.fetched_at)

    def forget_cached(self) -> None:
        """Sign Out: remove every cached resource; the outbox (the user's unsent edits) stays.

        The next start of a signed-out profile then asks for a sign-in before it shows account data
        (a start with a cache shows it before reading the keychain: :mod:`desktop.shell.opening`).
        Blocking (disk).
        """
        self.cache.clear()

    def close(self) -> None:
        """Close the database."""
        self.db.close()
