"""Finding the mail server and opening the connection (RFC 5321 §5: a host's addresses are tried in turn).

The host name is resolved with :func:`socket.getaddrinfo` (IPv6 and IPv4, in the order the system
prefers, RFC 6724) under a time limit, and each address is tried until one takes the connection.
Every look-up and every attempt becomes a step of the transcript.
"""

from __future__ import annotations

import re
import socket
from dataclasses import dataclass
from typing import Any

from desktop.domain.net import getaddrinfo_within
from desktop.domain.smtp import SmtpEndpoint
from desktop.mail import diagnosis
from desktop.mail.channel import Deadline, NoAnswer
from desktop.mail.transcript import Outcome, Stage, Transcript

_FQDN = re.compile(r"^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$")


@dataclass(frozen=True)
class Address:
    """One address of the host: the socket family and the ``sockaddr`` to connect to."""

    family: int
    sockaddr: tuple[Any, ...]

    def __str__(self) -> str:
        return f"[{self.sockaddr[0]}]" if self.family == socket.AF_INET6 else str(self.sockaddr[0])


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
    """Connect to the first address that takes the connection; record every attempt.

    Returns:
        The connected socket and its address.

    Raises:
        SmtpFailure: no address took the connection (refused, no answer, unreachable).
    """
    kinds: set[str] = set()
    errors: list[str] = []
    waited = timeout
    for address in addresses:
        seconds, overall = deadline.limit(timeout)
        waited = seconds
        sock = socket.socket(address.family, socket.SOCK_STREAM)
        sock.settimeout(seconds)
        try:
            sock.connect(address.sockaddr)
        except TimeoutError:
            sock.close()
            if overall:
                raise NoAnswer(deadline.seconds, overall=True) from None
            kinds.add("timeout")
            reason = f"no answer in {diagnosis.seconds(seconds)}"
        except ConnectionRefusedError:
            sock.close()
            kinds.add("refused")
            reason = "connection refused"
        except OSError as error:
            sock.close()
            kinds.add("unreachable")
            reason = error.strerror or str(error)
        else:
            transcript.add(Stage.CONNECT, Outcome.OK, f"connected to {address} port {endpoint.port}")
            return sock, address
        errors.append(f"{address}: {reason}")
        transcript.add(Stage.CONNECT, Outcome.FAILED, f"{address} port {endpoint.port}: {reason}")
    raise diagnosis.connect_failed(endpoint, kinds, waited, errors)


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
