"""Judging an HTTP answer before anything of it is used: redirect, busy, foreign page, error or JSON.

Order (first match wins):

1. 3xx: :class:`Redirected` naming the ``Location``. Redirects are never followed (a request with a
   password or token is never re-sent to another host; RFC 9110 §15.4 leaves following to the client).
2. 429, or 503 with ``Retry-After``: :class:`RetryLater` with the time the server asks for, measured
   on the server's clock (its ``Date``) and stated on the PC's clock (``retry_at``), after urllib3
   found the wait too long for the call (:class:`desktop.api.transport.BoundedRetry`).
3. A web page (HTML), a 407, or a 403 that is not JSON: :class:`ForeignAnswer` (:mod:`desktop.api.foreign`).
4. Any other non-2xx: the typed error of :func:`desktop.api.errors.error_from_response`.
5. A 2xx must be JSON (:func:`decode_json`), else :class:`UnexpectedAnswer` naming the endpoint.

A JSON answer of the wrong shape is :class:`AnswerShapeError` where it is parsed (:mod:`desktop.api.results`),
which the client turns into :class:`UnexpectedAnswer` naming the endpoint and the field.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from desktop.api.errors import Redirected, RetryLater, UnexpectedAnswer, error_from_response
from desktop.api.foreign import foreign_answer, is_html
from desktop.api.server_clock import retry_after_seconds

if TYPE_CHECKING:  # annotations only: requests loads with the first request (issue 11)
    import requests


class AnswerShapeError(ValueError):
    """A field of an answer is missing or of the wrong type; the message names it (e.g. ``"summary" is missing``)."""


def check_answer(response: requests.Response, *, path: str, host: str, local_now: datetime) -> None:
    """Raise the typed error for an answer that is not a successful API answer (see module doc).

    Args:
        response: the answer.
        path: the endpoint asked (e.g. ``setup/account``), for the message.
        host: ``host[:port]`` asked, for the message.
        local_now: the PC's time (aware UTC), to state ``RetryLater.retry_at`` on the PC's clock.

    Raises:
        Redirected, RetryLater, ForeignAnswer, ApiError: as listed in the module doc.
    """
    status = response.status_code
    if 300 <= status < 400:
        location = response.headers.get("Location", "")
        where = f" to {location}" if location else ""
        raise Redirected(f"{host} answered with a redirect{where}. Nothing was sent there; check the "
                         "server address of this profile, or ask your network administrator.",
                         location=location, status=status)
    retry_after = response.headers.get("Retry-After")
    if status == 429 or (status == 503 and retry_after is not None):
        seconds = retry_after_seconds(retry_after, response.headers.get("Date"), local_now=local_now)
        raise retry_later(status, seconds, local_now, host)
    if is_html(response):
        raise foreign_answer(response, host)
    if status in (403, 407) and "json" not in response.headers.get("Content-Type", "").lower():
        raise foreign_answer(response, host)
    if not response.ok:
        raise error_from_response(response)


def retry_later(status: int, seconds: float | None, local_now: datetime, host: str) -> RetryLater:
    """A :class:`RetryLater` for a wait of ``seconds`` (``None``: the server named no time)."""
    if seconds is None:
        return RetryLater(f"{host} is busy and asks to be tried again later.", status=status)
    minutes = max(1, round(seconds / 60))
    when = "in about a minute" if minutes == 1 else f"in about {minutes} minutes"
    return RetryLater(f"{host} is busy and asks to be tried again {when}.",
                      retry_at=local_now + timedelta(seconds=seconds), status=status)


def decode_json(response: requests.Response, path: str) -> Any:
    """The JSON body of a successful answer.

    Raises:
        UnexpectedAnswer: the body is not JSON.
    """
    try:
        return response.json()
    except ValueError:
        raise unexpected(path, response.status_code) from None


def unexpected(path: str, status: int | None = None, detail: str = "") -> UnexpectedAnswer:
    """An :class:`UnexpectedAnswer` for ``path``: the answer's content is not what the API contract says.

    ``detail`` (e.g. ``"summary" is missing``) is named in the message, for a report.
    """
    named = f" ({detail})" if detail else ""
    return UnexpectedAnswer(f"The server sent an unexpected answer to {path}: it does not look like the "
                            f"account service's{named}. Try again later; if it persists, report it.",
                            endpoint=path, status=status, detail=detail)
