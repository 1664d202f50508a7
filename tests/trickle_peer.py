"""A loopback HTTP peer that trickles: ``200`` with ``Content-Length`` at once, then one body byte a second.

A per-read timeout never fires against it (every read gets a byte in time), so a request to it
lasts as long as the body (``length`` seconds) unless the client has a total deadline. Used to
prove that quitting, cancelling and saving never wait on the network (issue 8, point 9).
"""

from __future__ import annotations

import json
import socket
import struct
import threading


class TricklePeer:
    """Answer every request on ``127.0.0.1`` with ``200``, ``Content-Length: length``, then a byte every ``interval`` s.

    Args:
        length: the announced body length in bytes (so the trickle lasts ``length * interval`` seconds).
        interval: seconds between two body bytes.
        quick: path suffix -> JSON answered at once with 200 (e.g. the access token), instead of a trickle.
        reset: methods whose requests get no answer: the connection is closed at once (no answer
            is a network failure for the client, like a server that cannot be reached).

    Attributes:
        requests: the request lines received (e.g. ``GET /api/cp/setup/account HTTP/1.1``), in order.
    """

    def __init__(self, length: int = 600, interval: float = 1.0, *, quick: dict[str, object] | None = None,
                 reset: frozenset[str] = frozenset()) -> None:
        self.length = length
        self.interval = interval
        self.quick = dict(quick or {})
        self.reset = reset
        self.requests: list[str] = []
        self._stop = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self._thread = threading.Thread(target=self._serve, name="trickle-peer", daemon=True)

    @property
    def base_url(self) -> str:
        """The API address of the peer (``http://127.0.0.1:PORT/api/cp/``)."""
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}/api/cp/"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _addr = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            try:
                conn.settimeout(5)
                head = b""
                while b"\r\n\r\n" not in head:
                    chunk = conn.recv(4096)
                    if not chunk:
                        return
                    head += chunk
                line = head.split(b"\r\n", 1)[0].decode("latin-1")
                self.requests.append(line)
                method, path = line.split(" ")[:2]
                if method in self.reset:
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # RST
                    return
                answer = next((json.dumps(data).encode() for suffix, data in self.quick.items()
                               if path.split("?")[0].endswith(suffix)), None)
                if answer is not None:
                    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                                 b"Content-Length: %d\r\n\r\n%s" % (len(answer), answer))
                    return
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                             b"Content-Length: %d\r\n\r\n" % self.length)
                for _ in range(self.length):
                    if self._stop.wait(self.interval):
                        return
                    conn.sendall(b" ")
            except OSError:
                return

    def __enter__(self) -> TricklePeer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._listener.close()
        self._thread.join(2)
