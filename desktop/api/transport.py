"""The HTTP transport of the API client: one ``requests.Session`` with the policies of issue 8.

- **Trust store**: TLS is verified with the operating system's trust store (``truststore``: the
  Keychain on macOS, CryptoAPI on Windows, OpenSSL's default paths on Linux, which honour
  ``SSL_CERT_FILE``/``SSL_CERT_DIR``), as the SMTP engine does (:mod:`desktop.mail.tls`). A company
  root installed only in the OS store works; certifi's bundle is never loaded (``requests`` would
  add it, and ``REQUESTS_CA_BUNDLE``, to the context), and verification cannot be switched off.
- **Redirects**: never followed, neither by ``requests`` nor by urllib3. A 3xx is an error naming its
  ``Location`` (a request carrying a password or a token is never re-sent to another host).
- **Retries** (urllib3 ``Retry``, :class:`BoundedRetry`): idempotent methods (GET, HEAD, PUT, DELETE,
  OPTIONS; never POST) on 429/502/503/504 and on failed connects (never on a TLS or other error,
  which a second try does not change), with exponential back-off, or
  the server's ``Retry-After`` when it sends one. The back-off of one call is capped
  (:data:`desktop.api.deadline.BACKOFF_BUDGET`) and never runs past its deadline: when the server
  asks for longer, the answer is returned at once and becomes ``RetryLater``. A read error is not
  retried here (the one retry on a stale pooled connection is the session's).
- **Deadline**: every socket a call opens or reuses is put under its deadline
  (:mod:`desktop.api.deadline`), and the host name is looked up within it
  (:func:`desktop.domain.net.getaddrinfo_within`).
- **Happy Eyeballs** (RFC 8305): a host's addresses are connected to in parallel, 250 ms apart, IPv6
  and IPv4 alternating; the first to answer wins (:mod:`desktop.domain.happy_eyeballs`).
"""

from __future__ import annotations

import ipaddress
import socket
import time
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import (
    ConnectTimeoutError,
    MaxRetryError,
    NameResolutionError,
    NewConnectionError,
    ResponseError,
)
from urllib3.poolmanager import ProxyManager
from urllib3.util.retry import Retry

from desktop.api.deadline import current_call, track
from desktop.api.server_clock import retry_after_seconds
from desktop.domain.happy_eyeballs import AllAttemptsFailed, Target, connect_first, interleave
from desktop.domain.net import getaddrinfo_within, tls_client_context

#: Methods that may be sent again after a 429/502/503/504 or a failed connect.
IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})


class BoundedRetry(Retry):
    """urllib3's ``Retry`` whose back-off spends from the running call's budget and deadline.

    When the next wait (``Retry-After`` or back-off) does not fit, :meth:`increment` gives up at
    once; with ``raise_on_status=False`` urllib3 then returns the last answer (e.g. the 503 with
    its ``Retry-After``) instead of sleeping. An HTTP-date in ``Retry-After`` is measured against
    the same response's ``Date`` (the server's clock), not the PC's.
    """

    RETRY_AFTER_STATUS_CODES = frozenset({429, 503})

    def get_retry_after(self, response: Any) -> float | None:
        """Seconds from ``Retry-After`` (seconds or HTTP-date), ``None`` when missing or malformed."""
        return retry_after_seconds(response.headers.get("Retry-After"), response.headers.get("Date"))

    def increment(self, method: str | None = None, url: str | None = None, response: Any = None,
                  error: Exception | None = None, _pool: Any = None, _stacktrace: Any = None) -> BoundedRetry:
        """As ``Retry.increment``, but raise ``MaxRetryError`` when the next wait would not fit the call."""
        new = super().increment(method, url, response, error, _pool, _stacktrace)
        wait = (new.get_retry_after(response) if response is not None else None)
        if wait is None:
            wait = new.get_backoff_time()
        call = current_call()
        if call is not None and not call.may_wait(wait):
            # As when retries run out: requests turns this into ConnectionError / ConnectTimeout, and
            # urllib3 (raise_on_status=False) hands back the last answer instead.
            reason = error or ResponseError(f"retry in {wait:g} s does not fit the deadline")
            raise MaxRetryError(_pool, url, reason) from error
        return new


