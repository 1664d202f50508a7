"""A scripted HTTP peer on loopback, for faults the real service cannot produce on demand.

It is a real HTTP server (``http.server``) that answers each request with the next reply of a
script and records what it received, so tests can check retries, timeouts and odd error bodies.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    """One scripted answer; ``hang`` seconds of silence first (to provoke a read timeout)."""

    status: int = 200
    body: str | dict | list = ""
    headers: dict[str, str] = field(default_factory=dict)
    hang: float = 0.0


@dataclass
class Seen:
    """One request as the peer received it."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class ScriptedPeer:
    """Serve ``replies`` in order (the last one repeats); ``requests`` lists what arrived."""

    def __init__(self, replies: list[Reply]) -> None:
        self.replies = list(replies)
        self.requests: list[Seen] = []
        self._stop = threading.Event()
        peer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _answer(self):
                length = int(self.headers.get("Content-Length") or 0)
                peer.requests.append(Seen(self.command, self.path, dict(self.headers), self.rfile.read(length)))
                reply = peer.replies.pop(0) if len(peer.replies) > 1 else peer.replies[0]
                if reply.hang and peer._stop.wait(reply.hang):
                    return
                body = reply.body if isinstance(reply.body, str) else json.dumps(reply.body)
                data = body.encode()
                self.send_response(reply.status)
                content_type = "application/json" if not isinstance(reply.body, str) else "text/plain"
                headers = {"Content-Type": content_type, **reply.headers, "Content-Length": str(len(data))}
                for key, value in headers.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_DELETE = _answer  # noqa: N815

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/api/cp/"

    def __enter__(self) -> ScriptedPeer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()
