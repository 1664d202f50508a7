"""desktop.db.transaction: the connection settings and the one write-transaction helper."""

import sqlite3

import pytest

from desktop.db import BUSY_TIMEOUT_MS, connect, transaction


@pytest.fixture
def path(tmp_path):
    return tmp_path / "folder" / "made" / "for.sqlite3"


@pytest.fixture
def conn(path):
    opened = connect(path)
    opened.execute("CREATE TABLE item (name TEXT PRIMARY KEY)")
    yield opened
    opened.close()


def names(conn):
    return sorted(row[0] for row in conn.execute("SELECT name FROM item"))


def other(path, busy_timeout_ms=0):
    """A second connection, as another process would have; with no busy timeout it fails at once when locked."""
    return connect(path, busy_timeout_ms=busy_timeout_ms)


def test_connect_creates_the_folder_and_sets_wal_autocommit_rows_and_the_busy_timeout(path):
    conn = connect(path, synchronous="FULL", foreign_keys=True)
    try:
        assert path.parent.is_dir()
        assert conn.isolation_level is None
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS
        assert conn.execute("SELECT 1 AS one").fetchone()["one"] == 1
    finally:
        conn.close()


def test_connect_refuses_an_unknown_synchronous_level(path):
    with pytest.raises(ValueError, match="synchronous"):
        connect(path, synchronous="SOMETIMES")  # type: ignore[arg-type]


def test_connect_refuses_a_file_that_is_not_a_database(tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database, just text that is long enough to have a header" * 20)
    with pytest.raises(sqlite3.DatabaseError):
        connect(junk)


def test_a_block_that_ends_normally_is_committed(path, conn):
    with transaction(conn) as inside:
        assert inside is conn and conn.in_transaction
        conn.execute("INSERT INTO item VALUES ('kept')")
    assert not conn.in_transaction
    seen = other(path)
    assert names(seen) == ["kept"]
    seen.close()


def test_a_return_out_of_the_block_commits(conn):
    def add() -> str:
        with transaction(conn):
            conn.execute("INSERT INTO item VALUES ('returned')")
            return "done"

    assert add() == "done"
    assert names(conn) == ["returned"] and not conn.in_transaction


def test_a_block_that_raises_is_rolled_back_and_the_error_goes_on(conn):
    with pytest.raises(KeyError), transaction(conn):
        conn.execute("INSERT INTO item VALUES ('lost')")
        raise KeyError("boom")
    assert names(conn) == [] and not conn.in_transaction


def test_the_write_lock_is_taken_at_begin_immediate_not_at_the_first_write(path, conn):
    competitor = other(path)
    with transaction(conn):
        # Nothing written yet, but another writer is already kept out: the read-then-write cannot be overtaken.
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            competitor.execute("BEGIN IMMEDIATE")
        assert names(competitor) == [], "readers are not blocked (WAL)"
        conn.execute("INSERT INTO item VALUES ('mine')")
    with transaction(competitor):
        competitor.execute("INSERT INTO item VALUES ('theirs')")
    assert names(conn) == ["mine", "theirs"]
    competitor.close()


def test_a_nested_block_joins_the_outer_transaction(path, conn):
    with transaction(conn):
        conn.execute("INSERT INTO item VALUES ('outer')")
        with transaction(conn):
            conn.execute("INSERT INTO item VALUES ('inner')")
        assert conn.in_transaction, "the inner block did not commit the outer one"
        reader = other(path)
        assert names(reader) == [], "nothing is visible before the outer block commits"
        reader.close()
    assert names(conn) == ["inner", "outer"]


def test_a_failing_nested_block_is_undone_alone_when_the_outer_block_goes_on(conn):
    with transaction(conn):
        conn.execute("INSERT INTO item VALUES ('outer')")
        with pytest.raises(RuntimeError), transaction(conn):
            conn.execute("INSERT INTO item VALUES ('inner')")
            with transaction(conn):
                conn.execute("INSERT INTO item VALUES ('innermost')")
            raise RuntimeError("inner fails")
        conn.execute("INSERT INTO item VALUES ('after')")
    assert names(conn) == ["after", "outer"]


def test_an_outer_block_that_raises_undoes_its_finished_nested_blocks_too(conn):
    with pytest.raises(RuntimeError), transaction(conn):
        with transaction(conn):
            conn.execute("INSERT INTO item VALUES ('inner')")
        raise RuntimeError("outer fails")
    assert names(conn) == [] and not conn.in_transaction


def test_a_failing_commit_is_rolled_back(path):
    """A deferred foreign key is checked at COMMIT: the commit fails, and the transaction must not stay open."""
    conn = connect(path, foreign_keys=True)
    conn.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
    conn.execute("CREATE TABLE child (parent_id INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)")
    with pytest.raises(sqlite3.IntegrityError), transaction(conn):
        conn.execute("INSERT INTO child VALUES (7)")
    assert not conn.in_transaction
    assert conn.execute("SELECT COUNT(*) FROM child").fetchone()[0] == 0
    with transaction(conn):  # the connection is usable again
        conn.execute("INSERT INTO parent VALUES (7)")
        conn.execute("INSERT INTO child VALUES (7)")
    conn.close()


def test_a_connection_with_implicit_transactions_is_refused(tmp_path):
    conn = sqlite3.connect(tmp_path / "implicit.sqlite3")  # isolation_level "" (Python opens transactions itself)
    with pytest.raises(ValueError, match="autocommit"), transaction(conn):
        pass
    conn.close()
