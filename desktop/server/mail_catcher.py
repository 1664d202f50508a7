"""The sandbox's mail catcher: a local SMTP server that keeps every message it receives (design §5).

So that **Test Email** works on a fresh machine with no outside server, the sandbox runs an SMTP
server (aiosmtpd, RFC 5321) on ``127.0.0.1`` and a free port, and points the sandbox account's
Server setting at it. It is plain SMTP without login: the SMTP engine never sends credentials over
an unencrypted connection, so a Username set in the sandbox is explained rather than sent. Every
message is stored in the service's database (table ``mail_outbox``) and listed by
``GET sandbox/outbox/email``. Nothing is relayed anywhere.
"""

from __future__ import annotations

import json
import logging
import select
import socket
import threading
from collections.abc import Callable
from datetime import datetime
from email import message_from_string, policy
from email.message import EmailMessage
from typing import TYPE_CHECKING, Any

from desktop.server.repository import Repository
from desktop.server.seed import SANDBOX_ACCOUNT_ID, SANDBOX_SMTP
from desktop.server.smtp_store import load_smtp, save_smtp

if TYPE_CHECKING:
    from desktop.server.catcher_smtp import BoundController

log = logging.getLogger(__name__)
# aiosmtpd logs every connection at INFO ("Connection lost during _handle_client()" when a check
# hangs up early); that is routine for a catcher, not news for the user.
logging.getLogger("mail.log").setLevel(logging.WARNING)

#: The setting that remembers the Server value the sandbox last pointed at its catcher.
CATCHER_SETTING = "sandbox_mail_catcher"


class MailCatcher:
    """The catcher on ``host`` (``127.0.0.1``) and a free port, storing into ``repository``'s database.

    ``clock`` returns the current aware UTC time (the service's clock) for ``received_at``.

    :meth:`start` only binds the listening socket, so :attr:`server` is known at once and the sandbox's
    SMTP Server can point at it before the service answers. aiosmtpd (:mod:`desktop.server.catcher_smtp`)
    is loaded and started by a waiting thread when the first client connects; that client waits in the
    socket's backlog meanwhile (a few tens of milliseconds). Most starts of the app never send a test
    e-mail, and none should wait for an SMTP server to load before its first answer (issue 11).
    """

    def __init__(self, repository: Repository, clock: Callable[[], datetime], host: str = "127.0.0.1") -> None:
        self.repository = repository
        self.clock = clock
        self.host = host
        self._lock = threading.Lock()
        self._socket: socket.socket | None = None
        self._wake: socket.socket | None = None  # closed by stop(): the waiting thread's end turns readable
        self._controller: BoundController | None = None

    @property
    def port(self) -> int | None:
        """The port it listens on while running, else ``None``."""
        sock = self._socket
        return sock.getsockname()[1] if sock is not None else None

    @property
    def server(self) -> str:
        """The Server field that reaches the catcher, e.g. ``127.0.0.1:54123``.

        Raises:
            RuntimeError: the catcher is not running.
        """
        port = self.port
        if port is None:
            raise RuntimeError("The mail catcher is not running.")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{port}"

    @property
    def serving(self) -> bool:
        """Whether aiosmtpd has been loaded and serves (after the first connection)."""
        return self._controller is not None

    def start(self) -> MailCatcher:
        """Listen on a free port; aiosmtpd serves from the first connection on. Return ``self``.

        A new port after each :meth:`stop`; a no-op while running.

        Raises:
            OSError: no port could be bound.
        """
        with self._lock:
            if self._socket is None:
                family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
                sock = socket.create_server((self.host, 0), family=family)
                try:
                    waiting, self._wake = socket.socketpair()
                except OSError:
                    sock.close()
                    raise
                self._socket = sock
                threading.Thread(target=self._serve_when_called, args=(sock, waiting), daemon=True,
                                 name=f"mail-catcher:{sock.getsockname()[1]}").start()
                log.info("sandbox mail catcher listening on %s", self.server)
        return self

    def stop(self) -> None:
        """Stop listening (and serving, if it had started); safe to call twice."""
        with self._lock:
            sock, wake, controller = self._socket, self._wake, self._controller
            self._socket = self._wake = self._controller = None
        if wake is not None:
            wake.close()  # the waiting thread's end of the pair becomes readable: it returns
        if controller is not None:
            controller.stop()  # closes the socket with the server
        elif sock is not None:
            sock.close()

    def _serve_when_called(self, sock: socket.socket, waiting: socket.socket) -> None:
        """The waiting thread: block until a client connects (or :meth:`stop`), then start aiosmtpd on ``sock``."""
        with waiting:
            try:
                readable = select.select([sock, waiting], [], [])[0]
            except (OSError, ValueError):  # the socket was closed under us: stopped
                return
            with self._lock:
                if waiting in readable or self._socket is not sock:
                    return  # stopped before anyone connected
                try:
                    from desktop.server.catcher_smtp import serve

                    self._controller = serve(sock, self.repository, self.clock)
                except Exception:  # noqa: BLE001 - logged; the client's connection is refused, the service goes on
                    log.exception("the sandbox mail catcher could not start on %s", self.server)
                    sock.close()


def point_sandbox_at(repository: Repository, server: str, account_id: int = SANDBOX_ACCOUNT_ID) -> bool:
    """Point the sandbox account's SMTP Server at the catcher's ``server`` (``127.0.0.1:<port>``).

    The Server is replaced when it is empty, still the seed's placeholder, or the catcher address set
    at an earlier start (the port changes with each start); a server the user chose in the sandbox is
    kept. An empty From Address or SMS From gets the seed's value.

    Returns:
        Whether the Server now points at the catcher (``False`` also when the account does not exist).
    """
    with repository.transaction() as conn:
        if repository.account(account_id) is None:
            return False
        row = conn.execute("SELECT value FROM setting WHERE key = ?", (CATCHER_SETTING,)).fetchone()
        previous = row["value"] if row else None
        settings = load_smtp(repository, account_id).settings
        changes = {key: SANDBOX_SMTP[key] for key in ("from_address", "sms_from") if not getattr(settings, key)}
        ours = settings.server in ("", SANDBOX_SMTP["server"], previous)
        if ours:
            changes["server"] = server
            conn.execute("INSERT INTO setting (key, value) VALUES (?, ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (CATCHER_SETTING, server))
        if changes:
            save_smtp(repository, account_id, changes)
    if not ours:
        log.info("the sandbox keeps its own SMTP server %s; the mail catcher is at %s", settings.server, server)
    return ours


def mail_outbox(repository: Repository, limit: int = 50) -> list[dict[str, Any]]:
    """The caught messages, newest first: ``[{id, received_at, mail_from, rcpt_tos, subject, text}]``."""
    with repository.transaction() as conn:
        rows = conn.execute("SELECT id, received_at, mail_from, rcpt_tos, subject, raw FROM mail_outbox "
                            "ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
    return [{"id": str(row["id"]), "received_at": row["received_at"], "mail_from": row["mail_from"],
             "rcpt_tos": json.loads(row["rcpt_tos"]), "subject": row["subject"], "text": message_text(row["raw"])}
            for row in rows]


def message_text(raw: str) -> str:
    """The readable body of a message: its text/plain part (else text/html), decoded, with Unix line ends."""
    message = message_from_string(raw, policy=policy.default)
    if not isinstance(message, EmailMessage):
        return ""
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        text = str(part.get_content())
    except (LookupError, ValueError):  # an unknown charset or a broken transfer encoding
        payload = part.get_payload(decode=True)
        text = payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else ""
    return text.replace("\r\n", "\n")
