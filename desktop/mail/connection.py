"""Finding the mail server and opening the connection (RFC 5321 §5: a host's addresses are all tried).

The host name is resolved with :func:`socket.getaddrinfo` (IPv6 and IPv4, in the order the system
prefers, RFC 6724) under a time limit, and the addresses are connected to the Happy Eyeballs way
(RFC 8305, :mod:`desktop.domain.happy_eyeballs`): attempts staggered by 250 ms, families alternating,
the first connection made wins. Nothing is sent on it here: the engine waits for the greeting first.
Every look-up and every attempt becomes a step of the transcript.
"""

from __future__ import annotations

import re
import socket
import time

from desktop.domain.happy_eyeballs import AllAttemptsFailed, Attempt, Target, connect_first, interleave
from desktop.domain.net import getaddrinfo_within
from desktop.domain.smtp import SmtpEndpoint
from desktop.mail import diagnosis
from desktop.mail.channel import Deadline, NoAnswer
from desktop.mail.transcript import Outcome, Stage, Transcript

_FQDN = re.compile(r"^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$")


#: One address of the host (the socket family and the ``sockaddr``).
Address = Target


def resolve(endpoint: SmtpEndpoint, timeout: float, deadline: Deadline, transcript: Transcript) -> list[Address]:
    """Return the host's addresses, in the system's order, without duplicates.

    The look-up has a time limit (:func:`desktop.domain.net.getaddrinfo_within`): a DNS server that
    never answers cannot hold the caller longer than ``timeout``.

    Raises:
        SmtpFailure: the name does not exist, DNS failed, or gave no answer in time.
    """
    host = endpoint.ascii_host
    seconds, overall = deadline.limit(timeout)
    try:
        if endpoint.is_ip_address:
            infos = socket.getaddrinfo(host, endpoint.port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
        else:
            infos = getaddrinfo_within(host, endpoint.port, seconds)
    except TimeoutError:
        if overall:
            raise NoAnswer(deadline.seconds, overall=True) from None
        raise diagnosis.dns_no_answer(endpoint.display_host, seconds) from None
    except OSError as error:
        raise diagnosis.dns_failed(endpoint.display_host, error) from None
    addresses: list[Address] = []
    for family, _type, _proto, _name, sockaddr in infos:
        address = Address(family, tuple(sockaddr))
        if address not in addresses:
            addresses.append(address)
    if endpoint.is_ip_address:
        transcript.add(Stage.RESOLVE, Outcome.SKIPPED, f"{endpoint.display_host} is an IP address: no DNS look-up")
    else:
        transcript.add(Stage.RESOLVE, Outcome.OK, f"{endpoint.display_host} has address "
                       + ", ".join(str(a) for a in addresses))
    return addresses


def connect(endpoint: SmtpEndpoint, addresses: list[Address], timeout: float, deadline: Deadline,
            transcript: Transcript) -> tuple[socket.socket, Address]:
    """Connect to the first address that takes the connection (RFC 8305); record every attempt.

    Returns:
        The connected socket and its address.

    Raises:
        SmtpFailure: no address took the connection; the summary lists each address with its reason.
        NoAnswer: the conversation's deadline ran out first.
    """
    seconds, _ = deadline.limit(timeout)
    end = time.monotonic() + max(deadline.remaining(), 0.0)
    try:
        sock, address, attempts = connect_first(interleave(addresses), seconds, deadline=end)
    except AllAttemptsFailed as failure:
        _record(endpoint, failure.attempts, transcript)
        errors = [f"{attempt.target}: {attempt.reason}" for attempt in failure.attempts]
        raise diagnosis.connect_failed(endpoint, failure.kinds, seconds, errors) from None
    except TimeoutError as error:
        _record(endpoint, getattr(error, "attempts", []), transcript)
        raise NoAnswer(deadline.seconds, overall=True) from None
    _record(endpoint, attempts, transcript)
    sock.settimeout(seconds)
    return sock, address


def _record(endpoint: SmtpEndpoint, attempts: list[Attempt], transcript: Transcript) -> None:
    for attempt in attempts:
        if attempt.outcome == "connected":
            transcript.add(Stage.CONNECT, Outcome.OK, f"connected to {attempt.target} port {endpoint.port}")
        elif attempt.outcome == "abandoned":
            transcript.add(Stage.CONNECT, Outcome.SKIPPED, f"{attempt.target} port {endpoint.port}: "
                           f"{attempt.reason}")
        else:
            transcript.add(Stage.CONNECT, Outcome.FAILED, f"{attempt.target} port {endpoint.port}: {attempt.reason}")


def ehlo_name(sock: socket.socket) -> str:
    """This computer's name for EHLO (RFC 5321 §4.1.3).

    Its fully qualified name, or else the address literal of the connection's local end
    (``[192.0.2.1]``, ``[IPv6:2001:db8::1]``).
    """
    name = socket.gethostname()
    if _FQDN.match(name):
        return name.lower()
    address = str(sock.getsockname()[0]).split("%")[0]
    return f"[IPv6:{address}]" if ":" in address else f"[{address}]"
