"""Every money amount, number and date the app shows, in the user's locale (issue 12, point 3).

The one formatting module of the app: views and the shell format through it, with babel's CLDR data
underneath. The user's locale is read in one place, :func:`user_locale` (``QLocale().name()``, the
locale the app's language setting puts in place with ``QLocale.setDefault``), so a sentence and the
month, number or clock time inside it always come from the same language. Values are formatted only
for showing: the cache and the API keep plain decimals and ISO times.

Money: ``fr_FR`` gives ``1 234,50 €``, ``en_US`` ``€1,234.50``, ``de_DE`` ``1.234,50 €`` (CLDR's own
spaces: a narrow no-break space between groups, a no-break space before the sign).

One style per kind of moment, used everywhere:

- :func:`time_of_day` — a clock time today: ``14:05`` (``2:05 PM`` in ``en_US``); "Updated 14:05",
  "retry after 14:32" (a moment on another day is given as :func:`date_time`).
- :func:`date_time` — a moment on any day: ``today at 14:05``, ``yesterday at 14:05``, ``tomorrow at
  09:00``, ``31 December 2026 at 14:05`` (``31. Dezember 2026 um 14:05``, ``aujourd’hui à 14:05``).
- :func:`date_only` — a day: ``1 July 2024`` (``1 juillet 2024``).
- :func:`relative_age` — how old shown data is: ``3 minutes ago`` for six hours, then :func:`date_time`.

A locale whose language the app does not offer (:mod:`desktop.domain.locales`), or whose CLDR data
is not there (the frozen app keeps only the offered languages), falls back to its language's main
locale, then to English.
"""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime, timedelta, tzinfo
from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_time, format_timedelta, get_relative_name
from babel.numbers import format_currency, format_decimal, get_currency_name, get_currency_precision
from PySide6.QtCore import QLocale

from desktop.domain.locales import OFFERED_LANGUAGES, is_offered
from desktop.domain.money import quantize_to_currency, to_decimal

#: Below this age :func:`relative_age` counts ("3 minutes ago"); above it, it names the day and the time.
RELATIVE_LIMIT = timedelta(hours=6)


def user_locale() -> str:
    """The name of the user's locale, the one source of every format (``QLocale().name()``: ``fr_FR``, ``C``)."""
    return QLocale().name()


def babel_locale(name: str | None = None) -> Locale:
    """The CLDR locale to format with: ``name`` (default :func:`user_locale`), its language, else English.

    ``fr-CA``, ``de_AT.UTF-8`` and ``en_GB`` are used as they are; ``fr_XX`` (no such data) gives
    ``fr``; ``it_IT``, ``C`` and ``""`` give ``en``.
    """
    return _resolve(user_locale() if name is None else name)


def read_locale_data() -> None:
    """Read the user's CLDR locale data from disk now (blocking; on a worker, before a window formats values).

    The first format in a locale otherwise reads it on the GUI thread (about 20 ms, issue 11).
    """
    babel_locale()


@lru_cache(maxsize=32)
def _resolve(name: str) -> Locale:
    tag = name.replace("-", "_").split(".")[0].split("@")[0]
    if is_offered(tag) and tag != "root":
        for candidate in (tag, tag.split("_")[0]):
            try:
                chosen = Locale.parse(candidate)
                chosen.currency_formats  # noqa: B018 - loads its data (and its parents') now: a missing file is no crash later
            except (UnknownLocaleError, ValueError, OSError):
                continue
            return chosen
    return Locale.parse(OFFERED_LANGUAGES[0])


# -- money and numbers ------------------------------------------------------------------------------


def format_balance(amount: str | Decimal, currency: str, locale: str | None = None) -> str:
    """An account balance in the currency's precision: ``-$529.60``, ``-529,60 €``; ``-0.001`` gives ``$0.00``.

    Raises:
        ValueError: ``amount`` is not a decimal string.
    """
    value = quantize_to_currency(to_decimal(amount), currency)
    return format_currency(value, currency, locale=babel_locale(locale))


def format_rate(amount: str | Decimal, currency: str, locale: str | None = None) -> str:
    """A cost or rate with every digit it has and at least the currency's precision.

    ``0.00045`` gives ``$0.00045`` (``0,00045 $US`` in ``fr_FR``); ``5`` gives ``$5.00``; ``-0.0000``
    gives ``$0.0000`` (never a minus zero).

    Raises:
        ValueError: ``amount`` is not a decimal string.
    """
    value = to_decimal(amount)
    if value.is_zero():
        value = value.copy_abs()
    exponent = value.as_tuple().exponent  # an int: to_decimal refuses NaN and infinities ("n", "N", "F")
    digits = max(get_currency_precision(currency), -exponent if isinstance(exponent, int) else 0)
    where = babel_locale(locale)
    pattern = copy.copy(where.currency_formats["standard"])
    pattern.frac_prec = (digits, digits)  # trailing zeros the server sent are digits too
    formatted: str = pattern.apply(value, where, currency=currency, currency_digits=False)
    return formatted


