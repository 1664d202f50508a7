"""Peers that misbehave in ways aiosmtpd cannot be asked to: scripted replies over a real socket."""

from __future__ import annotations

import pytest

from desktop.mail import SmtpConfig, Timeouts, check_and_send
from tests.mail.conftest import SENDER

FAST = Timeouts(resolve=2, connect=2, greeting=2, reply=2, total=10)


def run(peer, **kwargs):
    return check_and_send(SmtpConfig(f"127.0.0.1:{peer.port}", SENDER, **kwargs), timeouts=FAST)


def test_a_refusing_greeting(scripted_peer):
    peer = scripted_peer(["554 5.7.1 Your network is on a blocklist"])

    result = run(peer)

    assert (result.error_stage, result.error_kind) == ("greeting", "connection_rejected")
    assert result.summary.startswith(f"Connection rejected: 127.0.0.1 port {peer.port} greeted with a refusal "
                                     "(554 5.7.1 Your network is on a blocklist)")
    assert result.transcript[-2].reply == "554 5.7.1 Your network is on a blocklist"


def test_a_busy_server(scripted_peer):
    result = run(scripted_peer(["421 4.3.2 Too many connections, try later"]))

    assert (result.error_stage, result.error_kind) == ("greeting", "server_busy")
    assert "Try again later" in result.summary


def test_a_port_that_is_not_smtp(scripted_peer):
    peer = scripted_peer(["SSH-2.0-OpenSSH_9.6"])

    result = run(peer)

    assert (result.error_stage, result.error_kind) == ("greeting", "not_smtp")
    assert result.summary == (f"Not a mail server: 127.0.0.1 port {peer.port} answered, but not in SMTP (it said "
                              "'SSH-2.0-OpenSSH_9.6'). Check the port.")


def test_a_server_without_esmtp_gets_helo_and_the_message(scripted_peer):
    peer = scripted_peer(["220 old.example", "502 5.5.2 Error: command not recognized", "250 old.example",
                          "250 ok", "250 ok", "354 go ahead", "250 queued", "221 bye"])

    result = run(peer)

    assert result.ok, result.summary
    ehlo = [step for step in result.transcript if step.stage == "EHLO"]
    assert ehlo[0].command.startswith("HELO ") and "HELO accepted" in ehlo[0].detail
    assert [line.split()[0] for line in peer.lines] == [b"EHLO", b"HELO", b"MAIL", b"RCPT", b"DATA", b"QUIT"]


def test_a_server_without_esmtp_cannot_take_a_login(scripted_peer):
    peer = scripted_peer(["220 old.example", "502 5.5.2 Error: command not recognized", "250 old.example",
                          "221 bye"])

    result = run(peer, username="noc", password="secret-password")

    assert (result.error_stage, result.error_kind) == ("STARTTLS", "no_encryption")
    assert not any(b"AUTH" in line for line in peer.lines)


def test_data_injected_ahead_of_the_tls_handshake_stops_everything(scripted_peer):
    """RFC 3207 §6: a reply smuggled behind "220 Ready" must not be read as if it came over TLS."""
    peer = scripted_peer(["220 mx.example", "250-mx.example\n250 STARTTLS", "220 Ready\n250 injected"])

    result = run(peer)

    assert (result.error_stage, result.error_kind) == ("STARTTLS", "starttls_injection")
    assert result.summary.startswith("STARTTLS not safe:")


def test_the_server_hangs_up(scripted_peer):
    peer = scripted_peer(["220 mx.example"])

    result = run(peer)

    assert (result.error_stage, result.error_kind) == ("EHLO", "closed")
    assert result.summary.startswith(f"Connection closed: 127.0.0.1 port {peer.port} hung up at EHLO")


def test_a_server_that_offers_starttls_but_refuses_it_is_not_used_in_plain_text(scripted_peer):
    peer = scripted_peer(["220 mx.example", "250-mx.example\n250 STARTTLS", "454 4.7.0 TLS not available",
                          "221 bye"])

    result = run(peer)

    assert (result.error_stage, result.error_kind) == ("STARTTLS", "starttls_refused")
    assert [line.split()[0] for line in peer.lines] == [b"EHLO", b"STARTTLS", b"QUIT"]


@pytest.mark.wine_gap("wine's recv() reports a peer's reset as a clean end of stream (only a later send sees it)")
def test_a_server_that_resets_the_connection_is_said_to_have_hung_up_as_one_that_closes_it():
    """A reset (SO_LINGER 0) after EHLO reached the server reads as the same hang-up as a clean close."""
    import socket
    import struct
    import threading

    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def serve() -> None:
        connection, _ = listener.accept()
        with connection:
            connection.sendall(b"220 mx.example\r\n")
            connection.recv(1024)  # the EHLO
            connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # close = RST

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        result = check_and_send(SmtpConfig(f"127.0.0.1:{port}", SENDER), timeouts=FAST)
    finally:
        thread.join(10)
        listener.close()

    assert (result.error_stage, result.error_kind) == ("EHLO", "closed")
    assert result.summary.startswith(f"Connection closed: 127.0.0.1 port {port} hung up at EHLO")
    assert "the server closed the connection (" in result.transcript[-1].detail + result.transcript[-2].detail
