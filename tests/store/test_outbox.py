"""The outbox: edits queued offline, in order, on disk before enqueue returns, never a secret."""

import signal
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.domain.merge import FieldConflict
from desktop.session.sending import settle
from desktop.store import OfflineStore
from desktop.store.outbox import CONFLICT, PENDING, REJECTED, SENT, ConflictDetails
from desktop.store.resources import InvalidEdit, overlay

ROOT = Path(__file__).resolve().parents[2]
BASE = {"name": "Dana Whitfield", "company": "Northwind Telecom Ltd", "company_reg_id": "01234567", "ocn": "0A1B",
        "frn": "0012345678", "vat_reg_id": "GB980780684", "contact.email": "noc@northwind-telecom.example",
        "contact.phone": "+442071234567", "contact.mobile": "+447911123456"}
SMTP_BASE = {"from_address": "noc@northwind-telecom.example", "username": "", "server": "smtp.example.com:587",
             "sms_from": "Northwind"}


@pytest.fixture
def store(tmp_path):
    opened = OfflineStore.open(tmp_path / "offline.sqlite3")
    yield opened
    opened.close()


def test_enqueue_keeps_resource_changes_base_etag_and_order(store):
    first = store.outbox.enqueue("account", {"company": "Southwind Ltd"}, BASE, '"e1"')
    second = store.outbox.enqueue("smtp", {"server": "mail.example.com:465"}, SMTP_BASE, '"s1"')
    third = store.outbox.enqueue("account", {"contact.email": "ops@example.com"}, BASE, '"e1"')
    assert first < second < third
    entries = store.outbox.pending()
    assert [e.id for e in entries] == [first, second, third]
    assert [e.seq for e in entries] == [first, second, third]
    entry = entries[0]
    assert (entry.resource, entry.changes, entry.base, entry.etag, entry.status) == (
        "account", {"company": "Southwind Ltd"}, BASE, '"e1"', PENDING)
    assert entry.created_at.tzinfo is not None and entry.sent_at is None
    assert [e.id for e in store.outbox.pending("smtp")] == [second]
    assert store.outbox.count() == 3 and store.outbox.count(PENDING) == 3 and store.outbox.count(SENT) == 0


def test_values_are_judged_and_normalised_like_online(store):
    entry_id = store.outbox.enqueue("account", {"contact.phone": "0044 20 7123 4568", "vat_reg_id": "gb 980780684",
                                                "company_reg_id": "01234567"}, BASE, None)
    assert store.outbox.get(entry_id).changes == {"contact.phone": "+442071234568"}, "unchanged values dropped"
    with pytest.raises(InvalidEdit) as error:
        store.outbox.enqueue("account", {"contact.email": "not an address", "ocn": "12"}, BASE, None)
    assert set(error.value.fields) == {"contact.email", "ocn"}
    assert isinstance(error.value, ValueError)


def test_an_smtp_password_is_never_queued(store):
    with pytest.raises(ValueError, match="secret"):
        store.outbox.enqueue("smtp", {"password": "hunter2"}, SMTP_BASE, None)
    with pytest.raises(ValueError, match="secret"):
        store.outbox.enqueue("smtp", {"username": "dana", "password": "hunter2"}, SMTP_BASE, None)
    with pytest.raises(ValueError, match="secret"):
        store.outbox.enqueue("smtp", {"username": "dana"}, {**SMTP_BASE, "password": "hunter2"}, None)
    assert store.outbox.count() == 0


@pytest.mark.parametrize("resource, changes, base, words", [
    ("packages", {"x": "1"}, {}, "never queued"),
    ("billing-method", {"billing_method": "per_minute"}, {}, "never queued"),
    ("account", {"balance": "0.00"}, BASE, "Not editable"),
    ("account", {"address.city": "Paris"}, BASE, "Not editable"),
    ("smtp", {"password_set": "true"}, SMTP_BASE, "Not editable"),
    ("account", {"company": "Northwind Telecom Ltd"}, BASE, "Nothing changed"),
    ("account", {}, BASE, "Nothing changed"),
    ("account", {"company": "Southwind"}, {"name": "Dana"}, "no value for: company"),
])
def test_what_cannot_be_queued(store, resource, changes, base, words):
    with pytest.raises(ValueError, match=words):
        store.outbox.enqueue(resource, changes, base, None)
    assert store.outbox.count() == 0


