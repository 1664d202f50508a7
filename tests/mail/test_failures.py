"""Conversations that fail, each against a real peer on loopback: the stage, the kind and the plain message."""

from __future__ import annotations

import socket
import ssl
import threading

import pytest

from desktop.mail import SmtpConfig, Timeouts, check_and_send
from tests.mail.conftest import PASSWORD, RECIPIENT, SENDER, USERNAME, server_context

FAST = Timeouts(resolve=2, connect=2, greeting=2, reply=2, total=10)


def stages(result) -> list[tuple[str, str]]:
    return [(step.stage, step.outcome) for step in result.transcript]


def failed_step(result):
    [step] = [step for step in result.transcript if step.outcome == "failed" and step.stage == result.error_stage]
    return step


def test_tls_from_the_first_byte_to_a_plain_port(mail_server, trusting_context):
    server = mail_server()  # plain SMTP, as on 25 or 587 before STARTTLS

    result = check_and_send(SmtpConfig(server.server, SENDER, security="implicit_tls"),
                            ssl_context=trusting_context, timeouts=FAST)

    assert not result.ok
    assert (result.error_stage, result.error_kind) == ("TLS", "not_tls")
    assert stages(result) == [("settings", "ok"), ("resolve", "skipped"), ("connect", "ok"), ("TLS", "failed")]
    assert (f"port {server.port} does not speak TLS from the first byte: use port 587 (STARTTLS) or check the port"
            in result.summary)
    assert server.inbox.envelopes == []


def test_plain_smtp_to_an_implicit_tls_port(mail_server, trusting_context):
    """The server waits for a TLS ClientHello and says nothing. No byte goes to a server before its greeting
    (issue 13, point 3: Postfix's postscreen blocks clients that talk first), so there is no TLS probe: the
    summary names implicit TLS as one of the causes."""
    server = mail_server(tls="implicit")

    result = check_and_send(SmtpConfig(server.server, SENDER), ssl_context=trusting_context,
                            timeouts=Timeouts(greeting=0.5, reply=2, total=10))

    assert not result.ok
    assert (result.error_stage, result.error_kind, result.error_field) == ("greeting", "greeting_timeout", "server")
    assert stages(result)[-1:] == [("greeting", "failed")]
    assert ("If the server expects TLS from the first byte (implicit TLS), write 127.0.0.1:465."
            in result.summary)
    assert server.raw == b"", "not one byte before the greeting"


@pytest.mark.wine_gap("wine 8's crypt32 accepts a certificate chain that ends in a root outside the trust store")
def test_certificate_from_an_unknown_authority_is_refused_by_the_os_trust_store(mail_server):
    server = mail_server(tls="starttls", users={USERNAME: PASSWORD})

    result = check_and_send(SmtpConfig(f"localhost:{server.port}", SENDER, USERNAME, PASSWORD), timeouts=FAST)

    assert not result.ok
    assert (result.error_stage, result.error_kind) == ("STARTTLS", "certificate_untrusted")
    assert result.summary.startswith("The certificate of localhost is not trusted:")
    assert "certificate authority" in result.summary or "self-signed" in result.summary
    assert failed_step(result).command == "STARTTLS"
    assert b"AUTH" not in server.raw  # nothing after the failed handshake


def test_certificate_for_another_name(mail_server, ca, trusting_context):
    server = mail_server(tls="starttls", cert=server_context(ca, "mail.other.example"))

    result = check_and_send(SmtpConfig(f"localhost:{server.port}", SENDER), ssl_context=trusting_context,
                            timeouts=FAST)

    assert not result.ok
    assert (result.error_stage, result.error_kind) == ("STARTTLS", "certificate_name_mismatch")
    assert "The certificate of the server is not valid for the name localhost" in result.summary
    assert "write the host name the certificate was issued for" in result.summary


