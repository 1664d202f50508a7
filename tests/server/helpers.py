"""Helpers of the account-service tests: a hand-moved clock and a small HTTP client."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import requests

#: The time the service's clock shows at the start of every test (and when the template was seeded).
START = datetime(2025, 3, 3, 9, 0, 0, tzinfo=UTC)
TIMEOUT = (3.0, 10.0)
AUDIENCE = "cxdesk-tests@localhost"


class FakeClock:
    """A clock the test moves by hand: ``clock.now`` is the time; ``advance(days=…)`` moves it."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


class Api:
    """A requests session on the service's base URL; paths are relative (``"setup/account"``)."""

    def __init__(self, base_url: str, token: str | None = None) -> None:
        self.base_url = base_url
        self.session = requests.Session()
        if token:
            self.session.headers["Authorization"] = f"Bearer {token}"

    def request(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        return self.session.request(method, self.base_url + path, timeout=TIMEOUT, **kwargs)

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("GET", path, **kwargs)

    def put(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("PUT", path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("POST", path, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("DELETE", path, **kwargs)

    def close(self) -> None:
        self.session.close()


def refresh_token(base_url: str, email: str, password: str, **body: Any) -> str:
    response = requests.post(base_url + "auth/jwt/refresh", auth=(email, password),
                             json={"audience": AUDIENCE, **body}, timeout=TIMEOUT)
    assert response.status_code == 200, response.text
    return response.json()["token"]


def access_token(base_url: str, refresh: str) -> str:
    response = requests.get(base_url + "auth/jwt", headers={"Authorization": f"Bearer {refresh}"}, timeout=TIMEOUT)
    assert response.status_code == 200, response.text
    return response.json()["token"]


def sign_in(base_url: str, email: str, password: str) -> Api:
    return Api(base_url, access_token(base_url, refresh_token(base_url, email, password)))


def edit_account(api: Api, changes: dict[str, Any]) -> requests.Response:
    """PUT setup/account with the current ETag."""
    etag = api.get("setup/account").headers["ETag"]
    return api.put("setup/account", json=changes, headers={"If-Match": etag})
