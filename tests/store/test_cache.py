"""The offline database, the cache of the last server state, and its age in words."""

import hashlib
import sqlite3
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktop.store import OfflineStore
from desktop.store.cache import Cache, CachedResource, describe_age
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


LONDON = ZoneInfo("Europe/London")


@pytest.mark.parametrize("age, text", [
    (timedelta(seconds=0), "just now"),
    (timedelta(seconds=59), "just now"),
    (timedelta(seconds=-30), "just now"),
    (timedelta(minutes=3), "3 minutes ago"),
    (timedelta(hours=2), "2 hours ago"),
])
def test_a_recent_age_is_relative(age, text):
    assert describe_age(T0 - age, T0, tz=LONDON, locale="en_GB") == text


def test_older_ages_name_the_day_and_the_clock_time():
    now = datetime(2025, 3, 14, 22, 0, tzinfo=UTC)  # a Friday
    assert describe_age(datetime(2025, 3, 14, 9, 30, tzinfo=UTC), now, tz=LONDON, locale="en_GB") == "today at 09:30"
    assert describe_age(datetime(2025, 3, 13, 14, 5, tzinfo=UTC), now, tz=LONDON,
                        locale="en_GB") == "yesterday at 14:05"
    assert describe_age(datetime(2025, 3, 10, 14, 5, tzinfo=UTC), now, tz=LONDON,
                        locale="en_GB") == "on Monday at 14:05"
    assert describe_age(datetime(2025, 1, 2, 14, 5, tzinfo=UTC), now, tz=LONDON,
                        locale="en_GB") == "on 2 Jan 2025 at 14:05"
    assert describe_age(datetime(2025, 3, 13, 14, 5, tzinfo=UTC), now, tz=LONDON,
                        locale="en_US") == "yesterday at 2:05\u202fPM"


def test_the_day_is_judged_in_the_users_time_zone():
    now = datetime(2025, 7, 1, 20, 0, tzinfo=UTC)  # 1 July: 16:00 in New York, 21:00 in London
    fetched = datetime(2025, 7, 1, 2, 0, tzinfo=UTC)  # 30 June 22:00 in New York, 1 July 03:00 in London
    assert describe_age(fetched, now, tz=ZoneInfo("America/New_York"), locale="en_GB") == "yesterday at 22:00"
    assert describe_age(fetched, now, tz=ZoneInfo("Europe/London"), locale="en_GB") == "today at 03:00"


def test_the_cached_resource_tells_its_own_age(db):
    Cache(db).save("account", ACCOUNT, None, T0)
    assert Cache(db).load("account").age_text(T0 + timedelta(minutes=3), locale="en_GB") == "3 minutes ago"
