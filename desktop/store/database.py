"""The offline database of one profile: one SQLite file holding the cache and the outbox (design §4).

:class:`Database` holds one connection (``check_same_thread=False``) guarded by a re-entrant lock,
so the app's worker threads take turns. The connection, its transactions and its migrations come
from :mod:`desktop.db` (shared with the account service). The file is in WAL mode with
``synchronous=FULL``: a committed transaction is in the write-ahead log on disk (fsync'd) before
``COMMIT`` returns, so an edit queued in the outbox survives a crash, a ``SIGKILL`` or a power cut
right after :meth:`desktop.store.outbox.Outbox.enqueue` returns
(https://www.sqlite.org/pragma.html#pragma_synchronous).

Writes run in ``BEGIN IMMEDIATE`` transactions (:meth:`Database.transaction`); a transaction opened
inside another one on the same thread is a savepoint of it, so a caller can make several store
calls atomic (the sender marks an outbox entry sent and caches the server's answer in one
transaction).

The schema version is ``PRAGMA user_version``; :data:`MIGRATIONS` brings an older file up to date
when it is opened (:func:`desktop.db.migrations.migrate`). A file written by a newer version of the
app is refused rather than damaged.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from desktop.db.migrations import Migration, SchemaTooNewError, migrate, schema_version
from desktop.db.transaction import connect, transaction

#: The schema: ``MIGRATIONS[n]`` takes a file from version ``n`` to ``n + 1``; one SQL statement per string.
MIGRATIONS: tuple[Migration, ...] = (
    (
        """CREATE TABLE cached_resource (
            resource   TEXT PRIMARY KEY,
            data       TEXT NOT NULL,
            etag       TEXT,
            fetched_at TEXT NOT NULL
        )""",
        """CREATE TABLE outbox (
            id         INTEGER PRIMARY KEY AUTOINCREMENT,
            resource   TEXT NOT NULL,
            changes    TEXT NOT NULL,
            base       TEXT NOT NULL,
            etag       TEXT,
            created_at TEXT NOT NULL,
            status     TEXT NOT NULL DEFAULT 'pending'
                       CHECK (status IN ('pending', 'sent', 'conflict', 'rejected')),
            sent_at    TEXT,
            conflict   TEXT,
            error      TEXT
        )""",
        "CREATE INDEX outbox_status ON outbox (status, id)",
    ),
)

#: The schema version this code writes.
SCHEMA_VERSION = len(MIGRATIONS)

#: A file written by a newer version of the app (the same class as :class:`desktop.db.SchemaTooNewError`).
SchemaTooNew = SchemaTooNewError


class Database:
    """One profile's SQLite file, opened (and created or migrated) at construction.

    Args:
        path: the database file (see :func:`desktop.store.profiles.profile_db_path`); its folder is
            created if missing.

    Raises:
        SchemaTooNew: the file's ``user_version`` is newer than :data:`SCHEMA_VERSION`; it is left untouched.
        sqlite3.DatabaseError: the file is not a SQLite database.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        self._conn = connect(self.path, synchronous="FULL")
        try:
            migrate(self._conn, MIGRATIONS, name=self.path.name, advice="Update the app to open it.")
        except BaseException:
            self._conn.close()
            raise

    def schema_version(self) -> int:
        """The file's ``PRAGMA user_version``."""
        with self._lock:
            return schema_version(self._conn)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A ``BEGIN IMMEDIATE`` transaction committed on success and rolled back on an exception.

        A transaction opened inside another one on the same thread is a savepoint of it: it commits
        with the outer one, and only its own changes are undone when it raises. Other threads wait
        for the lock. See :func:`desktop.db.transaction.transaction`.

        Yields:
            The connection, to run statements on.

        Raises:
            sqlite3.OperationalError: another process held the write lock past the busy timeout.
        """
        with self._lock, transaction(self._conn) as conn:
            yield conn

    def query(self, sql: str, parameters: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        """Run a read-only statement and return every row."""
        with self._lock:
            rows: list[sqlite3.Row] = self._conn.execute(sql, parameters).fetchall()
            return rows

    def close(self) -> None:
        """Close the connection (checkpointing the write-ahead log); the object is unusable afterwards."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
