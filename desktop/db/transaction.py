"""Opening a SQLite database the same way everywhere, and the one write transaction helper.

Every database of the project (a profile's offline store, the account service's file) is opened
with :func:`connect`: autocommit mode (``isolation_level=None``, so Python's :mod:`sqlite3` never
opens a transaction behind the caller's back), WAL journal (readers do not block the writer and
another process, such as ``cxdesk-server unlock-billing``, may write while the service runs), and a
busy timeout (a connection waits for another one's write lock instead of failing at once).

Writes run in :func:`transaction`:

- The outermost block is ``BEGIN IMMEDIATE`` … ``COMMIT``. ``IMMEDIATE`` takes the write lock at
  the start, so a read-then-write (check an ETag, then save) cannot be overtaken by another
  writer between its read and its write, and ``SQLITE_BUSY`` can only happen at ``BEGIN`` (where
  the busy timeout applies), never half-way (https://www.sqlite.org/lang_transaction.html).
- A block nested inside an open transaction is a ``SAVEPOINT``: when it raises, only its own
  changes are undone (``ROLLBACK TO``) and the exception goes on to the outer block; when it ends
  normally its changes join the outer transaction and are committed (or rolled back) with it.
  So store calls that each open a transaction can be made atomic together by wrapping them in one
  (https://www.sqlite.org/lang_savepoint.html).

The helper keeps no state of its own (it asks the connection whether a transaction is open), and
does no locking: a connection shared by threads needs the owner's lock around the whole block, as
:class:`desktop.store.database.Database` and :class:`desktop.server.repository.Repository` do.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Literal

#: How long a statement waits for another connection's write lock before it fails, in milliseconds.
BUSY_TIMEOUT_MS = 10_000

#: The name of the savepoint of a nested block. SQLite allows the same name at several levels; ``ROLLBACK TO``
#: and ``RELEASE`` act on the innermost one, which is the block's own.
_SAVEPOINT = "desktop_db_nested"

Synchronous = Literal["OFF", "NORMAL", "FULL", "EXTRA"]


def connect(path: Path | str, *, synchronous: Synchronous | None = None, foreign_keys: bool = False,
            busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> sqlite3.Connection:
    """Open (creating it and its folder when missing) the SQLite file at ``path`` in WAL mode.

    The connection is in autocommit mode (write through :func:`transaction`), returns rows as
    :class:`sqlite3.Row` and may be used from any thread (``check_same_thread=False``; the caller
    must serialise its use).

    Args:
        path: the database file.
        synchronous: ``PRAGMA synchronous`` (``"FULL"``: a committed transaction is on disk before
            ``COMMIT`` returns, https://www.sqlite.org/pragma.html#pragma_synchronous); ``None``
            keeps SQLite's default.
        foreign_keys: turn on ``PRAGMA foreign_keys`` (SQLite's default is off).
        busy_timeout_ms: how long to wait for another connection's lock, in milliseconds.

    Returns:
        The open connection.

    Raises:
        OSError: the folder cannot be created.
        sqlite3.DatabaseError: the file cannot be opened, or is not a SQLite database.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None,
                           timeout=busy_timeout_ms / 1000)
    try:
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        conn.execute("PRAGMA journal_mode = WAL")
        if synchronous is not None:
            if synchronous not in ("OFF", "NORMAL", "FULL", "EXTRA"):
                raise ValueError(f"not a PRAGMA synchronous level: {synchronous!r}")
            conn.execute(f"PRAGMA synchronous = {synchronous}")
        if foreign_keys:
            conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Run the block in one write transaction: committed when it ends normally, rolled back when it raises.

    Outside a transaction this is ``BEGIN IMMEDIATE`` … ``COMMIT``; inside one (a nested block) it
    is a savepoint of the outer transaction, undone alone when the block raises (see the module
    docstring). A ``return`` or ``break`` out of the block counts as ending normally.

    Args:
        conn: a connection in autocommit mode (``isolation_level=None``, as :func:`connect` opens it).

    Yields:
        ``conn``, to run the block's statements on.

    Raises:
        ValueError: ``conn`` is not in autocommit mode (Python's implicit transactions would mix
            with this helper's).
        sqlite3.OperationalError: ``database is locked`` when another connection held the write
            lock for longer than the busy timeout; or ``COMMIT`` failed (then everything is rolled back).
    """
    if conn.isolation_level is not None:
        raise ValueError("transaction() needs a connection in autocommit mode (isolation_level=None)")
    if conn.in_transaction:
        conn.execute(f"SAVEPOINT {_SAVEPOINT}")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:  # SQLite may already have rolled back everything (e.g. a full disk)
                conn.execute(f"ROLLBACK TO {_SAVEPOINT}")
                conn.execute(f"RELEASE {_SAVEPOINT}")
            raise
        conn.execute(f"RELEASE {_SAVEPOINT}")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if _still_open(conn):
            conn.execute("ROLLBACK")
        raise


def _still_open(conn: sqlite3.Connection) -> bool:
    """Whether a transaction is open now (a call, so that a type checker does not keep an earlier answer)."""
    return conn.in_transaction
