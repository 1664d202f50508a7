"""SMTP login (AUTH, RFC 4954) with SASL PLAIN (RFC 4616) or LOGIN, in UTF-8.

PLAIN is preferred; LOGIN serves the servers that offer nothing else. Username and password are
encoded as UTF-8 before base64, so any character works (non-ASCII, ``:``, quotes, spaces). The
engine calls :func:`authenticate` only on an encrypted connection. A refused login (``535``) is never
retried with another mechanism (that would count as a second failed attempt towards a lock-out); only
a refusal of the mechanism itself (:data:`MECHANISM_REFUSALS`) moves on to the next one offered.
"""

from __future__ import annotations

import base64

from desktop.mail.channel import Channel, Reply

#: The mechanisms this engine speaks, best first.
SUPPORTED: tuple[str, ...] = ("PLAIN", "LOGIN")

#: Replies that refuse the mechanism, not the credentials, so the next offered mechanism may be tried:
#: 504 (mechanism not supported, RFC 4954 §4), 534 5.7.9 (mechanism too weak, RFC 4954 §6) and
#: 538 5.7.11 (the mechanism needs encryption, RFC 4954 §6).
MECHANISM_REFUSALS = frozenset({504, 534, 538})

#: How the AUTH step shows what was sent.
HIDDEN_PLAIN = "AUTH PLAIN ******** (username and password, base64; hidden)"
HIDDEN_LOGIN = "AUTH LOGIN, then the username and the password (base64; hidden)"


def _b64(data: str) -> str:
    return base64.b64encode(data.encode("utf-8")).decode("ascii")


def offered_mechanisms(extensions: dict[str, str]) -> list[str]:
    """The SASL mechanisms an EHLO reply offers, upper-case, in the server's order.

    Reads ``AUTH PLAIN LOGIN`` and the pre-standard ``AUTH=LOGIN`` that some old servers send.
    """
    names: list[str] = []
    for keyword in ("AUTH", "AUTH="):
        for name in extensions.get(keyword, "").upper().split():
            if name not in names:
                names.append(name)
    return names


def usable_mechanisms(offered: list[str]) -> list[str]:
    """The offered mechanisms this engine speaks, best first."""
    return [name for name in SUPPORTED if name in offered]


def secret_forms(username: str, password: str) -> list[str]:
    """Every form in which the password could travel: itself, its base64, and the PLAIN blob."""
    if not password:
        return []
    return [password, _b64(password), _b64(f"\x00{username}\x00{password}")]


def authenticate(channel: Channel, mechanism: str, username: str, password: str, timeout: float
                 ) -> tuple[Reply, str]:
    """Log in with ``mechanism``; return the server's final reply and how to show what was sent.

    Raises:
        ValueError: ``mechanism`` is not one of :data:`SUPPORTED`.
        ChannelError, OSError: from the channel.
    """
    if mechanism == "PLAIN":
        blob = _b64(f"\x00{username}\x00{password}")
        reply = channel.command(f"AUTH PLAIN {blob}", timeout)
        if reply.code == 334:  # a server that wants the blob after an empty challenge
            reply = channel.command(blob, timeout)
        return reply, HIDDEN_PLAIN
    if mechanism == "LOGIN":
        reply = channel.command("AUTH LOGIN", timeout)
        if reply.code == 334:
            reply = channel.command(_b64(username), timeout)
        if reply.code == 334:
            reply = channel.command(_b64(password), timeout)
        return reply, HIDDEN_LOGIN
    raise ValueError(f"unsupported SASL mechanism {mechanism!r}")
