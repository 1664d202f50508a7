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


def shape(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    """Every table and index with its columns (name, type, not null, default, primary key)."""
    names = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
                                            "ORDER BY name")]
    return {name: [tuple(row)[1:] for row in conn.execute(f"PRAGMA table_info({name})")] for name in names}


@pytest.mark.parametrize("old", range(SCHEMA_VERSION))
def test_a_database_of_each_older_version_is_upgraded_to_the_shape_of_a_new_one(tmp_path, old):
    fresh = sqlite3.connect(tmp_path / "fresh.sqlite3", isolation_level=None)
    migrate(fresh)
    conn = sqlite3.connect(tmp_path / f"v{old}.sqlite3", isolation_level=None)
    migrate(conn, MIGRATIONS[:old])
    assert schema_version(conn) == old
    if old:
        conn.execute("INSERT INTO account (id, name, company_reg_id) VALUES (7, 'Old', '007')")
        secret = conn.execute("SELECT value FROM setting WHERE key = 'jwt_secret'").fetchone()
    assert migrate(conn) == old
    assert schema_version(conn) == SCHEMA_VERSION
    assert shape(conn) == shape(fresh)
    if old:
        assert conn.execute("SELECT name, company_reg_id FROM account").fetchall() == [("Old", "007")]
        assert conn.execute("SELECT value FROM setting WHERE key = 'jwt_secret'").fetchone() == secret, \
            "tokens signed before the upgrade stay valid"
    assert conn.execute("SELECT COUNT(*) FROM setting WHERE key = 'jwt_secret'").fetchone() == (1,)
    conn.close()
    fresh.close()


def test_the_too_new_message_names_the_versions_and_what_to_do(db_path):
    with sqlite3.connect(db_path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 4}")
    repository = Repository(db_path)
    with pytest.raises(SchemaTooNewError, match=f"version {SCHEMA_VERSION + 4}.*up to version {SCHEMA_VERSION}"
                                                ".*newer version of the account service"):
        repository.migrate()
    repository.close()


def test_a_failed_write_inside_an_atomic_block_is_undone_alone(db_path):
    """Repository calls nest as savepoints: an inner failure the caller handles does not leave half a write."""
    repository = Repository(db_path)
    with repository.transaction():
        repository.update_account(1021, {"name": "Renamed"})
        with pytest.raises(sqlite3.IntegrityError), repository.transaction() as conn:
            conn.execute("UPDATE account SET company = 'Half' WHERE id = 1021")
            conn.execute("INSERT INTO account (id, name) VALUES (1021, 'Duplicate')")
    account = repository.account(1021)
    assert account is not None and account["name"] == "Renamed" and account["company"] != "Half"
    repository.close()


def test_version_5_gives_packages_their_billing_period(tmp_path):
    conn = sqlite3.connect(tmp_path / "v3.sqlite3", isolation_level=None)
    migrate(conn, MIGRATIONS[:3])
    conn.execute("INSERT INTO account (id, name) VALUES (7, 'Old')")
    for name, unit, cost, feature in (("Channels", "channel", "2.50", None), ("Minutes", "minute", "0.0045", None),
                                      ("Call Recording", "minute", "0.00100", "call_recording")):
        conn.execute("INSERT INTO package (account_id, name, unit, cost, feature) VALUES (7, ?, ?, ?, ?)",
                     (name, unit, cost, feature))
    assert migrate(conn) == 3  # the version it had; then 4 (the SMTP certificate) and 5
    rows = conn.execute("SELECT name, unit, cost, period FROM package ORDER BY id").fetchall()
    assert rows == [("Channels", "channel", "2.50", "month"), ("Minutes", "minute", "0.0045", None),
                    ("Call Recording", "", "15.00", "month")]
    conn.close()


def test_version_4_gives_the_smtp_settings_a_trusted_certificate(tmp_path):
    conn = sqlite3.connect(tmp_path / "v3.sqlite3", isolation_level=None)
    migrate(conn, MIGRATIONS[:3])
    conn.execute("INSERT INTO account (id, name) VALUES (7, 'Old')")
    conn.execute("INSERT INTO smtp_settings (account_id, server) VALUES (7, 'relay.corp.example:587')")
    assert migrate(conn) == 3
    assert conn.execute("SELECT server, certificate_sha256 FROM smtp_settings").fetchall() == [
        ("relay.corp.example:587", "")]
    conn.close()