def test_wrong_password_is_login_refused(mail_server, trusting_context):
    server = mail_server(tls="starttls", users={USERNAME: PASSWORD})

    result = check_and_send(SmtpConfig(server.server, SENDER, USERNAME, "wrong password"),
                            ssl_context=trusting_context, timeouts=FAST)

    assert not result.ok
    assert (result.error_stage, result.error_kind) == ("AUTH", "login_refused")
    assert result.summary.startswith(f"Login refused: the server did not accept the username {USERNAME}")
    assert "535" in result.summary and "Check the Username and Password" in result.summary
    step = failed_step(result)
    assert step.reply.startswith("535") and "hidden" in step.command
    assert stages(result)[-1] == ("QUIT", "ok")
    assert server.raw.count(b"AUTH ") == 1  # a refused password is never tried again with LOGIN


def test_credentials_without_starttls_are_never_sent(mail_server):
    """The server would even accept AUTH in plain text; the engine refuses before AUTH."""
    server = mail_server(users={USERNAME: PASSWORD}, auth_require_tls=False)

    result = check_and_send(SmtpConfig(server.server, SENDER, USERNAME, PASSWORD), timeouts=FAST)

    assert not result.ok
    assert (result.error_stage, result.error_kind) == ("STARTTLS", "no_encryption")
    assert result.summary.startswith(f"Not encrypted: 127.0.0.1 does not offer STARTTLS on port {server.port}, so "
                                     "the username and password were not sent.")
    assert "AUTH" not in [stage for stage, _ in stages(result)]
    assert b"AUTH" not in server.raw and USERNAME.encode() not in server.raw
    assert PASSWORD.encode() not in server.raw


def test_a_greeting_that_never_comes(silent_port):
    result = check_and_send(SmtpConfig(f"127.0.0.1:{silent_port}", SENDER), timeouts=Timeouts(greeting=0.3, total=10))

    assert not result.ok
    assert (result.error_stage, result.error_kind) == ("greeting", "greeting_timeout")
    assert result.summary.startswith(f"No answer in 0.3 s: 127.0.0.1 port {silent_port} took the connection but "
                                     "sent no greeting")
    assert stages(result)[-1:] == [("greeting", "failed")]  # no probe: nothing is sent before a greeting
    assert "nothing was sent" in result.transcript[-1].detail


def test_the_whole_conversation_has_a_deadline(silent_port):
    result = check_and_send(SmtpConfig(f"127.0.0.1:{silent_port}", SENDER), timeouts=Timeouts(greeting=5, total=0.3))

    assert (result.error_stage, result.error_kind) == ("greeting", "deadline")
    assert result.summary.startswith("Stopped after 0.3 s:")


def test_connection_refused(closed_port):
    result = check_and_send(SmtpConfig(f"127.0.0.1:{closed_port}", SENDER), timeouts=FAST)

    assert not result.ok
    assert (result.error_stage, result.error_kind) == ("connect", "connection_refused")
    assert stages(result) == [("settings", "ok"), ("resolve", "skipped"), ("connect", "failed")]
    assert result.summary.startswith(f"Connection refused: 127.0.0.1 port {closed_port} does not take connections")


def test_a_host_name_that_does_not_exist():
    result = check_and_send(SmtpConfig("mail.cxdesk-test.invalid:587", SENDER), timeouts=FAST)

    assert not result.ok
    assert result.error_stage == "resolve"
    assert result.error_kind in {"dns_not_found", "dns_failed", "dns_timeout"}  # depends on the network here
    assert "mail.cxdesk-test.invalid" in result.summary


@pytest.mark.parametrize("subject", ["Hello\r\nBcc: victim@example.com", "Hello\nX-Injected: 1", "Hi\rthere"])
def test_a_header_injection_in_the_subject_is_refused_before_connecting(mail_server, subject):
    server = mail_server()

    result = check_and_send(SmtpConfig(server.server, SENDER), subject=subject, timeouts=FAST)

    assert (result.error_stage, result.error_kind) == ("settings", "invalid_setting")
    assert "The subject is not valid: The subject must be one line" in result.summary
    assert server.raw == b"" and server.inbox.envelopes == []


