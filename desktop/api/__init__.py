"""Thin HTTP client of the ConnexCS account API (design §2). Qt-free."""

from desktop.api.client import AccountClient, Versioned
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
    UnexpectedAnswer,
    Unreachable,
    ValidationFailed,
)
from desktop.api.paths import Paths

__all__ = [
    "AccountClient",
    "ApiError",
    "CertificateProblem",
    "Conflict",
    "DeadlineExceeded",
    "ForeignAnswer",
    "NotFound",
    "Paths",
    "PermissionDenied",
    "PreconditionRequired",
    "Redirected",
    "RetryLater",
    "ServerError",
    "SignInRequired",
    "UnexpectedAnswer",
    "Unreachable",
    "ValidationFailed",
    "Versioned",
]
