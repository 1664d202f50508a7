"""The resources an edit may be queued for, and the secrets the store refuses to write (design §4).

Two resources are editable offline: ``"account"`` (company and contact details, the dotted keys of
:data:`desktop.domain.models.EDITABLE_ACCOUNT_FIELDS`) and ``"smtp"`` (the SMTP details of
:data:`desktop.domain.smtp.SMTP_VALIDATORS`: ``from_address``, ``username``, ``server``,
``sms_from``). The SMTP password is write-only and a secret: it is never cached or queued.
Test e-mail, test SMS, the billing method and call recording are never queued either: they need
the server now.

Values are compared and stored as the text the shared validators return, so a value is judged
the same online and offline (design §1).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from desktop.domain.errors import FieldError
from desktop.domain.models import EDITABLE_ACCOUNT_FIELDS, get_path, nest
from desktop.domain.smtp import SMTP_VALIDATORS
from desktop.domain.validators import ACCOUNT_VALIDATORS

#: Keys that hold a secret: never written to the cache or the outbox, at any depth of a JSON value.
SECRET_KEYS: frozenset[str] = frozenset({"password", "token", "refresh_token", "access_token"})


@dataclass(frozen=True)
class EditableResource:
    """A resource whose edits may wait in the outbox.

    Attributes:
        name: ``"account"`` or ``"smtp"``.
        fields: its editable keys, dotted for nested ones (``contact.email``).
        validators: the shared validator of each key (``FieldError`` on a bad value).
    """

    name: str
    fields: tuple[str, ...]
    validators: Mapping[str, Callable[[str], str]]

    def values(self, data: Mapping[str, Any]) -> dict[str, str]:
        """The flat ``{dotted key: text}`` editable values of the resource's JSON (missing/``None`` give ``""``)."""
        return {key: get_path(dict(data), key) for key in self.fields}

    def clean(self, changes: Mapping[str, Any]) -> dict[str, str]:
        """Check changed values with the shared validators and return their normal form.

        Raises:
            ValueError: a secret key (``password``) or a key that is not editable.
            InvalidEdit: one or more values break a domain rule (``fields`` maps key to message).
        """
        refuse_secrets(changes, what="An edit")
        unknown = sorted(set(changes) - set(self.fields))
        if unknown:
            raise ValueError(f"Not editable in {self.name}: {', '.join(unknown)}.")
        clean: dict[str, str] = {}
        errors: dict[str, str] = {}
        for key, value in changes.items():
            try:
                clean[key] = self.validators[key]("" if value is None else str(value))
            except FieldError as error:
                errors[key] = str(error)
        if errors:
            raise InvalidEdit(errors)
        return clean


class InvalidEdit(ValueError):
    """Values that break a domain rule; ``fields`` maps each dotted key to a plain-language message."""

    def __init__(self, fields: dict[str, str]) -> None:
        super().__init__("; ".join(f"{key}: {message}" for key, message in fields.items()))
        self.fields = fields


#: Every resource an edit may be queued for, by name.
EDITABLE: dict[str, EditableResource] = {
    "account": EditableResource("account", EDITABLE_ACCOUNT_FIELDS, ACCOUNT_VALIDATORS),
    "smtp": EditableResource("smtp", tuple(SMTP_VALIDATORS), SMTP_VALIDATORS),
}


def editable(name: str) -> EditableResource:
    """The editable resource called ``name``.

    Raises:
        ValueError: ``name`` is not ``"account"`` or ``"smtp"`` (other resources are never queued).
    """
    try:
        return EDITABLE[name]
    except KeyError:
        raise ValueError(f"Edits to {name!r} are never queued; only {', '.join(EDITABLE)} are.") from None


def secret_keys_in(value: Any, path: str = "") -> list[str]:
    """The dotted paths of every key in :data:`SECRET_KEYS` inside a JSON-able value (dicts and lists)."""
    found: list[str] = []
    if isinstance(value, Mapping):
        for key, item in value.items():
            here = f"{path}.{key}" if path else str(key)
            if str(key).lower() in SECRET_KEYS or str(key).rsplit(".", 1)[-1].lower() in SECRET_KEYS:
                found.append(here)
            found.extend(secret_keys_in(item, here))
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            found.extend(secret_keys_in(item, f"{path}[{index}]"))
    return found


def refuse_secrets(value: Any, *, what: str) -> None:
    """Raise when a value holds a secret key.

    Raises:
        ValueError: ``value`` holds ``password`` (or a token) at some depth; the message names it
            but never shows its value.
    """
    found = secret_keys_in(value)
    if found:
        raise ValueError(f"{what} holding a secret ({', '.join(found)}) is never written to disk.")


def overlay(data: Mapping[str, Any], changes: Mapping[str, str]) -> dict[str, Any]:
    """A deep copy of a resource's JSON with flat dotted ``changes`` applied (e.g. unsent edits on the cache)."""
    result = copy.deepcopy(dict(data))

    def apply(target: dict[str, Any], nested: Mapping[str, Any]) -> None:
        for key, value in nested.items():
            if isinstance(value, dict):
                inner = target.get(key)
                if not isinstance(inner, dict):
                    inner = target[key] = {}
                apply(inner, value)
            else:
                target[key] = value

    apply(result, nest(dict(changes)))
    return result
