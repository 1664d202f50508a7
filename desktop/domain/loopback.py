"""Whether an address stays on this computer (loopback): the no-proxy rule, and profiles' plain-http warning.

:mod:`desktop.api.session` turns environment proxies (``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY``)
off for a session whose base URL is loopback: a proxy would resolve ``localhost`` on its own machine,
or refuse, and a corporate proxy would see the tokens. Every spelling that reaches this computer's
loopback interface counts, because the OS resolver treats them all the same:

- names: ``localhost`` and any name under it (``app.localhost``), in any case, with or without the
  trailing dot of a fully qualified name (``localhost.``, ``LOCALHOST``). RFC 6761 §6.3 reserves them:
  resolvers should always answer them with a loopback address and never ask a DNS server.
- IPv4: 127.0.0.0/8 (RFC 1122 §3.2.1.3) in dotted quad (``127.0.0.1``, also with a trailing dot) and
  in the legacy forms that ``inet_aton(3)`` and therefore ``getaddrinfo`` accept: fewer parts
  (``127.1``), hexadecimal or octal parts (``0x7f.1``, ``0177.0.0.1``) and one 32-bit number
  (``2130706433``). :mod:`ipaddress` parses only the dotted quad, so the others go through
  :func:`socket.inet_aton`, and only when the text is made of digits, dots and ``x`` (glibc's
  ``inet_aton`` ignores anything after a space, which would let ``127.1 evil`` pass).
- IPv6: ``::1`` (written ``[::1]`` in a URL, RFC 3986 §3.2.2), also with a zone (``[::1%25lo]``,
  RFC 6874), and IPv4-mapped loopback ``::ffff:127.0.0.1`` (RFC 4291 §2.5.5.2; :mod:`ipaddress` on
  Python 3.11 does not count it as loopback by itself).

Not loopback: ``0.0.0.0`` and ``::`` (the unspecified address: a listening socket's wildcard, not a
destination, RFC 1122 §3.2.1.3), a host name that merely resolves to 127.0.0.1 today (resolving
costs a DNS query and may change), and anything that does not parse.

The rule decides only where requests go (direct or through a proxy); resolving the name stays with
the OS. A resolver that does not know ``localhost.`` or ``127.0.0.1.`` (glibc with a plain
``/etc/hosts`` and no systemd ``myhostname`` module) makes such a URL unreachable, never proxied.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import unquote, urlsplit

_LEGACY_IPV4 = re.compile(r"[0-9a-fA-FxX.]+")


def is_loopback_host(host: str) -> bool:
    """Whether a host name or address (as in a URL, brackets optional) is this computer's loopback.

    Args:
        host: e.g. ``localhost.``, ``127.1``, ``[::1]``, ``::ffff:127.0.0.1``; case does not matter.

    Returns:
        ``True`` for the spellings listed in the module docstring; ``False`` for anything else,
        including text that is not a host at all. Never raises, never resolves a name.
    """
    host = unquote(host.strip()).lower()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if host.endswith(".") and not host.endswith(".."):
        host = host[:-1]  # the root of a fully qualified name: "localhost." is "localhost"
    if not host:
        return False
    if host == "localhost" or host.endswith(".localhost"):
        return True  # RFC 6761 §6.3
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return _is_legacy_ipv4_loopback(host)
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def _is_legacy_ipv4_loopback(host: str) -> bool:
    """``127.1``, ``0x7f.1``, ``0177.0.0.1``, ``2130706433``: what ``inet_aton(3)`` reads as 127/8."""
    if not _LEGACY_IPV4.fullmatch(host) or not any(c.isdigit() for c in host):
        return False
    import socket  # for inet_aton(3) only, rarely needed: not on the first paint's path (issue 11)

    try:
        packed = socket.inet_aton(host)
    except (OSError, ValueError):
        return False
    return ipaddress.IPv4Address(packed).is_loopback


def is_loopback_url(url: str) -> bool:
    """Whether a URL's host is this computer's loopback (see :func:`is_loopback_host`).

    Args:
        url: an absolute URL, e.g. ``http://127.1:8123/api/cp/`` or ``http://[::1]:8123/``.

    Returns:
        ``True`` when the host is a loopback name or address; ``False`` otherwise, also for a URL
        without a host or one that does not parse. Never raises.
    """
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # e.g. an unbalanced "[" in the authority
        return False
    return is_loopback_host(host)
