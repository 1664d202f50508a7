"""Plain-language explanations of what a mail server refused, once the connection works.

The counterpart of :mod:`desktop.mail.diagnosis` for the conversation itself: encryption before
login (RFC 3207, RFC 8314), the login (RFC 4954), the sender and recipients (RFC 5321 §4.2.2,
SMTPUTF8 RFC 6531) and the message. A refusal of the sender, a recipient or the message is judged by
what it says wherever it arrives (:func:`refused`, :mod:`desktop.mail.classify`).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.smtp import SmtpEndpoint
from desktop.mail.channel import Reply
from desktop.mail.classify import About, classify
from desktop.mail.diagnosis import SmtpFailure, other_ports, unexpected
from desktop.mail.transcript import Stage


def starttls_refused(endpoint: SmtpEndpoint, reply: Reply) -> SmtpFailure:
    """The server offered STARTTLS but would not start it: never fall back to plain text."""
    text = (f"STARTTLS refused: {endpoint.display_host} offers STARTTLS but refused to start it ({reply.one_line}); "
            "the conversation was not continued without encryption. Try again later, or ask the mail provider.")
    return SmtpFailure(Stage.STARTTLS, "starttls_refused", text, reply=reply)


def starttls_injection(endpoint: SmtpEndpoint) -> SmtpFailure:
    """Plain-text data arrived ahead of the TLS handshake (RFC 3207 §6: possible tampering)."""
    text = (f"STARTTLS not safe: {endpoint.display_host} sent data before the TLS handshake, which can mean that "
            "someone tampers with the connection. Nothing was sent; try another network or ask the mail provider.")
    return SmtpFailure(Stage.STARTTLS, "starttls_injection", text, detail="data ahead of the TLS handshake")


def credentials_need_encryption(endpoint: SmtpEndpoint) -> SmtpFailure:
    """Credentials are set but the server offers no STARTTLS: refuse to send them in plain text."""
    text = (f"Not encrypted: {endpoint.display_host} does not offer STARTTLS on port {endpoint.port}, so the username "
            f"and password were not sent. Use {other_ports(endpoint)}, or ask the mail provider which port to use.")
    return SmtpFailure(Stage.STARTTLS, "no_encryption", text,
                       detail="no STARTTLS offered: the username and password were not sent in plain text")


def login_unavailable(endpoint: SmtpEndpoint) -> SmtpFailure:
    """A username is set but the server offers no AUTH."""
    text = (f"No login offered: {endpoint.display_host} does not offer a login (no AUTH) on port {endpoint.port}, "
            "but a Username is set. Clear the Username and Password if the server sends without login, or check the "
            "port (587 and 465 usually offer login).")
    return SmtpFailure(Stage.AUTH, "login_unavailable", text, detail="the server offers no AUTH")


def login_unsupported(endpoint: SmtpEndpoint, offered: list[str]) -> SmtpFailure:
    """The server offers only login methods the engine does not speak."""
    names = ", ".join(offered)
    text = (f"No supported login method: {endpoint.display_host} offers only login methods this program does not "
            f"support ({names}); it supports PLAIN and LOGIN over TLS. Ask the mail provider.")
    return SmtpFailure(Stage.AUTH, "login_unsupported", text, detail=f"offered: {names}")


def login_refused(username: str, reply: Reply, *, tried: list[str] | None = None,
                  untried: list[str] | None = None) -> SmtpFailure:
    """The server refused the login (535 and other 5xx), every method it offered (534), or cannot check now (4xx).

    Args:
        username: the login.
        reply: the last reply.
        tried: each mechanism tried with its reply, in order (``PLAIN (534 5.7.9 …)``).
        untried: the offered mechanisms this engine speaks but did not try, because the last refusal
            was of the password (a lock-out counts every failed attempt).
    """
    tried = tried or []
    methods = f" Tried: {'; '.join(tried)}." if len(tried) > 1 else ""
    if untried and reply.code >= 500 and reply.code != 534:
        methods += (f" {', '.join(untried)} not tried: after a refused password no other method is tried, as every "
                    "failed attempt counts towards a lock-out.")
    if reply.code in (534, 538, 504):
        text = (f"Login refused: the server wants another way to log in ({reply.one_line}).{methods} The provider may "
                "need an app password, or SMTP login switched on in the account's security settings.")
        return SmtpFailure(Stage.AUTH, "login_method_refused", text, reply=reply, field="password")
    if reply.code >= 500:
        text = (f"Login refused: the server did not accept the username {username} with this password "
                f"({reply.one_line}).{methods} Check the Username and Password; some providers (Gmail, Microsoft "
                "365) need an app password instead of the account's password.")
        return SmtpFailure(Stage.AUTH, "login_refused", text, reply=reply, field="password")
    text = (f"Login not checked: the server could not check it right now ({reply.one_line}).{methods} Try again in a "
            "few minutes.")
    return SmtpFailure(Stage.AUTH, "login_temporary", text, reply=reply)


def password_unknown() -> SmtpFailure:
    """Sending needs the password, which this side does not have."""
    return SmtpFailure(Stage.SETTINGS, "password_unknown", "Password needed: a Username is set but the password is "
                       "not available here, so no e-mail can be sent. Enter the password.")


def needs_smtputf8(stage: Stage, role: str, address: str) -> SmtpFailure:
    """A non-ASCII local part, and the server has no SMTPUTF8."""
    text = (f"Address not supported: the {role} {address} has non-ASCII characters before the @ and the server does "
            "not support them (no SMTPUTF8, RFC 6531). Use an address with only ASCII characters before the @.")
    return SmtpFailure(stage, "smtputf8_unsupported", text, detail=f"{address}: needs SMTPUTF8, not offered")


def _login_required(stage: Stage, reply: Reply) -> SmtpFailure:
    return SmtpFailure(stage, "login_required", f"Login required: the server takes mail only after a login "
                       f"({reply.one_line}). Enter the Username and Password.", reply=reply, field="username")


@dataclass(frozen=True)
class Parties:
    """Who a transaction is between, for the words of a refusal.

    Attributes:
        sender: the From Address.
        recipient: the test's recipient.
        username: the login ("" without one).
        logged_in: whether the server accepted the login.
    """

    sender: str
    recipient: str
    username: str
    logged_in: bool


#: How a step is named inside a refusal's parentheses.
_STEP_WORDS = {Stage.MAIL: "MAIL FROM", Stage.RCPT: "RCPT TO", Stage.DATA: "after the message"}


def refused(stage: Stage, endpoint: SmtpEndpoint, reply: Reply, parties: Parties) -> SmtpFailure:
    """A refusal at ``MAIL``, ``RCPT`` or ``DATA``, judged by what it says (:func:`classify`), else by the step.

    The summary names the field to fix, and :attr:`SmtpFailure.field` gives its key.
    """
    refusal = classify(reply)
    about = refusal.about if refusal else _BY_STEP.get(stage) if 500 <= reply.code < 600 else None
    if about is None:
        return unexpected(stage, endpoint, reply)
    return _described(about, stage, reply, parties)


def _described(about: About, stage: Stage, reply: Reply, parties: Parties) -> SmtpFailure:
    return _WORDS[about](stage, f"{_STEP_WORDS.get(stage, str(stage))}: {reply.one_line}", reply, parties)


def _sender(stage: Stage, where: str, reply: Reply, who: Parties) -> SmtpFailure:
    if who.logged_in:
        text = (f"Login accepted; the server refused the From Address {who.sender} ({where}). Use a From Address "
                f"that the login {who.username} may send as, usually one in the mail provider's own domain, or ask "
                "the provider to allow this address for the login.")
    else:
        whom = f"the login {who.username} may send as" if who.username else "the server accepts without login"
        text = (f"Sender refused: the server did not accept the From Address {who.sender} ({where}). Use a From "
                f"Address that {whom}, usually one in the mail provider's own domain.")
    return SmtpFailure(stage, "sender_refused", text, reply=reply, field="from_address",
                       detail=f"From Address {who.sender} refused")


def _recipient(stage: Stage, where: str, reply: Reply, who: Parties) -> SmtpFailure:
    hint = "" if who.username else ("; without a login most servers deliver only to their own domains (set the "
                                    "Username and Password)")
    return SmtpFailure(stage, "recipient_refused", f"Recipient refused: the server did not accept {who.recipient} "
                       f"({where}). Check the recipient address{hint}.", reply=reply, field="to",
                       detail=f"recipient {who.recipient} refused")


def _relay(stage: Stage, where: str, reply: Reply, who: Parties) -> SmtpFailure:
    if who.logged_in:
        return SmtpFailure(stage, "relay_denied", f"Relaying refused: the server does not relay mail to "
                           f"{who.recipient} for the login {who.username} ({where}). Ask the mail provider "
                           "whether this login may send to other domains.", reply=reply)
    return SmtpFailure(stage, "relay_denied", f"Relaying refused: the server passes mail on to other domains only "
                       f"after a login ({where}). Enter the Username and Password.", reply=reply, field="username")


def _login(stage: Stage, where: str, reply: Reply, who: Parties) -> SmtpFailure:
    return _login_required(stage, reply)


def _size(stage: Stage, where: str, reply: Reply, who: Parties) -> SmtpFailure:
    return SmtpFailure(stage, "message_too_large", f"Message too large: the server refused the message's size "
                       f"({where}). The test e-mail is small, so the server's limit is unusually low: ask the mail "
                       "provider.", reply=reply)


def _spam(stage: Stage, where: str, reply: Reply, who: Parties) -> SmtpFailure:
    return SmtpFailure(stage, "spam_refused", f"Refused as possible spam or forgery ({where}): the domain of the From "
                       f"Address {who.sender} may not allow this server to send for it (SPF, DKIM, DMARC), or the "
                       "sending server is on a blocklist. Use a From Address in the mail provider's own domain, or "
                       "ask the mail provider.", reply=reply, field="from_address")


def _policy(stage: Stage, where: str, reply: Reply, who: Parties) -> SmtpFailure:
    return SmtpFailure(stage, "policy_refused", f"Refused by a rule of the server ({where}). Ask the mail provider "
                       "which rule this is and what to change.", reply=reply)


_WORDS = {About.SENDER: _sender, About.RECIPIENT: _recipient, About.RELAY: _relay, About.LOGIN: _login,
          About.SIZE: _size, About.SPAM: _spam, About.POLICY: _policy}
#: What an unrecognised 5xx reply is taken to be about, by the step it came at.
_BY_STEP = {Stage.MAIL: About.SENDER, Stage.RCPT: About.RECIPIENT}


def message_refused(endpoint: SmtpEndpoint, reply: Reply, parties: Parties, *, after_content: bool) -> SmtpFailure:
    """The server would not take the message (the reply to ``DATA``), or rejected it once received."""
    refusal = classify(reply)
    if refusal is not None:
        return _described(refusal.about, Stage.DATA, reply, parties)
    if not after_content or not 500 <= reply.code < 600:
        return unexpected(Stage.DATA, endpoint, reply)
    return SmtpFailure(Stage.DATA, "message_rejected", f"Message rejected: the server refused the message after "
                       f"receiving it ({reply.one_line}). It may judge it spam, or the From Address's domain does not "
                       "allow this server to send for it (SPF/DMARC). Ask the mail provider.", reply=reply)
