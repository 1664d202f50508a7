"""Issue 13, points 1, 2 and 7: login methods refused by the server itself, and refusals judged by what they say.

The peers are scripted over a real socket (STARTTLS with a trustme certificate where a login is needed), so
each test fixes exactly which reply arrives at which step, as Postfix, Exchange or Gmail send them.
"""

from __future__ import annotations

import base64
import re
import ssl

import pytest

from desktop.mail import SmtpConfig, Timeouts, check_and_send
from desktop.mail.channel import Reply
from desktop.mail.classify import About, classify, enhanced_code
from desktop.mail.transcript import Stage
from tests.mail.conftest import RECIPIENT, SENDER, server_context

FAST = Timeouts(resolve=2, connect=2, greeting=2, reply=2, total=10)
#: The start of a conversation that offers STARTTLS and, once encrypted, PLAIN and LOGIN.
SECURE_START = ["220 mx.example", "250-mx.example\n250 STARTTLS", "220 Ready to start TLS",
                "250-mx.example\n250 AUTH PLAIN LOGIN"]


def b64(text: str) -> bytes:
    return base64.b64encode(text.encode()) + b"\r\n"


def login(peer, trusting_context, password="secret-password", **kwargs):
    config = SmtpConfig(f"127.0.0.1:{peer.port}", SENDER, username="noc", password=password)
    return check_and_send(config, to=RECIPIENT, timeouts=FAST, ssl_context=trusting_context, **kwargs)


def commands(peer) -> list[bytes]:
    return [line.split()[0].upper() for line in peer.lines]


@pytest.fixture
def tls_peer(scripted_peer, ca):
    context = server_context(ca, "127.0.0.1")
    return lambda replies: scripted_peer(SECURE_START + replies, tls=context)


@pytest.mark.parametrize("refusal", ["534 5.7.9 Authentication mechanism is too weak",
                                     "504 5.5.4 Unrecognized authentication type",
                                     "538 5.7.11 Encryption required for requested authentication mechanism"])
def test_a_mechanism_the_server_refuses_itself_moves_on_to_the_next_offered(tls_peer, trusting_context, refusal):
    peer = tls_peer([refusal, "334 VXNlcm5hbWU6", "334 UGFzc3dvcmQ6", "235 2.7.0 Authentication successful",
                     "250 ok", "250 ok", "354 go ahead", "250 queued", "221 bye"])

    result = login(peer, trusting_context)

    assert result.ok, result.summary
    assert commands(peer)[:5] == [b"EHLO", b"STARTTLS", b"EHLO", b"AUTH", b"AUTH"]
    assert peer.lines[3].startswith(b"AUTH PLAIN ") and peer.lines[4] == b"AUTH LOGIN\r\n"
    assert peer.lines[5:7] == [b64("noc"), b64("secret-password")]
    assert commands(peer)[7:] == [b"MAIL", b"RCPT", b"DATA", b"QUIT"]
    auth = [step for step in result.transcript if step.stage == "AUTH"]
    assert auth[0].outcome == "failed" and auth[0].detail.startswith("PLAIN refused as a login method")
    assert "trying LOGIN" in auth[0].detail and auth[0].reply == refusal
    assert auth[1].outcome == "ok" and auth[1].detail == "logged in as noc (LOGIN)"


def test_a_refused_password_is_never_tried_with_another_mechanism(tls_peer, trusting_context):
    """Keep the lock-out rule: 535 ends the login, and the result says which methods were tried and why it stopped."""
    peer = tls_peer(["535 5.7.8 Authentication credentials invalid", "221 bye"])

    result = login(peer, trusting_context)

    assert (result.error_stage, result.error_kind, result.error_field) == ("AUTH", "login_refused", "password")
    assert commands(peer) == [b"EHLO", b"STARTTLS", b"EHLO", b"AUTH", b"QUIT"]
    assert "LOGIN not tried: after a refused password no other method is tried" in result.summary
    assert "lock-out" in result.summary


