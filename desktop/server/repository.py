"""SQLite storage of the account service: one file, WAL mode, safe to share between threads.

:class:`Repository` holds one connection (``check_same_thread=False``) guarded by a re-entrant
lock, so FastAPI's worker threads take turns. The connection and its transactions come from
:mod:`desktop.db` (shared with the app's offline store): writes run in ``BEGIN IMMEDIATE``
transactions; a caller that must read and write atomically (check an ETag, then save) wraps its
calls in :meth:`Repository.transaction`, and the calls inside join that transaction as savepoints.
WAL mode lets another process (``cxdesk-server unlock-billing``) write while the service is running.

Rows come back as plain dicts. Account rows use the dotted keys of the API (``contact.email``);
:func:`desktop.domain.models.nest` turns them into the nested JSON shape.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.db.transaction import connect, transaction
from desktop.server.schema import migrate, schema_version

#: Every stored key of an account, dotted as in the API; the column name replaces "." with "_".
ACCOUNT_KEYS: tuple[str, ...] = (
    "id", "name", "company", "company_reg_id", "ocn", "frn", "vat_reg_id", "currency", "balance",
    "billing_method", "per_minute_rate", "billing_method_changed_at",
    "address.line1", "address.line2", "address.city", "address.state", "address.country", "address.postcode",
    "contact.email", "contact.phone", "contact.mobile",
)

#: The columns of a package row, in the order of the API's package object.
PACKAGE_KEYS: tuple[str, ...] = (
    "id", "name", "quantity", "unit", "cost", "max_daily_qty",
    "today_usage", "today_charge", "mtd_usage", "mtd_charge", "feature", "period",
)

_INGRESS_ROUTES = ("SELECT route.id, route.company_id, route.name, route.call_recording FROM route "
                   "JOIN customer ON customer.id = route.company_id "
                   "WHERE customer.account_id = ? AND route.direction = 'ingress'")


@dataclass(frozen=True)
class UserRecord:
    """A user who may sign in: ``role`` is ``"admin"`` (may edit) or ``"viewer"`` (read only)."""

    id: int
    account_id: int
    email: str
    password_hash: str
    role: str


def _column(key: str) -> str:
    """The column of a dotted account key; refuses keys outside :data:`ACCOUNT_KEYS` (no SQL injection)."""
    if key not in ACCOUNT_KEYS:
        raise KeyError(f"not an account key: {key!r}")
    return key.replace(".", "_")


class Repository:
    """The service's SQLite database at ``path`` (created, with its parent folder, when missing)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None

    # -- connection and transactions -------------------------------------------------------

    def _connection(self) -> sqlite3.Connection:
        """Open the connection on first use (and again after :meth:`close`). Call with the lock held."""
        if self._conn is None:
            self._conn = connect(self.path, foreign_keys=True)
        return self._conn

    def migrate(self) -> int:
        """Apply pending schema migrations; return the version the file had before (0 = new).

        Raises:
            desktop.server.schema.SchemaTooNewError: the file was written by a newer service.
        """
        with self._lock:
            return migrate(self._connection())

    def schema_version(self) -> int:
        """The file's schema version (``PRAGMA user_version``; 0 for a new, empty file)."""
        with self._lock:
            return schema_version(self._connection())

    def close(self, timeout: float = -1) -> bool:
        """Close the connection (the last one checkpoints the WAL); the next call opens it again.

        Args:
            timeout: seconds to wait for a call in progress to end (``-1``: as long as it takes).

        Returns:
            Whether it was closed (``False``: a call still held the connection after ``timeout``).
        """
        if not self._lock.acquire(timeout=timeout):
            return False
        try:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
            return True
        finally:
            self._lock.release()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run the block in one write transaction (:func:`desktop.db.transaction.transaction`).

        Commits when the block ends normally and rolls back when it raises. A nested block is a
        savepoint of the outer transaction: its changes are committed with the outer one, and
        undone alone when it raises. Other threads wait for the lock until the block ends.

        Yields:
            The connection, to run statements on.

        Raises:
            sqlite3.OperationalError: another process held the write lock past the busy timeout.
        """
        with self._lock, transaction(self._connection()) as conn:
            yield conn

    def _rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        with self._lock:
            return [dict(row) for row in self._connection().execute(sql, params).fetchall()]

    def _row(self, sql: str, params: tuple[Any, ...] = ()) -> dict[str, Any] | None:
        rows = self._rows(sql, params)
        return rows[0] if rows else None

    # -- settings and users ----------------------------------------------------------------

    def jwt_secret(self) -> str:
        """The HS256 key of this database's JSON Web Tokens (created by the first migration)."""
        row = self._row("SELECT value FROM setting WHERE key = 'jwt_secret'")
        if row is None:
            raise RuntimeError("The database has no token secret; it was not migrated.")
        return str(row["value"])

    def add_user(self, account_id: int, email: str, password_hash: str, role: str) -> int:
        """Add a user of ``account_id`` and return its id (e-mail addresses are unique, any case)."""
        with self.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO user (account_id, email, password_hash, role) VALUES (?, ?, ?, ?)",
                (account_id, email, password_hash, role),
            )
            return int(cursor.lastrowid or 0)

    def user_by_email(self, email: str) -> UserRecord | None:
        """The user with this e-mail address (compared without regard to case), or ``None``."""
        row = self._row("SELECT * FROM user WHERE email = ?", (email.strip(),))
        return UserRecord(**row) if row else None

    def user_by_id(self, user_id: int) -> UserRecord | None:
        """The user with this id, or ``None``."""
        row = self._row("SELECT * FROM user WHERE id = ?", (user_id,))
        return UserRecord(**row) if row else None

    def revoke_token(self, token_id: str, user_id: int, expires_at: int, now: datetime) -> None:
        """Record a revoked refresh token (a second time changes nothing); rows past their expiry are dropped."""
        with self.transaction() as conn:
            conn.execute("INSERT OR IGNORE INTO revoked_token (token_id, user_id, expires_at, revoked_at) "
                         "VALUES (?, ?, ?, ?)", (token_id, user_id, int(expires_at), now.isoformat()))
            conn.execute("DELETE FROM revoked_token WHERE expires_at < ?", (int(now.timestamp()),))

    def is_revoked(self, token_id: str) -> bool:
        """Whether the refresh token with this id was revoked."""
        return self._row("SELECT 1 AS hit FROM revoked_token WHERE token_id = ?", (token_id,)) is not None

    # -- accounts --------------------------------------------------------------------------

    def add_account(self, values: dict[str, Any]) -> None:
        """Insert an account from a flat ``{dotted key: value}`` map (must include ``id`` and ``name``)."""
        columns = [_column(key) for key in values]
        marks = ", ".join("?" for _ in columns)
        with self.transaction() as conn:
            conn.execute(f"INSERT INTO account ({', '.join(columns)}) VALUES ({marks})", tuple(values.values()))

    def account_ids(self) -> list[int]:
        """The ids of every account, in ascending order."""
        return [int(row["id"]) for row in self._rows("SELECT id FROM account ORDER BY id")]

    def account(self, account_id: int) -> dict[str, Any] | None:
        """The account as a flat ``{dotted key: value}`` map, or ``None`` when there is no such account."""
        columns = ", ".join(_column(key) for key in ACCOUNT_KEYS)
        row = self._row(f"SELECT {columns} FROM account WHERE id = ?", (account_id,))
        if row is None:
            return None
        return {key: row[_column(key)] for key in ACCOUNT_KEYS}

    def update_account(self, account_id: int, values: dict[str, Any]) -> None:
        """Store the given ``{dotted key: value}`` pairs on the account (the caller has validated them)."""
        if not values:
            return
        assignments = ", ".join(f"{_column(key)} = ?" for key in values)
        with self.transaction() as conn:
            conn.execute(f"UPDATE account SET {assignments} WHERE id = ?", (*values.values(), account_id))

    # -- packages --------------------------------------------------------------------------

    def packages(self, account_id: int) -> list[dict[str, Any]]:
        """The account's packages in the order they were added."""
        columns = ", ".join(PACKAGE_KEYS)
        return self._rows(f"SELECT {columns} FROM package WHERE account_id = ? ORDER BY id", (account_id,))

    def package_with_feature(self, account_id: int, feature: str) -> dict[str, Any] | None:
        """The account's package that provides ``feature`` (e.g. ``call_recording``), or ``None``."""
        columns = ", ".join(PACKAGE_KEYS)
        return self._row(f"SELECT {columns} FROM package WHERE account_id = ? AND feature = ?",
                         (account_id, feature))

    def add_package(self, account_id: int, values: dict[str, Any]) -> dict[str, Any]:
        """Add a package (keys from :data:`PACKAGE_KEYS` except ``id``) and return the stored row."""
        columns = [key for key in values if key in PACKAGE_KEYS and key != "id"]
        marks = ", ".join("?" for _ in columns)
        with self.transaction() as conn:
            cursor = conn.execute(
                f"INSERT INTO package (account_id, {', '.join(columns)}) VALUES (?, {marks})",
                (account_id, *(values[key] for key in columns)),
            )
            row = conn.execute(f"SELECT {', '.join(PACKAGE_KEYS)} FROM package WHERE id = ?",
                               (cursor.lastrowid,)).fetchone()
            return dict(row)

    def package(self, account_id: int, package_id: int) -> dict[str, Any] | None:
        """The account's package ``package_id``, or ``None`` (no such package on this account)."""
        columns = ", ".join(PACKAGE_KEYS)
        return self._row(f"SELECT {columns} FROM package WHERE account_id = ? AND id = ?", (account_id, package_id))

    def remove_package(self, account_id: int, package_id: int) -> bool:
        """Remove the account's package ``package_id``; ``False`` if there was none."""
        with self.transaction() as conn:
            cursor = conn.execute("DELETE FROM package WHERE account_id = ? AND id = ?", (account_id, package_id))
            return cursor.rowcount > 0

    # -- customers and routes --------------------------------------------------------------

    def add_customer(self, account_id: int, customer_id: int, name: str, status: str = "active") -> None:
        """Add one of the account's own customers."""
        with self.transaction() as conn:
            conn.execute("INSERT INTO customer (id, account_id, name, status) VALUES (?, ?, ?, ?)",
                         (customer_id, account_id, name, status))

    def add_route(self, route_id: int, company_id: int, name: str, *, direction: str = "ingress",
                  call_recording: str = "disabled") -> None:
        """Add a route of customer ``company_id``."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO route (id, company_id, name, direction, call_recording) VALUES (?, ?, ?, ?, ?)",
                (route_id, company_id, name, direction, call_recording),
            )

    def customers(self, account_id: int) -> list[dict[str, Any]]:
        """The account's customers as ``{id, name, status}``, by id."""
        return self._rows("SELECT id, name, status FROM customer WHERE account_id = ? ORDER BY id",
                          (account_id,))

    def ingress_routes(self, account_id: int, company_id: int | None = None) -> list[dict[str, Any]]:
        """The ingress routes of the account's customers (of one customer when ``company_id`` is given)."""
        sql = _INGRESS_ROUTES
        params: tuple[Any, ...] = (account_id,)
        if company_id is not None:
            sql += " AND route.company_id = ?"
            params += (company_id,)
        return self._rows(sql + " ORDER BY route.id", params)

    def ingress_route(self, account_id: int, route_id: int) -> dict[str, Any] | None:
        """One ingress route of the account's customers, or ``None``."""
        return self._row(_INGRESS_ROUTES + " AND route.id = ?", (account_id, route_id))

    def stop_all_recording(self, account_id: int) -> int:
        """Set every ingress route of the account's customers to ``disabled``; returns how many recorded."""
        with self.transaction() as conn:
            cursor = conn.execute(
                "UPDATE route SET call_recording = 'disabled' WHERE call_recording != 'disabled' "
                "AND direction = 'ingress' AND company_id IN (SELECT id FROM customer WHERE account_id = ?)",
                (account_id,))
            return cursor.rowcount

    def set_call_recording(self, route_id: int, mode: str) -> None:
        """Set the route's media setting ``call_recording`` (the caller has checked ``mode``)."""
        with self.transaction() as conn:
            conn.execute("UPDATE route SET call_recording = ? WHERE id = ?", (mode, route_id))

