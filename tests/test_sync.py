"""Sending the outbox (desktop.session.sending) to the real service: in order, exactly once, merged, no overwrite."""

import sqlite3
from datetime import UTC, datetime

import pytest

from desktop.api import AccountClient, Conflict, SignInRequired, Unreachable
from desktop.domain.merge import FieldConflict
from desktop.server.seed import VIEWER_EMAIL, VIEWER_PASSWORD
from desktop.session.sending import flush, resolve_conflict
from desktop.store import OfflineStore
from desktop.store.outbox import CONFLICT, PENDING, REJECTED, SENT
from desktop.store.resources import EDITABLE


class CountingClient(AccountClient):
    """The real client, noting each PUT of an editable resource and how it ended."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.puts = []

    def _count(self, name, call):
        try:
            result = call()
        except Exception as error:
            self.puts.append((name, getattr(error, "status", None)))
            raise
        self.puts.append((name, 200))
        return result

    def update_account(self, changes, etag):
        return self._count("account", lambda: super(CountingClient, self).update_account(changes, etag))

    def update_smtp(self, changes, etag, *, password=None):
        return self._count("smtp", lambda: super(CountingClient, self).update_smtp(changes, etag, password=password))


@pytest.fixture
def me(server):
    from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD

    api = CountingClient(server.base_url, timeout=(2.0, 10.0))
    api.refresh_token = api.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
    yield api
    api.close()


@pytest.fixture
def store(tmp_path):
    opened = OfflineStore.open(tmp_path / "offline.sqlite3")
    yield opened
    opened.close()


def load(store, client, resource):
    """What the window does when online: fetch and cache."""
    versioned = client.get_account() if resource == "account" else client.get_smtp()
    store.cache.save(resource, versioned.value.to_json(), versioned.etag, datetime.now(UTC))


def queue(store, resource, changes):
    """What an edit dialog does while offline: base = what it showed, etag = the cached one."""
    shown = store.shown(resource)
    return store.outbox.enqueue(resource, changes, EDITABLE[resource].values(shown.data), shown.etag)


def test_a_queued_edit_is_sent_once_and_a_second_flush_sends_nothing(store, me):
    load(store, me, "account")
    entry_id = queue(store, "account", {"company": "Southwind Telecom Ltd"})
    report = flush(store.outbox, me, store.cache)
    assert report.sent == [entry_id] and report.stopped_by is None and report.remaining == 0
    assert report.outcomes[0].sent == {"company": "Southwind Telecom Ltd"}
    assert me.puts == [("account", 200)]
    assert me.get_account().value.company == "Southwind Telecom Ltd"
    cached = store.cache.load("account")
    assert cached.data["company"] == "Southwind Telecom Ltd" and cached.etag == me.get_account().etag
    assert store.outbox.get(entry_id).status == SENT

    again = flush(store.outbox, me, store.cache)
    assert again.outcomes == [] and me.puts == [("account", 200)], "nothing is sent twice"


def test_a_lost_200_is_not_applied_twice_and_the_entry_ends_sent(store, me, other_client):
    load(store, me, "account")
    entry_id = queue(store, "account", {"company": "Southwind Telecom Ltd", "contact.phone": "+442071234500"})
    entry = store.outbox.get(entry_id)
    me.update_account(entry.changes, entry.etag)  # the server applied it; the app died before mark_sent
    other_client.update_account({"name": "Dana W."}, other_client.get_account().etag)  # and life went on
    me.puts.clear()

    report = flush(store.outbox, me, store.cache)
    assert report.sent == [entry_id]
    assert report.outcomes[0].sent == {} and report.outcomes[0].already_applied == entry.changes
    assert me.puts == [("account", 412)], "the resend was refused by If-Match and nothing else was sent"
    account = me.get_account().value
    assert (account.company, account.contact.phone, account.name) == ("Southwind Telecom Ltd", "+442071234500",
                                                                      "Dana W.")
    assert store.cache.load("account").data["name"] == "Dana W."


def test_a_crash_between_the_servers_200_and_mark_sent_does_not_apply_the_edit_twice(store, me, monkeypatch):
    """The answer arrives but cannot be recorded (the disk fails, the app dies): nothing is half-written."""
    load(store, me, "account")
    entry_id = queue(store, "account", {"company": "Southwind Telecom Ltd"})

    def disk_full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    with monkeypatch.context() as patch:
        patch.setattr(store.outbox, "mark_sent", disk_full)
        with pytest.raises(sqlite3.OperationalError):
            flush(store.outbox, me, store.cache)
    assert me.puts == [("account", 200)], "the server applied it"
    assert store.outbox.get(entry_id).status == PENDING
    assert store.cache.load("account").data["company"] == "Northwind Telecom Ltd", "rolled back with mark_sent"

    report = flush(store.outbox, me, store.cache)
    assert report.sent == [entry_id] and report.outcomes[0].already_applied == {"company": "Southwind Telecom Ltd"}
    assert me.puts == [("account", 200), ("account", 412)]
    assert store.cache.load("account").data["company"] == "Southwind Telecom Ltd"


def test_the_outbox_and_the_cache_must_share_one_database(tmp_path, store, me):
    other = OfflineStore.open(tmp_path / "other.sqlite3")
    with pytest.raises(ValueError, match="same Database"):
        flush(store.outbox, me, other.cache)
    other.close()


def test_two_users_changing_different_fields_both_survive(store, me, other_client):
    load(store, me, "account")
    entry_id = queue(store, "account", {"contact.email": "ops@northwind-telecom.example"})
    other_client.update_account({"company": "Northwind Group plc"}, other_client.get_account().etag)

    report = flush(store.outbox, me, store.cache)
    assert report.sent == [entry_id]
    assert report.outcomes[0].sent == {"contact.email": "ops@northwind-telecom.example"}
    assert me.puts == [("account", 412), ("account", 200)]
    account = me.get_account().value
    assert account.company == "Northwind Group plc"
    assert account.contact.email == "ops@northwind-telecom.example"


def test_the_same_field_changed_on_both_sides_is_a_conflict_never_an_overwrite(store, me, other_client):
    load(store, me, "account")
    entry_id = queue(store, "account", {"company": "Southwind Telecom Ltd", "contact.mobile": "+447911123400"})
    other_client.update_account({"company": "Eastwind plc"}, other_client.get_account().etag)

    report = flush(store.outbox, me, store.cache)
    assert report.conflicts == [entry_id] and report.sent == []
    assert report.outcomes[0].conflicts == {
        "company": FieldConflict("company", "Northwind Telecom Ltd", "Southwind Telecom Ltd", "Eastwind plc")}
    entry = store.outbox.get(entry_id)
    assert entry.status == CONFLICT
    assert entry.conflict.fields == report.outcomes[0].conflicts
    assert entry.conflict.etag == me.get_account().etag
    account = me.get_account().value
    assert (account.company, account.contact.mobile) == ("Eastwind plc", "+447911123456"), "nothing was sent"
    assert store.cache.load("account").data["company"] == "Eastwind plc", "the newer server state is cached"
    assert me.puts == [("account", 412)]


def test_resolving_a_conflict_as_mine_sends_mine(store, me, other_client):
    load(store, me, "account")
    entry_id = queue(store, "account", {"company": "Southwind Telecom Ltd", "contact.mobile": "+447911123400"})
    other_client.update_account({"company": "Eastwind plc", "name": "Dee"}, other_client.get_account().etag)
    flush(store.outbox, me, store.cache)

    report = resolve_conflict(store.outbox, me, store.cache, entry_id, {"company": "mine"})
    assert report.sent == [entry_id]
    account = me.get_account().value
    assert (account.company, account.contact.mobile, account.name) == ("Southwind Telecom Ltd", "+447911123400",
                                                                       "Dee")
    assert store.outbox.get(entry_id).status == SENT


def test_resolving_a_conflict_as_theirs_keeps_theirs_and_sends_the_rest(store, me, other_client):
    load(store, me, "account")
    entry_id = queue(store, "account", {"company": "Southwind Telecom Ltd", "contact.mobile": "+447911123400"})
    other_client.update_account({"company": "Eastwind plc"}, other_client.get_account().etag)
    flush(store.outbox, me, store.cache)

    report = resolve_conflict(store.outbox, me, store.cache, entry_id, {"company": "theirs"})
    assert report.sent == [entry_id] and report.outcomes[0].sent == {"contact.mobile": "+447911123400"}
    account = me.get_account().value
    assert (account.company, account.contact.mobile) == ("Eastwind plc", "+447911123400")


def test_a_settled_edit_meets_a_newer_change_and_is_merged_again(store, me, other_client):
    load(store, me, "account")
    entry_id = queue(store, "account", {"company": "Southwind Telecom Ltd"})
    other_client.update_account({"company": "Eastwind plc"}, other_client.get_account().etag)
    flush(store.outbox, me, store.cache)
    other_client.update_account({"name": "Dee"}, other_client.get_account().etag)  # while the dialog was open

    report = resolve_conflict(store.outbox, me, store.cache, entry_id, {"company": "mine"})
    assert report.sent == [entry_id]
    account = me.get_account().value
    assert (account.company, account.name) == ("Southwind Telecom Ltd", "Dee")


def test_a_conflict_holds_back_later_edits_of_the_same_resource_only(store, me, other_client):
    load(store, me, "account")
    load(store, me, "smtp")
    first = queue(store, "account", {"company": "Southwind Telecom Ltd"})
    second = queue(store, "account", {"name": "Dee"})
    smtp = queue(store, "smtp", {"sms_from": "Southwind"})
    other_client.update_account({"company": "Eastwind plc"}, other_client.get_account().etag)

    report = flush(store.outbox, me, store.cache)
    assert report.conflicts == [first] and report.sent == [smtp] and report.blocked == [second]
    assert report.remaining == 1 and store.outbox.get(second).status == PENDING
    assert me.get_smtp().value.sms_from == "Southwind"

    report = resolve_conflict(store.outbox, me, store.cache, first, {"company": "theirs"})
    assert store.outbox.get(first).status == SENT, "nothing left to send: the server has the result"
    assert report.sent == [second]
    account = me.get_account().value
    assert (account.company, account.name) == ("Eastwind plc", "Dee")


def test_edits_made_one_after_another_offline_all_arrive_in_order(store, me):
    load(store, me, "account")
    first = queue(store, "account", {"company": "Southwind Telecom Ltd"})
    second = queue(store, "account", {"company": "Westwind Telecom Ltd", "name": "Dee"})
    third = queue(store, "account", {"contact.email": "ops@northwind-telecom.example"})
    report = flush(store.outbox, me, store.cache)
    assert report.sent == [first, second, third]
    account = me.get_account().value
    assert (account.company, account.name, account.contact.email) == (
        "Westwind Telecom Ltd", "Dee", "ops@northwind-telecom.example")


def test_smtp_edits_merge_with_the_servers_smtp_state(store, me, other_client):
    load(store, me, "smtp")
    entry_id = queue(store, "smtp", {"server": "mail.northwind-telecom.example:465"})
    other_client.update_smtp({"username": "noc"}, other_client.get_smtp().etag, password="S3cret-pw")

    report = flush(store.outbox, me, store.cache)
    assert report.sent == [entry_id]
    settings = me.get_smtp().value
    assert (settings.server, settings.username, settings.password_set) == (
        "mail.northwind-telecom.example:465", "noc", True), "the password someone else saved survives"


def test_an_smtp_conflict_names_base_mine_theirs(store, me, other_client):
    load(store, me, "smtp")
    base_server = store.cache.load("smtp").data["server"]
    entry_id = queue(store, "smtp", {"server": "mail.northwind-telecom.example:465"})
    other_client.update_smtp({"server": "relay.example.net:587"}, other_client.get_smtp().etag)

    report = flush(store.outbox, me, store.cache)
    assert report.conflicts == [entry_id]
    assert report.outcomes[0].conflicts["server"] == FieldConflict(
        "server", base_server, "mail.northwind-telecom.example:465", "relay.example.net:587")
    assert me.get_smtp().value.server == "relay.example.net:587"


def test_unreachable_stops_the_flush_and_keeps_the_edits(store, me, server):
    load(store, me, "account")
    first = queue(store, "account", {"company": "Southwind Telecom Ltd"})
    second = queue(store, "account", {"name": "Dee"})
    server.stop()
    report = flush(store.outbox, me, store.cache)
    assert isinstance(report.stopped_by, Unreachable)
    assert report.outcomes == [] and report.remaining == 2
    assert [e.id for e in store.outbox.pending()] == [first, second]

    server.start()
    report = flush(store.outbox, me, store.cache)
    assert report.sent == [first, second] and report.remaining == 0
    assert me.get_account().value.name == "Dee"


def test_opening_offline_without_editing_sends_and_writes_nothing(tmp_path, store, me, server):
    load(store, me, "account")
    server.stop()
    assert store.shown("account").data["company"] == "Northwind Telecom Ltd"
    report = flush(store.outbox, me, store.cache)
    assert report.outcomes == [] and report.stopped_by is None and me.puts == []


def test_a_signed_out_client_stops_the_flush(store, me, server):
    load(store, me, "account")
    queue(store, "account", {"name": "Dee"})
    report = flush(store.outbox, AccountClient(server.base_url), store.cache)
    assert isinstance(report.stopped_by, SignInRequired) and report.remaining == 1


def test_a_refusal_by_the_server_is_rejected_not_retried(store, me, server):
    load(store, me, "account")
    entry_id = queue(store, "account", {"name": "Dee"})
    viewer = AccountClient(server.base_url, timeout=(2.0, 10.0))
    viewer.sign_in(VIEWER_EMAIL, VIEWER_PASSWORD)
    report = flush(store.outbox, viewer, store.cache)
    assert report.rejected == [entry_id] and report.remaining == 0
    entry = store.outbox.get(entry_id)
    assert entry.status == REJECTED and entry.error.startswith("Permission denied")
    assert flush(store.outbox, viewer, store.cache).outcomes == []
    assert me.get_account().value.name == "Dana Whitfield"


def test_an_edit_without_an_etag_is_merged_before_it_is_sent(store, me, other_client):
    base = me.get_account().value.editable_values()
    entry_id = store.outbox.enqueue("account", {"company": "Southwind Telecom Ltd"}, base, None)
    other_client.update_account({"name": "Dee"}, other_client.get_account().etag)
    report = flush(store.outbox, me, store.cache)
    assert report.sent == [entry_id] and me.puts == [("account", 200)]
    account = me.get_account().value
    assert (account.company, account.name) == ("Southwind Telecom Ltd", "Dee")


def test_no_secret_reaches_the_database_files(tmp_path, me, other_client):
    path = tmp_path / "secret-scan" / "offline.sqlite3"
    store = OfflineStore.open(path)
    password = "S3cret-pw-for-the-scan"
    me.update_smtp({}, me.get_smtp().etag, password=password)  # saved online, as the dialog does
    load(store, me, "account")
    load(store, me, "smtp")
    with pytest.raises(ValueError):
        queue(store, "smtp", {"username": "noc", "password": password})
    queue(store, "smtp", {"username": "noc"})
    queue(store, "account", {"name": "Dee"})
    other_client.update_account({"name": "Dana W."}, other_client.get_account().etag)
    flush(store.outbox, me, store.cache)
    assert store.outbox.conflicts(), "a conflict's details are stored too"
    data = b"".join(p.read_bytes() for p in path.parent.iterdir())  # before close: the WAL is still there
    store.close()
    data += b"".join(p.read_bytes() for p in path.parent.iterdir())
    assert b"Dee" in data and b"noc" in data, "the scan sees what was written"
    for secret in (password, me.refresh_token):
        assert secret.encode() not in data


def test_a_412_without_current_state_in_its_body_fetches_it(store, me, other_client, monkeypatch):
    """A server whose 412 carries no body: the sender asks for the current state itself."""
    load(store, me, "account")
    entry_id = queue(store, "account", {"contact.email": "ops@northwind-telecom.example"})
    other_client.update_account({"company": "Northwind Group plc"}, other_client.get_account().etag)
    real = CountingClient.update_account

    def bodiless(self, changes, etag):
        try:
            return real(self, changes, etag)
        except Conflict as error:
            raise Conflict(error.message, status=412) from None

    monkeypatch.setattr(CountingClient, "update_account", bodiless)
    report = flush(store.outbox, me, store.cache)
    assert report.sent == [entry_id]
    assert me.get_account().value.company == "Northwind Group plc"
