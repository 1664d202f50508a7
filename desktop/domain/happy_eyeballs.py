"""Connect to one of a host's addresses the Happy Eyeballs way (RFC 8305), for the SMTP engine and the API client.

A host with IPv6 and IPv4 addresses whose IPv6 path is broken (a common state of home and office
networks) would make a client that tries addresses in turn wait a whole connect timeout before
IPv4. Instead, :func:`connect_first` starts one attempt, and every :data:`ATTEMPT_DELAY` seconds
(RFC 8305 §5: 250 ms recommended) another one while none has succeeded, alternating the address
families (§4); an attempt that fails early starts the next at once. The first connection made
wins; every other attempt is closed. Nothing is sent on any connection: the caller gets a
connected socket and decides what to say (an SMTP client waits for the greeting first).

When no address takes the connection, :class:`AllAttemptsFailed` lists each address with its own
reason (refused, no answer within the timeout, unreachable).
"""

from __future__ import annotations

import errno
import os
import selectors
import socket
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

#: The delay between the start of one attempt and the next, in seconds (RFC 8305 §5, "Connection Attempt Delay").
ATTEMPT_DELAY = 0.25


@dataclass(frozen=True)
class Target:
    """One address of the host: the socket family and the ``sockaddr`` to connect to."""

    family: int
    sockaddr: tuple[Any, ...]

    def __str__(self) -> str:
        return f"[{self.sockaddr[0]}]" if self.family == socket.AF_INET6 else str(self.sockaddr[0])


@dataclass(frozen=True)
class Attempt:
    """How one connection attempt ended.

    Attributes:
        target: the address tried.
        outcome: ``connected``, ``refused``, ``timeout``, ``unreachable`` or ``abandoned`` (another
            attempt won first).
        reason: the outcome in words (``connection refused``, ``no answer in 10 s``, the system's message).
        seconds: how long it took.
    """

    target: Target
    outcome: str
    reason: str
    seconds: float


class AllAttemptsFailed(OSError):
    """No address took the connection; ``attempts`` has one entry per address, in the order they were tried."""

    def __init__(self, attempts: list[Attempt]) -> None:
        super().__init__("; ".join(f"{attempt.target}: {attempt.reason}" for attempt in attempts)
                         or "no address to connect to")
        self.attempts = attempts

    @property
    def kinds(self) -> set[str]:
        """The outcomes that occurred (``refused``, ``timeout``, ``unreachable``)."""
        return {attempt.outcome for attempt in self.attempts}


def interleave(targets: Sequence[Target]) -> list[Target]:
    """The targets in RFC 8305 §4 order: the first family of the list first, then the families alternating.

    The order within each family is kept (``getaddrinfo`` sorts by RFC 6724); duplicates are dropped.
    """
    unique = list(dict.fromkeys(targets))
    if not unique:
        return []
    first = unique[0].family
    preferred = [t for t in unique if t.family == first]
    others = [t for t in unique if t.family != first]
    ordered: list[Target] = []
    for index in range(max(len(preferred), len(others))):
        ordered += preferred[index:index + 1] + others[index:index + 1]
    return ordered


def _seconds(value: float) -> str:
    return f"{value:g} s"


def connect_first(targets: Sequence[Target], timeout: float, *, deadline: float | None = None,
                  delay: float = ATTEMPT_DELAY) -> tuple[socket.socket, Target, list[Attempt]]:
    """Connect to the first of ``targets`` that answers, starting attempts :data:`ATTEMPT_DELAY` apart.

    Args:
        targets: the addresses, in the order to try them (see :func:`interleave`).
        timeout: how long each attempt may take, in seconds.
        deadline: a :func:`time.monotonic` time by which everything ends (``None``: only ``timeout``s).
        delay: the delay between attempts, in seconds.

    Returns:
        The connected socket (blocking, no timeout set), its target, and every attempt (the winner's
        outcome is ``connected``; attempts still running when it won are ``abandoned``).

    Raises:
        AllAttemptsFailed: every attempt failed (each with its reason).
        TimeoutError: ``deadline`` passed first; ``attempts`` is set on it as an attribute.
    """
    pending = list(targets)
    running: dict[socket.socket, tuple[Target, float]] = {}
    attempts: list[Attempt] = []
    selector = selectors.DefaultSelector()
    next_start = time.monotonic()
    try:
        while pending or running:
            now = time.monotonic()
            if deadline is not None and now >= deadline:
                for target, started in running.values():
                    attempts.append(Attempt(target, "timeout", "stopped at the deadline", now - started))
                error = TimeoutError("no address answered before the deadline")
                error.attempts = attempts  # type: ignore[attr-defined]
                raise error
            if pending and (not running or now >= next_start):
                target = pending.pop(0)
                failed = _start(target, running, selector, attempts, now)
                next_start = now if failed else now + delay
                continue
            wake = min([started + timeout for _, started in running.values()]
                       + ([next_start] if pending else []) + ([deadline] if deadline is not None else []))
            for key, _ in selector.select(max(wake - now, 0.0)):
                sock = key.fileobj
                assert isinstance(sock, socket.socket)
                target, started = running.pop(sock)
                selector.unregister(sock)
                code = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
                if code == 0:
                    attempts.append(Attempt(target, "connected", "connected", time.monotonic() - started))
                    for other_target, other_started in running.values():
                        attempts.append(Attempt(other_target, "abandoned", "another address answered first",
                                                time.monotonic() - other_started))
                    sock.setblocking(True)
                    return sock, target, attempts
                sock.close()
                attempts.append(_failure(target, code, time.monotonic() - started))
                next_start = time.monotonic()  # a failed attempt starts the next at once (RFC 8305 §5)
            now = time.monotonic()
            for sock, (target, started) in list(running.items()):
                if now - started >= timeout:
                    running.pop(sock)
                    selector.unregister(sock)
                    sock.close()
                    attempts.append(Attempt(target, "timeout", f"no answer in {_seconds(timeout)}", now - started))
        raise AllAttemptsFailed(attempts)
    finally:
        for sock in running:
            sock.close()
        selector.close()


def _start(target: Target, running: dict[socket.socket, tuple[Target, float]], selector: selectors.BaseSelector,
           attempts: list[Attempt], now: float) -> bool:
    """Start one non-blocking attempt; returns whether it failed at once (recorded in ``attempts``)."""
    try:
        sock = socket.socket(target.family, socket.SOCK_STREAM)
    except OSError as error:
        attempts.append(_failure(target, error.errno or 0, 0.0, error))
        return True
    sock.setblocking(False)
    code = sock.connect_ex(target.sockaddr)
    if code not in (0, errno.EINPROGRESS, errno.EWOULDBLOCK, getattr(errno, "WSAEWOULDBLOCK", -1)):
        sock.close()
        attempts.append(_failure(target, code, 0.0))
        return True
    running[sock] = (target, now)
    selector.register(sock, selectors.EVENT_WRITE)
    return False


def _failure(target: Target, code: int, seconds: float, error: OSError | None = None) -> Attempt:
    if code in (errno.ECONNREFUSED, getattr(errno, "WSAECONNREFUSED", -1)):
        return Attempt(target, "refused", "connection refused", seconds)
    if code in (errno.ETIMEDOUT, getattr(errno, "WSAETIMEDOUT", -1)):
        return Attempt(target, "timeout", "no answer", seconds)
    reason = (error.strerror if error is not None else None) or os.strerror(code) or f"error {code}"
    return Attempt(target, "unreachable", reason, seconds)
