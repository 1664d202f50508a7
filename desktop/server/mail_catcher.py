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
import socket
from collections.abc import Callable
from datetime import datetime
from email import message_from_string, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import Envelope, Session

from desktop.domain.models import as_utc, format_timestamp
from desktop.server.repository import Repository
from desktop.server.seed import SANDBOX_ACCOUNT_ID, SANDBOX_SMTP
from desktop.server.smtp_store import load_smtp, save_smtp

log = logging.getLogger(__name__)
# aiosmtpd logs every connection at INFO ("Connection lost during _handle_client()" when a check
# hangs up early); that is routine for a catcher, not news for the user.
logging.getLogger("mail.log").setLevel(logging.WARNING)

#: The setting that remembers the Server value the sandbox last pointed at its catcher.
CATCHER_SETTING = "sandbox_mail_catcher"
#: The name the catcher gives in its greeting and EHLO answer.
CATCHER_NAME = "mail-catcher.sandbox.localhost"
#: The largest message the catcher takes (RFC 1870 SIZE), in bytes.
MAX_MESSAGE_BYTES = 10 * 1024 * 1024


class _Outbox:
    """The aiosmtpd handler: stores each message and answers ``250`` with its outbox id."""

    def __init__(self, repository: Repository, clock: Callable[[], datetime]) -> None:
        self.repository = repository
        self.clock = clock

    async def handle_DATA(self, server: Any, session: Session, envelope: Envelope) -> str:
        raw = (envelope.original_content or b"").decode("utf-8", errors="replace")
        subject = str(message_from_string(raw, policy=policy.default).get("Subject") or "")
        with self.repository.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO mail_outbox (received_at, mail_from, rcpt_tos, subject, raw) VALUES (?, ?, ?, ?, ?)",
                (format_timestamp(as_utc(self.clock())), envelope.mail_from or "", json.dumps(list(envelope.rcpt_tos)),
                 subject, raw))
        return f"250 2.0.0 Kept in the sandbox mail outbox as message {cursor.lastrowid}; nothing is relayed"


class _BoundController(Controller):
    """An aiosmtpd controller that serves on a socket bound beforehand (so port 0 works)."""

    def __init__(self, handler: _Outbox, host: str) -> None:
        self._socket = socket.create_server((host, 0), family=socket.AF_INET6 if ":" in host else socket.AF_INET)
        super().__init__(handler, hostname=host, port=self._socket.getsockname()[1], server_hostname=CATCHER_NAME,
                         ident="CX Account Desk sandbox mail catcher", data_size_limit=MAX_MESSAGE_BYTES,
                         enable_SMTPUTF8=True, ready_timeout=5.0)

    def close_socket(self) -> None:
        """Close the listening socket (after a failed start; a stop closes it with the server)."""
        self._socket.close()

    def _create_server(self) -> Any:
        """Listen on the bound socket (aiosmtpd's documented hook for subclasses)."""
        return self.loop.create_server(self._factory_invoker, sock=self._socket)


class MailCatcher:
    """The catcher on ``127.0.0.1`` and a free port, storing into ``repository``'s database.

    ``clock`` returns the current aware UTC time (the service's clock) for ``received_at``.
    """

    def __init__(self, repository: Repository, clock: Callable[[], datetime], host: str = "127.0.0.1") -> None:
        self.repository = repository
        self.clock = clock
        self.host = host
        self._controller: _BoundController | None = None

    @property
    def port(self) -> int | None:
        """The port it listens on while running, else ``None``."""
        return self._controller.port if self._controller is not None else None

    @property
    def server(self) -> str:
        """The Server field that reaches the catcher, e.g. ``127.0.0.1:54123``.

        Raises:
            RuntimeError: the catcher is not running.
        """
        if self._controller is None:
            raise RuntimeError("The mail catcher is not running.")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self._controller.port}"

    def start(self) -> MailCatcher:
        """Start serving in aiosmtpd's thread; return ``self`` (a new port after each stop).

        Raises:
            OSError: no port could be bound.
            RuntimeError: the server did not start in time.
        """
        if self._controller is None:
            controller = _BoundController(_Outbox(self.repository, self.clock), self.host)
            try:
                controller.start()
            except BaseException:
                controller.close_socket()
                raise
            self._controller = controller
            log.info("sandbox mail catcher listening on %s", self.server)
        return self

    def stop(self) -> None:
        """Stop serving; safe to call twice."""
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()


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
