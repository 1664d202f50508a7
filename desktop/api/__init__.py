"""Thin HTTP client of the ConnexCS account API (design §2). Qt-free."""

from desktop.api.client import AccountClient, Versioned
from desktop.api.errors import (
    ApiError,
    Conflict,
    NotFound,
    PermissionDenied,
    PreconditionRequired,
    ServerError,
    SignInRequired,
    Unreachable,
    ValidationFailed,
)
from desktop.api.paths import Paths

__all__ = [
    "AccountClient",
    "ApiError",
    "Conflict",
    "NotFound",
    "Paths",
    "PermissionDenied",
    "PreconditionRequired",
    "ServerError",
    "SignInRequired",
    "Unreachable",
    "ValidationFailed",
    "Versioned",
]
