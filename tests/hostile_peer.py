"""A hostile network on loopback: a reverse proxy in front of the real account service (issue 8, point 11).

``HostilePeer(upstream_base_url)`` listens on 127.0.0.1 (plain or TLS) and forwards every request
to the real service, unless a **mode** set for a path (or for every path) says otherwise:

- ``pass``: forward (the default). ``peer.shift_date(seconds)`` makes the ``Date`` header of every
  answer lie by that much (the service's own ``Date`` is replaced).
- ``trickle``: ``200`` with ``Content-Length: 600`` and then one body byte per ``interval`` seconds;
  ``headers=True`` trickles the status line and headers too.
- ``reset``: the next request that arrives over a kept-alive connection (one that already served a
  request: what a laptop finds after sleeping) is answered with a TCP reset;
  ``after_forward=True`` forwards it first (the server applied it, the answer is lost).
- ``redirect``: ``307`` (or ``status``) with ``Location: location``.
- ``status``: any status with ``headers`` (e.g. ``Retry-After``) and a ``body`` (JSON or text).
- ``html``: a web page (``status``, ``html``): a captive portal, a proxy's 502, a CDN's 403.

A mode may be limited to ``times`` requests, then the path passes through again. TLS: pass
``tls=`` an ``ssl.SSLContext`` for the server side (see :func:`tls_server_context`, which issues
the certificate from a trustme CA: trusted or not, expired, for another host). ``received``
records every request. ``close()`` (or leaving the ``with`` block) stops it at once, also in the
middle of a trickle, and it stops by itself after ``lifetime`` seconds (120); every thread is a
daemon, so it never holds pytest at teardown.
"""

from __future__ import annotations

import email.utils
import http.client
import json
import socket
import socketserver
import ssl
import struct
import threading
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

