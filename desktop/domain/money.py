"""Money and rates as :class:`decimal.Decimal`, formatted with babel (design §3).

Amounts arrive from the API as decimal strings and never pass through ``float``. Balances are
shown in the currency's own precision (ISO 4217 minor units, from babel's CLDR data); per-minute
costs keep every digit they have (``0.00045`` stays ``0.00045``). A value that rounds to zero is
shown without a minus sign.
"""

from __future__ import annotations

import copy
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

from babel import Locale
from babel.numbers import format_currency, format_decimal, get_currency_precision


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


def format_balance(amount: str | Decimal, currency: str, locale: str = "en_US") -> str:
    """Format an account balance in the currency's precision, e.g. ``-$529.60``; ``-0.001`` gives ``$0.00``.

    Raises:
        ValueError: ``amount`` is not a decimal string.
    """
    value = quantize_to_currency(to_decimal(amount), currency)
    return format_currency(value, currency, locale=locale)


def is_negative(amount: str | Decimal, currency: str) -> bool:
    """Whether the balance is below zero once rounded to the currency's precision."""
    return quantize_to_currency(to_decimal(amount), currency) < 0


def format_rate(amount: str | Decimal, currency: str, locale: str = "en_US") -> str:
    """Format a cost or rate with every digit it has and at least the currency's precision.

    ``0.00045`` gives ``$0.00045``; ``5`` gives ``$5.00``; ``-0.0000`` gives ``$0.0000`` (never a minus zero).

    Raises:
        ValueError: ``amount`` is not a decimal string.
    """
    value = to_decimal(amount)
    if value.is_zero():
        value = value.copy_abs()
    exponent = value.as_tuple().exponent  # an int: to_decimal refuses NaN and infinities ("n", "N", "F")
    digits = max(get_currency_precision(currency), -exponent if isinstance(exponent, int) else 0)
    pattern = copy.copy(Locale.parse(locale).currency_formats["standard"])
    pattern.frac_prec = (digits, digits)  # trailing zeros the server sent are digits too
    formatted: str = pattern.apply(value, Locale.parse(locale), currency=currency, currency_digits=False)
    return formatted


def format_quantity(amount: str | Decimal | None, locale: str = "en_US") -> str:
    """Format a usage quantity (minutes, channels) with every digit it has; ``None`` gives ``""``."""
    if amount is None or amount == "":
        return ""
    return format_decimal(to_decimal(amount), locale=locale, decimal_quantization=False)
