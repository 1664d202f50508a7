"""One SMTP conversation, step by step: check the settings, connect, secure, log in, and send or not.

The order follows RFC 5321: greeting (§4.3.1), EHLO (§4.1.1.1, HELO when EHLO is not known),
STARTTLS (RFC 3207) or TLS from the first byte (RFC 8314), AUTH (RFC 4954), MAIL, RCPT, DATA, QUIT.
Credentials are sent only on an encrypted connection; without credentials and without STARTTLS the
message goes in plain text, and the transcript says so. Nothing here raises for a mail problem: every
failure ends in a :class:`~desktop.mail.transcript.SmtpResult` whose summary says what to change.
"""

from __future__ import annotations

import ssl

from desktop.domain.certificates import fingerprint, read_certificate, short, unverified_context
from desktop.domain.smtp import IMPLICIT_TLS, describe
from desktop.mail import auth, connection, diagnosis, message, refusals, tls
from desktop.mail.certificate_probe import fetch_certificate
from desktop.mail.channel import Channel, ChannelError, Closed, Deadline, NoAnswer, NotSmtp, Reply, ehlo_extensions
from desktop.mail.config import SmtpConfig, Timeouts, check_config
from desktop.mail.diagnosis import SmtpFailure
from desktop.mail.transcript import Outcome, SmtpResult, Stage, Transcript

#: The longest wait for the goodbye (QUIT).
_QUIT_LIMIT = 5.0


def check_and_send(config: SmtpConfig, *, to: str | None = None, send: bool = True, timeouts: Timeouts | None = None,
                   ssl_context: ssl.SSLContext | None = None, subject: str = message.DEFAULT_SUBJECT,
                   body: str | None = None, local_hostname: str | None = None,
                   trust_store: str = "the account service") -> SmtpResult:
    """Talk to the mail server of ``config`` and, with ``send``, send it a test message.

    With ``send=False`` ("Check from this computer") the conversation is the same up to and including
    AUTH; then MAIL and RCPT let the server judge the sender and the recipient, RSET drops them and
    nothing is sent.

    Args:
        config: the settings and the password.
        to: the recipient; ``None`` for the From Address.
        send: send the message (``True``) or only check.
        timeouts: the time limits (:class:`Timeouts` defaults: greeting 30 s, whole conversation 60 s).
        ssl_context: ``None`` for the OS trust store (the normal case); tests pass a context that
            trusts their own authority. It must verify certificates and host names.
        subject: the subject of the test message (one line).
        body: its text; ``None`` for :func:`desktop.mail.message.default_body`.
        local_hostname: the name to say in EHLO; ``None`` for this computer's fully qualified name,
            or its address as a literal (``[192.0.2.1]``) when it has none.
        trust_store: whose trust store judges certificates, for the words of a refusal ("the account
            service", "this computer").

    A server whose certificate is pinned (``config.certificate_sha256``) is accepted with exactly that
    certificate, checked right after the handshake, before any other byte; any other certificate is
    refused (:func:`desktop.mail.diagnosis.certificate_changed`). A certificate the trust store refuses
    is fetched once more without verification (no credentials are sent) and put in the result, so that
    the user may trust it deliberately.

    Returns:
        The result; never raises for a mail, network or settings problem.

    Raises:
        ValueError: ``ssl_context`` does not verify certificates and host names.
    """
    context = tls.checked_context(ssl_context)
    conversation = _Conversation(config, to, send, timeouts or Timeouts(), context, subject, body, local_hostname,
                                 trust_store)
    return conversation.run()


