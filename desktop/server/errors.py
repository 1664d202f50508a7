"""Error responses of the account service: always JSON ``{error, message, ...}`` (design §2).

``error`` is a stable machine-readable code; ``message`` is a plain sentence the app can show an
end user as it is. Some errors add keys: ``fields`` (validation), ``current`` (412),
``locked_until`` (billing-method lock). Endpoints raise :class:`ApiError`; the handlers installed by
:func:`install_error_handlers` also turn FastAPI's and Starlette's own errors (malformed body,
unknown route, wrong method, crash) into this shape.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

log = logging.getLogger(__name__)

VALIDATION_MESSAGE = "Some fields need attention."

_STATUS_ERRORS: dict[int, tuple[str, str]] = {
    400: ("bad_request", "The request could not be understood."),
    401: ("unauthorized", "Sign in first."),
    403: ("forbidden", "You are not allowed to do this."),
    404: ("not_found", "There is nothing at this address."),
    405: ("method_not_allowed", "This address does not accept this kind of request."),
    413: ("too_large", "The request is too large."),
}


class ApiError(Exception):
    """An error answer: HTTP ``status``, ``error`` code, user-facing ``message`` and extra body keys."""

    def __init__(self, status: int, error: str, message: str, *, headers: dict[str, str] | None = None,
                 **extra: Any) -> None:
        super().__init__(message)
        self.status = status
        self.error = error
        self.message = message
        self.headers = headers or {}
        self.extra = extra

    def response(self) -> JSONResponse:
        """The JSON response for this error, always encodable as UTF-8 (see :func:`encodable`)."""
        body = encodable({"error": self.error, "message": self.message, **self.extra})
        return JSONResponse(body, status_code=self.status, headers=self.headers)


#: The ``fields`` key and message for a field whose name cannot be encoded (issue 14, point 3).
BROKEN_NAME_KEY = "body"
BROKEN_NAME_MESSAGE = ("A field name holds a broken character (a lone UTF-16 surrogate, which UTF-8 cannot "
                       "encode, RFC 3629 §3): send field names as they are documented.")


def _is_encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def encodable(value: Any) -> Any:
    r"""``value`` (JSON data) with nothing that UTF-8 cannot encode, so an error answer never fails.

    A request may carry lone surrogates (``"\ud800"`` is valid JSON text but no Unicode scalar,
    RFC 8259 §8.2); they must not be echoed back. In an error body, a string holding one becomes
    the same string with each lone surrogate replaced by U+FFFD, and a ``fields`` key holding one
    is replaced by :data:`BROKEN_NAME_KEY` with :data:`BROKEN_NAME_MESSAGE`.
    """
    if isinstance(value, str):
        return value if _is_encodable(value) else "".join(
            "\ufffd" if 0xD800 <= ord(char) <= 0xDFFF else char for char in value)
    if isinstance(value, list | tuple):
        return [encodable(item) for item in value]
    if isinstance(value, dict):
        clean: dict[Any, Any] = {}
        for key, item in value.items():
            if isinstance(key, str) and not _is_encodable(key):
                clean.setdefault(BROKEN_NAME_KEY, BROKEN_NAME_MESSAGE)
            else:
                clean[key] = encodable(item)
        return clean
    return value


def unauthorized(message: str, challenge: str) -> ApiError:
    """A 401 with the ``WWW-Authenticate`` challenge (RFC 9110 §11.6.1, RFC 6750 §3)."""
    return ApiError(401, "unauthorized", message, headers={"WWW-Authenticate": challenge})


def validation_error(fields: dict[str, str], message: str = VALIDATION_MESSAGE) -> ApiError:
    """A 422 ``validation`` error with a message for each dotted field key."""
    return ApiError(422, "validation", message, fields=fields)


def not_found(message: str) -> ApiError:
    """A 404 ``not_found`` error."""
    return ApiError(404, "not_found", message)


def _field_message(error: dict[str, Any]) -> str:
    kind = error.get("type", "")
    if kind == "missing":
        return "This field is required."
    if kind.endswith("_type") or kind.endswith("_parsing"):
        return "This value has the wrong type."
    text = str(error.get("msg") or "This value is not valid.")
    return text if text.endswith(".") else text + "."


def _from_request_validation(exc: RequestValidationError) -> ApiError:
    """Translate FastAPI's ``detail`` list into ``fields`` with dotted keys."""
    fields: dict[str, str] = {}
    for error in exc.errors():
        if error.get("type") == "json_invalid":
            return validation_error({}, "The request body is not valid JSON.")
        loc = [str(part) for part in error.get("loc", ()) if part not in ("body", "query", "path", "header")]
        key = ".".join(loc) or "body"
        if key == "body":
            fields.setdefault(key, "Send a JSON object in the request body.")
        else:
            fields.setdefault(key, _field_message(error))
    return validation_error(fields)


_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")


def allowed_methods(request: Request) -> list[str]:
    """Every method some route of the app accepts at the request's path, and ``OPTIONS`` (sorted).

    Starlette's own 405 names only the methods of the first route that matched the path; a path
    served by several routes (``GET`` and ``PUT setup/account``) needs all of them in ``Allow``
    (RFC 9110 §10.2.1, §15.5.6).
    """
    methods = {"OPTIONS"}
    for method in _METHODS:
        scope = {**request.scope, "method": method}
        if any(route.matches(scope)[0] == Match.FULL for route in request.app.router.routes):
            methods.add(method)
    return sorted(methods)


def install_error_handlers(app: FastAPI) -> None:
    """Make every error of ``app`` a JSON ``{error, message, ...}`` body."""

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return exc.response()

    @app.exception_handler(RequestValidationError)
    async def _request_validation(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return _from_request_validation(exc).response()

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            allow = ", ".join(allowed_methods(request))
            headers["Allow"] = allow
            if request.method == "OPTIONS":  # RFC 9110 §9.3.7: the methods this resource supports
                return Response(status_code=204, headers={"Allow": allow})
        error, message = _STATUS_ERRORS.get(exc.status_code, (f"http_{exc.status_code}", "The request failed."))
        return ApiError(exc.status_code, error, message, headers=headers).response()

    @app.exception_handler(Exception)
    async def _crash(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("Unhandled error in the account service", exc_info=exc)
        return ApiError(500, "internal", "The account service hit an unexpected problem. "
                        "Try again; if it keeps happening, contact technical support.").response()
