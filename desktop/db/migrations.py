"""The one schema migration runner: the version in ``PRAGMA user_version``, one transaction per step.

A schema is an ordered sequence of migrations: migration *n* (1-based) takes a database from
version *n - 1* to version *n*, so a fully migrated database has version ``len(migrations)``. To
change a schema, append a migration; never edit one that has shipped, because databases in the
field have already run it.

A :data:`Migration` is either

- a sequence of SQL statements, one statement per string, run in order with
  :meth:`sqlite3.Connection.execute`. The text is never split on ``;``: a ``;`` inside a string
  literal or inside a trigger's ``BEGIN … END`` body is part of its statement, and a string that
  holds two statements fails loudly (``sqlite3.ProgrammingError``) instead of running half; or
- a function ``step(conn)`` for what SQL alone cannot say (a generated secret, data reshaped in
  Python). It must not commit or roll back itself.

Each migration runs in its own :func:`desktop.db.transaction.transaction` together with the
``user_version`` bump, so a failing step leaves the database at the previous version with none of
its changes, and the versions already reached stay. Two processes opening the same old file at once
do not both migrate it: the version is read again once the write lock is held.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

from desktop.db.transaction import transaction

#: One schema step: SQL statements (one per string) or a function run on the connection.
Migration = Sequence[str] | Callable[[sqlite3.Connection], None]


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer version of the program; it is left untouched.

    Attributes:
        found: the database's schema version.
        known: the newest version this program knows.
    """

    def __init__(self, found: int, known: int, message: str) -> None:
        super().__init__(message)
        self.found = found
        self.known = known


def schema_version(conn: sqlite3.Connection) -> int:
    """Return the database's ``PRAGMA user_version`` (0 for a new, empty database)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, migrations: Sequence[Migration], *, name: str = "The database",
            advice: str = "Use a newer version of the program to open it.") -> int:
    """Bring the database up to version ``len(migrations)``, one transaction per migration.

    Args:
        conn: a connection in autocommit mode (see :func:`desktop.db.transaction.connect`). When a
            transaction is already open on it, each step is a savepoint of that transaction instead.
        migrations: every migration of the schema, oldest first (see the module docstring).
        name: how the error message names the database (e.g. its file name).
        advice: the last sentence of the error message, telling the user what to do.

    Returns:
        The version the database had before (0 when it was new).

    Raises:
        SchemaTooNewError: the database's version is higher than ``len(migrations)``; nothing was changed.
        TypeError: a migration is neither a function nor a sequence of strings (a bare string,
            which would otherwise run character by character, is refused too).
        sqlite3.Error: a statement failed; that migration was rolled back and the database keeps
            the version it had reached.
        Exception: whatever a migration function raised, after the same rollback.
    """
    for number, step in enumerate(migrations, start=1):
        _check(number, step)
    before = schema_version(conn)
    known = len(migrations)
    if before > known:
        raise SchemaTooNewError(before, known, f"{name} has schema version {before}, but this program knows "
                                               f"only up to version {known}. {advice}")
    for version in range(before + 1, known + 1):
        with transaction(conn):
            # Another process may have migrated while this one waited for the write lock.
            if schema_version(conn) == version - 1:
                _apply(conn, migrations[version - 1])
                conn.execute(f"PRAGMA user_version = {int(version)}")
    return before


def _check(number: int, step: Migration) -> None:
    """Refuse a migration that is neither callable nor a sequence of SQL strings (before anything runs)."""
    if callable(step):
        return
    if (not isinstance(step, Sequence) or isinstance(step, str | bytes)
            or not all(isinstance(statement, str) for statement in step)):
        raise TypeError(f"migration {number} must be a list of SQL statements (one per string) or a "
                        f"function of the connection, not {type(step).__name__}")


def _apply(conn: sqlite3.Connection, step: Migration) -> None:
    """Run one migration's statements, or call its function, on ``conn``."""
    if callable(step):
        step(conn)
        return
    for statement in step:
        conn.execute(statement)
