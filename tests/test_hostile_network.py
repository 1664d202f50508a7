"""The API client against a hostile network (tests/hostile_peer.py): deadline, Retry-After, redirects.

Issue 8, points 1-3, at the ``api`` level. Deadlines are short (1.5 s; 2.5 s for a test e-mail) so
the suite stays fast; the only timings asserted are generous "did not hang" bounds (the peer's
trickle would last 600 s).
"""

from __future__ import annotations

import email.utils
import time
from datetime import UTC, datetime

import pytest

from desktop.api import AccountClient, DeadlineExceeded, Redirected, RetryLater
from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD
from tests.hostile_peer import HostilePeer

DEADLINE = 1.0
LONG_DEADLINE = 1.5


def signed_in(peer, **kwargs) -> AccountClient:
    """A client through ``peer`` with short deadlines, signed in as the sandbox administrator."""
    options = {"timeout": (2.0, 10.0), "deadline": DEADLINE, "long_deadline": LONG_DEADLINE, **kwargs}
    api = AccountClient(peer.base_url, **options)
    api.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
    return api


def test_the_default_deadlines_are_20_s_and_90_s_for_a_test_email():
    api = AccountClient("http://127.0.0.1:9/api/cp/")
    assert (api.deadline, api.long_deadline) == (20.0, 90.0)


def test_a_name_lookup_that_never_answers_ends_at_the_deadline(server, monkeypatch):
    # A resolver that does not answer cannot be produced on loopback: getaddrinfo is held for this one name.
    import socket

    real, released = socket.getaddrinfo, []

    def stuck(host, *args, **kwargs):
        if host == "accounts.unanswered.test":
            time.sleep(30)
            released.append(host)
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", stuck)
    port = server.base_url.split(":")[2].split("/")[0]
    api = AccountClient(f"http://accounts.unanswered.test:{port}/api/cp/", deadline=DEADLINE)
    started = time.monotonic()
    with pytest.raises(DeadlineExceeded):
        api.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
    assert time.monotonic() - started < 15, "the call waited for the resolver"
    # A name that resolves goes through the same path (each address tried in turn).
    by_name = AccountClient(f"http://localhost:{port}/api/cp/", deadline=5.0)
    assert by_name.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
    assert by_name.get_account().value.name


# -- 1. one deadline per call ------------------------------------------------------------------

CALLS = {
    "get_account": ("setup/account", lambda api, etag: api.get_account()),
    "sign_in": ("auth/jwt/refresh", lambda api, etag: api.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)),
    "update_account": ("setup/account", lambda api, etag: api.update_account({"name": "Trickle Ltd"}, etag)),
    "test_email": ("setup/account/smtp/test-email", lambda api, etag: api.test_email()),
}


@pytest.mark.parametrize(("call", "headers"), [
    ("get_account", False), ("sign_in", False), ("update_account", False), ("test_email", False),
    ("get_account", True), ("test_email", True),
], ids=lambda value: str(value))
def test_a_trickling_server_ends_the_call_at_its_deadline(hostile, call, headers):
    path, run = CALLS[call]
    api = signed_in(hostile)
    etag = api.get_account().etag
    hostile.mode("trickle", path, interval=1.0, headers=headers)
    started = time.monotonic()
    with pytest.raises(DeadlineExceeded) as caught:
        run(api, etag)
    assert time.monotonic() - started < 15, "the call waited for the trickle"
    assert caught.value.deadline == (LONG_DEADLINE if call == "test_email" else DEADLINE)
    assert caught.value.host == f"127.0.0.1:{hostile.port}"
    assert "within" in caught.value.message and "<" not in caught.value.message
    assert hostile.requests_to(path)


# -- 2. Retry-After is bounded ----------------------------------------------------------------

def http_date(seconds_from_now: float) -> str:
    return email.utils.formatdate(time.time() + seconds_from_now, usegmt=True)


@pytest.mark.parametrize("status", [503, 429])
def test_a_short_retry_after_is_waited_for_and_the_get_succeeds(hostile, status):
    api = signed_in(hostile, deadline=6.0)
    hostile.mode("status", "setup/account", times=1, status=status, headers={"Retry-After": "1"})
    assert api.get_account().value.id
    assert len(hostile.requests_to("setup/account")) == 2


@pytest.mark.parametrize("status", [503, 429])
@pytest.mark.parametrize("retry_after", ["120", "date"])
def test_a_long_retry_after_fails_at_once_with_the_servers_time(hostile, status, retry_after):
    api = signed_in(hostile)
    hostile.shift_date(-3600)  # the server's clock is an hour behind this PC: an HTTP-date is read on its clock
    header = retry_after if retry_after != "date" else http_date(-3600 + 120)
    hostile.mode("status", "setup/account", status=status, headers={"Retry-After": header})
    started = time.monotonic()
    with pytest.raises(RetryLater) as caught:
        api.get_account()
    assert time.monotonic() - started < 10
    assert len(hostile.requests_to("setup/account")) == 1, "nothing is retried when the wait is too long"
    wait = (caught.value.retry_at - datetime.now(UTC)).total_seconds()
    assert 100 < wait <= 121
    assert caught.value.status == status and "2 minutes" in caught.value.message


def test_a_retry_after_that_would_pass_the_deadline_is_not_waited_for(hostile):
    api = signed_in(hostile)  # 1 s deadline
    hostile.mode("status", "setup/account", status=503, headers={"Retry-After": "2"})
    with pytest.raises(RetryLater):
        api.get_account()
    assert len(hostile.requests_to("setup/account")) == 1


def test_a_post_is_never_retried_on_503(hostile):
    api = signed_in(hostile, deadline=6.0)
    hostile.mode("status", "setup/account/smtp/test-sms", status=503, headers={"Retry-After": "1"})
    with pytest.raises(RetryLater) as caught:
        api.test_sms()
    assert caught.value.retry_at is not None
    assert len(hostile.requests_to("setup/account/smtp/test-sms")) == 1


# -- 3. redirects are never followed -------------------------------------------------------------

@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirected_smtp_save_sends_nothing_to_the_other_host(hostile, status):
    api = signed_in(hostile)
    etag = api.get_smtp().etag
    with HostilePeer(hostile.base_url) as elsewhere:
        location = elsewhere.base_url + "setup/account/smtp"
        hostile.mode("redirect", "setup/account/smtp", status=status, location=location)
        with pytest.raises(Redirected) as caught:
            api.update_smtp({"username": "mailer"}, etag, password="s3cret-pass")
        assert elsewhere.received == [], "the SMTP password was re-sent to another host"
    assert caught.value.location == location and caught.value.status == status
    assert location in caught.value.message
    assert len(hostile.requests_to("setup/account/smtp", "PUT")) == 1


@pytest.mark.parametrize("call", ["get_account", "sign_in"])
def test_other_calls_are_not_redirected_either(hostile, call):
    api = signed_in(hostile)
    with HostilePeer(hostile.base_url) as elsewhere:
        path, run = CALLS[call]
        hostile.mode("redirect", path, status=302, location=elsewhere.base_url + path)
        with pytest.raises(Redirected):
            run(api, None)
        assert elsewhere.received == []
