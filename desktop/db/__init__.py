"""The SQLite foundation shared by the app's offline store and the account service (design §1).

What lives here, and nothing else:

- :mod:`desktop.db.transaction`: :func:`connect` (WAL, busy timeout, autocommit mode) and
  :func:`transaction`, the one write transaction helper (``BEGIN IMMEDIATE`` … ``COMMIT``, rolled
  back on an exception; a nested block is a savepoint of the outer transaction).
- :mod:`desktop.db.migrations`: :func:`migrate`, the one migration runner (each migration a list of
  SQL statements or a function; the version in ``PRAGMA user_version``; one transaction per step).

Both :mod:`desktop.store` (the client's cache and outbox) and :mod:`desktop.server` (the reference
account service) build on it, so neither has to import the other. This package imports only the
Python standard library: no Qt, no third-party package, no other ``desktop`` module. Importing it
does no I/O.
"""

from __future__ import annotations

from desktop.db.migrations import Migration, SchemaTooNewError, migrate, schema_version
from desktop.db.transaction import BUSY_TIMEOUT_MS, connect, transaction

__all__ = [
    "BUSY_TIMEOUT_MS",
    "Migration",
    "SchemaTooNewError",
    "connect",
    "migrate",
    "schema_version",
    "transaction",
]
