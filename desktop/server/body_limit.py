"""A ceiling on the size of request bodies, enforced before any work is done (issue 14, point 4).

Every request body the service accepts is a small JSON object, so anything over
:data:`MAX_BODY_BYTES` (1 MiB) is refused with 413 Content Too Large (RFC 9110 §15.5.14) and the
service's error body ``{error: "too_large", message}``. The check runs in front of the whole app,
so it happens before the bearer token is checked and before FastAPI reads the body:

* a ``Content-Length`` over the limit is refused at once, without reading a byte of the body;
* a body without one (``Transfer-Encoding: chunked``) is counted as it arrives and refused as soon
  as the count passes the limit, so at most the limit is ever held in memory.

A body within the limit is read here (at most 1 MiB). Before it is handed to the app unchanged,
a JSON body (``Content-Type`` naming JSON, or none) is checked for what would otherwise end as a
bare "could not be understood" (issue 14, point 3): it must be UTF-8 (RFC 8259 §8.1), answered with
400 naming the first bad byte, and nest at most :data:`MAX_JSON_DEPTH` arrays and objects (the
service's documents nest two levels), answered with 422 at ``fields.body``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from desktop.server.errors import ApiError, validation_error

#: The largest request body the service reads, in bytes (1 MiB).
MAX_BODY_BYTES = 1024 * 1024

#: The deepest nesting of JSON arrays and objects let through; the deepest request the service
#: documents (a test e-mail's ``settings``, an account's ``address``) nests two.
MAX_JSON_DEPTH = 8

Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


def too_large(limit: int = MAX_BODY_BYTES) -> ApiError:
    """The 413 ``too_large`` error for a body over ``limit`` bytes (RFC 9110 §15.5.14).

    The connection is closed after it (``Connection: close``), since the rest of the body is not read.
    """
    return ApiError(413, "too_large", f"The request is too large: the service accepts at most "
                    f"{limit // 1024} KiB of data in one request.", headers={"Connection": "close"})


def json_body_problem(body: bytes) -> ApiError | None:
    """The error for a JSON request body that is not UTF-8 or nests too deep; ``None`` if neither.

    Not UTF-8 (RFC 8259 §8.1 requires it): 400 ``bad_encoding`` naming the offset of the first bad
    byte. Deeper than :data:`MAX_JSON_DEPTH`: 422 ``validation`` at ``fields.body``. Brackets inside
    strings do not count. Nothing of the body is repeated in the answer.
    """
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        return ApiError(400, "bad_encoding", f"The request body is not UTF-8 text (byte {error.start} cannot be "
                        "decoded): send JSON encoded as UTF-8.")
    depth = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > MAX_JSON_DEPTH:
                return validation_error({"body": f"The JSON nests arrays and objects more than {MAX_JSON_DEPTH} "
                                                 "levels deep; the service's requests nest at most two."})
        elif char in "]}":
            depth -= 1
    return None


def _is_json(scope: Message) -> bool:
    """Whether the request's body is to be read as JSON: its type names JSON, or it has no type."""
    for name, value in scope.get("headers", []):
        if name.lower() == b"content-type":
            return b"json" in value.lower()
    return True


def _content_length(scope: Message) -> int | None:
    """The request's ``Content-Length`` as an int; ``None`` when absent or not a number."""
    for name, value in scope.get("headers", []):
        if name.lower() == b"content-length":
            text = value.decode("latin-1").strip()
            return int(text) if text.isdigit() else None
    return None


class BodyLimit:
    """Pure ASGI middleware: refuse an HTTP request body over ``limit`` bytes with 413.

    Args:
        app: the ASGI application to wrap.
        limit: the largest body let through, in bytes (default :data:`MAX_BODY_BYTES`).
    """

    def __init__(self, app: Any, limit: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Message, receive: Receive, send: Send) -> None:
        """Pass a request with a body of at most ``limit`` bytes on; answer 413 to a larger one."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = _content_length(scope)
        if length is not None and length > self.limit:
            await too_large(self.limit).response()(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":  # the client went away: let the app see it
                await self.app(scope, _replay([], message, receive), send)
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                await too_large(self.limit).response()(scope, receive, send)
                return
            chunks.append(chunk)
            more = bool(message.get("more_body", False))
        problem = json_body_problem(b"".join(chunks)) if size and _is_json(scope) else None
        if problem is not None:
            await problem.response()(scope, receive, send)
            return
        await self.app(scope, _replay(chunks, None, receive), send)


def _replay(chunks: list[bytes], pending: Message | None, receive: Receive) -> Receive:
    """A ``receive`` that gives the body read so far as one message, then defers to ``receive``."""
    queue: list[Message] = []
    if pending is None:
        queue.append({"type": "http.request", "body": b"".join(chunks), "more_body": False})
    else:
        queue.append(pending)

    async def replayed() -> Message:
        if queue:
            return queue.pop(0)
        return await receive()

    return replayed