def test_every_mechanism_refused_says_which_were_tried(tls_peer, trusting_context):
    peer = tls_peer(["534 5.7.9 Please log in with your web browser", "534 5.7.9 Please log in with your web browser",
                     "221 bye"])

    result = login(peer, trusting_context)

    assert (result.error_stage, result.error_kind) == ("AUTH", "login_method_refused")
    assert ("Tried: PLAIN (534 5.7.9 Please log in with your web browser); LOGIN (534 5.7.9 Please log in with your "
            "web browser).") in result.summary
    assert commands(peer) == [b"EHLO", b"STARTTLS", b"EHLO", b"AUTH", b"AUTH", b"QUIT"]


def test_postfix_refusing_the_login_s_sender_at_rcpt_names_the_from_address(tls_peer, trusting_context):
    """Postfix's reject_sender_login_mismatch answers at RCPT TO, not at MAIL FROM (issue 13, point 7)."""
    refusal = f"553 5.7.1 <{SENDER}>: Sender address rejected: not owned by user noc"
    peer = tls_peer(["235 2.7.0 Authentication successful", "250 2.1.0 Ok", refusal, "221 bye"])

    result = login(peer, trusting_context)

    assert (result.error_stage, result.error_kind, result.error_field) == ("RCPT", "sender_refused", "from_address")
    assert result.summary.startswith(f"Login accepted; the server refused the From Address {SENDER} "
                                     "(RCPT TO: 553 5.7.1")
    assert "Recipient" not in result.summary


def test_a_553_to_mail_from_after_a_login_says_the_login_was_accepted(tls_peer, trusting_context):
    peer = tls_peer(["235 2.7.0 Authentication successful", "553 5.7.1 Sender not allowed", "221 bye"])

    result = login(peer, trusting_context)

    assert (result.error_stage, result.error_kind, result.error_field) == ("MAIL", "sender_refused", "from_address")
    assert result.summary.startswith(f"Login accepted; the server refused the From Address {SENDER} (MAIL FROM: 553")
    assert result.to_json()["error"] == {"stage": "MAIL", "kind": "sender_refused", "field": "from_address"}


@pytest.mark.parametrize(("reply", "kind", "field", "words"), [
    ("550 5.1.1 <to@example.net>: Recipient address rejected: User unknown in local recipient table",
     "recipient_refused", "to", "Recipient refused"),
    ("554 5.7.1 <to@example.net>: Relay access denied", "relay_denied", "", "Relaying refused"),
    ("552 5.3.4 Message size exceeds fixed limit", "message_too_large", "", "Message too large"),
    ("550 5.7.26 Unauthenticated email is not accepted due to the sender domain's DMARC policy", "spam_refused",
     "from_address", "SPF, DKIM, DMARC"),
    ("554 5.7.1 Rejected by the local policy", "policy_refused", "", "Refused by a rule of the server"),
])
def test_refusals_after_login_are_named_by_what_they_say(tls_peer, trusting_context, reply, kind, field, words):
    peer = tls_peer(["235 2.7.0 Authentication successful", "250 2.1.0 Ok", reply, "221 bye"])

    result = login(peer, trusting_context)

    assert (result.error_stage, result.error_kind, result.error_field or "") == ("RCPT", kind, field)
    assert words in result.summary and reply.split(" ", 1)[0] in result.summary


def test_spam_refused_after_the_message_names_the_from_address(tls_peer, trusting_context):
    refusal = "550 5.7.1 Message rejected as spam by Content Filtering"
    peer = tls_peer(["235 2.7.0 Authentication successful", "250 2.1.0 Ok", "250 2.1.5 Ok", "354 go ahead",
                     refusal, "221 bye"])

    result = login(peer, trusting_context)

    assert (result.error_stage, result.error_kind, result.error_field) == ("DATA", "spam_refused", "from_address")
    assert "(after the message: 550 5.7.1 Message rejected as spam" in result.summary


def test_relaying_refused_without_a_login_asks_for_one(scripted_peer):
    peer = scripted_peer(["220 mx.example", "250 mx.example", "250 2.1.0 Ok", "554 5.7.1 Relay access denied",
                          "221 bye"])

    result = check_and_send(SmtpConfig(f"127.0.0.1:{peer.port}", SENDER), to=RECIPIENT, timeouts=FAST)

    assert (result.error_kind, result.error_field) == ("relay_denied", "username")
    assert "only after a login" in result.summary and "Enter the Username and Password" in result.summary


