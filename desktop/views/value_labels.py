"""How the main window's sections write a value into a read-only label.

Shared by the sections in :mod:`desktop.views.sections` (they may not import each other): an empty
value reads ``—`` and screen readers hear "not set"; a country code is shown with its English name,
a currency code with its name (babel's CLDR data).
"""

from __future__ import annotations

from babel import Locale
from babel.numbers import get_currency_name
from PySide6.QtWidgets import QLabel

#: What a value label shows for an empty value.
NOT_SET = "—"

_ENGLISH = Locale("en")


def set_value(label: QLabel, text: str) -> None:
    """Show a value in a read-only label (``—`` when empty; screen readers hear "not set")."""
    label.setText(text or NOT_SET)
    label.setAccessibleDescription(text or "not set")


def set_values(pairs: tuple[tuple[QLabel, str], ...]) -> None:
    """:func:`set_value` for each ``(label, text)`` pair."""
    for label, text in pairs:
        set_value(label, text)


def country_name(code: str) -> str:
    """``GB`` → ``United Kingdom (GB)``; an unknown code is shown as it is."""
    name = _ENGLISH.territories.get(code.upper()) if code else None
    return f"{name} ({code})" if name else code


def currency_text(code: str) -> str:
    """``USD`` → ``USD (US Dollar)``."""
    try:
        name = get_currency_name(code, locale="en_US")
    except (ValueError, LookupError):
        name = code
    return code if name == code else f"{code} ({name})"
