"""Sign-in of the account API client: the JWT flow of design §2 on top of :class:`Caller`.

The access token is renewed before its ``exp``; the refresh token when less than half its lifetime
is left; after a 401 a request is retried once with a freshly issued access token. Token times are
judged by the **server's clock** (the offset of its ``Date`` header, :mod:`desktop.api.server_clock`),
so a PC clock that is minutes or weeks off changes nothing. A refresh token is never judged expired
locally: the server is asked, and its 401 means "sign in again". A token that looks due the moment
it arrives (the server's clocks disagree with its ``Date``) is no longer judged by the clock at all,
so no renewal loop can start; the 401 retry covers it. Transport, deadline, retries, redirects and
the trust store: :mod:`desktop.api.caller`. Safe to use from several worker threads at once.
"""

from __future__ import annotations

import base64
import threading
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from desktop import APP_ID, __version__
from desktop.api.answers import decode_json, unexpected
from desktop.api.caller import DEFAULT_DEADLINE, LONG_DEADLINE, Caller
from desktop.api.deadline import call_deadline, current_call
from desktop.api.errors import DeadlineExceeded, RetryLater, SignInRequired, sign_in_throttled
from desktop.api.paths import Paths
from desktop.api.tokens import TokenInfo, read_token
from desktop.domain.audience import default_audience
from desktop.domain.loopback import is_loopback_url

if TYPE_CHECKING:  # annotations only: requests loads with the first request, on a worker (issue 11)
    import requests

#: Default (connect, read) timeout in seconds for each socket operation (the call's deadline bounds both).
DEFAULT_TIMEOUT: tuple[float, float] = (3.05, 20.0)
#: Lifetime asked for a refresh token: 30 days, in seconds.
REFRESH_TOKEN_LIFETIME = 30 * 24 * 3600
#: An access token is renewed when fewer than this many seconds are left.
ACCESS_RENEW_MARGIN = 30.0


