"""Failed sign-ins slow down (issue 14, point 5; design §2).

The platform blocks an address after repeated failed logins; the reference service does the same,
in memory (a restart forgets the counters, which is fine for a reference and sandbox service):

* after :data:`MAX_FAILURES` failed passwords for one e-mail address, or from one client address,
  within :data:`WINDOW`, every password sign-in for that e-mail address or from that client gets
  429 Too Many Requests (RFC 6585 §4) with ``Retry-After`` in seconds (RFC 9110 §10.2.3) until
  :data:`LOCKOUT` after the last failure has passed, the right password included;
* a successful sign-in clears the counter of its e-mail address (not the client's: signing in to an
  account of one's own must not reset a count run up against others' addresses);
* attempts refused with 429 are not counted, so the wait does not grow while the user waits.

Times come from the service's clock (``app.state.clock``), so tests move time instead of sleeping.
"""

from __future__ import annotations

import math
import threading
from collections import deque
from datetime import datetime, timedelta

#: Failed passwords that start a wait.
MAX_FAILURES = 5
#: The span in which failures are counted.
WINDOW = timedelta(minutes=5)
#: The wait after the failure that reached :data:`MAX_FAILURES`.
LOCKOUT = timedelta(minutes=5)
#: Keys kept at most (the oldest are dropped), so a flood of addresses cannot exhaust memory.
MAX_KEYS = 10_000


class SignInThrottle:
    """Counters of failed sign-ins per e-mail address and per client address (thread-safe)."""

    def __init__(self) -> None:
        self._failures: dict[str, deque[datetime]] = {}
        self._lock = threading.Lock()

    @staticmethod
    def keys(email: str, client: str) -> tuple[str, str]:
        """The counter keys of an attempt: the e-mail address (case-folded) and the client's address."""
        return f"email:{email.strip().casefold()}", f"client:{client}"

    def wait(self, email: str, client: str, now: datetime) -> int:
        """Seconds (rounded up, at least 1) until a sign-in for ``email`` from ``client`` is heard; 0: now.

        A key waits when its last :data:`MAX_FAILURES` failures lie within :data:`WINDOW`, until
        :data:`LOCKOUT` after the last of them.
        """
        longest = timedelta(0)
        with self._lock:
            for key in self.keys(email, client):
                times = self._failures.get(key)
                if times is None:
                    continue
                if now - times[-1] >= WINDOW + LOCKOUT:
                    del self._failures[key]  # long quiet: forget it
                elif len(times) >= MAX_FAILURES and times[-1] - times[0] <= WINDOW:
                    longest = max(longest, times[-1] + LOCKOUT - now)
        return max(1, math.ceil(longest.total_seconds())) if longest > timedelta(0) else 0

    def failed(self, email: str, client: str, now: datetime) -> None:
        """Count a failed password for ``email`` from ``client`` at ``now``."""
        with self._lock:
            for key in self.keys(email, client):
                self._failures.setdefault(key, deque(maxlen=MAX_FAILURES)).append(now)
                self._failures[key] = self._failures.pop(key)  # most recent last, for trimming
            while len(self._failures) > MAX_KEYS:
                del self._failures[next(iter(self._failures))]

    def succeeded(self, email: str, client: str) -> None:
        """Clear the counter of ``email`` after its right password was accepted."""
        with self._lock:
            self._failures.pop(self.keys(email, client)[0], None)