class _Conversation:
    """The state of one conversation; :meth:`run` is its only entry."""

    def __init__(self, config: SmtpConfig, to: str | None, send: bool, timeouts: Timeouts,
                 context: ssl.SSLContext, subject: str, body: str | None, local_hostname: str | None,
                 trust_store: str) -> None:
        self.config, self.to, self.send, self.timeouts, self.context = config, to, send, timeouts, context
        self.subject, self.body, self.local_hostname = subject, body, local_hostname
        self.transcript = Transcript(auth.secret_forms(config.username, config.password or ""))
        self.deadline = Deadline(timeouts.total)
        self.stage = Stage.SETTINGS
        self.channel: Channel | None = None
        self.extensions: dict[str, str] = {}
        self.last: tuple[Stage, str, str] = (Stage.SETTINGS, "", "")
        self.logged_in = False
        self.trust_store = trust_store
        self.pin = ""

    def run(self) -> SmtpResult:
        try:
            self._settings()
            self._open()
            self._greeting()
            self._hello()
            self._secure()
            self._login()
            summary = self._transaction()
        except (SmtpFailure, ChannelError, OSError) as error:
            failure = error if isinstance(error, SmtpFailure) else self._explain(error)
            if not failure.recorded:
                _, command, reply = self.last if self.last[0] == failure.stage else (failure.stage, "", "")
                self.transcript.add(failure.stage, Outcome.FAILED, failure.detail, command=command,
                                    reply=failure.reply or reply)
            self._quit()
            return self.transcript.failed(failure.stage, failure.kind, failure.summary, failure.field,
                                          failure.certificate)
        self._quit()
        return self.transcript.succeeded(summary)

    def _explain(self, error: Exception) -> SmtpFailure:
        """Turn a channel or socket error at the current stage into a failure."""
        stage, endpoint = self.stage, self.endpoint
        if isinstance(error, NoAnswer):
            return diagnosis.no_answer(stage, endpoint, error.seconds, overall=error.overall)
        if isinstance(error, Closed):
            return diagnosis.closed(stage, endpoint)
        if isinstance(error, NotSmtp):
            return refusals.starttls_injection(endpoint) if stage is Stage.STARTTLS else \
                diagnosis.not_smtp(stage, endpoint, error.text)
        if isinstance(error, ssl.SSLError):
            failure = diagnosis.tls_failed(stage, endpoint, error, trust_store=self.trust_store)
            if isinstance(error, ssl.SSLCertVerificationError) and self.channel is not None:
                failure.certificate = fetch_certificate(endpoint, self.address, self._ehlo_name(), self.deadline,
                                                        self.timeouts.reply)
            return failure
        assert isinstance(error, OSError)
        if stage is Stage.STARTTLS and self.channel is not None and not self.channel.encrypted \
                and self.last[2].startswith("220"):  # the server said yes to STARTTLS, then the handshake broke
            reason = error.strerror or type(error).__name__
            return diagnosis.starttls_failed(endpoint, "the server closed the connection during the negotiation",
                                             f"TLS handshake failed: {reason}")
        if isinstance(error, (ConnectionResetError, BrokenPipeError, ConnectionAbortedError)):
            # A server that hangs up is read as a clean end or as a reset, depending only on whether our next
            # command reached it first: one cause, one message (the reset's words stay in the transcript).
            return diagnosis.closed(stage, endpoint, error.strerror or type(error).__name__)
        return diagnosis.network_error(stage, endpoint, error)

    def _say(self, stage: Stage, line: str) -> Reply:
        """Send one command at ``stage`` and return the reply (remembered for the transcript)."""
        assert self.channel is not None
        self.stage, self.last = stage, (stage, line, "")
        reply = self.channel.command(line, self.timeouts.reply)
        self.last = (stage, line, reply.text)
        return reply

    def _ok(self, stage: Stage, detail: str, reply: Reply | None = None) -> None:
        command = self.last[1] if self.last[0] == stage else ""
        self.transcript.add(stage, Outcome.OK, detail, command=command, reply=reply.text if reply else "")

    def _settings(self) -> None:
        checked = check_config(self.config, to=self.to, send=self.send, subject=self.subject)
        self.endpoint, self.sender, self.recipient = checked.endpoint, checked.sender, checked.recipient
        self.username, self.pin = checked.username, checked.certificate_sha256
        if self.pin:
            self.context = unverified_context()
        login = f"login as {self.username}" if self.username else "no login"
        pinned = f"; certificate trusted by its SHA-256 {short(self.pin)}" if self.pin else ""
        self.transcript.add(Stage.SETTINGS, Outcome.OK, f"{describe(self.endpoint)}; {login}; from {self.sender} "
                            f"to {self.recipient}{pinned}")

    def _open(self) -> None:
        self.stage = Stage.RESOLVE
        addresses = connection.resolve(self.endpoint, self.timeouts.resolve, self.deadline, self.transcript)
        self.stage = Stage.CONNECT
        sock, self.address = connection.connect(self.endpoint, addresses, self.timeouts.connect, self.deadline,
                                                self.transcript)
        self.channel = Channel(sock, self.deadline)
        if self.endpoint.security == IMPLICIT_TLS:
            self.stage = Stage.TLS
            self.channel.start_tls(self.context, self.endpoint.ascii_host, self.timeouts.reply)
            self._check_pin(Stage.TLS)
            self._ok(Stage.TLS, "TLS from the first byte: " + self._session())

    def _session(self) -> str:
        assert self.channel is not None and isinstance(self.channel.sock, ssl.SSLSocket)
        if self.pin:
            sock = self.channel.sock
            cipher = sock.cipher()
            return (f"{sock.version()} ({cipher[0] if cipher else '?'}); the certificate is the one trusted in the "
                    f"SMTP settings (SHA-256 {short(self.pin)})")
        return tls.describe_session(self.channel.sock, self.endpoint.display_host)

    def _check_pin(self, stage: Stage) -> None:
        """With a pinned certificate: refuse any other, before anything else is sent on the connection."""
        if not self.pin:
            return
        assert self.channel is not None and isinstance(self.channel.sock, ssl.SSLSocket)
        der = self.channel.sock.getpeercert(binary_form=True) or b""
        if fingerprint(der) != self.pin:
            failure = diagnosis.certificate_changed(self.endpoint, self.pin, read_certificate(der))
            failure.stage = stage
            raise failure

    def _ehlo_name(self) -> str:
        if self.local_hostname:
            return self.local_hostname
        assert self.channel is not None
        try:
            return connection.ehlo_name(self.channel.sock)
        except OSError:
            return "[127.0.0.1]"

    def _greeting(self) -> None:
        assert self.channel is not None
        self.stage = Stage.GREETING
        try:
            reply = self.channel.reply(self.timeouts.greeting)
        except NoAnswer as error:
            if error.overall or self.channel.encrypted:
                raise
            self.transcript.add(Stage.GREETING, Outcome.FAILED, f"no greeting in {diagnosis.seconds(error.seconds)}; "
                                "nothing was sent (a client speaks only after the greeting)")
            failure = diagnosis.no_answer(Stage.GREETING, self.endpoint, error.seconds, overall=False)
            failure.recorded = True
            raise failure from None
        if reply.code != 220:
            raise diagnosis.greeting_refused(self.endpoint, reply)
        self._ok(Stage.GREETING, "the server greeted", reply)

    def _hello(self) -> None:
        assert self.channel is not None
        name = self._ehlo_name()
        reply = self._say(Stage.EHLO, f"EHLO {name}")
        if reply.code == 250:
            self.extensions = ehlo_extensions(reply)
            offers = ", ".join(reply.lines[1:]) or "no extensions"
            self._ok(Stage.EHLO, f"the server offers: {offers}", reply)
            return
        if not 500 <= reply.code < 600:
            raise diagnosis.unexpected(Stage.EHLO, self.endpoint, reply)
        reply = self._say(Stage.EHLO, f"HELO {name}")  # an SMTP server without ESMTP (RFC 5321 §4.1.4)
        if reply.code != 250:
            raise diagnosis.unexpected(Stage.EHLO, self.endpoint, reply)
        self.extensions = {}
        self._ok(Stage.EHLO, "EHLO not understood; HELO accepted (no extensions: no STARTTLS, no login)", reply)

    def _secure(self) -> None:
        assert self.channel is not None
        if self.channel.encrypted:
            return
        if "STARTTLS" not in self.extensions:
            if self.username:
                raise refusals.credentials_need_encryption(self.endpoint)
            self.transcript.add(Stage.STARTTLS, Outcome.SKIPPED, "the server does not offer STARTTLS: the message "
                                "goes unencrypted (allowed because no login is set)")
            return
        reply = self._say(Stage.STARTTLS, "STARTTLS")
        if reply.code != 220:
            raise refusals.starttls_refused(self.endpoint, reply)
        self.channel.start_tls(self.context, self.endpoint.ascii_host, self.timeouts.reply)
        self._check_pin(Stage.STARTTLS)
        self._ok(Stage.STARTTLS, self._session(), reply)
        self._hello()  # RFC 3207 §4.2: forget what was learnt before TLS

    def _login(self) -> None:
        assert self.channel is not None
        if not self.username:
            self.transcript.add(Stage.AUTH, Outcome.SKIPPED, "no Username set: no login")
            return
        if not self.channel.encrypted:  # _secure stops earlier; this line keeps the rule local too
            raise refusals.credentials_need_encryption(self.endpoint)
        offered = auth.offered_mechanisms(self.extensions)
        if not offered:
            raise refusals.login_unavailable(self.endpoint)
        usable = auth.usable_mechanisms(offered)
        if not usable:
            raise refusals.login_unsupported(self.endpoint, offered)
        if self.config.password is None:
            self.transcript.add(Stage.AUTH, Outcome.SKIPPED, f"the server offers login ({', '.join(offered)}); the "
                                "password is not available here, so the login was not tried")
            return
        tried: list[str] = []
        for index, mechanism in enumerate(usable):
            self.stage, self.last = Stage.AUTH, (Stage.AUTH, f"AUTH {mechanism} (hidden)", "")
            reply, shown = auth.authenticate(self.channel, mechanism, self.username, self.config.password,
                                             self.timeouts.reply)
            self.last = (Stage.AUTH, shown, reply.text)
            tried.append(f"{mechanism} ({reply.one_line})")
            if reply.code not in auth.MECHANISM_REFUSALS or index == len(usable) - 1:
                break
            self.transcript.add(Stage.AUTH, Outcome.FAILED, f"{mechanism} refused as a login method "
                                f"({reply.code}); trying {usable[index + 1]}", command=shown, reply=reply.text)
        if reply.code != 235:
            raise refusals.login_refused(self.username, reply, tried=tried, untried=usable[len(tried):])
        self.logged_in = True
        self._ok(Stage.AUTH, f"logged in as {self.username} ({mechanism})", reply)

    def _transaction(self) -> str:
        assert self.channel is not None
        if self.username and not self.logged_in:
            for stage in (Stage.MAIL, Stage.RCPT, Stage.DATA):
                self.transcript.add(stage, Outcome.SKIPPED, "not tried without the login")
            return (f"Connection checked: {self.endpoint.display_host} port {self.endpoint.port} answered, "
                    f"{self._how()}, and offers login. The password was not tried because it is not "
                    "available here. No message was sent.")
        smtputf8 = "SMTPUTF8" in self.extensions
        sender = message.envelope_address(self.sender, smtputf8=smtputf8)
        if sender is None:
            raise refusals.needs_smtputf8(Stage.MAIL, "From Address", self.sender)
        recipient = message.envelope_address(self.recipient, smtputf8=smtputf8)
        if recipient is None:
            raise refusals.needs_smtputf8(Stage.RCPT, "recipient", self.recipient)
        utf8 = not (sender.isascii() and recipient.isascii())
        reply = self._say(Stage.MAIL, f"MAIL FROM:<{sender}>" + (" SMTPUTF8" if utf8 else ""))
        if reply.code != 250:
            raise refusals.refused(Stage.MAIL, self.endpoint, reply, self._parties())
        self._ok(Stage.MAIL, f"sender {self.sender} accepted", reply)
        reply = self._say(Stage.RCPT, f"RCPT TO:<{recipient}>")
        if reply.code not in (250, 251):
            raise refusals.refused(Stage.RCPT, self.endpoint, reply, self._parties())
        self._ok(Stage.RCPT, f"recipient {self.recipient} accepted", reply)
        if not self.send:
            return self._reset()
        return self._data(sender, recipient, utf8)

    def _parties(self) -> refusals.Parties:
        return refusals.Parties(self.sender, self.recipient, self.username, self.logged_in)

    def _reset(self) -> str:
        reply = self._say(Stage.RSET, "RSET")
        self.transcript.add(Stage.RSET, Outcome.OK if reply.code == 250 else Outcome.FAILED,
                            "transaction dropped: nothing is sent", command="RSET", reply=reply.text)
        self.transcript.add(Stage.DATA, Outcome.SKIPPED, "check only: no message sent")
        return (f"Check passed: {self.endpoint.display_host} port {self.endpoint.port} answered, {self._how()}, and "
                f"accepts {self.sender} as sender and {self.recipient} as recipient. No message was sent.")

    def _data(self, sender: str, recipient: str, utf8: bool) -> str:
        assert self.channel is not None
        where = f"{self.endpoint.display_host} port {self.endpoint.port}"
        body = self.body if self.body is not None else message.default_body(where, self.sender, self._how())
        data = message.data_block(message.build_message(sender, recipient, self.subject, body, utf8=utf8))
        reply = self._say(Stage.DATA, "DATA")
        if reply.code != 354:
            raise refusals.message_refused(self.endpoint, reply, self._parties(), after_content=False)
        self._ok(Stage.DATA, "the server is ready for the message", reply)
        self.last = (Stage.DATA, f"(the message, {len(data)} bytes)", "")
        self.channel.send(data, self.timeouts.reply)
        reply = self.channel.reply(self.timeouts.reply)
        if reply.code != 250:
            raise refusals.message_refused(self.endpoint, reply, self._parties(), after_content=True)
        self._ok(Stage.DATA, f"message accepted ({len(data)} bytes)", reply)
        return (f"The test e-mail to {self.recipient} was accepted by {self.endpoint.display_host} port "
                f"{self.endpoint.port}: {self._how()}. The server answered: {reply.one_line}.")

    def _how(self) -> str:
        """How the conversation went, for a summary: ``encrypted with STARTTLS (TLSv1.3), logged in as noc``."""
        assert self.channel is not None
        if self.channel.encrypted:
            how = "TLS from the first byte" if self.endpoint.security == IMPLICIT_TLS else "STARTTLS"
            words = f"encrypted with {how} ({self.channel.sock.version()})"  # type: ignore[attr-defined]
            if self.pin:
                words += ", certificate trusted by its fingerprint"
        else:
            words = "unencrypted, as the server offers no STARTTLS"
        return words + (f", logged in as {self.username}" if self.logged_in else "")

    def _quit(self) -> None:
        """Say goodbye if the connection still works, then close it (never raises)."""
        if self.channel is None:
            return
        try:
            if not self.channel.broken and self.deadline.remaining() > 0:
                self.stage = Stage.QUIT
                reply = self.channel.command("QUIT", min(_QUIT_LIMIT, self.timeouts.reply))
                self.transcript.add(Stage.QUIT, Outcome.OK if reply.code == 221 else Outcome.FAILED, "goodbye",
                                    command="QUIT", reply=reply.text)
        except (ChannelError, OSError) as error:
            self.transcript.add(Stage.QUIT, Outcome.FAILED, f"no goodbye ({error}); nothing depends on it",
                                command="QUIT")
        finally:
            self.channel.close()