def test_discard_and_mark_sent(store):
    first = store.outbox.enqueue("account", {"company": "Southwind Ltd"}, BASE, None)
    second = store.outbox.enqueue("account", {"name": "Dee"}, BASE, None)
    assert store.outbox.discard(first) is True
    assert store.outbox.discard(first) is False
    store.outbox.mark_sent(second)
    assert store.outbox.get(second).status == SENT and store.outbox.get(second).sent_at is not None
    assert store.outbox.pending() == [] and store.outbox.count() == 0 and store.outbox.count(SENT) == 1
    with pytest.raises(KeyError):
        store.outbox.get(first)
    with pytest.raises(KeyError):
        store.outbox.mark_sent(first)
    assert store.outbox.purge_sent(datetime.now(UTC)) == 1 and store.outbox.count(SENT) == 0


def test_unsent_edits_show_on_top_of_the_cache(store):
    store.cache.save("account", {"id": 1, "name": "Dana Whitfield", "contact": {"email": "noc@example.com"}},
                     '"e1"', datetime.now(UTC))
    store.outbox.enqueue("account", {"contact.email": "ops@example.com", "name": "Dee"}, BASE, '"e1"')
    later = store.outbox.enqueue("account", {"name": "Dana W."}, BASE, '"e1"')
    assert store.outbox.unsent_changes("account") == {"contact.email": "ops@example.com", "name": "Dana W."}
    shown = store.shown("account")
    assert shown.data == {"id": 1, "name": "Dana W.", "contact": {"email": "ops@example.com"}}
    assert shown.etag == '"e1"'
    assert store.cache.load("account").data["name"] == "Dana Whitfield", "the cache keeps the server's state"
    store.outbox.mark_rejected(later, "No.")
    assert store.shown("account").data["name"] == "Dee", "a rejected edit is not shown as applied"
    assert store.shown("smtp") is None


def test_overlay_creates_missing_objects():
    assert overlay({"id": 1}, {"contact.email": "a@example.com"}) == {"id": 1, "contact": {"email": "a@example.com"}}


def test_conflict_and_rejection_are_stored_with_their_details(store):
    entry_id = store.outbox.enqueue("account", {"company": "Southwind Ltd", "name": "Dee"}, BASE, '"e1"')
    theirs = {**BASE, "company": "Eastwind plc"}
    details = ConflictDetails({"company": FieldConflict("company", BASE["company"], "Southwind Ltd", "Eastwind plc")},
                              theirs, '"e2"', datetime.now(UTC))
    store.outbox.mark_conflict(entry_id, details)
    entry = store.outbox.get(entry_id)
    assert entry.status == CONFLICT and entry.conflict == details
    assert store.outbox.pending() == [] and [e.id for e in store.outbox.conflicts()] == [entry_id]

    resolved = settle(store.outbox, entry_id, {"company": "mine"})
    assert resolved.status == PENDING and resolved.conflict is None
    assert resolved.changes == {"company": "Southwind Ltd", "name": "Dee"}
    assert resolved.base == theirs and resolved.etag == '"e2"', "rebased onto the server's state"
    with pytest.raises(ValueError, match="not in conflict"):
        settle(store.outbox, entry_id, {"company": "mine"})

    store.outbox.mark_rejected(entry_id, "The server refused it.", {"name": "Too short."})
    entry = store.outbox.get(entry_id)
    assert (entry.status, entry.error, entry.error_fields) == (REJECTED, "The server refused it.",
                                                               {"name": "Too short."})


def test_settling_every_conflict_as_theirs_with_nothing_else_leaves_nothing_to_send(store):
    entry_id = store.outbox.enqueue("account", {"company": "Southwind Ltd"}, BASE, '"e1"')
    theirs = {**BASE, "company": "Eastwind plc"}
    store.outbox.mark_conflict(entry_id, ConflictDetails(
        {"company": FieldConflict("company", BASE["company"], "Southwind Ltd", "Eastwind plc")}, theirs, '"e2"',
        datetime.now(UTC)))
    assert settle(store.outbox, entry_id, {"company": "theirs"}).status == SENT


CHILD = textwrap.dedent("""
    import os, signal, sys
    from desktop.store import OfflineStore
    store = OfflineStore.open(sys.argv[1])
    store.outbox.enqueue("account", {"company": "Queued Before The Crash Ltd"}, {"company": "Northwind"}, '"e1"')
    print("queued", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="no SIGKILL on this system")
def test_an_edit_survives_a_sigkill_right_after_enqueue_returns(tmp_path):
    path = tmp_path / "offline.sqlite3"
    child = subprocess.run([sys.executable, "-c", CHILD, str(path)], cwd=ROOT, capture_output=True, text=True,
                           timeout=60)
    assert child.stdout == "queued\n", child.stderr
    assert child.returncode == -signal.SIGKILL
    store = OfflineStore.open(path)
    try:
        [entry] = store.outbox.pending()
        assert entry.changes == {"company": "Queued Before The Crash Ltd"} and entry.etag == '"e1"'
    finally:
        store.close()
