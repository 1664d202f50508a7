"""The server's clock as seen from this PC: the offset of its ``Date`` header, and ``Retry-After`` times.

A PC clock may be minutes or weeks off. Tokens state their expiry in the server's time (RFC 7519
``exp``), so the client judges them by the server's clock: ``local now + offset``, where the offset
is measured from the ``Date`` header of every JSON response, i.e. the service's own and not a web
page's from something in between (RFC 9110 §6.6.1; one-second resolution, which is plenty for
tokens that live ten minutes or more). Until a first response arrived, the
server's time is unknown and nothing is judged expired locally.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta


def parse_http_date(value: str | None) -> datetime | None:
    """An HTTP-date (RFC 9110 §5.6.7) as aware UTC, or ``None`` when missing or malformed."""
    if not value:
        return None
    import email.utils  # here, not at the top: only an answer has a date to read (issue 11)

    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:  # "-0000": RFC 5322 says UTC with unknown local offset
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def retry_after_seconds(value: str | None, date: str | None, *, local_now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (RFC 9110 §10.2.3), or ``None`` when there is none.

    Args:
        value: the header: delay-seconds or an HTTP-date.
        date: the same response's ``Date`` header; an HTTP-date is measured against it (the server's
            own clock), and against ``local_now`` only when the response has no usable ``Date``.
        local_now: the PC's time (aware); default now.

    Returns:
        Seconds, never negative; ``None`` for a missing or malformed header.
    """
    if value is None:
        return None
    value = value.strip()
    if re.fullmatch(r"[0-9]+", value):
        return float(int(value))
    when = parse_http_date(value)
    if when is None:
        return None
    reference = parse_http_date(date) or local_now or datetime.now(UTC)
    return max(0.0, (when - reference).total_seconds())


class ServerClock:
    """The server's time estimated from the ``Date`` headers it sends.

    Args:
        local: returns the PC's current aware UTC time (replaceable in tests).
    """

    def __init__(self, local: Callable[[], datetime]) -> None:
        self._local = local
        self._offset: timedelta | None = None
        self._lock = threading.Lock()

    @property
    def known(self) -> bool:
        """Whether a response with a ``Date`` header arrived yet."""
        return self._offset is not None

    @property
    def offset(self) -> timedelta | None:
        """Server time minus local time (``None`` until known)."""
        return self._offset

    def observe(self, date_header: str | None) -> None:
        """Update the offset from a response's ``Date`` header (ignored when missing or malformed)."""
        server = parse_http_date(date_header)
        if server is None:
            return
        with self._lock:
            self._offset = server - self._local()

    def local_now(self) -> datetime:
        """The PC's time (aware UTC)."""
        return self._local()

    def now(self) -> datetime:
        """The server's estimated time; the PC's time while no offset is known."""
        offset = self._offset
        return self._local() + (offset or timedelta())
