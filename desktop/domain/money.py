"""Money and rates as :class:`decimal.Decimal` (design §3).

Amounts arrive from the API as decimal strings and never pass through ``float``; they are kept and
cached as such. Balances are rounded to the currency's own precision (ISO 4217 minor units, from
babel's CLDR data); a value that rounds to zero has no minus sign. Showing them, in the user's
locale, is :mod:`desktop.views.formats`' work.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

from babel.numbers import get_currency_precision


def to_decimal(text: str | int | Decimal | None) -> Decimal:
    """Parse a decimal string from the API (``None`` or ``""`` gives ``0``).

    Raises:
        ValueError: the text is not a finite decimal number (floats are refused too).
    """
    if isinstance(text, float):
        raise ValueError("money must not be a float")
    if text is None or text == "":
        return Decimal(0)
    try:
        value = Decimal(str(text).strip())
    except InvalidOperation:
        raise ValueError(f"not a decimal amount: {text!r}") from None
    if not value.is_finite():
        raise ValueError(f"not a finite amount: {text!r}")
    return value


def quantize_to_currency(amount: Decimal, currency: str) -> Decimal:
    """Round half-even to the currency's minor unit (USD 2, JPY 0, BHD 3) and drop a negative zero."""
    exponent = Decimal(1).scaleb(-get_currency_precision(currency))
    value = amount.quantize(exponent, rounding=ROUND_HALF_EVEN)
    return value.copy_abs() if value.is_zero() else value


def is_negative(amount: str | Decimal, currency: str) -> bool:
    """Whether the balance is below zero once rounded to the currency's precision."""
    return quantize_to_currency(to_decimal(amount), currency) < 0
