"""One API request end to end: deadline, the one stale-connection retry, the server's clock, typed errors.

Policies (issue 8), each explained where it is enforced:

- **Deadline**: every call ends within its limit (20 s; 90 s for a test e-mail, which waits on the
  mail server), counting connect, waiting, reading the body, retries and back-off
  (:mod:`desktop.api.deadline`: a watchdog shuts the call's sockets down). Past it:
  :class:`DeadlineExceeded`.
- **Stale connection**: after sleep or a network change the first request over a pooled connection
  is often reset. A GET/HEAD, or a PUT that carries ``If-Match`` (the server refuses it with 412
  if it was applied meanwhile), is sent once more on a new connection; nothing else is (a POST or
  an unconditional PUT might be applied twice). A reset on a new connection is not retried.
- **Retries, redirects, trust store**: :mod:`desktop.api.transport`; judging answers:
  :mod:`desktop.api.answers`; classifying failures: :mod:`desktop.api.failures`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from desktop.api.answers import check_answer, decode_json
from desktop.api.deadline import CallDeadline, call_deadline
from desktop.api.errors import DeadlineExceeded
from desktop.api.server_clock import ServerClock

if TYPE_CHECKING:  # annotations only: the HTTP stack loads with the first request (see Caller)
    import requests

#: Whole limit of one call in seconds (connect, wait, body, retries).
DEFAULT_DEADLINE = 20.0
#: Limit of a call that waits on a third party: a test e-mail (the service waits up to 60 s for the
#: mail server).
LONG_DEADLINE = 90.0
#: Seconds the issuer look-up after a refused certificate may take at most.
ISSUER_LOOKUP = 2.0


class Caller:
    """Sends requests to one API server under the policies of the module doc.

    Args:
        base_url: the API's base URL, ending in ``/``.
        timeout: ``(connect, read)`` seconds for each socket operation (both clipped to the deadline).
        deadline: the whole limit of a normal call, in seconds.
        long_deadline: the limit of a call that waits on a third party (a test e-mail).
        clock: the PC's current aware UTC time (replaceable in tests).
        use_environment: take proxies from the environment.
        user_agent: the ``User-Agent`` header.

    The ``requests`` session (and with it requests, urllib3 and truststore) is built by the first
    request, which runs on a worker: creating a client at start-up loads none of them (issue 11).
    """

    def __init__(self, base_url: str, *, timeout: tuple[float, float], deadline: float, long_deadline: float,
                 clock: Callable[[], datetime] | None, use_environment: bool, user_agent: str) -> None:
        self.base_url = base_url
        self.timeout = timeout
        self.deadline = deadline
        self.long_deadline = long_deadline
        self.server_clock = ServerClock(clock or (lambda: datetime.now(UTC)))
        self._use_environment, self._user_agent = use_environment, user_agent
        self._built: requests.Session | None = None
        self._building = threading.Lock()

    @property
    def _session(self) -> requests.Session:
        """The connection pool, built on first use (several workers may ask at once: one builds it)."""
        with self._building:
            if self._built is None:
                from desktop.api.transport import make_session  # loads requests, urllib3, truststore

                self._built = make_session(use_environment=self._use_environment, user_agent=self._user_agent)
            return self._built

    def prepare(self) -> None:
        """Build the connection pool now, loading requests, urllib3 and truststore (blocking: on a worker).

        For a worker that would otherwise only wait: the sandbox's first start loads the HTTP stack
        while the service is still starting, so its first request does not (issue 11). Sends nothing.
        """
        self._session  # noqa: B018 - the property builds the pool

    def _send(self, method: str, path: str, *, headers: dict[str, str] | None = None,
              json: Any = None, params: dict[str, Any] | None = None) -> Any:
        """A request whose successful answer is JSON; returns it decoded."""
        return decode_json(self._raw(method, path, headers=headers, json=json, params=params), path)

    def _raw(self, method: str, path: str, *, headers: dict[str, str] | None = None,
             json: Any = None, params: dict[str, Any] | None = None, deadline: float | None = None
             ) -> requests.Response:
        """Send one request within the running call's deadline (or a new one of ``deadline`` seconds).

        Raises:
            DeadlineExceeded: the call ran past its deadline.
            CertificateProblem, Unreachable: no answer (by exception type, see desktop.api.failures).
            Redirected, RetryLater, ForeignAnswer, ApiError: the answer was not a success
                (see desktop.api.answers).
        """
        url = urljoin(self.base_url, path)
        with call_deadline(deadline or self.deadline) as call:
            response = self._exchange(call, method, url, path, headers or {}, json, params)
        if "json" in response.headers.get("Content-Type", "").lower():  # the service's clock, not a portal's
            self.server_clock.observe(response.headers.get("Date"))
        check_answer(response, path=path, host=_netloc(url), local_now=self.server_clock.local_now())
        return response

    def _exchange(self, call: CallDeadline, method: str, url: str, path: str, headers: Mapping[str, str],
                  json: Any, params: dict[str, Any] | None) -> requests.Response:
        session = self._session  # the first request builds it, loading requests and urllib3 (on its worker)
        import requests  # here, not at the top: see the class doc
        from urllib3.exceptions import HTTPError as Urllib3Error

        from desktop.api.failures import transport_error, was_dropped  # ssl, http.client: not at start-up

        connect, read = self.timeout
        if call.seconds >= self.long_deadline:
            read = call.seconds  # a test e-mail: the first byte may take as long as the whole call
        try:
            for attempt in (0, 1):
                call.fresh_only = attempt == 1
                left = call.remaining()
                if left <= 0:
                    raise _deadline_exceeded(call, url)
                try:
                    return session.request(method, url, headers=dict(headers), json=json, params=params,
                                           timeout=(min(connect, left), min(read, left)), allow_redirects=False)
                except (requests.RequestException, Urllib3Error, OSError) as error:
                    if call.expired or call.remaining() <= 0.05:
                        raise _deadline_exceeded(call, url) from None
                    if attempt == 0 and call.reused and was_dropped(error) and may_resend(method, headers):
                        call.resent.append((method, path))
                        continue
                    parts = urlsplit(url)
                    raise transport_error(error, parts.hostname or "",
                                          port=parts.port or _default_port(parts.scheme),
                                          connect_timeout=min(connect, left), read_timeout=min(read, left),
                                          tls_timeout=min(ISSUER_LOOKUP, call.remaining())) from None
        finally:
            call.fresh_only = False
        raise AssertionError("unreachable")  # pragma: no cover

    def close(self) -> None:
        """Close the connection pool, if a request built one (never waits for one being built)."""
        built = self._built
        if built is not None:
            built.close()


def may_resend(method: str, headers: Mapping[str, str]) -> bool:
    """Whether a request may be sent again after a stale connection dropped it (see module doc)."""
    if method in ("GET", "HEAD"):
        return True
    return method == "PUT" and any(key.lower() == "if-match" for key in headers)


def _deadline_exceeded(call: CallDeadline, url: str) -> DeadlineExceeded:
    host = _netloc(url)
    return DeadlineExceeded(f"{host} did not answer completely within {call.seconds:g} s, so the request "
                            "was stopped. The network or the server is slow; try again.",
                            deadline=call.seconds, host=host)


def _netloc(url: str) -> str:
    return urlsplit(url).netloc or url


def _default_port(scheme: str) -> int:
    return 443 if scheme == "https" else 80
