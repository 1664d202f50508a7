"""A stale pooled connection (point 5) and a wrong clock (point 7), against the hostile peer.

The peer's ``reset`` mode answers the next request over a kept-alive connection with a TCP reset,
as a laptop finds its pooled connections after sleeping; ``after_forward`` lets the service apply
the request first (only the answer is lost).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.api import AccountClient, Conflict, SignInRequired, Unreachable
from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD


def signed_in(peer, **kwargs) -> AccountClient:
    api = AccountClient(peer.base_url, timeout=(2.0, 5.0), deadline=5.0, **kwargs)
    api.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
    return api


# -- 5. one retry on a stale connection --------------------------------------------------------

def test_a_get_over_a_stale_connection_is_sent_once_more_on_a_new_one(hostile):
    api = signed_in(hostile)
    api.get_account()
    hostile.mode("reset", "setup/account")
    assert api.get_account().value.id
    sent = hostile.requests_to("setup/account")
    assert [r.reused for r in sent][1:] == [True, False]  # reset on the pooled one, then a new connection
    assert sent[1].connection != sent[2].connection


def test_the_resend_happens_once_only(hostile):
    api = signed_in(hostile)
    api.get_account()
    hostile.mode("reset", "setup/account", times=5, any_connection=True)
    with pytest.raises(Unreachable):
        api.get_account()
    sent = hostile.requests_to("setup/account")[1:]
    assert [r.reused for r in sent] == [True, False]


@pytest.mark.parametrize("applied", [False, True], ids=["lost-request", "lost-answer"])
def test_a_conditional_put_over_a_stale_connection_is_sent_once_more(hostile, applied):
    api = signed_in(hostile)
    etag = api.get_account().etag
    hostile.mode("reset", "setup/account", after_forward=applied)
    saved = api.update_account({"name": "Stale Socket Ltd"}, etag)
    assert saved.value.name == "Stale Socket Ltd" and saved.etag and saved.etag != etag
    puts = hostile.requests_to("setup/account", "PUT")
    assert len(puts) == 2 and puts[0].headers["If-Match"] == puts[1].headers["If-Match"] == etag
    assert api.get_account().etag == saved.etag


def test_a_resent_put_that_meets_other_values_is_still_a_conflict(hostile, other_client):
    api = signed_in(hostile)
    etag = api.get_account().etag
    hostile.mode("reset", "setup/account", after_forward=True)
    # The lost answer's PUT applied "Mine Ltd"; someone else changes it before the resend arrives.
    original_forward = hostile._forward

    def forward_then_other_edit(*args):
        answer = original_forward(*args)
        other_client.update_account({"name": "Theirs Ltd"}, other_client.get_account().etag)
        return answer

    hostile._forward = forward_then_other_edit
    with pytest.raises(Conflict) as caught:
        api.update_account({"name": "Mine Ltd"}, etag)
    assert caught.value.current.name == "Theirs Ltd"


def test_a_resent_smtp_put_with_a_password_is_never_taken_as_applied(hostile):
    api = signed_in(hostile)
    etag = api.get_smtp().etag
    hostile.mode("reset", "setup/account/smtp", after_forward=True)
    with pytest.raises(Conflict):
        api.update_smtp({"username": "mailer"}, etag, password="n3w-password")
    assert len(hostile.requests_to("setup/account/smtp", "PUT")) == 2


@pytest.mark.parametrize("call", ["post", "unconditional-put"])
def test_a_post_or_an_unconditional_put_is_not_sent_again(hostile, call):
    api = signed_in(hostile)
    api.get_account()
    path, method = ("auth/jwt/refresh", "POST") if call == "post" else ("setup/account", "PUT")
    hostile.mode("reset", path)
    with pytest.raises(Unreachable) as caught:
        if call == "post":
            api.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
        else:
            api.update_account({"name": "Twice Ltd"}, None)
    assert len(hostile.requests_to(path, method)) == (2 if call == "post" else 1)  # the first sign-in + this one
    assert "closed by the other side" in caught.value.message


# -- 7. the server's clock, not the PC's ---------------------------------------------------------

def access_token_requests(peer) -> int:
    return len(peer.requests_to("auth/jwt", "GET"))


@pytest.mark.parametrize("shift", [timedelta(minutes=10), timedelta(days=-40)], ids=["10-min-ahead", "40-days-behind"])
def test_a_server_whose_clock_differs_from_the_pcs_works_without_renewal_loops(hostile, clock, shift):
    clock.advance(seconds=shift.total_seconds())  # the service issues and checks tokens on its clock
    hostile.shift_date(shift.total_seconds())  # and says so in its Date header
    api = signed_in(hostile)
    for _ in range(3):
        assert api.get_account().value.id
    assert access_token_requests(hostile) == 1
    assert len(hostile.requests_to("auth/jwt/refresh")) == 1


@pytest.mark.parametrize("shift", [timedelta(minutes=10), timedelta(days=40), timedelta(days=-40)],
                         ids=["10-min-fast", "40-days-fast", "40-days-slow"])
def test_a_pc_clock_that_is_off_still_signs_in_and_works(hostile, shift):
    def pc_clock():
        return datetime.now(UTC) + shift

    api = signed_in(hostile, clock=pc_clock)
    for _ in range(3):
        assert api.get_account().value.id
    assert access_token_requests(hostile) == 1
    # A stored token the PC's clock calls expired is not dropped: the server is asked.
    again = AccountClient(hostile.base_url, clock=pc_clock, deadline=5.0)
    again.use_refresh_token(api._refresh.token)
    assert again.get_account().value.id


def test_a_date_header_that_lies_alone_starts_no_renewal_loop(hostile):
    hostile.shift_date(600)  # tokens come from the true clock, the Date header is 10 minutes ahead
    api = signed_in(hostile)
    for _ in range(3):
        assert api.get_account().value.id
    assert access_token_requests(hostile) == 1


def test_an_expired_refresh_token_is_judged_by_the_server(hostile, clock):
    token = signed_in(hostile)._refresh.token
    clock.advance(days=31)
    api = AccountClient(hostile.base_url, deadline=5.0)
    api.use_refresh_token(token)
    with pytest.raises(SignInRequired):
        api.get_account()
    assert access_token_requests(hostile) == 1