API_PREFIX = "/api/cp/"
#: Request headers not forwarded (hop-by-hop, RFC 9110 §7.6.1, and the host).
_HOP = {"connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "trailer", "upgrade", "host"}


@dataclass
class Received:
    """One request as the peer received it; ``path`` is relative to ``/api/cp/`` (no query)."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    connection: int
    reused: bool


@dataclass
class Rule:
    """A mode for one path (``None``: every path), for ``times`` requests (``None``: until changed)."""

    kind: str
    path: str | None
    times: int | None
    options: dict[str, Any] = field(default_factory=dict)


def tls_server_context(ca: Any, *hosts: str, not_after: Any = None) -> ssl.SSLContext:
    """A server-side context with a certificate for ``hosts`` issued by the trustme ``ca``."""
    cert = ca.issue_cert(*hosts, not_after=not_after) if not_after else ca.issue_cert(*hosts)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    cert.configure_cert(context)
    return context


class HostilePeer:
    """A switchable hostile proxy on 127.0.0.1 in front of ``upstream`` (see the module doc)."""

    def __init__(self, upstream: str, *, tls: ssl.SSLContext | None = None, host: str = "127.0.0.1",
                 lifetime: float = 120.0) -> None:
        parts = urlsplit(upstream)
        self.upstream = (parts.hostname or "127.0.0.1", parts.port or 80)
        self.host = host
        self.tls = tls
        self.received: list[Received] = []
        self.date_shift = 0.0
        self._rules: list[Rule] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._open: set[socket.socket] = set()
        self._connections = 0
        peer = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                peer._serve(self.request)

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self._server = Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), name="hostile-peer",
                                        daemon=True)
        self._timer = threading.Timer(lifetime, self.close)  # stops by itself even if a test forgets to
        self._timer.daemon = True

    # -- control --------------------------------------------------------------------------------

    @property
    def port(self) -> int:
        """The port the peer listens on."""
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        """The API base URL through this peer (``https`` when it serves TLS)."""
        return f"{'https' if self.tls else 'http'}://{self.host}:{self.port}{API_PREFIX}"

    def mode(self, kind: str, path: str | None = None, *, times: int | None = None, **options: Any) -> None:
        """Answer requests for ``path`` (relative to ``/api/cp/``; ``None``: all) in mode ``kind``.

        ``reset`` applies to one request unless ``times`` says otherwise. ``pass`` clears the path's modes.
        """
        with self._lock:
            self._rules = [rule for rule in self._rules if rule.path != path]
            if kind != "pass":
                if kind == "reset" and times is None:
                    times = 1
                self._rules.append(Rule(kind, path, times, options))

    def shift_date(self, seconds: float) -> None:
        """Make forwarded answers' ``Date`` header lie by ``seconds`` (negative: in the past)."""
        self.date_shift = seconds

    def requests_to(self, path: str, method: str | None = None) -> list[Received]:
        """The requests received for ``path`` (and ``method``)."""
        return [r for r in list(self.received) if r.path == path and (method is None or r.method == method)]

    def __enter__(self) -> HostilePeer:
        self._thread.start()
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop serving and drop every open connection (a trickle ends at once); idempotent."""
        if self._stop.is_set():
            return
        self._stop.set()
        self._timer.cancel()
        self._server.shutdown()
        self._server.server_close()
        with self._lock:
            sockets, self._open = list(self._open), set()
        for sock in sockets:
            try:
                socket.socket.shutdown(sock, socket.SHUT_RDWR)
            except OSError:
                pass

    # -- serving ----------------------------------------------------------------------------------

    def _rule_for(self, path: str, reused: bool) -> Rule | None:
        with self._lock:
            ordered = [r for r in self._rules if r.path == path] + [r for r in self._rules if r.path is None]
            for rule in ordered:
                if rule.kind == "reset" and not reused and not rule.options.get("any_connection"):
                    continue
                if rule.times is not None:
                    rule.times -= 1
                    if rule.times <= 0:
                        self._rules.remove(rule)
                return rule
        return None

    def _serve(self, sock: socket.socket) -> None:
        with self._lock:
            self._connections += 1
            number = self._connections
        try:
            if self.tls is not None:
                sock.settimeout(5)
                sock = self.tls.wrap_socket(sock, server_side=True)
                sock.settimeout(None)
        except (OSError, ssl.SSLError):
            return
        with self._lock:
            self._open.add(sock)
        reader = sock.makefile("rb")
        served = 0
        try:
            while not self._stop.is_set():
                request = _read_request(reader)
                if request is None:
                    return
                method, target, headers, body = request
                path = urlsplit(target).path
                path = path[len(API_PREFIX):] if path.startswith(API_PREFIX) else path
                self.received.append(Received(method, path, headers, body, number, served > 0))
                rule = self._rule_for(path, served > 0)
                if not self._answer(sock, rule, method, target, headers, body):
                    return
                served += 1
        except OSError:
            return
        finally:
            with self._lock:
                self._open.discard(sock)
            try:
                sock.close()
            except OSError:
                pass

    def _answer(self, sock: socket.socket, rule: Rule | None, method: str, target: str,
                headers: dict[str, str], body: bytes) -> bool:
        """Answer one request; ``False`` when the connection must end."""
        kind = rule.kind if rule else "pass"
        options = rule.options if rule else {}
        if kind == "reset":
            if options.get("after_forward"):
                self._forward(method, target, headers, body)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return False
        if kind == "trickle":
            self._trickle(sock, float(options.get("interval", 1.0)), bool(options.get("headers", False)))
            return False
        if kind == "redirect":
            sock.sendall(_response(int(options.get("status", 307)), {"Location": options["location"]}, b"",
                                   shift=self.date_shift))
        elif kind == "status":
            payload = options.get("body", {"error": "busy", "message": "Try again later."})
            data = payload.encode() if isinstance(payload, str) else json.dumps(payload).encode()
            kind_of = "text/plain" if isinstance(payload, str) else "application/json"
            sock.sendall(_response(int(options["status"]), {"Content-Type": kind_of, **options.get("headers", {})},
                                   data, shift=self.date_shift))
        elif kind == "html":
            sock.sendall(_response(int(options.get("status", 200)), {"Content-Type": "text/html; charset=utf-8"},
                                   str(options["html"]).encode(), shift=self.date_shift))
        else:
            status, reason, answer_headers, data = self._forward(method, target, headers, body)
            sock.sendall(_response(status, answer_headers, data, reason, shift=self.date_shift))
        return True

    def _forward(self, method: str, target: str, headers: dict[str, str], body: bytes
                 ) -> tuple[int, str, dict[str, str], bytes]:
        connection = http.client.HTTPConnection(*self.upstream, timeout=30)
        try:
            sent = {k: v for k, v in headers.items() if k.lower() not in _HOP}
            connection.request(method, target, body=body or None, headers=sent)
            answer = connection.getresponse()
            data = answer.read()
            kept = {k.title(): v for k, v in answer.getheaders() if k.lower() not in _HOP | {"content-length"}}
            return answer.status, answer.reason, kept, data
        finally:
            connection.close()

    def _trickle(self, sock: socket.socket, interval: float, headers: bool) -> None:
        head = _response(200, {"Content-Type": "application/json", "Content-Length": "600"}, b"")
        body = b"[" + b" " * 598 + b"]"
        if headers:
            for byte in head:
                if self._stop.wait(interval):
                    return
                sock.sendall(bytes([byte]))
        else:
            sock.sendall(head)
        for byte in body:
            if self._stop.wait(interval):
                return
            sock.sendall(bytes([byte]))


def _read_request(reader: Any) -> tuple[str, str, dict[str, str], bytes] | None:
    """One HTTP/1.1 request from ``reader`` (``None`` at the end of the connection)."""
    line = reader.readline(65537)
    if not line:
        return None
    method, target, _version = line.decode("latin-1").split(" ", 2)
    headers: dict[str, str] = {}
    while True:
        line = reader.readline(65537)
        if line in (b"\r\n", b"\n", b""):
            break
        key, _, value = line.decode("latin-1").partition(":")
        headers[key.strip()] = value.strip()
    length = int(headers.get("Content-Length") or 0)
    body = reader.read(length) if length else b""
    return method, target, headers, body


def _response(status: int, headers: dict[str, str], body: bytes, reason: str = "", shift: float = 0.0) -> bytes:
    reason = reason or http.client.responses.get(status, "")
    lines = [f"HTTP/1.1 {status} {reason}"]
    fields = {**headers, "Date": email.utils.formatdate(time.time() + shift, usegmt=True)}
    fields.setdefault("Content-Length", str(len(body)))
    lines += [f"{key}: {value}" for key, value in fields.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body
