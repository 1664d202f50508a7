"""Real SMTP peers on loopback for the engine's tests (design §6).

``mail_server(...)`` starts an aiosmtpd server on a free port of 127.0.0.1 (or ::1): plain,
STARTTLS or implicit TLS with a certificate from a trustme test authority, with or without AUTH
(PLAIN and/or LOGIN). It records every byte the server received, so a test can prove that a secret
never crossed the wire. ``silent_port`` is a TCP server that takes connections and says nothing.
"""

from __future__ import annotations

import socket
import ssl
import threading
from dataclasses import dataclass, field

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult

USERNAME = "noc@carrier.example"
#: Non-ASCII, a colon, quotes, a space: everything a password may hold.
PASSWORD = "pä:ss wörd\"'€"
SENDER = "noc@carrier.example"
RECIPIENT = "ops@customer.example"
SERVER_NAME = "mx.test.example"


class Inbox:
    """An aiosmtpd handler that keeps every envelope it accepts; ``refuse`` maps addresses to replies."""

    def __init__(self) -> None:
        self.envelopes: list = []
        self.refuse: dict[str, str] = {}

    async def handle_MAIL(self, server, session, envelope, address, options):
        if address in self.refuse:
            return self.refuse[address]
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 2.1.0 Sender ok"

    async def handle_RCPT(self, server, session, envelope, address, options):
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 Recipient ok"

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 2.0.0 Ok: queued as TEST1"


class _RecordingSMTP(SMTP):
    def __init__(self, handler, *, received: list[bytes], **kwargs):
        super().__init__(handler, **kwargs)
        self._received = received

    def data_received(self, data: bytes) -> None:
        self._received.append(data)
        super().data_received(data)


class _Controller(Controller):
    """A controller on a free port (port 0), with the recording protocol."""

    def __init__(self, handler, received: list[bytes], **kwargs):
        super().__init__(handler, port=0, **kwargs)
        self.received = received

    def factory(self):
        return _RecordingSMTP(self.handler, received=self.received, **self.SMTP_kwargs)

    def _trigger_server(self):
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


@dataclass
class MailServer:
    """A running server: where it is, what it accepted and every byte it received."""

    host: str
    port: int
    inbox: Inbox
    received: list[bytes] = field(default_factory=list)

    @property
    def server(self) -> str:
        """The Server field for this server."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    @property
    def raw(self) -> bytes:
        return b"".join(self.received)


def _authenticator(users: dict[str, str]):
    def check(server, session, envelope, mechanism, auth_data):
        login = auth_data.login.decode("utf-8")
        ok = login in users and users[login] == auth_data.password.decode("utf-8")
        return AuthResult(success=ok, handled=False)

    return check


@pytest.fixture(scope="session")
def ca() -> trustme.CA:
    return trustme.CA()


def server_context(ca: trustme.CA, *names: str) -> ssl.SSLContext:
    """A server-side context with a certificate from ``ca`` for ``names``."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(*names).configure_cert(context)
    return context


