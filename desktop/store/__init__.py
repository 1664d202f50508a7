"""The app's local state, Qt-free (design §4): profiles, refresh tokens and offline databases.

Each profile has an offline database holding the last server state (cache) and the edits not yet
sent (outbox); :class:`desktop.session.AccountSession` sends the outbox when the server is back.

Typical use (from workers, never the GUI thread)::

    profiles = Profiles()
    profile = profiles.last_used()
    store = OfflineStore.open(profile)          # cache + outbox in one SQLite file
    shown = store.cache.load("account")         # show at once, with shown.fetched_at
    entry_id = store.outbox.enqueue("account", changes, base, etag)   # saved while offline
    report = AccountSession(client, store).send_outbox()               # when the server is back

It may import :mod:`desktop.domain`, :mod:`desktop.db` and :mod:`desktop.paths` only (never Qt,
never the API: the store never talks to the server); it words nothing for the user.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.domain.merge import FieldConflict
from desktop.store.cache import Cache, CachedResource
from desktop.store.database import Database, SchemaTooNew
from desktop.store.locked_json import FileBusy
from desktop.store.outbox import CONFLICT, PENDING, REJECTED, SENT, ConflictDetails, Outbox, OutboxEntry
from desktop.store.profiles import SANDBOX_ID, Profile, ProfileError, Profiles, normalise_base_url, profile_db_path
from desktop.store.resources import InvalidEdit, overlay
from desktop.store.secrets import SESSION_ONLY_MESSAGE, TokenStore


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


__all__ = [
    "CONFLICT",
    "PENDING",
    "REJECTED",
    "SANDBOX_ID",
    "SENT",
    "SESSION_ONLY_MESSAGE",
    "Cache",
    "CachedResource",
    "ConflictDetails",
    "Database",
    "FieldConflict",
    "InvalidEdit",
    "OfflineStore",
    "Outbox",
    "OutboxEntry",
    "Profile",
    "ProfileError",
    "Profiles",
    "FileBusy",
    "SchemaTooNew",
    "TokenStore",
    "normalise_base_url",
    "overlay",
    "profile_db_path",
]
