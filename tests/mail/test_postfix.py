"""Issue 13, point 10: the engine against Debian's Postfix with Dovecot SASL, a peer nobody here wrote.

One private Postfix instance (``tests/mail/postfix_peer.py``) serves the module: a plain port with
STARTTLS (like 25), submission with STARTTLS and AUTH (like 587) and implicit TLS (like 465), a
trustme certificate, a user with a non-ASCII password checked by Dovecot, and
``reject_sender_login_mismatch``. Every accepted message is held in Postfix's queue, so the tests
read what really arrived.
"""

from __future__ import annotations

import re

import pytest

from desktop.mail import SmtpConfig, Timeouts, check_and_send
from tests.mail.postfix_peer import (
    DOMAIN,
    LOCAL_RECIPIENT,
    OTHER_SENDER,
    OUTSIDE_RECIPIENT,
    PASSWORD,
    TIMEOUTS,
    USERNAME,
    postfix_peer,
)

#: Postfix answers quickly, but Dovecot answers a refused password after 2 s (auth_failure_delay) and may
#: then delay the next login from 127.0.0.1 (its auth penalty, up to 15 s); the limits leave room for that.
QUEUED = re.compile(r"^250 2\.0\.0 Ok: queued as (\w+)$", re.MULTILINE)


@pytest.fixture(scope="module")
def postfix(ca, trusting_context):
    """The running Postfix of this module; ``context`` trusts its certificate's authority."""
    with postfix_peer(ca) as peer:
        peer.context = trusting_context
        yield peer


def stages(result) -> list[str]:
    return [step.stage for step in result.transcript]


def step(result, stage: str):
    return next(s for s in result.transcript if s.stage == stage)


def queue_id(result) -> str:
    """The queue ID in Postfix's reply to the end of the message."""
    replies = "\n".join(s.reply for s in result.transcript if s.stage == "DATA")
    match = QUEUED.search(replies)
    assert match, replies
    return match.group(1)


def submit(postfix, port: int, *, password: str = PASSWORD, sender: str = USERNAME, to: str = OUTSIDE_RECIPIENT,
           username: str = USERNAME, **config):
    return check_and_send(SmtpConfig(postfix.server(port), sender, username, password, **config), to=to,
                          ssl_context=postfix.context, timeouts=TIMEOUTS)


def test_submission_with_starttls_and_a_non_ascii_password_delivers(postfix):
    result = submit(postfix, postfix.submission_port)

    assert result.ok, f"{result.summary}\n{postfix.maillog}\n{postfix.dovecot_log}"
    assert stages(result) == ["settings", "resolve", "connect", "greeting", "EHLO", "STARTTLS", "EHLO", "AUTH",
                              "MAIL", "RCPT", "DATA", "DATA", "QUIT"]
    starttls = step(result, "STARTTLS")
    assert starttls.outcome == "ok" and starttls.reply.startswith("220 2.0.0")
    assert "TLSv1." in starttls.detail and "verified" in starttls.detail
    auth = step(result, "AUTH")
    assert auth.outcome == "ok" and auth.reply.startswith("235 2.7.0") and USERNAME in auth.detail
    assert "encrypted with STARTTLS" in result.summary and f"logged in as {USERNAME}" in result.summary
    assert PASSWORD not in repr(result.to_json())
    held = postfix.message(queue_id(result))
    assert f"From: {USERNAME}" in held and f"To: {OUTSIDE_RECIPIENT}" in held
    # The body describes the security actually negotiated.
    assert f"Server: 127.0.0.1 port {postfix.submission_port}" in held
    assert f"Connection: encrypted with STARTTLS (TLSv1.3), logged in as {USERNAME}" in held
    assert "with ESMTPSA id" in held  # Postfix's own word: ESMTP over TLS, with a login
    assert f"sasl_username={USERNAME}" in postfix.maillog


def test_a_wrong_password_is_login_refused(postfix):
    result = submit(postfix, postfix.submission_port, password=PASSWORD.replace("𝄞", "x"))

    assert not result.ok
    assert (result.error_stage, result.error_kind, result.error_field) == ("AUTH", "login_refused", "password")
    assert step(result, "AUTH").reply.startswith("535 5.7.8")
    assert stages(result)[-1] == "QUIT" and "MAIL" not in stages(result)


def test_an_address_the_login_does_not_own_is_refused_at_rcpt_as_the_sender(postfix):
    result = submit(postfix, postfix.submission_port, sender=OTHER_SENDER)

    assert not result.ok
    assert (result.error_stage, result.error_kind, result.error_field) == ("RCPT", "sender_refused", "from_address")
    assert step(result, "MAIL").outcome == "ok"
    rcpt = step(result, "RCPT")
    assert rcpt.reply.startswith(f"553 5.7.1 <{OTHER_SENDER}>: Sender address rejected: not owned by user {USERNAME}")
    assert "DATA" not in stages(result)


def test_implicit_tls_delivers(postfix):
    result = submit(postfix, postfix.submissions_port, security="implicit_tls")

    assert result.ok, f"{result.summary}\n{postfix.maillog}"
    assert stages(result) == ["settings", "resolve", "connect", "TLS", "greeting", "EHLO", "AUTH", "MAIL", "RCPT",
                              "DATA", "DATA", "QUIT"]
    assert step(result, "TLS").detail.startswith("TLS from the first byte: TLSv1.")
    auth = step(result, "AUTH")  # this port offers LOGIN only: the non-ASCII password in LOGIN's two steps
    assert auth.reply.startswith("235 2.7.0") and auth.detail == f"logged in as {USERNAME} (LOGIN)"
    assert "encrypted with TLS from the first byte" in result.summary
    held = postfix.message(queue_id(result))
    assert f"Server: 127.0.0.1 port {postfix.submissions_port}" in held
    assert "Connection: encrypted with TLS from the first byte (TLSv1.3), logged in as" in held
    assert "with ESMTPSA id" in held  # Postfix's own word: ESMTP over TLS, with a login


