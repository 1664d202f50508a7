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

from typing import TYPE_CHECKING

from desktop.lazy_exports import lazy_exports

if TYPE_CHECKING:  # for type checkers and IDEs; at run time each name is loaded by __getattr__ below
    from desktop.domain.merge import FieldConflict
    from desktop.store.cache import Cache, CachedResource
    from desktop.store.database import Database, SchemaTooNew
    from desktop.store.locked_json import FileBusy
    from desktop.store.offline import OfflineStore
    from desktop.store.outbox import CONFLICT, PENDING, REJECTED, SENT, ConflictDetails, Outbox, OutboxEntry
    from desktop.store.profiles import (
        SANDBOX_ID,
        Profile,
        ProfileError,
        Profiles,
        normalise_base_url,
        profile_db_path,
    )
    from desktop.store.resources import InvalidEdit, overlay
    from desktop.store.secrets import SESSION_ONLY_MESSAGE, TokenStore

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

#: The module of each name of ``__all__``.
_HOMES = {
    "FieldConflict": "desktop.domain.merge",
    **dict.fromkeys(["Cache", "CachedResource"], "desktop.store.cache"),
    **dict.fromkeys(["Database", "SchemaTooNew"], "desktop.store.database"),
    "FileBusy": "desktop.store.locked_json",
    "OfflineStore": "desktop.store.offline",
    **dict.fromkeys(["CONFLICT", "PENDING", "REJECTED", "SENT", "ConflictDetails", "Outbox", "OutboxEntry"],
                    "desktop.store.outbox"),
    **dict.fromkeys(["SANDBOX_ID", "Profile", "ProfileError", "Profiles", "normalise_base_url", "profile_db_path"],
                    "desktop.store.profiles"),
    **dict.fromkeys(["InvalidEdit", "overlay"], "desktop.store.resources"),
    **dict.fromkeys(["SESSION_ONLY_MESSAGE", "TokenStore"], "desktop.store.secrets"),
}

if not TYPE_CHECKING:  # hidden from mypy, so that a misspelt name is still an error there, not Any
    __getattr__, __dir__ = lazy_exports(__all__, _HOMES, globals())
