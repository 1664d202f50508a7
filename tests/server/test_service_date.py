"""The service dates its answers by the clock that dates its tokens (RFC 9110 §6.6.1; design §2)."""

from __future__ import annotations

import http.client
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit


def _answer(server, path: str = "/api/cp/setup/account") -> http.client.HTTPResponse:
    url = urlsplit(server.base_url)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
    connection.request("GET", path)
    response = connection.getresponse()
    response.read()
    connection.close()
    return response


def test_the_date_header_is_the_service_clock_and_there_is_one(server, clock):
    clock.advance(days=-40)  # a server whose clock is 40 days behind this machine's
    response = _answer(server)  # a 401 (no token): every answer is dated
    dates = response.headers.get_all("Date")
    assert len(dates) == 1
    assert parsedate_to_datetime(dates[0]) == clock.now


def test_the_date_follows_the_clock_when_it_moves(server, clock):
    clock.advance(hours=3)
    assert parsedate_to_datetime(_answer(server, "/api/cp/does-not-exist").headers["Date"]) == clock.now
