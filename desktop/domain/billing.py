"""The billing-method lock (product.md, "General information").

A user may switch between per-channel and per-minute billing, but once switched the choice is
locked for 30 days so that nobody switches to dodge charges. The service is the authority; the
app uses the same rule to show the state before asking. Platform administrators lift the lock
on the service side (``cxdesk-server unlock-billing``).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop.domain.errors import FieldError
from desktop.domain.models import BILLING_METHODS
from desktop.domain.normalised import QT_TRANSLATE_NOOP

#: How long a billing-method choice is locked after a switch.
LOCK_PERIOD = timedelta(days=30)

BILLING_METHOD_LABELS: dict[str, str] = {"per_channel": "Per channel", "per_minute": "Per minute"}


def locked_until(changed_at: datetime | None) -> datetime | None:
    """The first instant (UTC) at which the method may be switched again, or ``None`` if never switched."""
    if changed_at is None:
        return None
    return changed_at.astimezone(UTC) + LOCK_PERIOD


def is_locked(changed_at: datetime | None, now: datetime) -> bool:
    """Whether a switch is refused at ``now``: allowed when ``now >= changed_at + 30 days`` (UTC)."""
    until = locked_until(changed_at)
    return until is not None and now < until


def validate_billing_method(text: str) -> str:
    """Return ``text`` if it is ``per_channel`` or ``per_minute``.

    Raises:
        FieldError: any other value.
    """
    if text not in BILLING_METHODS:
        raise FieldError(QT_TRANSLATE_NOOP("FieldError", "Choose per channel or per minute."))
    return text