@pytest.mark.parametrize("to", ["ops@customer.example\r\nBcc: victim@example.com", "ops@customer.example>\r\nRSET"])
def test_a_header_or_command_injection_in_an_address_is_refused(mail_server, to):
    server = mail_server()

    result = check_and_send(SmtpConfig(server.server, SENDER), to=to, timeouts=FAST)

    assert (result.error_stage, result.error_kind) == ("settings", "invalid_setting")
    assert result.summary.startswith("The recipient address is not valid:")
    assert server.raw == b""


def test_sender_refused(mail_server):
    server = mail_server()
    server.inbox.refuse[SENDER] = "553 5.7.1 Sender address rejected: not owned by user"

    result = check_and_send(SmtpConfig(server.server, SENDER), to=RECIPIENT, timeouts=FAST)

    assert (result.error_stage, result.error_kind, result.error_field) == ("MAIL", "sender_refused", "from_address")
    assert result.summary.startswith(f"Sender refused: the server did not accept the From Address {SENDER} "
                                     "(MAIL FROM: 553")
    assert failed_step(result).command == f"MAIL FROM:<{SENDER}>"


def test_recipient_refused(mail_server):
    server = mail_server()
    server.inbox.refuse[RECIPIENT] = "550 5.1.1 User unknown"

    result = check_and_send(SmtpConfig(server.server, SENDER), to=RECIPIENT, timeouts=FAST)

    assert (result.error_stage, result.error_kind, result.error_field) == ("RCPT", "recipient_refused", "to")
    assert f"Recipient refused: the server did not accept {RECIPIENT} (RCPT TO: 550 5.1.1" in result.summary
    assert "set the Username and Password" in result.summary
    assert server.inbox.envelopes == []


def test_a_non_ascii_local_part_without_smtputf8(mail_server):
    server = mail_server(smtputf8=False)

    result = check_and_send(SmtpConfig(server.server, "jörg@bücher.example"), timeouts=FAST)

    assert (result.error_stage, result.error_kind) == ("MAIL", "smtputf8_unsupported")
    assert "has non-ASCII characters before the @" in result.summary and "SMTPUTF8" in result.summary
    assert b"MAIL" not in server.raw


def test_a_context_that_does_not_verify_is_refused():
    lax = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    lax.check_hostname = False
    lax.verify_mode = ssl.CERT_NONE
    with pytest.raises(ValueError, match="must verify"):
        check_and_send(SmtpConfig("127.0.0.1:25", SENDER), ssl_context=lax)


def test_dns_that_never_answers_is_given_up_on_time(monkeypatch):
    """A DNS server that stays silent cannot be had on demand; ``getaddrinfo`` is made to hang instead."""
    release = threading.Event()
    monkeypatch.setattr(socket, "getaddrinfo", lambda *args, **kwargs: release.wait(10) and [])
    try:
        result = check_and_send(SmtpConfig("mail.example.com:587", SENDER), timeouts=Timeouts(resolve=0.2))
    finally:
        release.set()

    assert (result.error_stage, result.error_kind) == ("resolve", "dns_timeout")
    assert result.summary.startswith("No answer in 0.2 s from DNS for mail.example.com:")


def test_a_connection_that_is_never_answered(backlogged_port):
    """A port whose listen queue is full drops the SYN, as a firewall that drops packets does: a real timeout."""
    result = check_and_send(SmtpConfig(f"127.0.0.1:{backlogged_port}", SENDER), timeouts=Timeouts(connect=0.5))

    assert (result.error_stage, result.error_kind) == ("connect", "connect_timeout")
    assert result.summary.startswith(f"No answer in 0.5 s: 127.0.0.1 port {backlogged_port} did not take the "
                                     "connection")
    assert result.transcript[-1].detail == f"127.0.0.1 port {backlogged_port}: no answer in 0.5 s"
