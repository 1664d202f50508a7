"""The app's log: a rotating file in the log folder, written off the GUI thread, with secrets redacted.

:func:`setup_logging` sends every record of the root logger through a
:class:`logging.handlers.QueueHandler` to a :class:`logging.handlers.QueueListener`, whose thread
writes to ``cxdesk.log`` (a :class:`~logging.handlers.RotatingFileHandler`, 1 MiB x 5) and to
stderr. The message (with its traceback) is formatted and redacted by :class:`RedactingFormatter`
in the logging thread *before* it is queued, so no secret reaches a file, a console or the
diagnostics text. Design §4: "No secret is ever written to … a log".

What :func:`redact` removes:

* JSON Web Tokens (RFC 7519 compact form: three base64url segments, the first ``eyJ``);
* ``Authorization`` header values and bare ``Bearer …``/``Basic …`` credentials (RFC 6750, RFC 7617);
* values of password-, secret- and token-like keys in ``key=value``, ``"key": "value"`` and
  ``'key': 'value'`` form (query strings, form bodies, JSON, Python reprs).

Qt-free: the diagnostics text builder and the selftest use it too.
"""

from __future__ import annotations

import atexit
import logging
import logging.handlers
import queue
import re
import sys
from pathlib import Path

#: The log file's name in :func:`desktop.paths.log_dir`.
LOG_FILE_NAME = "cxdesk.log"
#: Size at which the log file is rotated, in bytes; and how many old files are kept.
MAX_BYTES = 1024 * 1024
BACKUP_COUNT = 5
#: The format of a line in the file and on stderr.
LINE_FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"
#: What a secret is replaced by.
REDACTED = "<redacted>"

_KEY = r"[\w-]*(?:password|passwd|passphrase|secret|token|api[_-]?key)[\w-]*"
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # Authorization: Basic dXNlcjpwYXNz / "Authorization": "Bearer eyJ..." / authorization=...
    (re.compile(r"""(?i)(\bauthorization\b["']?\s*[:=]\s*["']?(?:(?:basic|bearer|digest|token)\s+)?)[^\s"',;}]+"""),
     r"\1" + REDACTED),
    # A compact JWT anywhere (also inside URLs and reprs).
    (re.compile(r"eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*"), REDACTED),
    # Bare bearer credentials, and Basic ones that look like base64 (not the word "Basic information").
    (re.compile(r"(?i)(\bbearer\s+)[A-Za-z0-9._~+/=-]{8,}"), r"\1" + REDACTED),
    (re.compile(r"(\bBasic\s+)(?=[A-Za-z0-9+/]+[0-9+/A-Z=])[A-Za-z0-9+/]{8,}={0,2}"), r"\1" + REDACTED),
    # "password": "…" (JSON, with escaped quotes) and 'password': '…' (Python repr).
    (re.compile(rf"""(?i)("{_KEY}"\s*:\s*)"(?:[^"\\]|\\.)*\""""), r'\1"' + REDACTED + '"'),
    (re.compile(rf"""(?i)('{_KEY}'\s*:\s*)'(?:[^'\\]|\\.)*'"""), r"\1'" + REDACTED + "'"),
    # password=… in query strings, form bodies, keyword reprs: up to &, whitespace, comma, ) or quote.
    (re.compile(rf"""(?i)(\b{_KEY}\s*=\s*)(?!{re.escape(REDACTED)})["']?[^\s&,;)"']*["']?"""),
     r"\1" + REDACTED),
]

_state: dict[str, object] = {}


def redact(text: str) -> str:
    """Return ``text`` with tokens, passwords and Authorization values replaced by ``<redacted>``.

    Idempotent: redacting a redacted text changes nothing.
    """
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFormatter(logging.Formatter):
    """A :class:`logging.Formatter` whose output (message, arguments and traceback) is redacted."""

    def format(self, record: logging.LogRecord) -> str:
        """Format the record as usual, then run :func:`redact` over the whole text."""
        return redact(super().format(record))


