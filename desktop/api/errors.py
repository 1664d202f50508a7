"""Typed errors of the account API client.

Every failure of a request becomes one of these, so views can turn it into a plain message
without knowing HTTP. ``message`` is always a sentence fit to show a user.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from desktop.domain.models import parse_timestamp

if TYPE_CHECKING:  # annotations only: requests loads with the first request (issue 11)
    import requests


class ApiError(Exception):
    """A request that did not succeed.

    Attributes:
        status: the HTTP status code, or ``None`` when no response arrived.
        code: the ``error`` key of the JSON body (e.g. ``"validation"``), or ``None``.
        message: a plain-language sentence for the user.
        body: the decoded JSON body, or ``{}``.
    """

    def __init__(self, message: str, *, status: int | None = None, code: str | None = None,
                 body: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code
        self.body = body or {}


class SignInRequired(ApiError):
    """401: no valid token, a rejected password or an expired refresh token; the user must sign in."""


class SignInThrottled(ApiError):
    """429 to a password sign-in: too many failed passwords for the address or from this computer.

    The platform (and the reference service, :mod:`desktop.server.throttle`) then refuses every
    password, the right one included, until the wait named by ``Retry-After`` (RFC 6585 §4,
    RFC 9110 §10.2.3) is over. Not an :class:`Unreachable`: the server gave its verdict.

    Attributes:
        retry_at: when a sign-in is heard again, on the PC's clock (aware UTC), or ``None`` when the
            server named no time.
    """

    def __init__(self, message: str, *, retry_at: datetime | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_at = retry_at


def sign_in_throttled(retry_at: datetime | None) -> SignInThrottled:
    """The :class:`SignInThrottled` for a 429 to a password sign-in, waiting until ``retry_at``."""
    when = "later" if retry_at is None else f"after {retry_at:%H:%M} UTC"
    return SignInThrottled(f"Too many failed sign-ins: the server accepts no password for this address "
                           f"until the wait is over. Try again {when}.", retry_at=retry_at, status=429,
                           code="too_many_sign_ins")


class PermissionDenied(ApiError):
    """403: the signed-in user may not do this (e.g. a read-only user saving)."""


class NotFound(ApiError):
    """404: the resource does not exist (or this server does not offer it)."""


class ValidationFailed(ApiError):
    """422: the server refused values; ``fields`` maps dotted keys (``contact.email``) to messages."""

    def __init__(self, message: str, *, fields: dict[str, str], **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.fields = fields


class Conflict(ApiError):
    """409 or 412: the request conflicts with the server's state.

    Attributes:
        current: for 412, the server's current state: an Account, or SmtpSettings for the SMTP
            details (``None`` when the body had none); ``body["current"]`` holds it as JSON.
        current_etag: the ETag of ``current``.
        locked_until: for ``billing_method_locked``, when the lock ends (aware UTC).
    """

    def __init__(self, message: str, *, current: Any = None, current_etag: str | None = None,
                 locked_until: datetime | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.current = current
        self.current_etag = current_etag
        self.locked_until = locked_until


class PreconditionRequired(ApiError):
    """428: the server wants ``If-Match`` on this request."""


class Unreachable(ApiError):
    """No answer: the server could not be reached, refused the connection or timed out."""


class ServerError(ApiError):
    """5xx, or an answer that is not what the contract says: a fault on the server's side."""


