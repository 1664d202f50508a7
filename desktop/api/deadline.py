"""One total deadline per API call, enforced by a watchdog that shuts the call's sockets.

Why a watchdog: ``requests``/``urllib3`` only know per-operation socket timeouts. A peer that sends
one byte a second (headers or body) satisfies every per-read timeout for ever, and ``http.client``
reads the status line and headers in one blocking step we cannot check between. So each call
registers every socket it opens or reuses (:func:`track`, called by the connection classes of
:mod:`desktop.api.transport`), and one daemon thread shuts those sockets down
(``shutdown(SHUT_RDWR)``, which wakes a blocked ``recv`` at once) when the call's deadline passes.
The call then fails in its own thread and the caller turns that into
:class:`desktop.api.errors.DeadlineExceeded`. No thread is left behind and no request keeps running
after the caller gave up (which is what running the request on a helper thread and abandoning it
would do). The body is read inside the deadline (``requests`` without ``stream``).

A call is the outermost :func:`call_deadline` block of a thread: a client method that first renews
its access token and then sends its request shares one deadline across both, and urllib3's retry
back-off (:class:`desktop.api.transport.BoundedRetry`) spends from the same budget.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import socket
import threading
import time
from collections.abc import Iterator

#: Longest total back-off (Retry-After or exponential) one call may sleep between retries, in seconds.
BACKOFF_BUDGET = 4.0


class CallDeadline:
    """The deadline and the bookkeeping of one call (one thread, one client method).

    Attributes:
        seconds: the whole limit of the call.
        expires_at: ``time.monotonic()`` value at which the call's sockets are shut down.
        expired: set by the watchdog once the deadline passed.
        backoff_spent: seconds already slept between retries.
        reused: whether the last request went over a pooled connection that had served before.
        fresh_only: send the next request on a new connection (after a stale pooled one failed).
        resent: ``(method, path)`` of requests sent a second time after a stale connection.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expires_at = time.monotonic() + seconds
        self.expired = False
        self.backoff_spent = 0.0
        self.reused = False
        self.fresh_only = False
        self.resent: list[tuple[str, str]] = []
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()

    def remaining(self) -> float:
        """Seconds left before the deadline (never negative)."""
        return max(0.0, self.expires_at - time.monotonic())

    def may_wait(self, seconds: float) -> bool:
        """Whether a back-off of ``seconds`` fits the budget and leaves a second for the next try.

        Records the wait when it fits.
        """
        if self.backoff_spent + seconds > BACKOFF_BUDGET or seconds + 1.0 > self.remaining():
            return False
        self.backoff_spent += seconds
        return True

    def track(self, sock: socket.socket | None) -> None:
        """Shut ``sock`` down when the deadline passes (at once if it already has)."""
        if sock is None:
            return
        with self._lock:
            if not self.expired:
                self._sockets.append(sock)
                return
        _shut(sock)

    def expire(self) -> None:
        """Mark the call expired and shut down every socket it used (called by the watchdog)."""
        with self._lock:
            self.expired = True
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            _shut(sock)


def _shut(sock: socket.socket) -> None:
    try:
        # The plain socket's shutdown, also for an SSLSocket: its own shutdown() would drop the SSL
        # object under the reading thread; the file descriptor is the same.
        socket.socket.shutdown(sock, socket.SHUT_RDWR)
    except OSError:
        pass


class _Watchdog:
    """One daemon thread that expires calls at their deadlines (a heap of pending calls)."""

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, CallDeadline]] = []
        self._done: set[int] = set()
        self._seq = itertools.count()
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None

    def watch(self, call: CallDeadline) -> int:
        with self._cond:
            key = next(self._seq)
            heapq.heappush(self._heap, (call.expires_at, key, call))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="api-deadline-watchdog", daemon=True)
                self._thread.start()
            self._cond.notify()
            return key

    def forget(self, key: int) -> None:
        with self._cond:
            self._done.add(key)

    def _run(self) -> None:
        while True:
            with self._cond:
                while self._heap and self._heap[0][1] in self._done:
                    self._done.discard(heapq.heappop(self._heap)[1])
                if not self._heap:
                    self._cond.wait()
                    continue
                at, key, call = self._heap[0]
                delay = at - time.monotonic()
                if delay > 0:
                    self._cond.wait(delay)
                    continue
                heapq.heappop(self._heap)
            call.expire()


_WATCHDOG = _Watchdog()
_CURRENT = threading.local()


def current_call() -> CallDeadline | None:
    """The call running in this thread, or ``None`` outside any :func:`call_deadline` block."""
    return getattr(_CURRENT, "call", None)


@contextlib.contextmanager
def call_deadline(seconds: float) -> Iterator[CallDeadline]:
    """Run a block as one call with a total limit of ``seconds``; nested blocks share the outer call."""
    outer = current_call()
    if outer is not None:
        yield outer
        return
    call = CallDeadline(seconds)
    key = _WATCHDOG.watch(call)
    _CURRENT.call = call
    try:
        yield call
    finally:
        _CURRENT.call = None
        _WATCHDOG.forget(key)


def track(sock: socket.socket | None) -> None:
    """Put ``sock`` under the deadline of the call running in this thread (no-op outside a call)."""
    call = current_call()
    if call is not None:
        call.track(sock)
