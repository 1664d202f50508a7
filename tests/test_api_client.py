"""The API client against the real service on loopback, and against a scripted peer for faults."""

import base64
import json
import time

import jwt
import pytest

from desktop.api import (
    AccountClient,
    Conflict,
    ForeignAnswer,
    NotFound,
    PermissionDenied,
    PreconditionRequired,
    ServerError,
    SignInRequired,
    Unreachable,
    ValidationFailed,
)
from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD
from tests.peers import Reply, ScriptedPeer


def token(seconds=600, email="someone@example.com", typ="access"):
    now = int(time.time())
    return jwt.encode({"exp": now + seconds, "iat": now, "email": email, "typ": typ}, "k" * 32, algorithm="HS256")


def test_sign_in_gets_a_refresh_token_for_the_app_audience(server):
    api = AccountClient(server.base_url)
    refresh = api.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
    claims = jwt.decode(refresh, options={"verify_signature": False})
    assert claims["email"] == SANDBOX_EMAIL and claims["aud"].startswith("cxdesk@")
    assert 29 * 86400 < claims["exp"] - claims["iat"] <= 30 * 86400
    assert api.email == SANDBOX_EMAIL
    assert api.get_account().value.id


def test_a_rejected_password_is_sent_once_and_never_retried():
    with ScriptedPeer([Reply(401, {"error": "unauthorized", "message": "Bad credentials"})]) as peer:
        api = AccountClient(peer.base_url)
        with pytest.raises(SignInRequired, match="Bad credentials"):
            api.sign_in("a@example.com", "pässwörd:with colon")
        assert len(peer.requests) == 1
        sent = peer.requests[0]
        assert sent.path == "/api/cp/auth/jwt/refresh"
        credentials = base64.b64decode(sent.headers["Authorization"].split()[1]).decode()
        assert credentials == "a@example.com:pässwörd:with colon"
        assert json.loads(sent.body)["audience"].startswith("cxdesk@")


def test_wrong_password_against_the_real_service(server):
    with pytest.raises(SignInRequired):
        AccountClient(server.base_url).sign_in(SANDBOX_EMAIL, "wrong")


def test_the_access_token_is_renewed_before_it_expires(server, clock):
    api = AccountClient(server.base_url, clock=clock)
    api.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
    api.get_account()
    first = api._access.token
    clock.advance(seconds=api._access.seconds_left(clock()) - 10)  # inside the renewal margin
    api.get_account()
    assert api._access.token != first


def test_a_401_is_retried_once_with_a_fresh_access_token(server, clock):
    api = AccountClient(server.base_url)  # the client's own clock: it believes its token is fine
    api.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
    api.get_account()
    stale = api._access.token
    clock.advance(hours=2)  # the service now sees that access token as expired
    assert api.get_account().value.name
    assert api._access.token != stale


def test_the_refresh_token_is_renewed_past_half_its_lifetime(server, clock):
    stored = []
    api = AccountClient(server.base_url, clock=clock, on_refresh_token=stored.append)
    api.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD, lifetime=1000)
    clock.advance(seconds=600)
    api.get_account()
    assert len(stored) == 2 and stored[1] != stored[0]
    claims = jwt.decode(stored[1], options={"verify_signature": False})
    assert claims["exp"] - claims["iat"] == 1000


def test_typed_errors_from_the_real_service(server, client, other_client):
    current = client.get_account()
    with pytest.raises(ValidationFailed) as caught:
        client.update_account({"vat_reg_id": "DE136695977", "contact.email": "x@"}, current.etag)
    assert set(caught.value.fields) == {"vat_reg_id", "contact.email"}
    other_client.update_account({"name": "Someone Else"}, current.etag)
    with pytest.raises(Conflict) as conflict:
        client.update_account({"name": "Me"}, current.etag)
    assert conflict.value.status == 412 and conflict.value.current.name == "Someone Else"
    assert conflict.value.current_etag and conflict.value.current_etag != current.etag
    with pytest.raises(PreconditionRequired):
        client.update_account({"name": "Me"}, None)
    with pytest.raises(NotFound):
        client.set_route_recording(999999, "always")
    viewer = AccountClient(server.base_url)
    viewer.sign_in("viewer@example.com", "viewer")
    with pytest.raises(PermissionDenied):
        viewer.update_account({"name": "Viewer"}, viewer.get_account().etag)


