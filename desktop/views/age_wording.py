"""How old shown data is, in words: "3 minutes ago", "yesterday at 14:05" (design §1: the store has no wording).

The store hands out the time a state was received (:attr:`desktop.store.CachedResource.fetched_at`,
aware UTC); the views turn it into words here, with babel's CLDR data for the user's locale.
Qt-free on purpose, so the wording can be checked without a display.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo

# At the top on purpose (issue 11): the first paint of cached values says "Showing data from 3 minutes ago".
from babel import Locale, UnknownLocaleError, default_locale
from babel.dates import format_date, format_datetime, format_time, format_timedelta

from desktop.domain.locales import is_offered

#: Below this age the text is "just now".
JUST_NOW = timedelta(minutes=1)
#: Below this age the text is relative ("3 minutes ago"); above it, a day and a clock time.
RELATIVE_LIMIT = timedelta(hours=6)


def describe_age(fetched_at: datetime, now: datetime | None = None, *, tz: tzinfo | None = None,
                 locale: str | None = None) -> str:
    """How long ago ``fetched_at`` was, in words, for "Last updated …" (babel, CLDR data).

    ``"just now"`` under a minute; ``"3 minutes ago"``/``"2 hours ago"`` under six hours; then
    ``"today at 14:05"``, ``"yesterday at 14:05"``, ``"on Monday at 14:05"`` within a week, and
    ``"on 1 Mar 2024 at 14:05"`` before that (the clock time in the locale's short form, in ``tz``).
    A time in the future (a clock set wrong) counts as just now.

    Args:
        fetched_at: an aware datetime.
        now: the current time (default: now).
        tz: the user's time zone (default: the system's).
        locale: a CLDR locale such as ``"en_GB"`` (default: the system's, else ``en``); one whose
            language the app does not offer (:mod:`desktop.domain.locales`) counts as ``en``.

    Returns:
        The age in words, e.g. ``"3 minutes ago"``.

    Raises:
        ValueError: ``fetched_at`` or ``now`` is naive.
    """
    when = _utc(fetched_at)
    current = _utc(now) if now is not None else datetime.now(UTC)
    language = _locale(locale)
    age = current - when
    if age < JUST_NOW:
        return "just now"
    if age < RELATIVE_LIMIT:
        return format_timedelta(-age, add_direction=True, locale=language)
    zone = tz or datetime.now().astimezone().tzinfo
    local, today = when.astimezone(zone), current.astimezone(zone).date()
    clock = format_time(local, "short", tzinfo=zone, locale=language)
    days = (today - local.date()).days
    if days == 0:
        return f"today at {clock}"
    if days == 1:
        return f"yesterday at {clock}"
    if days < 7:
        return f"on {format_datetime(local, 'EEEE', tzinfo=zone, locale=language)} at {clock}"
    return f"on {format_date(local.date(), 'medium', locale=language)} at {clock}"


def _locale(name: str | None) -> Locale:
    """The locale to word ages in: ``name``, else the system's, if the app offers its language; else English."""
    for candidate in (name, default_locale("LC_TIME"), "en"):
        if not candidate or not is_offered(candidate):
            continue
        try:
            return Locale.parse(candidate)
        except (UnknownLocaleError, ValueError):
            continue
    return Locale("en")


def _utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("Use an aware datetime (with a time zone), e.g. datetime.now(UTC).")
    return value.astimezone(UTC)


def data_age(fetched_at: datetime) -> str:
    """``Showing data from …`` wording: ``3 minutes ago``, ``today at 14:05``, ``1 Mar 2024 at 14:05``."""
    age = describe_age(fetched_at)
    if age == "just now":
        return "less than a minute ago"
    return age.removeprefix("on ")
