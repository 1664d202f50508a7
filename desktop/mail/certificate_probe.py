"""Fetch a mail server's certificate after the verifying handshake refused it, to offer trusting it.

A refused certificate cannot be read from the failed handshake, so :func:`fetch_certificate` opens a
second connection to the same address and takes the certificate from an unverified handshake:
directly for TLS from the first byte (RFC 8314), or after the greeting, ``EHLO`` and ``STARTTLS``
(RFC 3207). It sends nothing else (no ``AUTH``, no credentials, no mail) and closes the connection.
"""

from __future__ import annotations

import socket

from desktop.domain.certificates import CertificateInfo, read_certificate, unverified_context
from desktop.domain.smtp import IMPLICIT_TLS, SmtpEndpoint
from desktop.mail.channel import Channel, ChannelError, Deadline, ehlo_extensions
from desktop.mail.connection import Address


def fetch_certificate(endpoint: SmtpEndpoint, address: Address, ehlo_name: str, deadline: Deadline,
                      timeout: float) -> CertificateInfo | None:
    """The certificate that ``address`` presents for ``endpoint``, or ``None`` when it cannot be had.

    Args:
        endpoint: the Server setting (its security says implicit TLS or STARTTLS).
        address: the address the conversation connected to.
        ehlo_name: the name to say in ``EHLO``.
        deadline: the conversation's deadline (the probe ends by then too).
        timeout: the limit of each step, in seconds.
    """
    try:
        seconds, _ = deadline.limit(timeout)
        sock = socket.socket(address.family, socket.SOCK_STREAM)
    except (ChannelError, OSError):
        return None
    channel = Channel(sock, deadline)
    try:
        sock.settimeout(seconds)
        sock.connect(address.sockaddr)
        if endpoint.security != IMPLICIT_TLS:
            if channel.reply(timeout).code != 220:
                return None
            hello = channel.command(f"EHLO {ehlo_name}", timeout)
            if hello.code != 250 or "STARTTLS" not in ehlo_extensions(hello):
                return None
            if channel.command("STARTTLS", timeout).code != 220:
                return None
        channel.start_tls(unverified_context(), endpoint.ascii_host, timeout)
        der = channel.sock.getpeercert(binary_form=True)  # type: ignore[attr-defined]
        return read_certificate(der) if der else None
    except (ChannelError, OSError):
        return None
    finally:
        channel.close()
