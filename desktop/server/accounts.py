"""The account resource: its JSON, its ETag, and the checks of an edit (design §2, §3).

The JSON is built by :class:`desktop.domain.models.Account` so client and server agree on its
shape; ``billing_method_locked_until`` is computed from ``billing_method_changed_at`` with the
domain's 30-day rule and is ``null`` once the lock has passed. Edits are judged by the domain's
shared validators (:func:`desktop.domain.validators.validate_fields`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from desktop.domain.billing import is_locked, locked_until
from desktop.domain.models import Account, flatten, format_timestamp, nest, parse_timestamp
from desktop.domain.normalised import Checker
from desktop.domain.validators import Validator, account_checks, validate_fields

CANNOT_CHANGE = "This field cannot be changed here."
ADDRESS_SUPPORT_ONLY = "The address can only be changed by technical support."
SEND_AS_TEXT = "Send this value as text."


def account_json(row: dict[str, Any], now: datetime) -> dict[str, Any]:
    """The API's Account object from a repository row (flat, dotted keys) at time ``now``."""
    data = nest(row)
    changed_at = parse_timestamp(row.get("billing_method_changed_at"))
    until = locked_until(changed_at) if is_locked(changed_at, now) else None
    data["billing_method_locked_until"] = format_timestamp(until)
    return Account.from_json(data).to_json()


def etag_of(resource: Any) -> str:
    """A strong ETag (RFC 9110 §8.8.3): the quoted SHA-256 of the resource's canonical JSON."""
    canonical = json.dumps(resource, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return '"' + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32] + '"'


def if_match_satisfied(header: str, etag: str) -> bool:
    """Evaluate ``If-Match`` (RFC 9110 §13.1.1) against the current strong ``etag``.

    ``*`` matches any current resource; otherwise one of the listed entity tags must match with
    the strong comparison, so weak tags (``W/"…"``) never match.
    """
    candidates = [part.strip() for part in header.split(",")]
    return "*" in candidates or etag in candidates


def check_edit(body: dict[str, Any], country: str = "") -> tuple[dict[str, str], dict[str, str]]:
    """Judge the body of ``PUT setup/account`` for an account whose address is in ``country``.

    The country gives a VAT ID typed without a prefix its EU prefix, as the app's dialog does
    (:func:`desktop.domain.validators.account_checks`).

    Returns:
        ``(clean, errors)``: the normalised value of each editable dotted key, and a message for
        each dotted key that may not be saved. Nothing may be saved when ``errors`` is not empty.
        Values must be text (IDs are text, never numbers); ``null`` clears an optional field.
    """
    errors: dict[str, str] = {}
    given: dict[str, Any] = {}
    for key, value in body.items():
        if key == "address":
            errors["address"] = ADDRESS_SUPPORT_ONLY
        elif key != "contact":
            given[key] = value
        elif isinstance(value, dict):
            given.update(flatten(value, "contact."))
        else:
            errors["contact"] = "Send the contact details as an object with email, phone and mobile."
    clean, field_errors = judge_values(given, account_checks(country))
    errors.update(field_errors)
    return clean, errors


def judge_values(given: dict[str, Any], validators: Mapping[str, Validator | Checker]
                 ) -> tuple[dict[str, str], dict[str, str]]:
    """Judge flat ``{dotted key: JSON value}`` edits with the shared domain validators.

    A key without a validator cannot be changed here; a value must be text (``null`` clears it);
    every text then goes through :func:`desktop.domain.validators.validate_fields`.

    Returns:
        ``(clean, errors)``: normalised values, and a message for each key that may not be saved.
    """
    errors: dict[str, str] = {}
    texts: dict[str, str] = {}
    for key, value in given.items():
        if key not in validators:
            errors[key] = CANNOT_CHANGE
        elif value is not None and not isinstance(value, str):
            errors[key] = SEND_AS_TEXT
        else:
            texts[key] = "" if value is None else value
    clean, field_errors = validate_fields(texts, validators)
    errors.update(field_errors)
    return clean, errors
