"""Issue 13, point 3: connections like a modern client (RFC 8305), on real sockets on loopback.

``localhost`` has an IPv6 and an IPv4 address here; the IPv6 one is made silent by a listener whose queue
is full (its SYNs are dropped, as by a firewall), so only Happy Eyeballs reaches the IPv4 one within
the first connect timeout.
"""

from __future__ import annotations

import socket

import pytest

from desktop.domain.happy_eyeballs import AllAttemptsFailed, Target, connect_first, interleave
from desktop.mail import SmtpConfig, Timeouts, check_and_send
from tests.mail.conftest import RECIPIENT, SENDER, ScriptedPeer, ipv6_loopback_available

V6 = [Target(socket.AF_INET6, (f"2001:db8::{i}", 25, 0, 0)) for i in range(1, 4)]
V4 = [Target(socket.AF_INET, (f"192.0.2.{i}", 25)) for i in range(1, 3)]


def second_loopback_available() -> bool:
    try:
        with socket.create_server(("127.0.0.2", 0)):
            return True
    except OSError:
        return False


needs_127_0_0_2 = pytest.mark.skipif(not second_loopback_available(), reason="127.0.0.2 cannot be bound here")


def resolving(monkeypatch, name: str, *addresses: tuple[int, tuple]) -> None:
    """Make ``name`` resolve to ``addresses`` (the DNS answer only: every socket stays real)."""
    real = socket.getaddrinfo

    def getaddrinfo(host, port, *args, **kwargs):
        if host != name:
            return real(host, port, *args, **kwargs)
        return [(family, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", sockaddr) for family, sockaddr in addresses]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


def test_the_families_alternate_starting_with_the_first_one_s():
    assert interleave(V6 + V4) == [V6[0], V4[0], V6[1], V4[1], V6[2]]
    assert interleave(V4 + V6) == [V4[0], V6[0], V4[1], V6[1], V6[2]]
    assert interleave(V4 + V4) == V4


class Silent:
    """A listener on ``host`` whose queue is full (a second connection's SYN is dropped, as by a firewall)."""

    def __init__(self, host: str, port: int = 0) -> None:
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.bind((host, port))
        self.listener.listen(0)
        self.port = self.listener.getsockname()[1]
        self.filler = socket.create_connection((host, self.port), timeout=5)

    def close(self) -> None:
        self.filler.close()
        self.listener.close()


@needs_127_0_0_2
def test_a_silent_first_address_does_not_hold_the_connection_to_the_next(monkeypatch):
    peer = ScriptedPeer(["220 mx.example", "250 mx.example", "250 ok", "250 ok", "354 go", "250 queued", "221 bye"])
    silent = Silent("127.0.0.2", peer.port)  # the name's first address drops the SYN
    resolving(monkeypatch, "mx.dual.example", (socket.AF_INET, ("127.0.0.2", peer.port)),
              (socket.AF_INET, ("127.0.0.1", peer.port)))
    try:
        result = check_and_send(SmtpConfig(f"mx.dual.example:{peer.port}", SENDER), to=RECIPIENT,
                                timeouts=Timeouts(connect=20, total=25))
    finally:
        silent.close()
        peer.close()

    assert result.ok, result.summary
    connect = [(step.outcome, step.detail) for step in result.transcript if step.stage == "connect"]
    assert ("ok", f"connected to 127.0.0.1 port {peer.port}") in connect
    assert ("skipped", f"127.0.0.2 port {peer.port}: another address answered first") in connect
    assert peer.lines[0].startswith(b"EHLO"), "the first byte sent waited for the greeting"


@needs_127_0_0_2
def test_when_every_address_fails_each_is_listed_with_its_own_reason(monkeypatch, closed_port):
    silent = Silent("127.0.0.2", closed_port)  # 127.0.0.2 drops the SYN, 127.0.0.1 refuses
    resolving(monkeypatch, "mx.dual.example", (socket.AF_INET, ("127.0.0.2", closed_port)),
              (socket.AF_INET, ("127.0.0.1", closed_port)))
    try:
        result = check_and_send(SmtpConfig(f"mx.dual.example:{closed_port}", SENDER), timeouts=Timeouts(connect=1))
    finally:
        silent.close()

    assert (result.error_stage, result.error_kind) == ("connect", "connect_timeout")
    assert "(127.0.0.1: connection refused; 127.0.0.2: no answer in 1 s)" in result.summary


@pytest.mark.skipif(not ipv6_loopback_available(), reason="no IPv6 loopback here")
def test_ipv6_and_ipv4_attempts_alternate_and_the_first_to_answer_wins():
    live = socket.create_server(("127.0.0.1", 0))
    port = live.getsockname()[1]
    silent = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    silent.bind(("::1", port))
    silent.listen(0)
    filler = socket.create_connection(("::1", port), timeout=5)
    try:
        sock, target, attempts = connect_first(interleave([Target(socket.AF_INET6, ("::1", port, 0, 0)),
                                                           Target(socket.AF_INET, ("127.0.0.1", port))]), 20.0)
        sock.close()
    finally:
        filler.close()
        silent.close()
        live.close()
    assert target.family == socket.AF_INET
    assert [(str(a.target), a.outcome) for a in attempts] == [("127.0.0.1", "connected"), ("[::1]", "abandoned")]


def test_connect_first_reports_every_failure(closed_port):
    targets = [Target(socket.AF_INET, ("127.0.0.1", closed_port)), Target(socket.AF_INET, ("127.0.0.1", closed_port))]
    with pytest.raises(AllAttemptsFailed) as failed:
        connect_first(targets, 2.0)
    assert [attempt.outcome for attempt in failed.value.attempts] == ["refused", "refused"]
    assert failed.value.kinds == {"refused"}
    assert str(failed.value) == "127.0.0.1: connection refused; 127.0.0.1: connection refused"


@needs_127_0_0_2
def test_the_api_client_connects_the_same_way(monkeypatch, tmp_path):
    """Issue 13, point 3 for the API: the account service on 127.0.0.1, its name's first address silent."""
    from desktop.api import AccountClient, Unreachable
    from desktop.server.embedded import EmbeddedServer
    from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD

    server = EmbeddedServer(tmp_path / "account.sqlite3")
    server.start()
    silent = Silent("127.0.0.2", server.port)
    resolving(monkeypatch, "localhost", (socket.AF_INET, ("127.0.0.2", server.port)),
              (socket.AF_INET, ("127.0.0.1", server.port)))
    try:
        client = AccountClient(f"http://localhost:{server.port}/api/cp/", timeout=(20.0, 20.0), deadline=5.0)
        client.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
        assert client.get_account().value.id
        client.close()
    finally:
        silent.close()
        server.stop()
    with pytest.raises(Unreachable, match=r"no address of localhost took the connection \(127\.0\.0\.1: connection "
                                          r"refused; 127\.0\.0\.2: no answer in 1 s\)"):
        silent = Silent("127.0.0.2", server.port)
        try:
            AccountClient(f"http://localhost:{server.port}/api/cp/", timeout=(1.0, 5.0), deadline=5.0).sign_in(
                SANDBOX_EMAIL, SANDBOX_PASSWORD)
        finally:
            silent.close()
