"""The offline database of one profile: one SQLite file holding the cache and the outbox (design §4).

:class:`Database` holds one connection (``check_same_thread=False``) guarded by a re-entrant lock,
so the app's worker threads take turns. The file is in WAL mode with ``synchronous=FULL``: a
committed transaction is in the write-ahead log on disk (fsync'd) before ``COMMIT`` returns, so an
edit queued in the outbox survives a crash, a ``SIGKILL`` or a power cut right after
:meth:`desktop.store.outbox.Outbox.enqueue` returns (https://www.sqlite.org/pragma.html#pragma_synchronous).

Writes run in ``BEGIN IMMEDIATE`` transactions (:meth:`Database.transaction`); a transaction opened
inside another one on the same thread joins it, so a caller can make several store calls atomic
(the sender marks an outbox entry sent and caches the server's answer in one transaction).

The schema version is ``PRAGMA user_version``; :data:`MIGRATIONS` brings an older file up to date
when it is opened. A file written by a newer version of the app is refused rather than damaged.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

_BUSY_TIMEOUT_MS = 10_000

#: The schema, one script per version: ``MIGRATIONS[n]`` takes a file from version ``n`` to ``n + 1``.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE cached_resource (
        resource   TEXT PRIMARY KEY,
        data       TEXT NOT NULL,
        etag       TEXT,
        fetched_at TEXT NOT NULL
    );
    CREATE TABLE outbox (
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
    );
    CREATE INDEX outbox_status ON outbox (status, id);
    """,
)

#: The schema version this code writes.
SCHEMA_VERSION = len(MIGRATIONS)


class SchemaTooNew(RuntimeError):
    """The database was written by a newer version of the app; it is left untouched."""


class Database:
    """One profile's SQLite file, opened (and created or migrated) at construction.

    Args:
        path: the database file (see :func:`desktop.store.profiles.profile_db_path`); its folder is
            created if missing.

    Raises:
        SchemaTooNew: the file's ``user_version`` is newer than :data:`SCHEMA_VERSION`.
        sqlite3.DatabaseError: the file is not a SQLite database.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._depth = 0
        self._conn = sqlite3.connect(str(self.path), check_same_thread=False, isolation_level=None)
        self._conn.row_factory = sqlite3.Row
        try:
            self._conn.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = FULL")
            self._migrate()
        except BaseException:
            self._conn.close()
            raise

    def _migrate(self) -> None:
        with self.transaction():
            version = self.schema_version()
            if version > SCHEMA_VERSION:
                raise SchemaTooNew(f"{self.path.name} has schema version {version}; this app knows up to "
                                   f"{SCHEMA_VERSION}. Update the app to open it.")
            for number in range(version, SCHEMA_VERSION):
                for statement in MIGRATIONS[number].split(";"):
                    if statement.strip():
                        self._conn.execute(statement)
            if version != SCHEMA_VERSION:
                self._conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def schema_version(self) -> int:
        """The file's ``PRAGMA user_version``."""
        with self._lock:
            return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A ``BEGIN IMMEDIATE`` transaction committed on success and rolled back on an exception.

        A transaction opened inside another one on the same thread joins it (it commits with the
        outer one). Other threads wait for the lock.

        Yields:
            The connection, to run statements on.
        """
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self._conn
                finally:
                    self._depth -= 1
                return
            self._conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield self._conn
            except BaseException:
                self._depth = 0
                self._conn.execute("ROLLBACK")
                raise
            self._depth = 0
            self._conn.execute("COMMIT")

    def query(self, sql: str, parameters: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        """Run a read-only statement and return every row."""
        with self._lock:
            return self._conn.execute(sql, parameters).fetchall()

    def close(self) -> None:
        """Close the connection (checkpointing the write-ahead log); the object is unusable afterwards."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
