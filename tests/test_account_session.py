"""The account session against the real account service on loopback (issue 10 point 1): no Qt, no widgets.

Load cache first then from the server, save online, save while the server is away (queued, or
refused for a secret), queue behind earlier edits, send the outbox, and the one merge rule on a
``412``: already applied, merged and sent again once, or a conflict put to the user.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.api import AccountClient, Conflict, SignInRequired, Unreachable, ValidationFailed
from desktop.session import PARTS, AccountSession, Conflicted, Edit, Queued, Rejected, Saved, SaveTicket
from desktop.store import CONFLICT, PENDING, SENT, OfflineStore

COMPANY = "Northwind Telecom Ltd"  # the seed's company name


@pytest.fixture
def store(tmp_path):
    opened = OfflineStore.open(tmp_path / "offline.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def session(client, store, clock):
    return AccountSession(client, store, clock=clock)


def _edit(client, changes, resource="account") -> Edit:
    """An edit of ``changes`` started from the server's current version (as a dialog opened now would make it)."""
    if resource == "account":
        current = client.get_account()
        return Edit("account", changes, current.value.editable_values(), current.etag)
    current = client.get_smtp()
    base = {"from_address": current.value.from_address, "username": current.value.username, "password": "",
            "server": current.value.server, "sms_from": current.value.sms_from}
    return Edit("smtp", changes, base, current.etag, frozenset({"password"}))


def test_a_part_is_shown_from_the_cache_first_with_unsent_edits_on_top(session, client, store, clock):
    assert session.cached(PARTS) == dict.fromkeys(PARTS)
    loaded = {part: session.fetch(part) for part in PARTS}
    assert loaded["account"].value.value.company == COMPANY and loaded["account"].fetched_at == clock()
    assert [package.name for package in loaded["packages"].value] == [p.name for p in client.get_packages()]
    cached = session.cached(PARTS)
    assert {part: cached[part].value for part in PARTS} == {part: loaded[part].value for part in PARTS}

    store.outbox.enqueue("account", {"company": "Southwind Ltd"}, {"company": COMPANY}, cached["account"].value.etag)
    assert session.cached(["account"])["account"].value.value.company == "Southwind Ltd"
    assert session.fetch("account").value.value.company == "Southwind Ltd", "the server's answer, the edit on top"
    assert client.get_account().value.company == COMPANY