class ApiSession(Caller):
    """An authorised connection to one account API server (transport, tokens, errors).

    Args:
        base_url: e.g. ``https://app.connexcs.com/api/cp/`` or ``http://127.0.0.1:8123/api/cp/``.
        timeout: ``(connect, read)`` seconds for each socket operation.
        deadline: the whole limit of a call in seconds (default 20).
        long_deadline: the limit of a test e-mail, which waits on the mail server (default 90).
        audience: the JWT audience; default ``cxdesk@<hostname>``.
        clock: returns the PC's current aware UTC time (replaceable in tests).
        on_refresh_token: called with each new refresh token (e.g. to store it in the keychain).

    Every method raises a subclass of :class:`desktop.api.errors.ApiError` on failure:
    ``Unreachable`` when no answer came, ``SignInRequired`` when the user must sign in again, etc.
    """

    def __init__(self, base_url: str, *, timeout: tuple[float, float] = DEFAULT_TIMEOUT,
                 deadline: float = DEFAULT_DEADLINE, long_deadline: float = LONG_DEADLINE,
                 audience: str | None = None, clock: Callable[[], datetime] | None = None,
                 on_refresh_token: Callable[[str], None] | None = None) -> None:
        base_url = base_url if base_url.endswith("/") else base_url + "/"
        super().__init__(base_url, timeout=timeout, deadline=deadline, long_deadline=long_deadline, clock=clock,
                         use_environment=not is_loopback_url(base_url), user_agent=f"{APP_ID}/{__version__}")
        self.audience = audience or default_audience()
        self._on_refresh_token = on_refresh_token
        self._lock = threading.Lock()
        self._renewal = threading.RLock()  # one token renewal at a time (single flight)
        self._refresh: TokenInfo | None = None
        self._access: TokenInfo | None = None
        # Tokens that looked due on arrival by the server's clock: never judged by the clock again.
        self._unjudged: set[str] = set()

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
            SignInThrottled: too many failed passwords: no sign-in is heard until ``retry_at`` (429).
            UnexpectedAnswer: the answer held no token.
            Unreachable, ServerError, ApiError: as for every request.
        """
        basic = base64.b64encode(f"{email}:{password}".encode()).decode("ascii")
        try:
            data = self._send("POST", Paths.REFRESH_TOKEN, headers={"Authorization": f"Basic {basic}"},
                              json={"lifetime": lifetime, "audience": self.audience})
        except RetryLater as busy:
            if busy.status != 429:
                raise
            raise sign_in_throttled(busy.retry_at) from None
        return self._accept_refresh_token(data)

    def use_refresh_token(self, token: str, *, access_token: str | None = None) -> None:
        """Use a refresh token obtained earlier (from the keychain or the control panel's JWT keys page).

        Its expiry is not judged here: the server is asked at the first call. ``access_token``: one the
        server already traded for it (the sandbox's child hands both to its app), used until it is due
        or refused like one from ``GET auth/jwt``; ``None`` (or one that is not a JWT): fetched at the
        first call.

        Raises:
            ValueError: ``token`` is not a JWT with an ``exp`` claim.
        """
        info = read_token(token.strip())
        try:
            access = read_token(access_token.strip()) if access_token else None
        except ValueError:
            access = None  # only a head start: GET auth/jwt gets a good one
        with self._lock:
            self._refresh, self._access = info, access

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
        access = _token_of(data, Paths.ACCESS_TOKEN)
        with self._lock:
            self._refresh, self._access = info, access
        return info.email

    def sign_out(self) -> None:
        """Forget both tokens."""
        with self._lock:
            self._refresh = self._access = None

    def _accept_refresh_token(self, data: Any) -> str:
        info = _token_of(data, Paths.REFRESH_TOKEN)
        lifetime = info.lifetime()
        if self.server_clock.known and lifetime and info.seconds_left(self.server_clock.now()) < lifetime / 2:
            self._unjudged.add(info.token)
        with self._lock:
            self._refresh, self._access = info, None
        if self._on_refresh_token is not None:
            self._on_refresh_token(info.token)
        return info.token

    def _access_token(self, *, stale: str | None = None) -> str:
        """Return a valid access token, renewing it (and the refresh token) when due by the server's clock.

        Renewal is single-flight (issue 11, point 2): when several calls find the token missing or
        due at once (the window's three parts right after start, with only a refresh token), one
        sends ``GET auth/jwt`` and the others wait for it, within their own deadline, and use its
        token: one request, not three.

        Args:
            stale: an access token the server just refused (401): a new one is fetched, unless
                another call has already replaced it.

        Raises:
            SignInRequired: no refresh token, or the server refused it.
            DeadlineExceeded: the call's deadline passed while another call was renewing.
        """
        token = self._usable_access(stale)
        if token is not None:
            return token
        call = current_call()
        if not self._renewal.acquire(timeout=call.remaining() if call is not None else -1):
            assert call is not None  # an unbounded acquire returns True
            raise DeadlineExceeded(f"No access token came from {self.base_url} within {call.seconds:g} s; "
                                   "try again.", deadline=call.seconds)
        try:
            token = self._usable_access(stale)  # another call may have renewed it meanwhile
            return token if token is not None else self._renew_access_token()
        finally:
            self._renewal.release()

    def _usable_access(self, stale: str | None) -> str | None:
        """The access token held, unless it is ``stale``, missing or due (or the refresh token is).

        Raises:
            SignInRequired: no refresh token.
        """
        with self._lock:
            refresh, access = self._refresh, self._access
        if refresh is None:
            raise SignInRequired("Sign in to continue.")
        if access is None or access.token == stale or self._refresh_due(refresh):
            return None
        now = self.server_clock.now() if self.server_clock.known else None
        if (now is not None and access.token not in self._unjudged
                and access.seconds_left(now) < ACCESS_RENEW_MARGIN):
            return None
        return access.token

    def _refresh_due(self, refresh: TokenInfo) -> bool:
        """Whether the refresh token is past half its lifetime by the server's clock (design §2)."""
        lifetime = refresh.lifetime()
        return bool(self.server_clock.known and lifetime and refresh.token not in self._unjudged
                    and refresh.seconds_left(self.server_clock.now()) < lifetime / 2)

    def _renew_access_token(self) -> str:
        """Renew the refresh token when due, then fetch an access token (``GET auth/jwt``); hold ``_renewal``.

        Raises:
            SignInRequired: no refresh token, or the server refused it.
        """
        with self._lock:
            refresh = self._refresh
        if refresh is None:
            raise SignInRequired("Sign in to continue.")
        if self._refresh_due(refresh):
            self._renew_refresh_token(refresh, int(refresh.lifetime() or REFRESH_TOKEN_LIFETIME))
            with self._lock:
                refresh = self._refresh or refresh
        data = self._send("GET", Paths.ACCESS_TOKEN, headers={"Authorization": f"Bearer {refresh.token}"})
        access = _token_of(data, Paths.ACCESS_TOKEN)
        if access.seconds_left(self.server_clock.now()) < ACCESS_RENEW_MARGIN:
            self._unjudged.add(access.token)
        with self._lock:
            self._access = access
        return access.token

    def _renew_refresh_token(self, refresh: TokenInfo, lifetime: int) -> None:
        """Swap a refresh token past half its lifetime for a new one (Bearer on ``auth/jwt/refresh``)."""
        data = self._send("POST", Paths.REFRESH_TOKEN, headers={"Authorization": f"Bearer {refresh.token}"},
                          json={"lifetime": lifetime, "audience": self.audience})
        self._accept_refresh_token(data)

    # -- authorised requests -------------------------------------------------------------------

    def _call(self, method: str, path: str, *, headers: dict[str, str] | None = None,
              json: Any = None, params: dict[str, Any] | None = None,
              deadline: float | None = None) -> requests.Response:
        """An authorised request; after a 401 it retries once with a freshly issued access token.

        Token renewal, the request and its retry share one deadline (``deadline`` or the client's).
        """
        with call_deadline(deadline or self.deadline):
            refused: str | None = None
            for attempt in (0, 1):
                token = self._access_token(stale=refused)
                auth = {"Authorization": f"Bearer {token}"}
                try:
                    return self._raw(method, path, headers={**(headers or {}), **auth}, json=json,
                                     params=params)
                except SignInRequired:
                    if attempt == 1:
                        raise
                    refused = token
        raise AssertionError("unreachable")  # pragma: no cover

    def _json(self, method: str, path: str, **kwargs: Any) -> Any:
        return decode_json(self._call(method, path, **kwargs), path)


def _token_of(data: Any, path: str) -> TokenInfo:
    """The JWT in ``{"token": ...}`` of an answer to ``path``.

    Raises:
        UnexpectedAnswer: no token, or not a JWT with ``exp``.
    """
    token = data.get("token") if isinstance(data, dict) else None
    if not isinstance(token, str):
        raise unexpected(path)
    try:
        return read_token(token)
    except ValueError:
        raise unexpected(path) from None