class _TrackedConnection(HTTPConnection):
    """An HTTP connection whose sockets are put under the running call's deadline."""

    _cx_requests = 0

    def _new_conn(self) -> Any:
        call, name = current_call(), self._dns_host
        if call is None or _is_address(name):
            sock = super()._new_conn()
        else:
            sock = self._connect_by_name(name, call.remaining())
        track(sock)
        self._cx_requests = 0
        return sock

    def _connect_by_name(self, name: str, seconds: float) -> Any:
        """Look ``name`` up within ``seconds``, then connect to its addresses the Happy Eyeballs way.

        The addresses are tried as RFC 8305 says (:func:`desktop.domain.happy_eyeballs.connect_first`):
        IPv6 and IPv4 alternating, a new attempt every 250 ms, the first connection made wins, so a
        broken IPv6 path costs a quarter of a second, not a connect timeout. When every address fails,
        the error lists each with its reason.
        """
        try:
            infos = getaddrinfo_within(name, self.port, seconds)
        except socket.gaierror as error:
            raise NameResolutionError(self.host, self, error) from error
        except TimeoutError as error:
            raise ConnectTimeoutError(self, f"The name {self.host} was not looked up in time.") from error
        targets = interleave([Target(info[0], tuple(info[4])) for info in infos])
        timeout = float(self.timeout) if isinstance(self.timeout, (int, float)) else seconds
        try:
            sock, _, _ = connect_first(targets, min(timeout, seconds), deadline=time.monotonic() + seconds)
        except AllAttemptsFailed as error:
            if error.kinds <= {"timeout"}:
                raise ConnectTimeoutError(self, f"Connection to {self.host} timed out: {error}") from error
            raise NewConnectionError(self, f"Failed to establish a new connection: {error}") from error
        except TimeoutError as error:
            raise ConnectTimeoutError(self, f"Connection to {self.host} timed out.") from error
        for option in self.socket_options or ():
            sock.setsockopt(*option)
        sock.settimeout(timeout)
        return sock

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> None:
        """Send a request, noting on the call whether this connection served an earlier request."""
        call = current_call()
        if call is not None:
            if call.fresh_only and self._cx_requests and self.sock is not None:
                self.close()  # a pooled connection just failed: this request goes on a new one
                self._cx_requests = 0
            call.reused = bool(self._cx_requests) and self.sock is not None
            track(self.sock)
        self._cx_requests += 1
        super().request(method, url, *args, **kwargs)


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]").split("%")[0])
    except ValueError:
        return False
    return True


class _TrackedHTTPSConnection(_TrackedConnection, HTTPSConnection):
    """The HTTPS variant of :class:`_TrackedConnection`."""


class _TrackedPool(HTTPConnectionPool):
    ConnectionCls = _TrackedConnection


class _TrackedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _TrackedHTTPSConnection


_POOL_CLASSES = {"http": _TrackedPool, "https": _TrackedHTTPSPool}


class ApiAdapter(HTTPAdapter):
    """``HTTPAdapter`` with the OS trust store, tracked connections and :class:`BoundedRetry`."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        """Create the pool manager with the truststore context and the tracked pool classes."""
        kwargs["ssl_context"] = tls_client_context()
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _POOL_CLASSES

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        """A proxy manager with the same trust store and tracked pools."""
        proxy_kwargs.setdefault("ssl_context", tls_client_context())
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if isinstance(manager, ProxyManager):  # not SOCKS: its pools open their sockets themselves
            manager.pool_classes_by_scheme = _POOL_CLASSES
        return manager

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        """Send with verification always on and no CA bundle path (``REQUESTS_CA_BUNDLE`` is ignored)."""
        kwargs["verify"] = True
        return super().send(request, **kwargs)

    def cert_verify(self, conn: Any, url: str, verify: Any, cert: Any) -> None:
        """Require a verified certificate, from the context's OS trust store only (never certifi)."""
        if url.lower().startswith("https"):
            conn.cert_reqs = "CERT_REQUIRED"
            conn.ca_certs = None
            conn.ca_cert_dir = None


def make_session(*, use_environment: bool, user_agent: str) -> requests.Session:
    """A session with :class:`ApiAdapter` for http and https, JSON ``Accept`` and no redirects.

    Args:
        use_environment: take proxies from the environment (``False`` for loopback servers).
        user_agent: the ``User-Agent`` header.
    """
    session = requests.Session()
    retry = BoundedRetry(
        total=3, connect=2, read=False, redirect=False, status=3, other=0, backoff_factor=0.3,
        status_forcelist=(429, 502, 503, 504), allowed_methods=IDEMPOTENT,
        raise_on_status=False, raise_on_redirect=False, respect_retry_after_header=True,
    )
    adapter = ApiAdapter(max_retries=retry, pool_maxsize=8)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers["User-Agent"] = user_agent
    session.headers["Accept"] = "application/json"
    session.trust_env = use_environment
    return session
