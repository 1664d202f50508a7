"""The no-proxy rule for loopback: every spelling of this computer's address goes direct, never to a proxy."""

from __future__ import annotations

import socket
from urllib.parse import urlsplit

import pytest

from desktop.api import AccountClient, Unreachable
from desktop.api.session import is_loopback_url as from_session
from desktop.domain.loopback import is_loopback_host, is_loopback_url
from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD
from tests.peers import Reply, ScriptedPeer

LOOPBACK = [
    "localhost", "LOCALHOST", "localhost.", "LocalHost.", "app.localhost", "app.localhost.",
    "127.0.0.1", "127.0.0.1.", "127.1", "127.0.1", "127.255.255.254", "0x7f.1", "0x7F.0.0.1", "0177.0.0.1",
    "2130706433", "[::1]", "::1", "[0:0:0:0:0:0:0:1]", "[::1%25lo]", "::ffff:127.0.0.1", "[::ffff:7f00:1]",
]
NOT_LOOPBACK = [
    "", ".", "example.com", "localhost.example.com", "notlocalhost", "localhost..", "127.0.0.1.example.com",
    "128.0.0.1", "0.0.0.0", "::", "[::2]", "::ffff:10.0.0.1", "10.0.0.1", "1.2.3", "0x80.1", "127.1 evil",
    "127.0.0.256", "[::1", "deadbeef", "2147483648",
]


@pytest.mark.parametrize("host", LOOPBACK)
def test_loopback_spellings(host):
    assert is_loopback_host(host)


@pytest.mark.parametrize("host", NOT_LOOPBACK)
def test_not_loopback(host):
    assert not is_loopback_host(host)


@pytest.mark.parametrize(("url", "expected"), [
    ("http://127.1:8123/api/cp/", True),
    ("http://localhost.:8123/api/cp/", True),
    ("https://LOCALHOST/api/cp/", True),
    ("http://[::1]:8123/api/cp/", True),
    ("http://[::1%25lo]:8123/", True),
    ("http://user:pw@127.0.0.1./", True),
    ("https://app.connexcs.com/api/cp/", False),
    ("https://localhost.evil.example/", False),
    ("http://[::1/", False),
    ("not a url", False),
    ("", False),
])
def test_urls(url, expected):
    assert is_loopback_url(url) is expected
    assert from_session(url) is expected, "session.py keeps the name importable"


def _resolves_to_loopback(host: str) -> bool:
    try:
        return all(is_loopback_host(info[4][0]) for info in socket.getaddrinfo(host, 80, type=socket.SOCK_STREAM))
    except OSError:
        return False


@pytest.fixture
def proxies(monkeypatch):
    """Environment proxies that record any request (a live peer) or refuse it (a dead port), all loopback."""
    with ScriptedPeer([Reply(502, "proxy says no")]) as proxy:
        live = f"http://127.0.0.1:{proxy.httpd.server_address[1]}"
        for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
            monkeypatch.setenv(name, live)
        for name in ("HTTPS_PROXY", "https_proxy"):
            monkeypatch.setenv(name, "http://127.0.0.1:9")  # nothing listens on the discard port
        for name in ("NO_PROXY", "no_proxy"):
            monkeypatch.delenv(name, raising=False)
        yield proxy


@pytest.mark.parametrize("host", ["127.1", "0x7f.1", "0177.0.0.1", "2130706433"])
def test_sign_in_through_other_spellings_of_127_0_0_1_never_uses_the_proxy(server, proxies, host):
    port = urlsplit(server.base_url).port
    api = AccountClient(f"http://{host}:{port}/api/cp/", timeout=(2.0, 10.0))
    try:
        api.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
        assert api.get_account().value.id
    finally:
        api.close()
    assert proxies.requests == []


@pytest.mark.parametrize("host", ["localhost", "localhost.", "127.0.0.1."])
def test_names_with_a_root_dot_go_direct_and_sign_in_where_the_resolver_knows_them(server, proxies, host):
    port = urlsplit(server.base_url).port
    api = AccountClient(f"http://{host}:{port}/api/cp/", timeout=(2.0, 10.0))
    try:
        if _resolves_to_loopback(host):
            api.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
            assert api.get_account().value.id
        else:  # glibc with a plain /etc/hosts knows neither "localhost." nor "127.0.0.1.": unreachable, never proxied
            with pytest.raises(Unreachable):
                api.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
    finally:
        api.close()
    assert proxies.requests == [], "the proxy saw a loopback request"


def test_a_remote_looking_url_would_use_the_proxy(proxies):
    """The fixture's proxy is real: a host that is not loopback goes to it (here .invalid, RFC 6761 §6.4)."""
    api = AccountClient("http://cxdesk.invalid/api/cp/", timeout=(2.0, 10.0))
    try:
        with pytest.raises(Exception):  # noqa: B017, PT011 - the proxy's 502 page, whatever the client makes of it
            api.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
    finally:
        api.close()
    assert proxies.requests and proxies.requests[0].path.startswith("http://cxdesk.invalid/")
