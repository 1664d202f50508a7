"""How the views name and show the edits waiting in the outbox (resources, fields, values, times).

Shared by the outbox and conflict dialogs, so a change reads the same in both. Field names follow
the window's labels: :func:`desktop.views.messages.field_title` for the Account keys, and the
SMTP section's labels for the SMTP keys.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.store.resources import EDITABLE
from desktop.views.messages import field_title

#: What each queued resource is called in a list (design §4: only these two are queued).
RESOURCE_TITLES: dict[str, str] = {"account": QT_TRANSLATE_NOOP("Changes", "Company and contact details"),
                                   "smtp": QT_TRANSLATE_NOOP("Changes", "SMTP details")}
#: How a sentence names each resource.
RESOURCE_PHRASES: dict[str, str] = {"account": QT_TRANSLATE_NOOP("Changes", "the company and contact details"),
                                    "smtp": QT_TRANSLATE_NOOP("Changes", "the SMTP details")}
#: The SMTP section's label of each SMTP key.
SMTP_TITLES: dict[str, str] = {"from_address": QT_TRANSLATE_NOOP("Changes", "From Address"),
                               "username": QT_TRANSLATE_NOOP("Changes", "Username"),
                               "server": QT_TRANSLATE_NOOP("Changes", "Server"),
                               "sms_from": QT_TRANSLATE_NOOP("Changes", "SMS From")}
translate = QCoreApplication.translate


def resource_title(resource: str) -> str:
    """The list title of a queued resource (``account`` → ``Company and contact details``)."""
    return translate("Changes", RESOURCE_TITLES[resource]) if resource in RESOURCE_TITLES else resource


def resource_phrase(resource: str) -> str:
    """The resource as a sentence names it (``smtp`` → ``the SMTP details``)."""
    return translate("Changes", RESOURCE_PHRASES[resource]) if resource in RESOURCE_PHRASES else resource


def change_title(resource: str, key: str) -> str:
    """The label of a changed dotted key of a resource (``contact.email`` → ``E-mail``, ``sms_from`` → ``SMS From``)."""
    if resource == "smtp":
        return translate("Changes", SMTP_TITLES[key]) if key in SMTP_TITLES else key
    return field_title(key)


def in_form_order(resource: str, keys: Iterable[str]) -> list[str]:
    """``keys`` in the order the resource's form shows them (keys it does not know go last, as given)."""
    order = EDITABLE[resource].fields if resource in EDITABLE else ()
    return sorted(keys, key=lambda key: order.index(key) if key in order else len(order))


def shown_value(value: str | None) -> str:
    """A field's value as shown: ``(empty)`` for ``""`` and ``(not known)`` for ``None``; other text as it is."""
    if value is None:
        return translate("Changes", "(not known)")
    return value if value else translate("Changes", "(empty)")


def with_mnemonic(title: str, used: set[str]) -> str:
    """``title`` with ``&`` before its first letter or digit not in ``used`` (which gains it).

    Returns the title unchanged (``&`` doubled) when every letter is taken. Used for labels built at
    run time, so each still has its own mnemonic (docs/STYLE.md, "Forms").
    """
    escaped = title.replace("&", "&&")
    for index, char in enumerate(title):
        if char.isalnum() and char.lower() not in used:
            used.add(char.lower())
            position = index + title[:index].count("&")
            return escaped[:position] + "&" + escaped[position:]
    return escaped
