"""What a mail server's refusal is about, judged by what it says, not only by the step it came at.

Servers do not refuse things at the step one would expect: Postfix's ``reject_sender_login_mismatch``
refuses a sender the login may not use at ``RCPT TO`` (``553 5.7.1 <noc@example.com>: Sender address
rejected: not owned by user noc``), and many servers refuse relaying or spam at ``RCPT`` or after
``DATA``. :func:`classify` reads a permanent (5xx) reply's enhanced status code (RFC 3463, the
registry of RFC 5248) and its text, whatever step it arrived at, and returns a :class:`Refusal`
naming what it is about and the field of the SMTP settings or of the test to fix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from desktop.mail.channel import Reply

#: An enhanced status code at the start of a reply's text (RFC 3463 §2: ``class.subject.detail``).
_ENHANCED = re.compile(r"^([245])\.(\d{1,3})\.(\d{1,3})\b")


class About(StrEnum):
    """What a refusal is about."""

    SENDER = "sender"  #: the From Address (not owned by the login, unknown domain, bad syntax)
    RECIPIENT = "recipient"  #: the recipient (no such mailbox, mailbox full or disabled)
    RELAY = "relay"  #: the server does not pass mail on for this sender or login
    LOGIN = "login"  #: the server wants a login first
    SIZE = "size"  #: the message is too large
    SPAM = "spam"  #: the message or the sending server looks like spam or forgery (SPF, DKIM, DMARC, blocklists)
    POLICY = "policy"  #: another rule of the server's (RFC 3463 x.7.x)


@dataclass(frozen=True)
class Refusal:
    """A classified refusal.

    Attributes:
        about: what it is about.
        field: the key of the field to fix: ``from_address``, ``to`` (the test's recipient), ``username``,
            or ``""`` when no field of this program fixes it.
        code: the enhanced status code as written (``"5.7.1"``), or ``""`` when the reply has none.
    """

    about: About
    field: str
    code: str = ""


#: Phrases of well-known servers (Postfix, Exim, Sendmail, Exchange, Gmail), lower-case, per subject; the
#: first subject with a matching phrase wins, so the order of this tuple matters.
_PHRASES: tuple[tuple[About, tuple[str, ...]], ...] = (
    (About.SIZE, ("message size exceeds", "message too large", "message is too large", "size limit",
                  "exceeds size", "too big")),
    (About.LOGIN, ("authentication required", "must authenticate", "authentication is required",
                   "please authenticate", "login required")),
    (About.SPAM, ("spf", "dkim", "dmarc")),  # before the sender: "Sender address rejected: SPF fail" is forgery
    (About.SENDER, ("sender address rejected", "not owned by user", "sender not allowed", "sender rejected",
                    "not authorized to send as", "not allowed to send as", "sendasdenied", "send as denied",
                    "sender verify failed", "invalid sender", "bad sender", "from address")),
    (About.RELAY, ("relay access denied", "relaying denied", "relay not permitted", "unable to relay",
                   "relaying not allowed", "not permitted to relay", "we do not relay", "relay denied")),
    (About.RECIPIENT, ("recipient address rejected", "user unknown", "unknown user", "no such user",
                       "mailbox unavailable", "mailbox not found", "does not exist", "invalid recipient",
                       "recipient rejected", "mailbox full", "over quota", "mailbox disabled")),
    (About.SPAM, ("spam", "blocklist", "blacklist", "block list", "black list", "reputation", "rbl", "listed at",
                  "listed on")),
)


#: :data:`_PHRASES` as one pattern per subject, each phrase matched as whole words.
_PATTERNS = tuple((subject, re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b"))
                  for subject, phrases in _PHRASES)


def enhanced_code(reply: Reply) -> str:
    """The reply's enhanced status code (``"5.7.1"``), or ``""`` when its text does not start with one."""
    match = _ENHANCED.match(reply.lines[0].strip() if reply.lines else "")
    return ".".join(match.groups()) if match else ""


def _by_code(code: str, reply_code: int) -> About | None:
    """The subject of an enhanced status code (RFC 3463 §3, RFC 5248), or of the basic code alone."""
    if not code:
        return About.LOGIN if reply_code == 530 else About.SIZE if reply_code == 552 else None
    _, subject, detail = (int(part) for part in code.split("."))
    if (subject, detail) in ((1, 7), (1, 8)):  # bad sender's mailbox address syntax, bad sender's system address
        return About.SENDER
    if subject in (1, 2) and (subject, detail) != (2, 3):  # addressing and mailbox status: the recipient
        return About.RECIPIENT
    if (subject, detail) in ((2, 3), (3, 4)):  # message length exceeds administrative limit, too big for system
        return About.SIZE
    if (subject, detail) in ((7, 0), (7, 8)) and reply_code in (530, 535):
        return About.LOGIN
    if subject == 7 and detail in (23, 24, 25, 26, 27, 7):  # SPF, reverse DNS, multiple failures, integrity
        return About.SPAM
    if subject == 7:
        return About.POLICY
    return None


def classify(reply: Reply) -> Refusal | None:
    """What a permanent refusal is about, from its text first, then its enhanced status code.

    Args:
        reply: a server reply; only 5xx replies are classified.

    Returns:
        The refusal, or ``None`` for a reply that is not a 5xx one or says nothing recognisable (the
        caller then judges it by the step it came at).
    """
    if not 500 <= reply.code < 600:
        return None
    code = enhanced_code(reply)
    text = " ".join(reply.lines).casefold()
    about = next((subject for subject, pattern in _PATTERNS if pattern.search(text)), None)
    about = about or _by_code(code, reply.code)
    if about is None:
        return None
    return Refusal(about, _FIELDS[about], code)


#: The field that fixes each kind of refusal (the keys of the SMTP settings and of the test's recipient).
_FIELDS = {About.SENDER: "from_address", About.RECIPIENT: "to", About.RELAY: "username", About.LOGIN: "username",
           About.SIZE: "", About.SPAM: "from_address", About.POLICY: ""}