def log_file() -> Path:
    """The current log file (``cxdesk.log`` in :func:`desktop.paths.log_dir`)."""
    from desktop.paths import log_dir

    return log_dir() / LOG_FILE_NAME


def setup_logging(level: int = logging.INFO, *, console: bool = True) -> Path | None:
    """Send the root logger's records to the rotating log file (and stderr) through a queue.

    Safe to call twice: a second call replaces the first set-up. :func:`shutdown_logging` writes
    what is still queued and stops the listener; it is also registered with :mod:`atexit`.

    Args:
        level: the root logger's level.
        console: also write to stderr (when the process has one: a windowed build may not).

    Returns:
        The log file's path, or ``None`` when the log folder or file cannot be opened: then the app
        still starts, the records go to stderr only, and the first of them says why.
    """
    shutdown_logging()
    handlers: list[logging.Handler] = []
    problem: OSError | None = None
    try:
        path = log_file()
        handlers.append(logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                                             encoding="utf-8", delay=False))
    except OSError as error:
        path, problem = None, error
    if console and sys.stderr is not None:
        console_handler = logging.StreamHandler(sys.stderr)
        console_handler.setLevel(logging.WARNING)  # the file has everything; a terminal only what needs a look
        handlers.append(console_handler)
    for handler in handlers:
        handler.setFormatter(RedactingFormatter(LINE_FORMAT))
    records: queue.SimpleQueue[logging.LogRecord] = queue.SimpleQueue()
    queue_handler = logging.handlers.QueueHandler(records)
    # QueueHandler.prepare() formats with this before queuing: the record travels already redacted.
    queue_handler.setFormatter(RedactingFormatter("%(message)s"))
    listener = logging.handlers.QueueListener(records, *handlers, respect_handler_level=True)
    root = logging.getLogger()
    root.addHandler(queue_handler)
    root.setLevel(level)
    listener.start()
    _state.update(listener=listener, handler=queue_handler, path=path)
    if not _state.get("atexit"):
        atexit.register(shutdown_logging)
        _state["atexit"] = True
    if problem is not None:
        logging.getLogger(__name__).warning("no log file, logging to stderr only: %s", problem)
    return path


def shutdown_logging() -> None:
    """Stop the listener thread after it has written every queued record, and detach the queue handler."""
    listener = _state.pop("listener", None)
    handler = _state.pop("handler", None)
    _state.pop("path", None)
    if handler is not None:
        logging.getLogger().removeHandler(handler)  # type: ignore[arg-type]
    if listener is not None:
        listener.stop()  # type: ignore[attr-defined]
        for target in listener.handlers:  # type: ignore[attr-defined]
            target.close()


def flush() -> None:
    """Wait until every record queued so far is written (for the diagnostics text and tests).

    Restarts the listener thread; cheap, and only called on a user's request or in tests.
    """
    listener = _state.get("listener")
    if listener is not None:
        listener.stop()  # type: ignore[attr-defined]
        for target in listener.handlers:  # type: ignore[attr-defined]
            target.flush()
        listener.start()  # type: ignore[attr-defined]


def current_log_file() -> Path | None:
    """The file :func:`setup_logging` writes to, or ``None`` before it was called."""
    path = _state.get("path")
    return path if isinstance(path, Path) else None


def tail(path: Path, lines: int = 50, *, max_bytes: int = 256 * 1024) -> list[str]:
    """The last ``lines`` lines of a text file, redacted; an empty list when it does not exist.

    Reads at most the last ``max_bytes`` bytes, so a big file costs no more than a small one.
    """
    try:
        with path.open("rb") as stream:
            stream.seek(0, 2)
            size = stream.tell()
            stream.seek(max(0, size - max_bytes))
            data = stream.read()
    except OSError:
        return []
    text = data.decode("utf-8", errors="replace")
    return [redact(line) for line in text.splitlines()[-lines:]]
