"""Transport and sign-in of the account API client: one ``requests.Session`` and the JWT flow of design §2.

Every call has a ``(connect, read)`` timeout; idempotent requests are retried with backoff on
502/503/504 and on failed connects (urllib3 ``Retry``); a read timeout is not retried (the user would
wait twice as long), and a rejected password is never retried. The access token is renewed before
its ``exp``; the refresh token when less than half its lifetime is left; after a 401 a request is
retried once with a freshly issued access token. Safe to use from several worker threads at once.
"""

from __future__ import annotations

import base64
import socket
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from desktop import APP_ID, __version__
from desktop.api.errors import ServerError, SignInRequired, Unreachable, error_from_response
from desktop.api.paths import Paths
from desktop.api.tokens import TokenInfo, read_token
from desktop.domain.loopback import is_loopback_url

#: Default (connect, read) timeout in seconds for every request.
DEFAULT_TIMEOUT: tuple[float, float] = (3.05, 20.0)
#: Lifetime asked for a refresh token: 30 days, in seconds.
REFRESH_TOKEN_LIFETIME = 30 * 24 * 3600
#: An access token is renewed when fewer than this many seconds are left.
ACCESS_RENEW_MARGIN = 30.0


def default_audience() -> str:
    """The JWT audience this app asks for: ``cxdesk@<hostname>`` (design §2)."""
    return f"{APP_ID}@{socket.gethostname()}"


def _make_session(base_url: str) -> requests.Session:
    session = requests.Session()
    retry = Retry(
        total=3, connect=2, read=False, status=3, backoff_factor=0.3,
        status_forcelist=(502, 503, 504),
        allowed_methods=frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"}),
        raise_on_status=False, respect_retry_after_header=True,
    )
    adapter = HTTPAdapter(max_retries=retry, pool_maxsize=8)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers["User-Agent"] = f"{APP_ID}/{__version__}"
    session.headers["Accept"] = "application/json"
    if is_loopback_url(base_url):
        session.trust_env = False  # never send loopback traffic through a proxy from the environment
    return session