@pytest.mark.parametrize(("reply", "kind", "says"), [
    (Reply(502, "<html><head><title>502 Bad Gateway</title></head><body><h1>nginx</h1></body></html>",
           {"Content-Type": "text/html"}), ForeignAnswer, "502 Bad Gateway"),
    (Reply(500, "database is locked"), ServerError, "database is locked"),
    (Reply(403, {"error": "forbidden"}), PermissionDenied, "forbidden"),
    (Reply(409, {"error": "billing_method_locked", "message": "Locked.", "locked_until": "2026-12-30T10:00:00Z"}),
     Conflict, "Locked."),
])
def test_error_bodies_in_json_text_or_html_become_plain_messages(reply, kind, says):
    with ScriptedPeer([Reply(200, {"token": token()}), reply]) as peer:
        api = AccountClient(peer.base_url)
        api.use_refresh_token(token(86400, typ="refresh"))
        with pytest.raises(kind) as caught:
            api.get_packages() if kind is not Conflict else api.set_billing_method("per_minute")
        assert says in caught.value.message
        assert "<" not in caught.value.message
        if kind is Conflict:
            assert caught.value.locked_until.isoformat() == "2026-12-30T10:00:00+00:00"


def test_idempotent_requests_are_retried_on_503_and_posts_are_not():
    replies = [Reply(200, {"token": token()}), Reply(503, "busy"), Reply(503, "busy"), Reply(200, [])]
    with ScriptedPeer(replies) as peer:
        api = AccountClient(peer.base_url)
        api.use_refresh_token(token(86400, typ="refresh"))
        assert api.get_packages() == []
        assert [r.method for r in peer.requests] == ["GET", "GET", "GET", "GET"]
    with ScriptedPeer([Reply(200, {"token": token()}), Reply(503, "busy")]) as peer:
        api = AccountClient(peer.base_url)
        api.use_refresh_token(token(86400, typ="refresh"))
        with pytest.raises(ServerError):
            api.enable_call_recording()
        assert [r.method for r in peer.requests] == ["GET", "POST"]


def test_a_server_that_never_answers_times_out_as_unreachable():
    with ScriptedPeer([Reply(200, {"token": token()}), Reply(200, [], hang=30)]) as peer:
        api = AccountClient(peer.base_url, timeout=(1.0, 0.5))
        api.use_refresh_token(token(86400, typ="refresh"))
        with pytest.raises(Unreachable, match="did not answer within 0.5 s"):
            api.get_customers()


@pytest.mark.parametrize("deadline", [20.0, 0.5])
def test_a_closed_port_is_unreachable_with_a_plain_reason(deadline):
    api = AccountClient("http://127.0.0.1:9/api/cp/", timeout=(0.5, 0.5), deadline=deadline)
    with pytest.raises(Unreachable, match="refused") as caught:
        api.sign_in("a@example.com", "x")
    assert type(caught.value) is Unreachable


def test_proxies_from_the_environment_are_not_used_for_loopback(server, monkeypatch):
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("http_proxy", "http://127.0.0.1:9")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    api = AccountClient(server.base_url)
    api.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
    assert api.get_account().value.id