class _Ticking:
    """A clock one second later at every call, so every stamp differs (whatever the machine's clock resolution)."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC).replace(microsecond=0)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.mark.parametrize("part", ["account", "smtp"])
def test_a_refresh_answered_before_the_outbox_sent_an_edit_does_not_hide_the_edit(client, store, monkeypatch, part):
    # The race: the refresh's GET is answered with the old state, then (before its answer is handled on
    # its worker) the outbox sends the queued edit; the late answer must not replace the sent edit in
    # the cache, or the window and the next edit dialog show the old value again.
    session = AccountSession(client, store, clock=_Ticking())
    field, typed = ("company", "Southwind Ltd") if part == "account" else ("username", "mailer")
    session.fetch(part)
    entry = session.queue(_edit(client, {field: typed}, part)).entry_id
    method = "get_account" if part == "account" else "get_smtp"
    answer_now = getattr(client, method)

    def answered_then_held_up() -> object:
        old = answer_now()
        report = session.send_outbox()  # lands while the old answer is still on its way to the window
        assert report.sent == [entry] and store.outbox.pending() == []
        return old

    monkeypatch.setattr(client, method, answered_then_held_up)
    shown = session.fetch(part).value.value
    assert getattr(shown, field) == typed, "the older answer must not be shown over the sent edit"
    monkeypatch.undo()
    assert getattr(session.cached([part])[part].value.value, field) == typed
    assert getattr(answer_now().value, field) == typed


def test_the_state_a_conflict_carried_does_not_replace_a_newer_save_in_the_cache(client, other_client, store,
                                                                                  monkeypatch):
    # The outbox's PUT is answered 412 with the server's state; before that answer is cached, a newer
    # state is saved (an edit dialog's Save): the conflict's older state must not replace it.
    session = AccountSession(client, store, clock=_Ticking())
    session.fetch("account")
    entry = session.queue(_edit(client, {"company": "Southwind Ltd"})).entry_id
    other_client.update_account({"company": "Eastwind plc"}, other_client.get_account().etag)
    put_now = client.update_account

    def refused_then_held_up(changes: dict[str, str], etag: str | None) -> object:
        try:
            return put_now(changes, etag)
        except Conflict:
            newer = other_client.update_account({"name": "Dee"}, other_client.get_account().etag)
            session.remember_saved("account", newer)  # lands while the 412 is on its way
            raise

    monkeypatch.setattr(client, "update_account", refused_then_held_up)
    report = session.send_outbox()
    assert report.conflicts == [entry]
    shown = session.cached(["account"])["account"].value.value
    assert (shown.company, shown.name) == ("Southwind Ltd", "Dee"), "the newer save, the unsent edit on top"


def test_without_a_store_loading_works_and_nothing_is_cached(client):
    session = AccountSession(client)
    assert session.fetch("smtp").value.value.server == client.get_smtp().value.server
    assert session.cached(PARTS) == dict.fromkeys(PARTS) and not session.keeps_outbox
    assert session.entries() == [] and session.send_outbox().outcomes == []


def test_a_database_that_fails_is_logged_and_the_servers_answer_still_shown(client, tmp_path, caplog):
    store = OfflineStore.open(tmp_path / "offline.sqlite3")
    store.close()  # every statement now fails with sqlite3.ProgrammingError
    session = AccountSession(client, store)
    assert session.fetch("account").value.value.company == COMPANY
    assert session.cached(["account"]) == {"account": None}
    session.remember_saved("account", client.get_account())
    assert "could not be cached" in caplog.text


def test_a_save_that_reaches_the_server_is_saved_and_cached(session, client, store):
    result = session.save(_edit(client, {"company": "Southwind Ltd"}))
    assert isinstance(result, Saved) and not result.already_applied
    assert result.current.value.company == client.get_account().value.company == "Southwind Ltd"
    session.remember_saved("account", result.current)
    assert store.cache.load("account").data["company"] == "Southwind Ltd"
    assert store.outbox.entries() == []


def test_a_save_while_the_server_is_away_is_queued_with_the_version_it_started_from(session, client, store, server):
    edit = _edit(client, {"company": "Southwind Ltd"})
    server.stop()
    result = session.save(edit)
    assert isinstance(result, Queued) and isinstance(result.cause, Unreachable) and not result.behind
    entry = store.outbox.get(result.entry_id)
    assert (entry.status, entry.changes, entry.etag) == (PENDING, {"company": "Southwind Ltd"}, edit.etag)
    assert entry.base["company"] == COMPANY

    server.start()
    report = session.send_outbox()
    assert report.sent == [result.entry_id] and client.get_account().value.company == "Southwind Ltd"
    assert session.send_outbox().outcomes == [], "each edit is sent exactly once"


def test_a_password_is_never_queued_the_whole_save_is_refused(session, client, store, server):
    edit = _edit(client, {"password": "a new secret 123", "username": "mailer"}, "smtp")
    server.stop()
    result = session.save(edit)
    assert isinstance(result, Rejected) and result.secrets == ("password",) and not result.behind
    assert isinstance(result.cause, Unreachable)
    assert store.outbox.entries() == []
    assert isinstance(session.queue(edit), Rejected)
    assert store.outbox.entries() == []


def test_without_a_store_an_unreachable_server_is_raised(client, server):
    edit = _edit(client, {"company": "Southwind Ltd"})
    server.stop()
    with pytest.raises(Unreachable):
        AccountSession(client).save(edit)


def test_an_edit_put_in_the_outbox_meanwhile_is_not_queued_twice(session, client, store, server):
    edit, ticket = _edit(client, {"company": "Southwind Ltd"}), SaveTicket()
    server.stop()
    assert ticket.take(), "the user chose Put in Outbox while the request was out"
    with pytest.raises(Unreachable):
        session.save(edit, ticket=ticket)  # the request fails later: the user's choice queues it, not this
    assert store.outbox.entries() == []
    assert not ticket.take(), "one claim only"


def test_while_earlier_edits_wait_a_save_queues_behind_them_without_trying_the_server(session, client, store):
    first = session.queue(_edit(client, {"company": "Southwind Ltd"}))
    result = session.save(_edit(client, {"name": "Dee"}))
    assert isinstance(result, Queued) and result.behind and result.cause is None
    assert client.get_account().value.name != "Dee", "not sent ahead of the earlier edit"
    secret = session.save(_edit(client, {"password": "a new secret 123"}, "smtp"))
    assert isinstance(secret, Saved), "another resource is not held back"
    session.queue(_edit(client, {"username": "mailer"}, "smtp"))
    refused = session.save(_edit(client, {"password": "another secret 456"}, "smtp"))
    assert isinstance(refused, Rejected) and refused.behind and refused.cause is None
    report = session.send_outbox()
    assert report.sent[0] == first.entry_id and len(report.sent) == 3
    assert (client.get_account().value.company, client.get_account().value.name) == ("Southwind Ltd", "Dee")


def test_a_412_whose_newer_version_holds_every_typed_value_is_already_applied(session, client, other_client):
    edit = _edit(client, {"company": "Southwind Ltd"})
    other_client.update_account({"company": "Southwind Ltd"}, other_client.get_account().etag)
    result = session.save(edit)
    assert isinstance(result, Saved) and result.already_applied
    assert result.current.etag == client.get_account().etag


def test_a_412_on_other_fields_is_merged_and_sent_once_more_both_changes_survive(session, client, other_client):
    edit = _edit(client, {"company": "Southwind Ltd"})
    other_client.update_account({"name": "Dee"}, other_client.get_account().etag)
    result = session.save(edit)
    assert isinstance(result, Saved) and not result.already_applied
    account = client.get_account().value
    assert (account.company, account.name) == ("Southwind Ltd", "Dee")


def test_a_412_on_the_same_field_is_a_conflict_never_an_overwrite(session, client, other_client, store):
    edit = _edit(client, {"company": "Southwind Ltd"})
    other_client.update_account({"company": "Eastwind plc"}, other_client.get_account().etag)
    result = session.save(edit)
    assert isinstance(result, Conflicted) and set(result.conflicts) == {"company"}
    assert (result.conflicts["company"].base, result.conflicts["company"].theirs) == (COMPANY, "Eastwind plc")
    assert result.current.etag == client.get_account().etag
    assert client.get_account().value.company == "Eastwind plc" and store.outbox.entries() == []


def test_the_servers_refusals_are_raised(session, client, server):
    with pytest.raises(ValidationFailed):
        session.save(_edit(client, {"company": " "}))
    with pytest.raises(SignInRequired):
        AccountSession(AccountClient(server.base_url)).save(_edit(client, {"company": "Southwind Ltd"}))


def test_an_outbox_conflict_is_settled_by_the_users_choice_then_sent(session, client, other_client, store):
    session.fetch("account")
    queued = session.queue(_edit(client, {"company": "Southwind Ltd", "name": "Dee"}))
    other_client.update_account({"company": "Eastwind plc"}, other_client.get_account().etag)
    report = session.send_outbox()
    assert report.conflicts == [queued.entry_id]
    assert [entry.status for entry in session.entries()] == [CONFLICT]
    assert session.entry(queued.entry_id).conflict.fields["company"].theirs == "Eastwind plc"

    report, entry = session.resolve_conflict(queued.entry_id, {"company": "theirs"})
    assert report.sent == [queued.entry_id] and entry.status == SENT
    account = client.get_account().value
    assert (account.company, account.name) == ("Eastwind plc", "Dee")
    assert session.resolve_conflict(queued.entry_id, {"company": "mine"}) == (None, None), "settled already"


def test_discard_drops_an_unsent_edit_but_never_a_sent_one(session, client, store):
    waiting = session.queue(_edit(client, {"company": "Southwind Ltd"}))
    assert session.discard(waiting.entry_id) and session.entries() == []
    assert not session.discard(waiting.entry_id), "already gone"
    sent = session.queue(_edit(client, {"name": "Dee"}))
    assert session.send_outbox().sent == [sent.entry_id]
    assert not session.discard(sent.entry_id)


def test_the_billing_switch_is_a_transition_of_the_account_locked_for_30_days(session, client, store):
    before = client.get_account()
    switched = session.switch_billing("per_minute")
    assert switched.billing_method == "per_minute" and switched.billing_method_locked_until is not None
    after = client.get_account()
    assert after.value.billing_method == "per_minute" and after.etag != before.etag, "the switch changed the ETag"
    assert store.outbox.entries() == [], "a switch needs the server now: never queued"
    with pytest.raises(Conflict) as refused:
        session.switch_billing("per_channel")
    assert refused.value.code == "billing_method_locked" and refused.value.locked_until is not None


def test_no_view_switches_the_billing_method_but_through_the_session():
    views = Path(__file__).resolve().parents[1] / "desktop" / "views"
    calls = [path.name for path in views.rglob("*.py") if "set_billing_method" in path.read_text(encoding="utf-8")]
    assert calls == [], "the views switch the billing method through AccountSession.switch_billing"
