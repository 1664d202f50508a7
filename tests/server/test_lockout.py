"""Failed sign-ins slow down (issue 14, point 5): 5 failed passwords, then 429 with Retry-After.

The service's clock is moved by hand (``fake_clock``), so no test sleeps.
"""

from __future__ import annotations

import requests

from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD, VIEWER_EMAIL, VIEWER_PASSWORD
from desktop.server.throttle import LOCKOUT, MAX_FAILURES
from tests.server.helpers import AUDIENCE, TIMEOUT


def attempt(service, email: str, password: str) -> requests.Response:
    return requests.post(service.base_url + "auth/jwt/refresh", auth=(email, password),
                         json={"audience": AUDIENCE}, timeout=TIMEOUT)


def fail(service, email: str, times: int = MAX_FAILURES) -> None:
    for n in range(times):
        assert attempt(service, email, f"wrong {n}").status_code == 401


def test_after_five_failures_the_right_password_gets_429_until_the_wait_is_over(service, fake_clock):
    fail(service, SANDBOX_EMAIL)
    refused = attempt(service, SANDBOX_EMAIL, SANDBOX_PASSWORD)
    assert refused.status_code == 429, refused.text
    assert refused.headers["Retry-After"] == str(int(LOCKOUT.total_seconds()))
    body = refused.json()
    assert body["error"] == "too_many_sign_ins" and "5 minutes" in body["message"]
    fake_clock.advance(minutes=4)
    again = attempt(service, SANDBOX_EMAIL, SANDBOX_PASSWORD)
    assert again.status_code == 429 and again.headers["Retry-After"] == "60"
    fake_clock.advance(seconds=59)
    assert attempt(service, SANDBOX_EMAIL, SANDBOX_PASSWORD).headers["Retry-After"] == "1"
    fake_clock.advance(seconds=1)
    assert attempt(service, SANDBOX_EMAIL, SANDBOX_PASSWORD).status_code == 200


def test_four_failures_do_not_block_and_a_success_does_not_clear_the_clients_count(service, fake_clock):
    fail(service, SANDBOX_EMAIL, MAX_FAILURES - 1)
    assert attempt(service, SANDBOX_EMAIL, SANDBOX_PASSWORD).status_code == 200
    fail(service, VIEWER_EMAIL, 1)  # the fifth failure from this client within the window
    assert attempt(service, VIEWER_EMAIL, VIEWER_PASSWORD).status_code == 429


def test_failures_spread_over_more_than_the_window_do_not_block(service, fake_clock):
    for _ in range(MAX_FAILURES + 2):
        fail(service, SANDBOX_EMAIL, 1)
        fake_clock.advance(minutes=2)
    assert attempt(service, SANDBOX_EMAIL, SANDBOX_PASSWORD).status_code == 200


def test_one_client_trying_many_addresses_is_slowed_down_too(service, fake_clock):
    for n in range(MAX_FAILURES):
        assert attempt(service, f"guess{n}@example.com", "password").status_code == 401
    refused = attempt(service, VIEWER_EMAIL, VIEWER_PASSWORD)  # an address never tried, from the same client
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) > 0
    fake_clock.advance(seconds=LOCKOUT.total_seconds())
    assert attempt(service, VIEWER_EMAIL, VIEWER_PASSWORD).status_code == 200


def test_attempts_during_the_wait_do_not_make_it_longer(service, fake_clock):
    fail(service, SANDBOX_EMAIL)
    for _ in range(10):
        fake_clock.advance(seconds=20)
        assert attempt(service, SANDBOX_EMAIL, "still wrong").status_code == 429
    fake_clock.advance(seconds=LOCKOUT.total_seconds() - 200)
    assert attempt(service, SANDBOX_EMAIL, SANDBOX_PASSWORD).status_code == 200


def test_refresh_tokens_still_work_while_the_password_waits(service, fake_clock):
    good = attempt(service, SANDBOX_EMAIL, SANDBOX_PASSWORD).json()["token"]
    fail(service, SANDBOX_EMAIL)
    response = requests.get(service.base_url + "auth/jwt", headers={"Authorization": f"Bearer {good}"},
                            timeout=TIMEOUT)
    assert response.status_code == 200, response.text


def test_the_counters_on_their_own():
    from datetime import timedelta

    from desktop.server.throttle import SignInThrottle
    from tests.server.helpers import START

    throttle = SignInThrottle()
    for n in range(MAX_FAILURES - 1):
        throttle.failed("A@example.com", f"client-{n}", START)
    throttle.succeeded("a@EXAMPLE.com", "client-x")  # the address's count is cleared, case-insensitively
    throttle.failed("a@example.com", "client-y", START)
    assert throttle.wait("a@example.com", "client-z", START) == 0
    for _ in range(MAX_FAILURES - 1):
        throttle.failed("a@example.com", "client-y", START + timedelta(seconds=10))
    assert throttle.wait("a@example.com", "client-z", START + timedelta(seconds=10)) == LOCKOUT.total_seconds()
    assert throttle.wait("b@example.com", "client-z", START + timedelta(seconds=10)) == 0
    assert throttle.wait("b@example.com", "client-y", START + timedelta(seconds=10)) == LOCKOUT.total_seconds()


def test_the_session_names_a_usable_audience_whatever_the_host_name(monkeypatch):
    import socket

    from desktop.domain.audience import default_audience
    from desktop.server.auth import audience_problem

    for name in ("", "my laptop", "a@b", "x" * 300, "host\u200b", "büro-pc", "ws-01.corp.local"):
        monkeypatch.setattr(socket, "gethostname", lambda name=name: name)
        assert audience_problem(default_audience()) is None, name