def test_submission_without_a_login_is_refused(postfix):
    """The submission port takes no mail without a login (smtpd_client_restrictions)."""
    result = submit(postfix, postfix.submission_port, username="", password="")

    assert not result.ok
    assert step(result, "STARTTLS").outcome == "ok"
    assert result.error_stage in ("MAIL", "RCPT"), result.summary
    assert "DATA" not in stages(result)


def test_the_plain_port_uses_starttls_and_takes_mail_for_its_own_domain_without_login(postfix):
    result = submit(postfix, postfix.smtp_port, username="", password="", to=LOCAL_RECIPIENT)

    assert result.ok, f"{result.summary}\n{postfix.maillog}"
    assert stages(result) == ["settings", "resolve", "connect", "greeting", "EHLO", "STARTTLS", "EHLO", "AUTH",
                              "MAIL", "RCPT", "DATA", "DATA", "QUIT"]
    assert step(result, "STARTTLS").outcome == "ok" and step(result, "AUTH").outcome == "skipped"
    assert "encrypted with STARTTLS" in result.summary
    held = postfix.message(queue_id(result))
    assert f"To: {LOCAL_RECIPIENT}" in held and "with ESMTPS id" in held  # over TLS, no login


def test_the_plain_port_refuses_to_relay_to_another_domain_without_login(postfix):
    result = submit(postfix, postfix.smtp_port, username="", password="", sender=f"noc@{DOMAIN}")

    assert not result.ok
    assert (result.error_stage, result.error_kind) == ("RCPT", "relay_denied"), result.summary
    assert step(result, "RCPT").reply.startswith(f"554 5.7.1 <{OUTSIDE_RECIPIENT}>: Relay access denied")
    assert step(result, "STARTTLS").outcome == "ok"


def test_the_engine_waits_for_the_greeting_and_never_pipelines(postfix):
    """Postfix logs a client that talks before its turn ("improper command pipelining"); the engine never does."""
    before = len(postfix.maillog)
    result = submit(postfix, postfix.submission_port, to=LOCAL_RECIPIENT)

    assert result.ok, result.summary
    order = stages(result)
    assert order.index("connect") < order.index("greeting") < order.index("EHLO")
    assert step(result, "greeting").reply.startswith("220 mx.postfix.test ESMTP")
    assert step(result, "EHLO").command.startswith("EHLO ")
    # Postfix counts every command at the end of the session; the log has no complaint before that.
    postfix.wait_for_log(r"disconnect from \S+ ehlo=2 starttls=1 auth=1 mail=1 rcpt=1 data=1 quit=1 commands=8",
                         since=before)
    assert "improper command pipelining" not in postfix.maillog[before:]


def test_a_check_logs_in_and_asks_about_sender_and_recipient_but_sends_nothing(postfix):
    before = len(postfix.maillog)
    result = check_and_send(SmtpConfig(postfix.server(postfix.submission_port), USERNAME, USERNAME, PASSWORD),
                            to=OUTSIDE_RECIPIENT, send=False, ssl_context=postfix.context, timeouts=TIMEOUTS)

    assert result.ok, result.summary
    assert [(s.stage, s.outcome) for s in result.transcript][-5:] == [
        ("MAIL", "ok"), ("RCPT", "ok"), ("RSET", "ok"), ("DATA", "skipped"), ("QUIT", "ok")]
    assert step(result, "RSET").reply.startswith("250 2.0.0")
    # Postfix's count of the session: no DATA.
    postfix.wait_for_log(r"disconnect from \S+ ehlo=2 starttls=1 auth=1 mail=1 rcpt=1 rset=1 quit=1 commands=8",
                         since=before)


def test_a_username_on_the_port_without_login_is_named(postfix):
    """Like port 25 of a provider: STARTTLS, but no AUTH offered, and a Username is set."""
    result = submit(postfix, postfix.smtp_port)

    assert not result.ok
    assert (result.error_stage, result.error_kind) == ("AUTH", "login_unavailable"), result.summary
    assert [s.stage for s in result.transcript][-3:] == ["EHLO", "AUTH", "QUIT"]
    assert "AUTH" not in result.transcript[-3].reply


def test_the_starttls_port_declared_implicit_tls_is_explained(postfix):
    result = submit(postfix, postfix.submission_port, security="implicit_tls")

    assert not result.ok
    assert (result.error_stage, result.error_kind, result.error_field) == ("TLS", "not_tls", "server")


def test_the_implicit_tls_port_used_with_starttls_waits_for_a_greeting_and_sends_nothing(postfix):
    """Postfix's wrapper-mode port waits for a TLS ClientHello; the engine waits for a greeting: nothing is sent."""
    before = len(postfix.maillog)
    result = check_and_send(SmtpConfig(postfix.server(postfix.submissions_port), USERNAME, USERNAME, PASSWORD),
                            to=OUTSIDE_RECIPIENT, ssl_context=postfix.context,
                            timeouts=Timeouts(resolve=5, connect=5, greeting=2, reply=5, total=20))

    assert not result.ok
    assert (result.error_stage, result.error_kind) == ("greeting", "greeting_timeout"), result.summary
    assert "465" in result.summary
    assert [s.stage for s in result.transcript] == ["settings", "resolve", "connect", "greeting"]
    postfix.wait_for_log(r"postfix/submissions/smtpd\[\d+\]: (lost connection|SSL_accept error)", since=before)