@pytest.mark.parametrize(("line", "about", "code"), [
    ("553 5.7.1 <a@b.example>: Sender address rejected: not owned by user x", About.SENDER, "5.7.1"),
    ("550 5.1.8 Bad sender's system address", About.SENDER, "5.1.8"),
    ("550 5.2.2 Mailbox full", About.RECIPIENT, "5.2.2"),
    ("552 5.2.3 Message length exceeds administrative limit", About.SIZE, "5.2.3"),
    ("530 5.7.0 Must issue a STARTTLS command first", About.LOGIN, "5.7.0"),
    ("550 5.7.23 SPF validation failed", About.SPAM, "5.7.23"),
    ("550 Your message was listed at a blocklist", About.SPAM, ""),
    ("554 5.7.1 Service unavailable", About.POLICY, "5.7.1"),
])
def test_classify_reads_the_enhanced_status_code_and_the_text(line, about, code):
    code_number, text = line.split(" ", 1)
    reply = Reply(int(code_number), (text,))

    refusal = classify(reply)

    assert refusal is not None and (refusal.about, refusal.code) == (about, code)
    assert enhanced_code(reply) == code


@pytest.mark.parametrize("line", ["451 4.7.1 Try again later", "550 marble garble", "250 2.0.0 Ok"])
def test_classify_leaves_temporary_and_unrecognised_replies_to_the_step(line):
    code, text = line.split(" ", 1)
    assert classify(Reply(int(code), (text,))) is None


def test_starttls_said_yes_then_the_negotiation_failed_is_named_in_plain_words(scripted_peer):
    """Issue 13 point 2: "220 Ready" then a hang-up; no OpenSSL code in the summary, only in the transcript."""
    peer = scripted_peer(["220 mx.example", "250-mx.example\n250 STARTTLS", "220 Ready to start TLS"])

    result = check_and_send(SmtpConfig(f"127.0.0.1:{peer.port}", SENDER), to=RECIPIENT, timeouts=FAST)

    assert (result.error_stage, result.error_kind) == ("STARTTLS", "starttls_failed")
    assert result.summary.startswith("STARTTLS failed: 127.0.0.1 offered STARTTLS, but the TLS negotiation failed: "
                                     "the server closed the connection")
    assert "SSL" not in result.summary and "EOF" not in result.summary and "_" not in result.summary
    assert result.transcript[-1].detail.startswith("TLS handshake failed:") or \
        any(step.detail.startswith("TLS handshake failed:") for step in result.transcript)


def test_a_server_without_a_certificate_is_not_blamed_on_old_tls(scripted_peer):
    no_certificate = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)  # a modern server that was never given a certificate
    peer = scripted_peer(["220 mx.example", "250-mx.example\n250 STARTTLS", "220 Ready to start TLS"],
                         tls=no_certificate)

    result = check_and_send(SmtpConfig(f"127.0.0.1:{peer.port}", SENDER), to=RECIPIENT, timeouts=FAST)

    assert (result.error_stage, result.error_kind) == ("STARTTLS", "starttls_failed")
    assert "no certificate set up" in result.summary
    assert "1.2" not in result.summary and "HANDSHAKE_FAILURE" not in result.summary
    assert any("SSLV3_ALERT_HANDSHAKE_FAILURE" in step.detail for step in result.transcript)


@pytest.mark.parametrize("port", [587, 465, 25, 2525])
def test_a_port_hint_never_suggests_the_port_already_typed(port):
    from desktop.domain.smtp import parse_smtp_server
    from desktop.mail import diagnosis, refusals

    endpoint = parse_smtp_server(f"mail.example:{port}")
    hints = [diagnosis.connect_failed(endpoint, {"refused"}, 5, []).summary,
             diagnosis.connect_failed(endpoint, {"timeout"}, 5, []).summary,
             diagnosis.no_answer(Stage.GREETING, endpoint, 5, overall=False).summary,
             refusals.credentials_need_encryption(endpoint).summary]
    for hint in hints:
        suggested = re.findall(r"port (\d+) \((?:STARTTLS|TLS from the first byte)\)", hint)
        suggested += re.findall(r"write mail\.example:(\d+)", hint) + re.findall(r"[Uu]se port (\d+)", hint)
        assert suggested and str(port) not in suggested, hint
