"""Schema version and migrations of the service's SQLite database."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.server import create_app
from desktop.server.repository import Repository
from desktop.server.schema import MIGRATIONS, SCHEMA_VERSION, SchemaTooNewError, migrate, schema_version


def user_version(path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA user_version").fetchone()[0]


def test_a_new_database_gets_the_current_version_and_wal(tmp_path):
    path = tmp_path / "new.sqlite3"
    repository = Repository(path)
    assert repository.migrate() == 0
    assert repository.migrate() == SCHEMA_VERSION
    repository.close()
    assert SCHEMA_VERSION == len(MIGRATIONS) >= 1
    assert user_version(path) == SCHEMA_VERSION
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reopening_a_seeded_database_does_not_seed_again(db_path):
    app = create_app(db_path)
    assert app.state.seeded is False
    assert app.state.repository.account_ids() == [1021]
    assert len(app.state.repository.packages(1021)) == 4
    app.state.repository.close()


def test_a_later_migration_applies_once_and_keeps_the_data(db_path):
    def v2_add_note(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE account ADD COLUMN note TEXT NOT NULL DEFAULT ''")

    conn = sqlite3.connect(db_path, isolation_level=None)
    assert migrate(conn, [*MIGRATIONS, v2_add_note]) == SCHEMA_VERSION
    assert schema_version(conn) == SCHEMA_VERSION + 1
    assert migrate(conn, [*MIGRATIONS, v2_add_note]) == SCHEMA_VERSION + 1
    assert conn.execute("SELECT company_reg_id, note FROM account").fetchone() == ("01234567", "")
    conn.close()


def test_a_failing_migration_leaves_the_previous_version(db_path):
    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x TEXT)")
        raise RuntimeError("boom")

    conn = sqlite3.connect(db_path, isolation_level=None)
    with pytest.raises(RuntimeError):
        migrate(conn, [*MIGRATIONS, broken])
    assert schema_version(conn) == SCHEMA_VERSION
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'half_done'").fetchone() is None
    conn.close()


def test_a_database_from_a_newer_service_is_refused(db_path):
    with sqlite3.connect(db_path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(SchemaTooNewError):
        create_app(db_path)


def test_money_and_ids_are_stored_as_text(db_path):
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT typeof(company_reg_id), typeof(frn), typeof(balance) FROM account"
                            ).fetchone() == ("text", "text", "text")
        assert conn.execute("SELECT cost, typeof(cost) FROM package WHERE name = 'CLI lookup'"
                            ).fetchone() == ("0.00045", "text")
