"""The offline database's schema and transactions, built on desktop.db (one runner, one transaction helper)."""

import sqlite3
import threading

import pytest

from desktop.db import migrate
from desktop.store.database import MIGRATIONS, SCHEMA_VERSION, Database

#: The shape version 1 was created with by the app before desktop.db (one script, split on ";").
OLD_V1_SCRIPT = """
CREATE TABLE cached_resource (resource TEXT PRIMARY KEY, data TEXT NOT NULL, etag TEXT, fetched_at TEXT NOT NULL);
CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, resource TEXT NOT NULL, changes TEXT NOT NULL,
    base TEXT NOT NULL, etag TEXT, created_at TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'sent', 'conflict', 'rejected')), sent_at TEXT, conflict TEXT, error TEXT);
CREATE INDEX outbox_status ON outbox (status, id);
PRAGMA user_version = 1;
"""


def shape(conn):
    names = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
                                            "ORDER BY name")]
    return {name: [tuple(row)[1:] for row in conn.execute(f"PRAGMA table_info({name})")] for name in names}


def test_a_new_file_gets_every_table_at_the_current_version(tmp_path):
    with Database(tmp_path / "offline.sqlite3") as db:
        assert db.schema_version() == SCHEMA_VERSION == len(MIGRATIONS)
        assert set(shape(db._conn)) == {"cached_resource", "outbox", "outbox_status"}


@pytest.mark.parametrize("old", range(SCHEMA_VERSION))
def test_a_file_of_each_older_version_is_upgraded_to_the_shape_of_a_new_one(tmp_path, old):
    path = tmp_path / f"v{old}.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, MIGRATIONS[:old])
    conn.close()
    with Database(path) as upgraded, Database(tmp_path / "fresh.sqlite3") as fresh:
        assert upgraded.schema_version() == SCHEMA_VERSION
        assert shape(upgraded._conn) == shape(fresh._conn)


def test_a_file_written_by_the_app_before_the_shared_runner_opens_with_its_queued_edit(tmp_path):
    path = tmp_path / "offline.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(OLD_V1_SCRIPT)
    conn.execute("INSERT INTO outbox (resource, changes, base, created_at) VALUES ('account', '{}', '{}', 'then')")
    conn.close()
    with Database(path) as db:
        assert db.schema_version() == SCHEMA_VERSION
        assert [row["resource"] for row in db.query("SELECT resource FROM outbox")] == ["account"]


def test_nested_transactions_commit_together_and_a_failing_inner_one_is_undone_alone(tmp_path):
    with Database(tmp_path / "offline.sqlite3") as db:
        with db.transaction() as conn:
            conn.execute("INSERT INTO cached_resource VALUES ('account', '{}', NULL, 't0')")
            with pytest.raises(sqlite3.IntegrityError), db.transaction() as inner:
                inner.execute("INSERT INTO cached_resource VALUES ('smtp', '{}', NULL, 't0')")
                inner.execute("INSERT INTO cached_resource VALUES ('account', '{}', NULL, 't1')")
        assert [row[0] for row in db.query("SELECT resource FROM cached_resource")] == ["account"]


def test_threads_take_turns_on_the_one_connection(tmp_path):
    with Database(tmp_path / "offline.sqlite3") as db:
        errors: list[BaseException] = []

        def write(number: int) -> None:
            try:
                for count in range(25):
                    with db.transaction() as conn:
                        conn.execute("INSERT INTO cached_resource VALUES (?, '{}', NULL, 't')",
                                     (f"r{number}-{count}",))
            except BaseException as error:  # reported by the assertion below
                errors.append(error)

        workers = [threading.Thread(target=write, args=(number,)) for number in range(4)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=60)
        assert errors == [] and not any(worker.is_alive() for worker in workers)
        assert db.query("SELECT COUNT(*) FROM cached_resource")[0][0] == 100
