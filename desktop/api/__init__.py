"""Thin HTTP client of the ConnexCS account API (design §2). Qt-free.

Behaviour on real office networks (issue 8), each rule explained in the module that enforces it:

- **Deadline** (:mod:`desktop.api.deadline`, :mod:`desktop.api.caller`): every call ends within 20 s
  (a test e-mail: 90 s), counting connect, waiting, reading the body, retries and back-off; a
  watchdog shuts the call's sockets down at the deadline (:class:`DeadlineExceeded`). Host-name
  resolution is the operating system's and is not interruptible.
- **Retries** (:mod:`desktop.api.transport`): idempotent methods only, on 429/502/503/504 and failed
  connects, back-off at most 4 s per call and never past its deadline; a longer ``Retry-After``
  fails at once with :class:`RetryLater`. A GET or a conditional PUT is resent once after a stale
  pooled connection was reset (:mod:`desktop.api.caller`).
- **Redirects** are never followed: :class:`Redirected` names the ``Location``; nothing is re-sent.
- **Trust store**: the operating system's (truststore), never certifi's; a refused certificate is
  a :class:`CertificateProblem` by kind with its issuer (:mod:`desktop.api.failures`).
- **Foreign answers**: web pages from portals, proxies and CDNs are :class:`ForeignAnswer`; JSON of
  the wrong shape is :class:`UnexpectedAnswer` (:mod:`desktop.api.answers`, :mod:`desktop.api.foreign`),
  naming the missing or mistyped field of the typed results (:mod:`desktop.api.results`).
- **Clock**: tokens are judged by the server's clock (its ``Date``), never expired locally
  (:mod:`desktop.api.server_clock`, :mod:`desktop.api.session`).

It may import :mod:`desktop.domain` only (never Qt, never the store or the session); the
import-linter contracts in ``pyproject.toml`` check it, and mypy checks it in strict mode.

The names below are loaded when first used (PEP 562, issue 11 "instant start"): importing an error
class or :class:`Versioned` does not load the client, and no module here loads the HTTP stack
(``requests``, urllib3, truststore) before a client sends its first request, on a worker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.lazy_exports import lazy_exports

if TYPE_CHECKING:  # for type checkers and IDEs; at run time each name is loaded by __getattr__ below
    from desktop.api.answers import AnswerShapeError
    from desktop.api.client import AccountClient
    from desktop.api.errors import (
        ApiError,
        CertificateProblem,
        Conflict,
        DeadlineExceeded,
        ForeignAnswer,
        NotFound,
        PermissionDenied,
        PreconditionRequired,
        Redirected,
        RetryLater,
        ServerError,
        SignInRequired,
        SignInThrottled,
        UnexpectedAnswer,
        Unreachable,
        ValidationFailed,
    )
    from desktop.api.paths import Paths
    from desktop.api.results import (
        CaughtEmail,
        EmailTestResult,
        KeptSms,
        SmsTestResult,
        TranscriptStep,
    )
    from desktop.api.versioned import Versioned

__all__ = [
    "AccountClient",
    "AnswerShapeError",
    "ApiError",
    "CaughtEmail",
    "CertificateProblem",
    "Conflict",
    "DeadlineExceeded",
    "EmailTestResult",
    "ForeignAnswer",
    "KeptSms",
    "NotFound",
    "Paths",
    "PermissionDenied",
    "PreconditionRequired",
    "Redirected",
    "RetryLater",
    "SignInThrottled",
    "ServerError",
    "SignInRequired",
    "SmsTestResult",
    "TranscriptStep",
    "UnexpectedAnswer",
    "Unreachable",
    "ValidationFailed",
    "Versioned",
]

#: The module of each name of ``__all__`` (the error classes: ``errors``).
_HOMES = {
    **dict.fromkeys(__all__, "desktop.api.errors"),
    "AccountClient": "desktop.api.client",
    "Versioned": "desktop.api.versioned",
    "Paths": "desktop.api.paths",
    "AnswerShapeError": "desktop.api.answers",
    **dict.fromkeys(["CaughtEmail", "EmailTestResult", "KeptSms", "SmsTestResult", "TranscriptStep"],
                    "desktop.api.results"),
}

if not TYPE_CHECKING:  # hidden from mypy, so that a misspelt name is still an error there, not Any
    __getattr__, __dir__ = lazy_exports(__all__, _HOMES, globals())
