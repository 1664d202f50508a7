"""The test message and the envelope addresses (RFC 5321 §4.1.2, RFC 5322, SMTPUTF8 RFC 6531).

An address with an ASCII local part is sent with its domain in IDNA A-labels (``user@xn--bcher-kva.example``),
which every server accepts. An address whose local part is not ASCII needs the server's SMTPUTF8
extension; without it the address cannot be sent at all. The message is built with
:class:`email.message.EmailMessage` under ``email.policy.SMTP`` (or ``SMTPUTF8``) with a 7-bit body
(quoted-printable or base64 when needed), so it needs no 8BITMIME, lines end in CRLF, and no header
value can carry a line break: a subject with one is refused, never sent.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from email import policy as email_policy
from email.message import EmailMessage
from email.utils import format_datetime, localtime, make_msgid

import idna

from desktop.domain.errors import FieldError

DEFAULT_SUBJECT = "Test e-mail from CX Account Desk"

_LINE_START_DOT = re.compile(rb"(?m)^\.")


def default_body(server: str, sender: str, security: str) -> str:
    """The text of the test message.

    Args:
        server: the host and port (``smtp.example.com port 587``).
        sender: the From Address.
        security: what was actually negotiated on this connection, not what the port suggests
            (``encrypted with STARTTLS (TLSv1.3), logged in as noc``; ``unencrypted, as the server offers
            no STARTTLS``).
    """
    return ("This is a test e-mail, sent with the SMTP details of your ConnexCS account.\n\n"
            f"Server: {server}\nConnection: {security}\nFrom Address: {sender}\n\n"
            "If you can read this, the platform can send e-mail with these settings.\n")


def envelope_address(address: str, *, smtputf8: bool) -> str | None:
    """The form of a valid address to use in MAIL FROM, RCPT TO and the headers.

    Returns:
        ``local@ascii-domain`` for an ASCII local part; the address as it is when its local part is
        not ASCII and the server offers SMTPUTF8; ``None`` when it is not ASCII and SMTPUTF8 is not offered.
    """
    local, _, domain = address.rpartition("@")
    if not local.isascii():
        return address if smtputf8 else None
    if not domain.isascii():
        domain = idna.encode(domain, uts46=True).decode("ascii")
    return f"{local}@{domain}"


def check_header_text(text: str, what: str) -> str:
    """Return ``text`` if it is one line without control characters.

    Raises:
        FieldError: it holds a line break (which could start a new header) or a control character.
    """
    if len(text.splitlines()) > 1 or any(unicodedata.category(ch) == "Cc" for ch in text):
        raise FieldError(f"The {what} must be one line without line breaks or control characters.")
    return text


def build_message(sender: str, recipient: str, subject: str, body: str, *, utf8: bool,
                  now: datetime | None = None) -> bytes:
    """Build the message as CRLF bytes, ready for DATA (before dot-stuffing).

    ``sender`` and ``recipient`` are :func:`envelope_address` forms; ``utf8`` writes UTF-8 headers
    (only when the conversation uses SMTPUTF8).

    Raises:
        FieldError: the subject holds a line break or a control character.
    """
    policy = (email_policy.SMTPUTF8 if utf8 else email_policy.SMTP).clone(cte_type="7bit")
    message = EmailMessage(policy=policy)
    message["From"] = sender
    message["To"] = recipient
    message["Subject"] = check_header_text(subject, "subject")
    message["Date"] = format_datetime(now or localtime())
    domain = sender.rpartition("@")[2]
    message["Message-ID"] = make_msgid(domain=domain if domain.isascii() else idna.encode(domain, uts46=True).decode())
    message["Auto-Submitted"] = "auto-generated"  # RFC 3834: no auto-replies to a test
    message.set_content(body)
    return message.as_bytes()


def data_block(message: bytes) -> bytes:
    """Dot-stuff ``message`` and end it with ``CRLF.CRLF`` (RFC 5321 §4.5.2)."""
    if not message.endswith(b"\r\n"):
        message += b"\r\n"
    return _LINE_START_DOT.sub(b"..", message) + b".\r\n"
