"""Limits before work (issue 14, point 4): a body over 1 MiB is refused with 413 before it is read.

The refusal comes before the token is checked, so none of these requests signs in.
"""

from __future__ import annotations

import gc
import socket
from collections.abc import Iterator
from urllib.parse import urlsplit

import psutil
import pytest
import requests

from desktop.server.body_limit import MAX_BODY_BYTES
from tests.server.helpers import TIMEOUT

MiB = 1024 * 1024
CHUNK = b"x" * (64 * 1024)


def streamed(total: int) -> Iterator[bytes]:
    """``total`` bytes in 64 KiB pieces, made as they are sent (``requests`` sends them chunked)."""
    sent = 0
    while sent < total:
        piece = CHUNK[: total - sent]
        sent += len(piece)
        yield piece


def pieces(data: bytes) -> Iterator[bytes]:
    """``data`` in 64 KiB pieces (sent chunked)."""
    for start in range(0, len(data), len(CHUNK)):
        yield data[start:start + len(CHUNK)]


def assert_too_large(response: requests.Response) -> None:
    assert response.status_code == 413, response.text
    body = response.json()
    assert body["error"] == "too_large" and "1024 KiB" in body["message"]


def raw_request(base_url: str, head: str) -> bytes:
    """Send only the request line and headers ``head`` (no body) and return all the service answers."""
    address = urlsplit(base_url)
    with socket.create_connection((address.hostname, address.port), timeout=10) as sock:
        sock.sendall(head.encode("latin-1"))
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    return answer


def test_a_declared_length_over_the_limit_is_refused_without_reading_the_body(service):
    path = urlsplit(service.base_url).path + "setup/account"
    answer = raw_request(service.base_url, f"PUT {path} HTTP/1.1\r\nHost: 127.0.0.1:{service.port}\r\n"
                                            f"Content-Type: application/json\r\nContent-Length: {100 * MiB}\r\n\r\n")
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 413 "), answer[:300]
    assert b'"too_large"' in body
    assert b"www-authenticate" not in head.lower()  # the token was never looked at


@pytest.mark.parametrize("size", [MAX_BODY_BYTES + 1, 5 * MiB])
def test_a_chunked_body_over_the_limit_is_refused_before_the_token_is_checked(service, size):
    response = requests.put(service.base_url + "setup/account", data=streamed(size),
                            headers={"Content-Type": "application/json"}, timeout=TIMEOUT)
    assert_too_large(response)


@pytest.mark.parametrize("chunked", [False, True])
def test_a_body_at_the_limit_goes_on_to_the_token_check(service, chunked):
    body = b" " * (MAX_BODY_BYTES - 2) + b"{}"
    response = requests.put(service.base_url + "setup/account", data=pieces(body) if chunked else body,
                            headers={"Content-Type": "application/json"}, timeout=TIMEOUT)
    assert response.status_code == 401, response.text


def test_a_body_at_the_limit_is_read_whole_by_the_endpoint(admin):
    etag = admin.get("setup/account").headers["ETag"]
    padding = b" " * (MAX_BODY_BYTES - 100)
    response = admin.put("setup/account", data=b'{"name": "Padded"}' + padding,
                         headers={"If-Match": etag, "Content-Type": "application/json"})
    assert response.status_code == 200, response.text
    assert admin.get("setup/account").json()["name"] == "Padded"


def test_four_100_mb_unauthenticated_bodies_do_not_raise_the_service_memory(service):
    """The service runs in this process: its resident memory is this process's."""
    process = psutil.Process()
    gc.collect()
    before = process.memory_info().rss
    answered = 0
    for path in ("setup/account", "setup/account/smtp", "auth/jwt/refresh", "routing/1"):
        method = "POST" if path == "auth/jwt/refresh" else "PUT"
        try:
            response = requests.request(method, service.base_url + path, data=streamed(100 * MiB),
                                        headers={"Content-Type": "application/json"}, timeout=TIMEOUT)
        except requests.ConnectionError:  # the service may close the socket while the body is still sent
            continue
        assert_too_large(response)
        answered += 1
    assert answered >= 2, "the client should mostly read the 413 before the socket closes"
    grown = process.memory_info().rss - before
    assert grown < 50 * MiB, f"the service's memory grew by {grown // MiB} MiB"
