"""Typed errors of the account API client.

Every failure of a request becomes one of these, so views can turn it into a plain message
without knowing HTTP. ``message`` is always a sentence fit to show a user.
"""

from __future__ import annotations

import re
from datetime import datetime
from html import unescape
from typing import Any

import requests

from desktop.domain.models import parse_timestamp


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


_TAGS = re.compile(r"<[^>]+>")


def _text_of(response: requests.Response) -> str:
    """A short plain text of a non-JSON body (HTML tags stripped)."""
    text = response.text or ""
    if "html" in response.headers.get("Content-Type", "") or text.lstrip().startswith("<"):
        title = re.search(r"<title>(.*?)</title>", text, re.I | re.S)
        text = title.group(1) if title else _TAGS.sub(" ", text)
    text = " ".join(unescape(text).split())
    return text[:300]


def error_from_response(response: requests.Response) -> ApiError:
    """Build the typed error for a non-2xx response whose body is JSON, plain text or HTML."""
    status = response.status_code
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        body = {}
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
        fields = body.get("fields") if isinstance(body.get("fields"), dict) else {}
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
