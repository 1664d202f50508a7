"""desktop.db.migrations: the one migration runner (statement lists, user_version, one transaction per step)."""

import sqlite3

import pytest

from desktop.db import SchemaTooNewError, connect, migrate, schema_version

ITEMS = ["CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"]


def add_note(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE item ADD COLUMN note TEXT NOT NULL DEFAULT ''")
    conn.execute("INSERT INTO item (name, note) VALUES (?, ?)", ("from a function", "parameters work"))


SCHEMA = [ITEMS, add_note, ["CREATE INDEX item_name ON item (name)"]]


@pytest.fixture
def conn(tmp_path):
    opened = connect(tmp_path / "schema.sqlite3")
    yield opened
    opened.close()


def tables(conn):
    return sorted(row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')"))


def test_a_fresh_database_gets_every_step_and_the_last_version(conn):
    assert schema_version(conn) == 0
    assert migrate(conn, SCHEMA) == 0
    assert schema_version(conn) == 3
    assert tables(conn) == ["item", "item_name"]
    assert [tuple(row) for row in conn.execute("SELECT name, note FROM item")] == [("from a function",
                                                                                     "parameters work")]
    assert not conn.in_transaction


def test_running_it_again_changes_nothing(conn):
    migrate(conn, SCHEMA)
    assert migrate(conn, SCHEMA) == 3
    assert conn.execute("SELECT COUNT(*) FROM item").fetchone()[0] == 1, "the function did not run twice"


@pytest.mark.parametrize("old", range(len(SCHEMA)))
def test_an_older_database_runs_only_the_missing_steps_and_keeps_its_data(conn, old):
    migrate(conn, SCHEMA[:old])
    if old >= 1:
        conn.execute("INSERT INTO item (name) VALUES ('old row')")
    assert migrate(conn, SCHEMA) == old
    assert schema_version(conn) == len(SCHEMA)
    assert tables(conn) == ["item", "item_name"]
    rows = sorted(row[0] for row in conn.execute("SELECT name FROM item"))
    assert rows == (["from a function", "old row"] if old >= 1 else ["from a function"])


def test_a_semicolon_in_a_string_literal_or_a_trigger_body_stays_in_its_statement(conn):
    """The reason not to split on ";": both of these would have been cut in two."""
    steps = [[
        "CREATE TABLE log (line TEXT NOT NULL DEFAULT 'a; b')",
        "CREATE TABLE item (name TEXT)",
        """CREATE TRIGGER item_logged AFTER INSERT ON item BEGIN
               INSERT INTO log (line) VALUES ('added; ' || NEW.name);
               INSERT INTO log (line) VALUES (';');
           END""",
        "INSERT INTO item VALUES ('x;y')",
        "INSERT INTO log DEFAULT VALUES",
    ]]
    migrate(conn, steps)
    assert [row[0] for row in conn.execute("SELECT line FROM log ORDER BY rowid")] == ["added; x;y", ";", "a; b"]


def test_two_statements_in_one_string_fail_loudly_and_leave_the_version(conn):
    migrate(conn, [ITEMS])
    with pytest.raises(sqlite3.ProgrammingError):
        migrate(conn, [ITEMS, ["CREATE TABLE one (x); CREATE TABLE two (x)"]])
    assert schema_version(conn) == 1 and tables(conn) == ["item"]


def test_a_failing_step_is_rolled_back_and_the_steps_before_it_stay(conn):
    broken = ["CREATE TABLE half_done (x TEXT)", "INSERT INTO no_such_table VALUES (1)"]
    with pytest.raises(sqlite3.OperationalError, match="no_such_table"):
        migrate(conn, [ITEMS, add_note, broken])
    assert schema_version(conn) == 2
    assert tables(conn) == ["item"], "half_done was rolled back with its step"
    assert not conn.in_transaction
    assert migrate(conn, SCHEMA) == 2, "a fixed program carries on from there"


def test_a_failing_function_is_rolled_back_with_its_error(conn):
    def fails(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x TEXT)")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        migrate(conn, [ITEMS, fails])
    assert schema_version(conn) == 1 and tables(conn) == ["item"]


def test_a_database_newer_than_the_program_is_refused_and_left_alone(conn):
    conn.execute("PRAGMA user_version = 9")
    with pytest.raises(SchemaTooNewError) as refused:
        migrate(conn, SCHEMA, name="offline.sqlite3", advice="Update the app to open it.")
    assert (refused.value.found, refused.value.known) == (9, 3)
    assert str(refused.value) == ("offline.sqlite3 has schema version 9, but this program knows only up to "
                                  "version 3. Update the app to open it.")
    assert schema_version(conn) == 9 and tables(conn) == []


@pytest.mark.parametrize("step", ["CREATE TABLE item (x)", [b"CREATE TABLE item (x)"], 42])
def test_a_migration_that_is_not_a_statement_list_or_a_function_is_refused_before_anything_runs(conn, step):
    with pytest.raises(TypeError, match="migration 2"):
        migrate(conn, [ITEMS, step])
    assert schema_version(conn) == 0 and tables(conn) == []


def test_a_database_another_process_migrated_meanwhile_is_not_migrated_twice(tmp_path):
    """The version is read again once the write lock is held: the other process's steps are not run again."""
    path = tmp_path / "shared.sqlite3"
    first, second = connect(path), connect(path)
    ran = []

    def step_two(conn: sqlite3.Connection) -> None:
        ran.append(conn)
        conn.execute("CREATE TABLE two (x)")

    def race(statement: str) -> None:
        if statement == "BEGIN IMMEDIATE" and not ran:
            first.set_trace_callback(None)
            migrate(second, [ITEMS, step_two])  # gets in between first's version check and its write lock

    first.set_trace_callback(race)
    assert migrate(first, [ITEMS, step_two]) == 0
    assert ran == [second], "only the process that got the lock first ran the step"
    assert schema_version(first) == 2
    first.close()
    second.close()


def test_inside_an_open_transaction_each_step_is_a_savepoint_of_it(conn):
    conn.execute("BEGIN IMMEDIATE")
    migrate(conn, SCHEMA)
    conn.execute("ROLLBACK")
    assert schema_version(conn) == 0 and tables(conn) == []