def format_quantity(amount: str | Decimal | None, locale: str | None = None) -> str:
    """A usage quantity (minutes, channels) with every digit it has: ``1,234.5``, ``1 234,5``; ``None`` gives ``""``."""
    if amount is None or amount == "":
        return ""
    return format_decimal(to_decimal(amount), locale=babel_locale(locale), decimal_quantization=False)


def currency_name(code: str, locale: str | None = None) -> str:
    """A currency's name in the user's language (``USD``: ``US Dollar``, ``dollar des États-Unis``); else the code."""
    try:
        return get_currency_name(code, locale=babel_locale(locale))
    except (ValueError, LookupError):
        return code


def country_name(code: str, locale: str | None = None) -> str | None:
    """A country's name in the user's language (``GB``: ``United Kingdom``, ``Royaume-Uni``); ``None`` if unknown."""
    name: str | None = babel_locale(locale).territories.get(code.upper()) if code else None
    return name


# -- moments --------------------------------------------------------------------------------------------


def time_of_day(moment: datetime, now: datetime | None = None, *, tz: tzinfo | None = None,
                locale: str | None = None) -> str:
    """A clock time today in the user's time zone, in the locale's short form: ``14:05``, ``2:05 PM``, ``14 h 05``.

    A moment on another day than ``now`` (default: now) is given as :func:`date_time` (``yesterday at 23:50``).

    Raises:
        ValueError: ``moment`` or ``now`` is naive.
    """
    local = _local(moment, tz)
    if local.date() != _local(now if now is not None else datetime.now(UTC), tz).date():
        return date_time(moment, now, tz=tz, locale=locale)
    return format_time(local, "short", locale=babel_locale(locale))


def date_only(day: date | datetime | str, *, locale: str | None = None) -> str:
    """A day in the locale's long form: ``1 July 2024``, ``July 1, 2024``, ``1. Juli 2024``.

    An ISO date string (``2024-07-01``) is read first; other text is returned as it is.
    """
    if isinstance(day, str):
        try:
            day = date.fromisoformat(day)
        except ValueError:
            return day
    if isinstance(day, datetime):
        day = _local(day, None).date()
    return format_date(day, "long", locale=babel_locale(locale))


def date_time(moment: datetime, now: datetime | None = None, *, tz: tzinfo | None = None,
              locale: str | None = None) -> str:
    """A moment on any day: ``today at 14:05``, ``yesterday at …``, ``tomorrow at …``, ``31 December 2026 at 14:05``.

    The day is judged in the user's time zone (``tz``, default the system's); the words for the day
    and the joining "at" are CLDR's (``aujourd’hui à 14:05``, ``31. Dezember 2026 um 14:05``).

    Raises:
        ValueError: ``moment`` or ``now`` is naive.
    """
    where = babel_locale(locale)
    local = _local(moment, tz)
    today = _local(now if now is not None else datetime.now(UTC), tz).date()
    offset = (local.date() - today).days
    named = get_relative_name("day", offset, locale=where) if -1 <= offset <= 1 else None  # CLDR's "yesterday"…
    day = named or format_date(local.date(), "long", locale=where)
    pattern = where.datetime_formats_relative.get("long") or where.datetime_formats["long"]
    return _joined(pattern, day, format_time(local, "short", locale=where))


def relative_age(moment: datetime, now: datetime | None = None, *, tz: tzinfo | None = None,
                 locale: str | None = None) -> str:
    """How long ago ``moment`` was: ``3 minutes ago`` (``il y a 3 minutes``) under six hours, then :func:`date_time`.

    A moment under a second ago, or in the future (a clock set wrong), counts as a second ago.

    Raises:
        ValueError: ``moment`` or ``now`` is naive.
    """
    current = _utc(now) if now is not None else datetime.now(UTC)
    age = current - _utc(moment)
    if age >= RELATIVE_LIMIT:
        return date_time(moment, current, tz=tz, locale=locale)
    age = max(age, timedelta(seconds=1))
    return format_timedelta(-age, add_direction=True, locale=babel_locale(locale))


def _joined(pattern: str, day: str, clock: str) -> str:
    """CLDR's ``{1} 'at' {0}`` with the day and the clock time in place (quoted literals unquoted)."""
    text = pattern.replace("''", "\0").replace("'", "").replace("\0", "'")
    return text.replace("{1}", day).replace("{0}", clock)


def _utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("Use an aware datetime (with a time zone), e.g. datetime.now(UTC).")
    return value.astimezone(UTC)


def _local(value: datetime, tz: tzinfo | None) -> datetime:
    return _utc(value).astimezone(tz) if tz is not None else _utc(value).astimezone()
