"""Conversations that work, against real aiosmtpd servers on loopback: relay, STARTTLS, implicit TLS, LOGIN, IPv6."""

from __future__ import annotations

import socket
from email import message_from_bytes, policy

import pytest

from desktop.mail import SmtpConfig, Timeouts, check_and_send
from tests.mail.conftest import PASSWORD, RECIPIENT, SENDER, USERNAME, ipv6_loopback_available

FAST = Timeouts(resolve=2, connect=2, greeting=2, reply=2, total=10)


def stages(result) -> list[tuple[str, str]]:
    return [(step.stage, step.outcome) for step in result.transcript]


def test_plain_relay_without_login_delivers_the_message_with_correct_headers(mail_server):
    server = mail_server()  # no TLS, no AUTH: a relay on the local network

    result = check_and_send(SmtpConfig(server.server, SENDER), to=RECIPIENT, timeouts=FAST)

    assert result.ok, result.summary
    assert stages(result) == [("settings", "ok"), ("resolve", "skipped"), ("connect", "ok"), ("greeting", "ok"),
                              ("EHLO", "ok"), ("STARTTLS", "skipped"), ("AUTH", "skipped"), ("MAIL", "ok"),
                              ("RCPT", "ok"), ("DATA", "ok"), ("DATA", "ok"), ("QUIT", "ok")]
    assert "unencrypted, as the server offers no STARTTLS" in result.summary
    assert "allowed because no login is set" in result.transcript[5].detail
    [envelope] = server.inbox.envelopes
    assert envelope.mail_from == SENDER and envelope.rcpt_tos == [RECIPIENT]
    message = message_from_bytes(envelope.original_content, policy=policy.default)
    assert message["From"] == SENDER and message["To"] == RECIPIENT
    assert message["Subject"] == "Test e-mail from CX Account Desk"
    assert message["Message-ID"].endswith("@carrier.example>")
    assert message["Date"] and message["Auto-Submitted"] == "auto-generated"
    assert f"Server: 127.0.0.1 port {server.port}" in message.get_content()
    # what was negotiated, not what the port suggests (issue 13: "STARTTLS" would be the configured mode)
    assert "Connection: unencrypted, as the server offers no STARTTLS" in message.get_content()
    assert b"\r\n.\r\n" not in envelope.original_content  # the terminator is not part of the message


def test_starttls_with_auth_plain_and_a_password_with_non_ascii_and_a_colon(mail_server, trusting_context):
    server = mail_server(tls="starttls", users={USERNAME: PASSWORD})

    result = check_and_send(SmtpConfig(server.server, SENDER, USERNAME, PASSWORD), to=RECIPIENT,
                            ssl_context=trusting_context, timeouts=FAST)

    assert result.ok, result.summary
    assert [s for s, _ in stages(result)] == ["settings", "resolve", "connect", "greeting", "EHLO", "STARTTLS", "EHLO",
                                              "AUTH", "MAIL", "RCPT", "DATA", "DATA", "QUIT"]
    auth = next(step for step in result.transcript if step.stage == "AUTH")
    assert "(PLAIN)" in auth.detail and auth.reply.startswith("235")
    starttls = next(step for step in result.transcript if step.stage == "STARTTLS")
    assert "TLSv1." in starttls.detail and "certificate for localhost, 127.0.0.1, ::1 verified" in starttls.detail
    assert "encrypted with STARTTLS" in result.summary and f"logged in as {USERNAME}" in result.summary
    assert len(server.inbox.envelopes) == 1
    body = message_from_bytes(server.inbox.envelopes[0].original_content, policy=policy.default).get_content()
    assert f"Connection: encrypted with STARTTLS (TLSv1.3), logged in as {USERNAME}" in body


def test_starttls_is_used_without_login_too(mail_server, trusting_context):
    server = mail_server(tls="starttls")

    result = check_and_send(SmtpConfig(server.server, SENDER), ssl_context=trusting_context, timeouts=FAST)

    assert result.ok, result.summary
    assert ("STARTTLS", "ok") in stages(result) and ("AUTH", "skipped") in stages(result)
    assert server.inbox.envelopes[0].rcpt_tos == [SENDER]  # no "to": the From Address gets the test


def test_implicit_tls_on_a_port_declared_implicit(mail_server, trusting_context):
    """Port 465 cannot be bound in a test: the free port is declared implicit TLS with ``security``."""
    server = mail_server(tls="implicit", users={USERNAME: PASSWORD})

    result = check_and_send(SmtpConfig(server.server, SENDER, USERNAME, PASSWORD, security="implicit_tls"),
                            ssl_context=trusting_context, timeouts=FAST)

    assert result.ok, result.summary
    assert [s for s, _ in stages(result)] == ["settings", "resolve", "connect", "TLS", "greeting", "EHLO", "AUTH",
                                              "MAIL", "RCPT", "DATA", "DATA", "QUIT"]
    assert result.transcript[3].detail.startswith("TLS from the first byte: TLSv1.")
    assert "TLS from the first byte (implicit TLS)" in result.transcript[0].detail
    assert "encrypted with TLS from the first byte" in result.summary


def test_a_server_that_offers_only_auth_login(mail_server, trusting_context):
    server = mail_server(tls="starttls", users={USERNAME: PASSWORD}, mechanisms=("LOGIN",))

    result = check_and_send(SmtpConfig(server.server, SENDER, USERNAME, PASSWORD), ssl_context=trusting_context,
                            timeouts=FAST)

    assert result.ok, result.summary
    auth = next(step for step in result.transcript if step.stage == "AUTH")
    assert "(LOGIN)" in auth.detail and "AUTH LOGIN" in auth.command
    assert "AUTH PLAIN" not in auth.command


