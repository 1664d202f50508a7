"""The account service's SQLite schema and its migrations.

The schema version is kept in SQLite's ``PRAGMA user_version``. :data:`MIGRATIONS` is an ordered
list run by :func:`desktop.db.migrations.migrate`: migration *n* (1-based) takes a database from
version *n - 1* to version *n*, and is a list of SQL statements (one per string, never split on
``;``) or a function of the connection. To change the schema, append a migration to the list;
never edit one that has shipped, because databases in the field have already run it.

Money, rates, usage and every ID that users type (company registration, OCN, FRN, VAT) are
``TEXT`` columns, so ``0.00045`` and ``01234567`` are stored exactly as given (design §3).
"""

from __future__ import annotations

import secrets
import sqlite3

from desktop.db import migrations as db_migrations
from desktop.db.migrations import Migration, SchemaTooNewError, schema_version

_SCHEMA_V1: tuple[str, ...] = (
    """CREATE TABLE setting (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    """CREATE TABLE account (
        id                        INTEGER PRIMARY KEY,
        name                      TEXT NOT NULL,
        company                   TEXT NOT NULL DEFAULT '',
        company_reg_id            TEXT NOT NULL DEFAULT '',
        ocn                       TEXT NOT NULL DEFAULT '',
        frn                       TEXT NOT NULL DEFAULT '',
        vat_reg_id                TEXT NOT NULL DEFAULT '',
        currency                  TEXT NOT NULL DEFAULT 'USD',
        balance                   TEXT NOT NULL DEFAULT '0.00',
        billing_method            TEXT NOT NULL DEFAULT 'per_channel'
                                  CHECK (billing_method IN ('per_channel', 'per_minute')),
        per_minute_rate           TEXT,
        billing_method_changed_at TEXT,
        address_line1             TEXT NOT NULL DEFAULT '',
        address_line2             TEXT NOT NULL DEFAULT '',
        address_city              TEXT NOT NULL DEFAULT '',
        address_state             TEXT NOT NULL DEFAULT '',
        address_country           TEXT NOT NULL DEFAULT '',
        address_postcode          TEXT NOT NULL DEFAULT '',
        contact_email             TEXT NOT NULL DEFAULT '',
        contact_phone             TEXT NOT NULL DEFAULT '',
        contact_mobile            TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE user (
        id            INTEGER PRIMARY KEY,
        account_id    INTEGER NOT NULL REFERENCES account(id),
        email         TEXT NOT NULL UNIQUE COLLATE NOCASE,
        password_hash TEXT NOT NULL,
        role          TEXT NOT NULL CHECK (role IN ('admin', 'viewer'))
    )""",
    """CREATE TABLE package (
        id            INTEGER PRIMARY KEY AUTOINCREMENT,
        account_id    INTEGER NOT NULL REFERENCES account(id),
        name          TEXT NOT NULL,
        quantity      INTEGER NOT NULL DEFAULT 1,
        unit          TEXT NOT NULL DEFAULT '',
        cost          TEXT NOT NULL,
        max_daily_qty INTEGER,
        today_usage   TEXT,
        today_charge  TEXT,
        mtd_usage     TEXT,
        mtd_charge    TEXT,
        feature       TEXT,
        UNIQUE (account_id, feature)
    )""",
    """CREATE TABLE customer (
        id         INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES account(id),
        name       TEXT NOT NULL,
        status     TEXT NOT NULL DEFAULT 'active'
    )""",
    """CREATE TABLE route (
        id             INTEGER PRIMARY KEY,
        company_id     INTEGER NOT NULL REFERENCES customer(id),
        name           TEXT NOT NULL,
        direction      TEXT NOT NULL DEFAULT 'ingress' CHECK (direction IN ('ingress', 'egress')),
        call_recording TEXT NOT NULL DEFAULT 'disabled'
    )""",
    """CREATE INDEX route_company ON route(company_id)""",
)


def _v1_initial(conn: sqlite3.Connection) -> None:
    """Version 1: accounts, users, packages, customers, routes (:data:`_SCHEMA_V1`), and the JWT signing secret.

    The secret (HS256 key, RFC 7518 §3.2: at least 256 bits) is generated here, once per
    database, so tokens stay valid across restarts of the service.
    """
    for statement in _SCHEMA_V1:
        conn.execute(statement)
    conn.execute("INSERT INTO setting (key, value) VALUES ('jwt_secret', ?)", (secrets.token_urlsafe(48),))


#: Version 2: the SMTP details, the SMTP password, and the sandbox's SMS and mail outboxes.
#:
#: The SMTP password must be stored as it is (the service logs in to the mail server with it; a
#: hash would not do), so it lives in its own table, ``smtp_password``, that only
#: :mod:`desktop.server.smtp_store` reads. ``smtp_settings.password_version`` counts the changes
#: of the password, so the ETag changes with the password without being computed from it.
#: ``mail_outbox.rcpt_tos`` is a JSON array of addresses; ``raw`` is the message as received.
_SCHEMA_V2: tuple[str, ...] = (
    """CREATE TABLE smtp_settings (
        account_id       INTEGER PRIMARY KEY REFERENCES account(id),
        from_address     TEXT NOT NULL DEFAULT '',
        username         TEXT NOT NULL DEFAULT '',
        server           TEXT NOT NULL DEFAULT '',
        sms_from         TEXT NOT NULL DEFAULT '',
        password_version INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE smtp_password (
        account_id INTEGER PRIMARY KEY REFERENCES account(id),
        password   TEXT NOT NULL
    )""",
    """CREATE TABLE sms_outbox (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        created_at TEXT NOT NULL,
        sender     TEXT NOT NULL,
        recipient  TEXT NOT NULL,
        body       TEXT NOT NULL,
        status     TEXT NOT NULL
    )""",
    """CREATE TABLE mail_outbox (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        received_at TEXT NOT NULL,
        mail_from   TEXT NOT NULL,
        rcpt_tos    TEXT NOT NULL,
        subject     TEXT NOT NULL DEFAULT '',
        raw         TEXT NOT NULL
    )""",
)


#: Version 3: refresh tokens revoked by ``POST auth/jwt/revoke`` (a Sign Out).
#:
#: ``token_id`` is the token's ``jti`` (or the SHA-256 of an older token without one, see
#: :func:`desktop.server.auth.refresh_token_id`); access tokens name it in their ``sid`` claim, so
#: both are refused. ``expires_at`` (Unix seconds) is the token's own ``exp``: a row past it may be
#: dropped, the token being refused as expired anyway.
_SCHEMA_V3: tuple[str, ...] = (
    """CREATE TABLE revoked_token (
        token_id   TEXT PRIMARY KEY,
        user_id    INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        revoked_at TEXT NOT NULL
    )""",
)


#: Version 4: the SHA-256 fingerprint of the mail server's certificate trusted deliberately (issue 13,
#: point 4): ``""`` for none; it belongs to ``server`` and is cleared when the server changes.
_SCHEMA_V4: tuple[str, ...] = (
    "ALTER TABLE smtp_settings ADD COLUMN certificate_sha256 TEXT NOT NULL DEFAULT ''",
)


#: Version 5: a package's billing period (issue 12, "money decisions are explicit").
#:
#: ``period`` is ``'month'`` for a package charged every month for what it holds (channels, hosted
#: numbers, the call-recording package), ``NULL`` for one charged per use (minutes, lookups). The
#: sandbox's call-recording package becomes the monthly package that ``POST`` now adds.
_SCHEMA_V5: tuple[str, ...] = (
    "ALTER TABLE package ADD COLUMN period TEXT CHECK (period IS NULL OR period = 'month')",
    "UPDATE package SET period = 'month' WHERE unit IN ('channel', 'number')",
    "UPDATE package SET unit = '', cost = '15.00', period = 'month' WHERE feature = 'call_recording'",
)


#: Every migration in order; the schema version of a fully migrated database is ``len(MIGRATIONS)``.
MIGRATIONS: list[Migration] = [_v1_initial, _SCHEMA_V2, _SCHEMA_V3, _SCHEMA_V4, _SCHEMA_V5]

#: The schema version this program writes.
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, migrations: list[Migration] | None = None) -> int:
    """Bring the database up to the latest schema version, one transaction per migration.

    Args:
        conn: a connection in autocommit mode (``isolation_level=None``).
        migrations: the migrations to run (default: :data:`MIGRATIONS`; tests pass a prefix or more).

    Returns:
        The version the database had before (0 when it was new).

    Raises:
        SchemaTooNewError: the database's version is higher than this program knows.
        sqlite3.Error: a migration failed; the database keeps the last version it reached.
    """
    return db_migrations.migrate(conn, MIGRATIONS if migrations is None else migrations,
                                 advice="Use a newer version of the account service.")


__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "Migration", "SchemaTooNewError", "migrate", "schema_version"]