class ApiSession:
    """An authorised connection to one account API server (transport, tokens, errors).

    Args:
        base_url: e.g. ``https://app.connexcs.com/api/cp/`` or ``http://127.0.0.1:8123/api/cp/``.
        timeout: ``(connect, read)`` seconds for every request.
        audience: the JWT audience; default ``cxdesk@<hostname>``.
        clock: returns the current aware UTC time (replaceable in tests).
        on_refresh_token: called with each new refresh token (e.g. to store it in the keychain).

    Every method raises a subclass of :class:`desktop.api.errors.ApiError` on failure:
    ``Unreachable`` when no answer came, ``SignInRequired`` when the user must sign in again, etc.
    """

    def __init__(self, base_url: str, *, timeout: tuple[float, float] = DEFAULT_TIMEOUT,
                 audience: str | None = None, clock: Callable[[], datetime] | None = None,
                 on_refresh_token: Callable[[str], None] | None = None) -> None:
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self.timeout = timeout
        self.audience = audience or default_audience()
        self._clock = clock or (lambda: datetime.now(UTC))
        self._on_refresh_token = on_refresh_token
        self._session = _make_session(self.base_url)
        self._lock = threading.Lock()
        self._refresh: TokenInfo | None = None
        self._access: TokenInfo | None = None

    # -- sign-in -----------------------------------------------------------------------------

    @property
    def email(self) -> str | None:
        """The e-mail address the refresh token was issued to, or ``None`` when not signed in."""
        return self._refresh.email if self._refresh else None

    @property
    def signed_in(self) -> bool:
        """Whether the client holds a refresh token."""
        return self._refresh is not None

    def sign_in(self, email: str, password: str, *, lifetime: int = REFRESH_TOKEN_LIFETIME) -> str:
        """Exchange e-mail and password for a refresh token (``POST auth/jwt/refresh``, Basic auth).

        The password is used for this one request and not kept. A rejected password is never
        retried (the platform blocks an address after repeated failures).

        Returns:
            The refresh token.

        Raises:
            SignInRequired: the e-mail or password was rejected (401).
            Unreachable, ServerError, ApiError: as for every request.
        """
        basic = base64.b64encode(f"{email}:{password}".encode()).decode("ascii")
        data = self._send("POST", Paths.REFRESH_TOKEN, headers={"Authorization": f"Basic {basic}"},
                          json={"lifetime": lifetime, "audience": self.audience})
        return self._accept_refresh_token(data)

    def use_refresh_token(self, token: str) -> None:
        """Use a refresh token obtained earlier (from the keychain or the control panel's JWT keys page).

        Raises:
            ValueError: the text is not a JWT with an ``exp`` claim.
        """
        info = read_token(token.strip())
        with self._lock:
            self._refresh, self._access = info, None

    def sign_in_with_refresh_token(self, token: str) -> str:
        """Check a pasted refresh token with one ``GET auth/jwt``, then use it; returns its e-mail.

        Unlike :meth:`use_refresh_token` (a token this app stored itself), the server is asked first,
        so a revoked or foreign token is refused before anything is kept.

        Raises:
            ValueError: the text is not a JWT with an ``exp`` claim.
            SignInRequired: the server refused the token (401); the client stays as it was.
            Unreachable, ApiError: as for every request.
        """
        info = read_token(token.strip())
        data = self._send("GET", Paths.ACCESS_TOKEN, headers={"Authorization": f"Bearer {info.token}"})
        access = data.get("token") if isinstance(data, dict) else None
        if not isinstance(access, str):
            raise SignInRequired("The server did not return an access token.")
        with self._lock:
            self._refresh, self._access = info, read_token(access)
        return info.email

    def sign_out(self) -> None:
        """Forget both tokens."""
        with self._lock:
            self._refresh = self._access = None

    def _accept_refresh_token(self, data: Any) -> str:
        token = data.get("token") if isinstance(data, dict) else None
        if not isinstance(token, str):
            raise SignInRequired("The server did not return a token.")
        info = read_token(token)
        with self._lock:
            self._refresh, self._access = info, None
        if self._on_refresh_token is not None:
            self._on_refresh_token(token)
        return token

    def _access_token(self, *, force: bool = False) -> str:
        """Return a valid access token, renewing it (and the refresh token) when due."""
        with self._lock:
            refresh, access = self._refresh, self._access
        if refresh is None:
            raise SignInRequired("Sign in to continue.")
        now = self._clock()
        if refresh.seconds_left(now) <= 0:
            self.sign_out()
            raise SignInRequired("Your sign-in has expired; sign in again.")
        lifetime = refresh.lifetime()
        if lifetime and refresh.seconds_left(now) < lifetime / 2:
            self._renew_refresh_token(refresh, int(lifetime))
            with self._lock:
                refresh = self._refresh or refresh
        if force or access is None or access.seconds_left(now) < ACCESS_RENEW_MARGIN:
            data = self._send("GET", Paths.ACCESS_TOKEN, headers={"Authorization": f"Bearer {refresh.token}"})
            token = data.get("token") if isinstance(data, dict) else None
            if not isinstance(token, str):
                raise SignInRequired("The server did not return an access token.")
            access = read_token(token)
            with self._lock:
                self._access = access
        return access.token

    def _renew_refresh_token(self, refresh: TokenInfo, lifetime: int) -> None:
        """Swap a refresh token past half its lifetime for a new one (Bearer on ``auth/jwt/refresh``)."""
        data = self._send("POST", Paths.REFRESH_TOKEN, headers={"Authorization": f"Bearer {refresh.token}"},
                          json={"lifetime": lifetime, "audience": self.audience})
        self._accept_refresh_token(data)

    # -- transport ---------------------------------------------------------------------------

    def _send(self, method: str, path: str, *, headers: dict[str, str] | None = None,
              json: Any = None, params: dict[str, Any] | None = None) -> Any:
        response = self._raw(method, path, headers=headers, json=json, params=params)
        return decode_json(response)

    def _raw(self, method: str, path: str, *, headers: dict[str, str] | None = None,
             json: Any = None, params: dict[str, Any] | None = None,
             timeout: tuple[float, float] | None = None) -> requests.Response:
        url = urljoin(self.base_url, path)
        timeout = timeout or self.timeout
        try:
            response = self._session.request(method, url, headers=headers, json=json, params=params,
                                             timeout=timeout)
        except requests.Timeout:
            raise Unreachable(f"{_host(url)} did not answer within {timeout[1]:g} s.") from None
        except requests.RequestException as error:
            raise Unreachable(f"Could not reach {_host(url)}: {_reason(error)}") from None
        if not response.ok:
            raise error_from_response(response)
        return response

    def _call(self, method: str, path: str, *, headers: dict[str, str] | None = None,
              json: Any = None, params: dict[str, Any] | None = None,
              timeout: tuple[float, float] | None = None) -> requests.Response:
        """An authorised request; after a 401 it retries once with a freshly issued access token."""
        for attempt in (0, 1):
            auth = {"Authorization": f"Bearer {self._access_token(force=attempt == 1)}"}
            try:
                return self._raw(method, path, headers={**(headers or {}), **auth}, json=json, params=params,
                                 timeout=timeout)
            except SignInRequired:
                if attempt == 1:
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    def _json(self, method: str, path: str, **kwargs: Any) -> Any:
        return decode_json(self._call(method, path, **kwargs))

    def close(self) -> None:
        """Close the connection pool."""
        self._session.close()

def decode_json(response: requests.Response) -> Any:
    """The JSON body of a successful response.

    Raises:
        ServerError: the body is not JSON (a proxy's HTML page, say).
    """
    try:
        return response.json()
    except ValueError:
        raise ServerError(f"The server sent something that is not JSON ({response.status_code}).",
                          status=response.status_code) from None


def _host(url: str) -> str:
    parts = urlsplit(url)
    return parts.netloc or url


def _reason(error: requests.RequestException) -> str:
    text = str(error)
    if "timed out" in text.lower():
        return "no answer in time"
    if "Connection refused" in text or "Errno 111" in text:
        return "the connection was refused (is the server running?)"
    if "Name or service not known" in text or "getaddrinfo" in text or "nodename" in text:
        return "the host name could not be resolved"
    return "the network connection failed"