def test_without_an_etag_only_changed_fields_are_sent_and_no_if_match():
    account = {"id": 1, "name": "A", "contact": {"email": "a@example.com"}}
    with ScriptedPeer([Reply(200, {"token": token()}), Reply(200, account), Reply(200, account)]) as peer:
        api = AccountClient(peer.base_url)
        api.use_refresh_token(token(86400, typ="refresh"))
        got = api.get_account()
        assert got.etag is None
        api.update_account({"contact.email": "b@example.com"}, got.etag)
        put = peer.requests[-1]
        assert put.method == "PUT" and "If-Match" not in put.headers
        assert json.loads(put.body) == {"contact": {"email": "b@example.com"}}


def test_a_stale_smtp_edit_carries_the_servers_smtp_settings(client, other_client):
    from desktop.domain.smtp import SmtpSettings

    mine = client.get_smtp()
    other_client.update_smtp({"sms_from": "+447911123456"}, other_client.get_smtp().etag)
    with pytest.raises(Conflict) as conflict:
        client.update_smtp({"sms_from": "Northwind"}, mine.etag)
    assert isinstance(conflict.value.current, SmtpSettings)
    assert conflict.value.current.sms_from == "+447911123456"


def test_a_pasted_refresh_token_is_checked_with_the_server_before_it_is_used(server):
    token = AccountClient(server.base_url).sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
    api = AccountClient(server.base_url)
    assert api.sign_in_with_refresh_token(token) == SANDBOX_EMAIL
    assert api.get_account().value.id
    foreign = AccountClient(server.base_url)
    with pytest.raises(SignInRequired):
        foreign.sign_in_with_refresh_token(token[:-4] + ("AAAA" if not token.endswith("AAAA") else "BBBB"))
    assert not foreign.signed_in


def test_the_recording_offer_then_enable_and_disable_through_the_client(server, client):
    from desktop.domain.packages import PackageOffer

    assert client.get_package_offers() == [PackageOffer(name="Call Recording", feature="call_recording",
                                                        cost="15.00", unit="", period="month")]
    package = client.enable_call_recording()
    assert (package.cost, package.period) == ("15.00", "month")
    assert next(p for p in client.get_packages() if p.feature == "call_recording").routes_recording == 0
    assert client.disable_call_recording(package.id) is None
    assert not any(p.feature == "call_recording" for p in client.get_packages())
    client.disable_call_recording(package.id)  # the 404 of a repeat is success: the package is gone
    again = client.enable_call_recording()
    viewer = AccountClient(server.base_url)
    viewer.sign_in("viewer@example.com", "viewer")
    with pytest.raises(PermissionDenied):
        viewer.disable_call_recording(again.id)
    channels = next(p for p in client.get_packages() if p.name == "Channels")
    with pytest.raises(Conflict) as refused:
        client.disable_call_recording(channels.id)
    assert refused.value.code == "not_removable"
    assert any(p.feature == "call_recording" for p in client.get_packages())


def test_a_404_while_the_package_is_still_listed_is_a_failure():
    """A server without the DELETE endpoint answers 404: the package is not gone, so that is no success."""
    listed = [{"id": 7, "name": "Call Recording", "cost": "15.00", "feature": "call_recording"}]
    replies = [Reply(200, {"token": token()}), Reply(404, {"error": "not_found", "message": "Nothing here."}),
               Reply(200, listed)]
    with ScriptedPeer(replies) as peer:
        api = AccountClient(peer.base_url)
        api.use_refresh_token(token(86400, typ="refresh"))
        with pytest.raises(NotFound):
            api.disable_call_recording(7)
        assert [(r.method, r.path) for r in peer.requests][1:] == [
            ("DELETE", "/api/cp/setup/account/package/7"), ("GET", "/api/cp/setup/account/package")]


def test_an_offer_without_a_price_is_an_unexpected_answer():
    from desktop.api import UnexpectedAnswer

    with ScriptedPeer([Reply(200, {"token": token()}), Reply(200, [{"name": "Call Recording",
                                                                     "feature": "call_recording"}])]) as peer:
        api = AccountClient(peer.base_url)
        api.use_refresh_token(token(86400, typ="refresh"))
        with pytest.raises(UnexpectedAnswer):
            api.get_package_offers()