@pytest.fixture(scope="session")
def trusting_context(ca) -> ssl.SSLContext:
    """A client context that trusts the test authority (and nothing else); it verifies as strictly as the default."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ca.configure_trust(context)
    return context


@pytest.fixture
def mail_server(ca):
    """``mail_server(tls=None|"starttls"|"implicit", users=None|{name: password}, mechanisms=…, host=…, …)``.

    ``authenticator`` replaces the check of ``users`` (an aiosmtpd authenticator callable).
    """
    started: list[_Controller] = []
    default_cert = server_context(ca, "localhost", "127.0.0.1", "::1")

    def start(*, tls: str | None = None, users: dict[str, str] | None = None,
              mechanisms: tuple[str, ...] = ("PLAIN", "LOGIN"), host: str = "127.0.0.1",
              auth_require_tls: bool = True, smtputf8: bool = True, cert: ssl.SSLContext | None = None,
              authenticator=None) -> MailServer:
        inbox, received = Inbox(), []
        context = cert or default_cert
        kwargs = {"server_hostname": SERVER_NAME, "enable_SMTPUTF8": smtputf8, "ready_timeout": 5.0,
                  "auth_exclude_mechanism": [m for m in ("PLAIN", "LOGIN") if m not in mechanisms]}
        if tls == "starttls":
            kwargs["tls_context"] = context
        if users is not None or authenticator is not None:
            kwargs["authenticator"] = authenticator or _authenticator(users)
        # aiosmtpd cannot see implicit TLS; "require TLS for AUTH" would hide AUTH there.
        kwargs["auth_require_tls"] = auth_require_tls and tls != "implicit"
        controller = _Controller(inbox, received, hostname=host,
                                 ssl_context=context if tls == "implicit" else None, **kwargs)
        controller.start()
        started.append(controller)
        return MailServer(host, controller.port, inbox, received)

    yield start
    for controller in started:
        controller.stop()


@pytest.fixture
def silent_port():
    """A TCP port on 127.0.0.1 that takes connections and never says a word."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.05)
    stop, connections = threading.Event(), []

    def accept():
        while not stop.is_set():
            try:
                connections.append(listener.accept()[0])
            except TimeoutError:
                continue
            except OSError:
                return

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    stop.set()
    thread.join()
    listener.close()
    for conn in connections:
        conn.close()


@pytest.fixture
def backlogged_port():
    """A TCP port on 127.0.0.1 whose listen queue is full: a new connection is never answered (its SYN is dropped)."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    filler = socket.create_connection(("127.0.0.1", port), timeout=5)  # takes the one place in the queue
    yield port
    filler.close()
    listener.close()


@pytest.fixture
def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens."""
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return probe.getsockname()[1]


def ipv6_loopback_available() -> bool:
    try:
        with socket.create_server(("::1", 0), family=socket.AF_INET6):
            return True
    except OSError:
        return False


class ScriptedPeer:
    """A TCP peer on 127.0.0.1 that plays ``replies`` in order: the first on connect, then one per command line.

    After a ``354`` reply it reads the message up to the lone ``.`` line before answering again. When
    the script runs out it closes the connection. ``lines`` records what the client sent (after a TLS
    handshake too). With ``tls`` (a server context), a ``220`` reply to ``STARTTLS`` is followed by the
    server side of a TLS handshake, and the script goes on over TLS.
    """

    def __init__(self, replies: list[str], tls: ssl.SSLContext | None = None) -> None:
        self.replies = list(replies)
        self.lines: list[bytes] = []
        self._tls = tls
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(5)
        self.port = self._listener.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        try:
            conn, _ = self._listener.accept()
        except OSError:
            return
        conn.settimeout(5)
        reader = conn.makefile("rb")
        line = b""
        try:
            for index, reply in enumerate(self.replies):
                if index and self.replies[index - 1].startswith("354"):
                    while reader.readline() not in (b".\r\n", b""):
                        pass
                elif index:
                    line = reader.readline()
                    if not line:
                        return
                    self.lines.append(line)
                conn.sendall(reply.replace("\n", "\r\n").encode() + b"\r\n")
                if self._tls is not None and line.upper().startswith(b"STARTTLS") and reply.startswith("220"):
                    reader.close()
                    conn = self._tls.wrap_socket(conn, server_side=True)
                    reader = conn.makefile("rb")
        except OSError:
            return
        finally:
            reader.close()
            conn.close()

    def close(self) -> None:
        self._listener.close()
        self._thread.join(5)


@pytest.fixture
def scripted_peer():
    """``scripted_peer(["220 hi", "250 ok", …], tls=None)`` starts a :class:`ScriptedPeer`."""
    peers: list[ScriptedPeer] = []

    def start(replies: list[str], tls: ssl.SSLContext | None = None) -> ScriptedPeer:
        peers.append(ScriptedPeer(replies, tls))
        return peers[-1]

    yield start
    for peer in peers:
        peer.close()