def test_check_only_logs_in_tries_sender_and_recipient_and_sends_nothing(mail_server, trusting_context):
    server = mail_server(tls="starttls", users={USERNAME: PASSWORD})

    result = check_and_send(SmtpConfig(server.server, SENDER, USERNAME, PASSWORD), to=RECIPIENT, send=False,
                            ssl_context=trusting_context, timeouts=FAST)

    assert result.ok, result.summary
    assert stages(result)[-5:] == [("MAIL", "ok"), ("RCPT", "ok"), ("RSET", "ok"), ("DATA", "skipped"),
                                   ("QUIT", "ok")]
    assert result.summary.startswith("Check passed:") and "No message was sent." in result.summary
    assert server.inbox.envelopes == []


def test_check_without_the_password_stops_after_checking_tls_and_the_login_offer(mail_server, trusting_context):
    server = mail_server(tls="starttls", users={USERNAME: PASSWORD})

    result = check_and_send(SmtpConfig(server.server, SENDER, USERNAME, password=None), send=False,
                            ssl_context=trusting_context, timeouts=FAST)

    assert result.ok, result.summary
    assert ("STARTTLS", "ok") in stages(result) and ("AUTH", "skipped") in stages(result)
    assert ("MAIL", "skipped") in stages(result)
    assert "password was not tried" in result.summary
    assert b"AUTH" not in server.raw


def test_sending_without_the_password_is_refused_before_connecting(mail_server):
    server = mail_server()

    result = check_and_send(SmtpConfig(server.server, SENDER, USERNAME, password=None), timeouts=FAST)

    assert not result.ok and result.error_stage == "settings" and result.error_kind == "password_unknown"
    assert server.raw == b""


def test_a_host_name_with_several_addresses_is_tried_address_by_address(mail_server, trusting_context, monkeypatch,
                                                                        closed_port):
    """DNS cannot be made to return two addresses on demand, so ``getaddrinfo`` is replaced for this name."""
    server = mail_server(tls="starttls")
    real = socket.getaddrinfo

    def two_addresses(host, port, *args, **kwargs):
        if host != "localhost":
            return real(host, port, *args, **kwargs)
        dead = real("127.0.0.1", closed_port, *args, **kwargs)[0]
        live = real("127.0.0.1", port, *args, **kwargs)[0]
        return [dead[:4] + (("127.0.0.1", closed_port),), live]

    monkeypatch.setattr(socket, "getaddrinfo", two_addresses)
    result = check_and_send(SmtpConfig(f"localhost:{server.port}", SENDER), ssl_context=trusting_context,
                            timeouts=FAST)

    assert result.ok, result.summary
    connects = [step for step in result.transcript if step.stage == "connect"]
    assert [step.outcome for step in connects] == ["failed", "ok"]
    assert "connection refused" in connects[0].detail
    assert result.transcript[1].stage == "resolve" and "localhost has address 127.0.0.1" in result.transcript[1].detail


@pytest.mark.skipif(not ipv6_loopback_available(), reason="this machine has no IPv6 loopback (::1)")
def test_ipv6_loopback_with_starttls_and_the_certificate_checked_for_the_address(mail_server, trusting_context):
    server = mail_server(tls="starttls", users={USERNAME: PASSWORD}, host="::1")
    assert server.server.startswith("[::1]:")

    result = check_and_send(SmtpConfig(server.server, SENDER, USERNAME, PASSWORD), ssl_context=trusting_context,
                            timeouts=FAST)

    assert result.ok, result.summary
    assert "connected to [::1] port" in result.transcript[2].detail
    assert "[IPv6:::1]" in result.transcript[4].command
    assert len(server.inbox.envelopes) == 1


def test_internationalised_addresses_use_smtputf8_when_offered(mail_server):
    server = mail_server(smtputf8=True)

    result = check_and_send(SmtpConfig(server.server, "jörg@bücher.example"), to="ops@bücher.example",
                            subject="Prüfung ✓", timeouts=FAST)

    assert result.ok, result.summary
    mail = next(step for step in result.transcript if step.stage == "MAIL")
    assert mail.command == "MAIL FROM:<jörg@bücher.example> SMTPUTF8"
    rcpt = next(step for step in result.transcript if step.stage == "RCPT")
    assert rcpt.command == "RCPT TO:<ops@xn--bcher-kva.example>"  # an ASCII local part: the domain as IDNA
    [envelope] = server.inbox.envelopes
    assert envelope.smtp_utf8
    message = message_from_bytes(envelope.original_content, policy=policy.default)
    assert message["Subject"] == "Prüfung ✓" and message["From"] == "jörg@bücher.example"


def test_an_idn_domain_goes_as_punycode_to_a_server_without_smtputf8(mail_server):
    server = mail_server(smtputf8=False)

    result = check_and_send(SmtpConfig(server.server, "noc@bücher.example"), subject="Prüfung", timeouts=FAST)

    assert result.ok, result.summary
    [envelope] = server.inbox.envelopes
    assert envelope.mail_from == "noc@xn--bcher-kva.example" and not envelope.smtp_utf8
    assert envelope.original_content.isascii()  # headers RFC 2047-encoded, body 7-bit
    message = message_from_bytes(envelope.original_content, policy=policy.default)
    assert message["Subject"] == "Prüfung"


def test_a_message_with_lines_starting_with_a_dot_arrives_intact(mail_server):
    server = mail_server()
    body = ".\n..two dots\nplain\n.\n"

    result = check_and_send(SmtpConfig(server.server, SENDER), body=body, timeouts=FAST)

    assert result.ok, result.summary
    message = message_from_bytes(server.inbox.envelopes[0].original_content, policy=policy.default)
    assert message.get_content().replace("\r\n", "\n") == body
