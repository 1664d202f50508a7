"""The SMTP side of the sandbox's mail catcher: aiosmtpd serving on a socket bound beforehand (design §5).

Kept apart from :mod:`desktop.server.mail_catcher` so that aiosmtpd (about 55 ms to import on the
two-core machine) loads only when a client first connects to the catcher, not while the sandbox's
service starts and the app waits for its first answer (issue 11). Only
:meth:`desktop.server.mail_catcher.MailCatcher.start`'s waiting thread imports this module.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Callable
from datetime import datetime
from email import message_from_string, policy
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import Envelope, Session

from desktop.domain.models import as_utc, format_timestamp
from desktop.server.repository import Repository

#: The name the catcher gives in its greeting and EHLO answer.
CATCHER_NAME = "mail-catcher.sandbox.localhost"
#: The largest message the catcher takes (RFC 1870 SIZE), in bytes.
MAX_MESSAGE_BYTES = 10 * 1024 * 1024


class Outbox:
    """The aiosmtpd handler: stores each message in table ``mail_outbox`` and answers ``250`` with its id.

    ``clock`` returns the current aware UTC time (the service's clock) for ``received_at``.
    """

    def __init__(self, repository: Repository, clock: Callable[[], datetime]) -> None:
        self.repository = repository
        self.clock = clock

    async def handle_DATA(self, server: Any, session: Session, envelope: Envelope) -> str:
        """Keep the message (RFC 5321 DATA); the reply names its outbox id."""
        raw = (envelope.original_content or b"").decode("utf-8", errors="replace")
        subject = str(message_from_string(raw, policy=policy.default).get("Subject") or "")
        with self.repository.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO mail_outbox (received_at, mail_from, rcpt_tos, subject, raw) VALUES (?, ?, ?, ?, ?)",
                (format_timestamp(as_utc(self.clock())), envelope.mail_from or "", json.dumps(list(envelope.rcpt_tos)),
                 subject, raw))
        return f"250 2.0.0 Kept in the sandbox mail outbox as message {cursor.lastrowid}; nothing is relayed"


class BoundController(Controller):
    """An aiosmtpd controller that serves on ``sock``, a listening socket bound beforehand (so port 0 works).

    :meth:`stop` closes the socket with the server.
    """

    def __init__(self, handler: Outbox, sock: socket.socket) -> None:
        self._socket = sock
        host, port = sock.getsockname()[:2]
        super().__init__(handler, hostname=host, port=port, server_hostname=CATCHER_NAME,
                         ident="CX Account Desk sandbox mail catcher", data_size_limit=MAX_MESSAGE_BYTES,
                         enable_SMTPUTF8=True, ready_timeout=5.0)

    def _create_server(self) -> Any:
        """Listen on the bound socket (aiosmtpd's documented hook for subclasses)."""
        return self.loop.create_server(self._factory_invoker, sock=self._socket)


def serve(sock: socket.socket, repository: Repository, clock: Callable[[], datetime]) -> BoundController:
    """Start aiosmtpd's thread serving ``sock`` into ``repository``'s outbox; the running controller.

    Raises:
        RuntimeError: aiosmtpd did not start within its ready timeout (5 s).
        OSError: the socket cannot be served (e.g. it was closed).
    """
    controller = BoundController(Outbox(repository, clock), sock)
    controller.start()
    return controller
