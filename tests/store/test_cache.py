"""The offline database and the cache of the last server state with the time it was received."""

import hashlib
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from desktop.store import OfflineStore
from desktop.store.cache import Cache, CachedResource
from desktop.store.database import SCHEMA_VERSION, Database, SchemaTooNew

T0 = datetime(2025, 3, 14, 14, 5, tzinfo=UTC)
ACCOUNT = {"id": 1021, "name": "Dana Whitfield", "company_reg_id": "01234567", "balance": "-529.60",
           "contact": {"email": "noc@example.com", "phone": "+442071234567", "mobile": ""}}


@pytest.fixture
def db(tmp_path):
    with Database(tmp_path / "offline.sqlite3") as database:
        yield database


def test_a_new_database_has_the_schema_wal_and_full_sync(db):
    assert db.schema_version() == SCHEMA_VERSION == 1
    assert db.query("PRAGMA journal_mode")[0][0] == "wal"
    assert db.query("PRAGMA synchronous")[0][0] == 2  # FULL


def test_a_database_from_a_newer_app_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "offline.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(SchemaTooNew, match="Update the app"):
        Database(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 99


def test_save_and_load_round_trip_across_connections(tmp_path):
    path = tmp_path / "offline.sqlite3"
    with Database(path) as first:
        assert Cache(first).save("account", ACCOUNT, '"abc"', T0)
    with Database(path) as second:
        cached = Cache(second).load("account")
    assert cached == CachedResource("account", ACCOUNT, '"abc"', T0)
    assert cached.data["company_reg_id"] == "01234567", "IDs stay text"


def test_a_resource_never_saved_is_none(db):
    assert Cache(db).load("smtp") is None


def test_a_newer_state_replaces_an_older_one_but_not_the_reverse(db):
    cache = Cache(db)
    cache.save("account", {**ACCOUNT, "name": "Old"}, '"1"', T0)
    assert cache.save("account", {**ACCOUNT, "name": "New"}, '"2"', T0 + timedelta(seconds=5))
    assert not cache.save("account", {**ACCOUNT, "name": "Slow refresh"}, '"1"', T0 + timedelta(seconds=1))
    cached = cache.load("account")
    assert (cached.data["name"], cached.etag) == ("New", '"2"')


def test_lists_and_other_resources_are_cached_too(db):
    cache = Cache(db)
    packages = [{"id": 1, "name": "Channels", "cost": "2.50"}, {"id": 2, "name": "CLI lookup", "cost": "0.00045"}]
    cache.save("packages", packages, None, T0)
    cache.save("routes:7", [], None, T0)
    assert cache.load("packages").data == packages
    assert cache.load("packages").data[1]["cost"] == "0.00045"
    assert cache.resources() == ["packages", "routes:7"]
    cache.forget("routes:7")
    assert cache.resources() == ["packages"]


@pytest.mark.parametrize("data", [
    {"from_address": "a@example.com", "password": "hunter2"},
    {"outer": [{"password": "hunter2"}]},
    {"token": "eyJ..."},
    {"settings.password": "x"},
])
def test_a_secret_is_never_cached(db, data):
    with pytest.raises(ValueError, match="secret"):
        Cache(db).save("smtp", data, None, T0)
    assert Cache(db).load("smtp") is None


def test_password_set_is_not_a_secret(db):
    Cache(db).save("smtp", {"password_set": True}, None, T0)


@pytest.mark.parametrize("name", ["", "Account", "acc ount", "x" * 101, "../x"])
def test_bad_names_are_refused(db, name):
    with pytest.raises(ValueError):
        Cache(db).save(name, {}, None, T0)


def test_naive_times_are_refused(db):
    with pytest.raises(ValueError, match="aware"):
        Cache(db).save("account", ACCOUNT, None, datetime(2025, 1, 1))


def test_loading_never_writes(tmp_path):
    store = OfflineStore.open(tmp_path / "offline.sqlite3")
    store.cache.save("account", ACCOUNT, '"abc"', T0)
    store.close()

    def fingerprint():
        return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in tmp_path.iterdir()}

    before = fingerprint()
    store = OfflineStore.open(tmp_path / "offline.sqlite3")
    assert store.shown("account").data == ACCOUNT
    assert store.outbox.count() == 0 and store.outbox.pending() == []
    store.close()
    assert fingerprint() == before




def test_the_cached_resource_tells_when_it_was_received_not_in_words(db):
    Cache(db).save("account", ACCOUNT, None, T0)
    loaded = Cache(db).load("account")
    assert loaded.fetched_at == T0 and loaded.fetched_at.tzinfo is not None
    assert not hasattr(loaded, "age_text")  # the words are the views' (desktop/views/age_wording.py)