class DeadlineExceeded(Unreachable):
    """The whole call (connect, waiting, reading the body, retries) ran past its deadline.

    Attributes:
        deadline: the call's limit in seconds (20 s for normal calls, 90 s for a test e-mail).
        host: ``host[:port]`` of the server.
    """

    def __init__(self, message: str, *, deadline: float, host: str = "", **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.deadline = deadline
        self.host = host


class CertificateProblem(Unreachable):
    """The server's TLS certificate was refused (it is a network answer, not the server's verdict).

    Attributes:
        kind: ``"untrusted"`` (no trusted root: e.g. a TLS-inspecting firewall whose root is not in the
            OS trust store), ``"expired"`` (or not yet valid: check the PC's clock too), ``"hostname"``
            (issued for another name) or ``"other"``.
        issuer: the issuer's common name or organisation as the certificate states it, or ``None``.
        host: the host name the client asked for.
    """

    def __init__(self, message: str, *, kind: str, issuer: str | None = None, host: str = "",
                 **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.kind = kind
        self.issuer = issuer
        self.host = host


class RetryLater(Unreachable):
    """503 or 429 whose ``Retry-After`` (RFC 9110 §10.2.3) is longer than an interactive call may wait.

    An :class:`Unreachable`: the account service gave no verdict on the request, so an edit waits in
    the outbox and the window tries again later, as when the network is down.

    Attributes:
        retry_at: when the server asks to be tried again (aware UTC), or ``None`` when it gave no time.
    """

    def __init__(self, message: str, *, retry_at: datetime | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_at = retry_at


class Redirected(Unreachable):
    """A 3xx answer to an API call. Redirects are never followed (nothing is re-sent elsewhere).

    An :class:`Unreachable`: the account service was not reached (a captive portal's 302 to its
    sign-in page, or a profile address that moved), so an edit waits in the outbox.

    Attributes:
        location: the ``Location`` header as sent (``""`` when missing).
    """

    def __init__(self, message: str, *, location: str = "", **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.location = location


class ForeignAnswer(Unreachable):
    """An answer that is not the account service's: an HTML page from something in between.

    An :class:`Unreachable`: it is not the service's verdict (never a :class:`PermissionDenied`),
    so an edit waits in the outbox and the window says what is in the way.

    Attributes:
        kind: ``"captive_portal"`` (a sign-in page of this network, e.g. hotel or guest Wi-Fi),
            ``"blocked"`` (a proxy's, firewall's or CDN's block or error page) or ``"page"`` (some other
            web page where the API should answer: a wrong address?).
        host: ``host[:port]`` that was asked.
        title: the page's ``<title>`` (plain text, short), or ``""``.
    """

    def __init__(self, message: str, *, kind: str, host: str = "", title: str = "", **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.kind = kind
        self.host = host
        self.title = title


class UnexpectedAnswer(ServerError):
    """A 2xx whose JSON does not have the shape the contract gives (``[]`` for an object, a wrong type).

    Attributes:
        endpoint: the API path asked, e.g. ``setup/account``.
        detail: what is wrong with it when known, e.g. ``"summary" is missing``; else ``""``.
    """

    def __init__(self, message: str, *, endpoint: str, detail: str = "", **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.endpoint = endpoint
        self.detail = detail


def _text_of(response: requests.Response) -> str:
    """A short plain text of a non-JSON body (web pages never get here: see :mod:`desktop.api.answers`)."""
    return " ".join((response.text or "").split())[:300]


def error_from_response(response: requests.Response) -> ApiError:
    """Build the typed error for a non-2xx response whose body is JSON or plain text (the service's own)."""
    status = response.status_code
    try:
        decoded: Any = response.json()
    except ValueError:
        decoded = None
    body: dict[str, Any] = decoded if isinstance(decoded, dict) else {}
    code = body.get("error") if isinstance(body.get("error"), str) else None
    message = body.get("message") or (body.get("error") if isinstance(body.get("error"), str) else None)
    if not message:
        message = _text_of(response) or response.reason or f"HTTP {status}"
    common: dict[str, Any] = {"status": status, "code": code, "body": body}
    if status == 401:
        return SignInRequired(f"Sign-in needed: {message}", **common)
    if status == 403:
        return PermissionDenied(f"Permission denied: {message}", **common)
    if status == 404:
        return NotFound(message, **common)
    if status == 422:
        named = body.get("fields")
        fields: dict[Any, Any] = named if isinstance(named, dict) else {}
        return ValidationFailed(message, fields={str(k): str(v) for k, v in fields.items()}, **common)
    if status in (409, 412):
        # ``current`` is parsed by the client call that knows which resource it sent (Account, SmtpSettings).
        return Conflict(message, current_etag=response.headers.get("ETag"),
                        locked_until=parse_timestamp(body.get("locked_until")), **common)
    if status == 428:
        return PreconditionRequired(message, **common)
    if status >= 500:
        return ServerError(f"The server had a problem ({status}): {message}", **common)
    return ApiError(message, **common)
