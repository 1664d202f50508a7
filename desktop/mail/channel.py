"""The SMTP line protocol over one socket, with a time limit on every operation (RFC 5321 §4.2, §4.5.3.2).

:class:`Deadline` is the limit of the whole conversation; every send and every reply also has its own
limit, and the shorter of the two applies. :class:`Channel` reads replies (``250-…`` continuation
lines up to ``250 …``), refuses anything that is not an SMTP reply, and upgrades itself to TLS
(STARTTLS, RFC 3207) after checking that the server sent nothing ahead of the handshake.
"""

from __future__ import annotations

import re
import socket
import ssl
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

#: The longest reply line accepted (RFC 5321 §4.5.3.1.5 allows 512 octets; servers exceed it a little).
MAX_LINE = 4096
#: The most lines one reply may have.
MAX_LINES = 200

_REPLY_LINE = re.compile(r"^(\d{3})([ -]|$)(.*)$")


class ChannelError(Exception):
    """The conversation cannot go on: no answer in time, connection closed, or not an SMTP server."""


class NoAnswer(ChannelError):
    """No complete answer within ``seconds``; ``overall`` when the conversation's deadline ran out first."""

    def __init__(self, seconds: float, *, overall: bool) -> None:
        super().__init__(f"no answer in {seconds:g} s")
        self.seconds = seconds
        self.overall = overall


class Closed(ChannelError):
    """The server closed the connection."""


class NotSmtp(ChannelError):
    """The peer answered something that is not an SMTP reply; ``text`` is the start of it."""

    def __init__(self, text: str) -> None:
        super().__init__(f"not an SMTP reply: {text!r}")
        self.text = text


class Deadline:
    """The end of a conversation: ``limit(seconds)`` is the time an operation may still take."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._end = time.monotonic() + seconds

    def remaining(self) -> float:
        """Seconds left (may be negative)."""
        return self._end - time.monotonic()

    def limit(self, seconds: float) -> tuple[float, bool]:
        """Return ``(timeout, overall)``: the smaller of ``seconds`` and the time left, and whether it is the latter.

        Raises:
            NoAnswer: no time is left.
        """
        left = self.remaining()
        if left <= 0:
            raise NoAnswer(self.seconds, overall=True)
        return (left, True) if left < seconds else (seconds, False)


@dataclass(frozen=True)
class Reply:
    """One SMTP reply: its code and the text of each line (without the code)."""

    code: int
    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        """The reply as the server sent it, one line per line (``250-a`` … ``250 z``)."""
        last = len(self.lines) - 1
        return "\n".join(f"{self.code}{' ' if i == last else '-'}{line}" for i, line in enumerate(self.lines))

    @property
    def one_line(self) -> str:
        """Code and the first line, e.g. ``535 5.7.8 Authentication credentials invalid``."""
        return f"{self.code} {self.lines[0]}".strip() if self.lines else str(self.code)


def ehlo_extensions(reply: Reply) -> dict[str, str]:
    """The service extensions of an EHLO reply (RFC 5321 §4.1.1.1): upper-case keyword → parameters.

    The pre-standard ``AUTH=LOGIN PLAIN`` line of some old servers is kept under ``AUTH=``.
    """
    found: dict[str, str] = {}
    for line in reply.lines[1:]:
        keyword, _, params = line.strip().partition(" ")
        if keyword.upper().startswith("AUTH="):
            keyword, params = "AUTH=", f"{keyword[5:]} {params}"
        found[keyword.upper()] = params.strip()
    return found


class Channel:
    """An SMTP client's side of one TCP (or TLS) connection.

    Raises (from its methods): :class:`NoAnswer`, :class:`Closed`, :class:`NotSmtp`, :class:`OSError`
    and :class:`ssl.SSLError`.
    """

    def __init__(self, sock: socket.socket, deadline: Deadline) -> None:
        self.sock = sock
        self.deadline = deadline
        self.broken = False
        self._buffer = bytearray()

    @property
    def encrypted(self) -> bool:
        """Whether the connection is protected by TLS."""
        return isinstance(self.sock, ssl.SSLSocket)

    @contextmanager
    def _io(self, timeout: float) -> Iterator[float]:
        """Give socket work ``timeout`` seconds (or what the deadline leaves); any failure breaks the channel."""
        try:
            seconds, overall = self.deadline.limit(timeout)
            try:
                yield seconds
            except TimeoutError:
                raise NoAnswer(self.deadline.seconds if overall else seconds, overall=overall) from None
        except (ChannelError, OSError):
            self.broken = True
            raise

    def send(self, data: bytes, timeout: float) -> None:
        """Send ``data`` completely within ``timeout`` seconds (and the deadline)."""
        with self._io(timeout) as seconds:
            self.sock.settimeout(seconds)
            self.sock.sendall(data)

    def command(self, line: str, timeout: float) -> Reply:
        """Send one command line (UTF-8, CRLF added) and return the reply."""
        self.send(line.encode("utf-8") + b"\r\n", timeout)
        return self.reply(timeout)

    def reply(self, timeout: float) -> Reply:
        """Read one complete reply within ``timeout`` seconds (and the deadline)."""
        with self._io(timeout) as seconds:
            end = time.monotonic() + seconds
            lines: list[str] = []
            while True:
                line = self._line(end)
                match = _REPLY_LINE.match(line)
                if match is None:
                    raise NotSmtp(line[:120])
                lines.append(match[3].strip())
                if match[2] != "-" or len(lines) >= MAX_LINES:
                    return Reply(int(match[1]), tuple(lines))

    def _line(self, end: float) -> str:
        """The next line (without CRLF), reading until ``end`` (a :func:`time.monotonic` time)."""
        while (newline := self._buffer.find(b"\n")) < 0:
            if len(self._buffer) > MAX_LINE:
                raise NotSmtp(bytes(self._buffer[:120]).decode("utf-8", "replace"))
            left = end - time.monotonic()
            if left <= 0:
                raise TimeoutError
            self.sock.settimeout(left)
            chunk = self.sock.recv(4096)
            if not chunk:
                raise Closed("the server closed the connection")
            self._buffer += chunk
        line = bytes(self._buffer[:newline]).rstrip(b"\r")
        del self._buffer[:newline + 1]
        return line.decode("utf-8", "replace")

    def start_tls(self, context: ssl.SSLContext, server_hostname: str, timeout: float) -> None:
        """Run the TLS handshake on this connection, verifying the certificate for ``server_hostname``.

        Raises:
            NotSmtp: the server sent data ahead of the handshake (a STARTTLS injection, RFC 3207 §6).
            ssl.SSLError: the handshake or the certificate check failed.
            NoAnswer: the handshake did not finish in time.
        """
        with self._io(timeout) as seconds:
            if self._buffer:
                raise NotSmtp(bytes(self._buffer[:120]).decode("utf-8", "replace"))
            self.sock.settimeout(seconds)
            self.sock = context.wrap_socket(self.sock, server_hostname=server_hostname)

    def close(self) -> None:
        """Close the connection (never raises)."""
        try:
            self.sock.close()
        except OSError:
            pass
