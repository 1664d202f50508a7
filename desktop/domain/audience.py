"""The JWT audience this app's tokens are issued for: ``cxdesk@<hostname>`` (design §2).

Both sides use it: the API client asks for it when it signs in (:mod:`desktop.api.session`), and the
sandbox's service, a child of the app on the same host, issues the app's first refresh token for it
(:mod:`desktop.server.child`; issue 11). It lives here, below both, because the service never
imports the client.
"""

from __future__ import annotations

import socket

from desktop import APP_ID


def default_audience() -> str:
    """The JWT audience this app asks for: ``cxdesk@<hostname>`` (design §2).

    The service takes only a short printable ``app@host`` without spaces (issue 14, point 3), so a
    host name that is empty, holds spaces, ``@`` or invisible characters, or is over 253 characters
    (RFC 1035 §2.3.4) is replaced by ``localhost``.
    """
    host = socket.gethostname()
    if not host or len(host) > 253 or not host.isprintable() or any(c.isspace() or c == "@" for c in host):
        host = "localhost"
    return f"{APP_ID}@{host}"
