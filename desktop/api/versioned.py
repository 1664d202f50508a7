"""A resource with its ETag: what a GET or a conditional PUT of an editable resource returns.

A module of its own so that the views and the session can use it without loading the client
(issue 11, "instant start").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Versioned(Generic[T]):
    """A resource with the ETag the server sent for it (``None`` when the server sends none)."""

    value: T
    etag: str | None
