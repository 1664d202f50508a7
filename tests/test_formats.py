"""The one formatting module (desktop.views.formats): money, numbers and moments in the user's locale (issue 12, 3).

CLDR's own spaces are kept: U+202F (narrow no-break space) groups French thousands and U+00A0
(no-break space) comes before a trailing currency sign.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from babel import localedata
from babel.core import get_global
from PySide6.QtCore import QLocale

from desktop.domain.locales import is_offered
from desktop.views import formats
from desktop.views.formats import (
    babel_locale,
    date_only,
    date_time,
    format_balance,
    format_quantity,
    format_rate,
    relative_age,
    time_of_day,
    user_locale,
)

NNBSP, NBSP = "\u202f", "\xa0"
PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 3, 14, 13, 5, tzinfo=UTC)  # a Saturday, 14:05 in Paris
UNKNOWN = ("it_IT", "xx_YY", "C", "")


@pytest.fixture
def french_default():
    """QLocale's default set to fr_FR, as the language setting does, and put back afterwards."""
    before = QLocale()
    QLocale.setDefault(QLocale("fr_FR"))
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(("locale", "shown"), [
    ("fr_FR", f"1{NNBSP}234,50{NBSP}€"),
    ("en_US", "€1,234.50"),
    ("de_DE", f"1.234,50{NBSP}€"),
    ("fr_CA", f"1{NBSP}234,50{NBSP}€"),
    ("en_GB", "€1,234.50"),
    ("de_AT", f"€{NBSP}1.234,50"),
    *[(name, "€1,234.50") for name in UNKNOWN],
])
def test_a_balance_follows_the_locale(locale, shown):
    assert format_balance("1234.5", "EUR", locale) == shown


@pytest.mark.parametrize(("amount", "currency", "locale", "shown"), [
    ("-529.60", "USD", "en_US", "-$529.60"),
    ("-529.60", "USD", "fr_FR", f"-529,60{NBSP}$US"),
    ("-0.001", "USD", "en_US", "$0.00"),
    ("-0.00", "EUR", "de_DE", f"0,00{NBSP}€"),
    ("1234.5", "JPY", "en_US", "¥1,234"),
    ("12.3456", "BHD", "en_US", "BHD12.346"),
])
def test_balances_use_the_currency_precision(amount, currency, locale, shown):
    assert format_balance(amount, currency, locale) == shown


@pytest.mark.parametrize(("rate", "locale", "shown"), [
    ("0.00045", "en_US", "$0.00045"), ("0.0045", "en_US", "$0.0045"), ("0.00030", "en_US", "$0.00030"),
    ("0.1", "en_US", "$0.10"), ("2.5", "en_US", "$2.50"), ("-0.0000", "en_US", "$0.0000"),
    ("0.00030", "fr_FR", f"0,00030{NBSP}$US"), ("0.00030", "de_DE", f"0,00030{NBSP}$"),
    ("0.00030", "en_GB", "US$0.00030"), ("0.00030", "xx_YY", "$0.00030"),
])
def test_rates_keep_every_digit_in_the_locale(rate, locale, shown):
    assert format_rate(rate, "USD", locale) == shown


@pytest.mark.parametrize(("locale", "shown"), [
    ("en_US", "1,234.5"), ("fr_FR", f"1{NNBSP}234,5"), ("de_DE", "1.234,5"), ("fr_CA", f"1{NBSP}234,5"),
    ("en_GB", "1,234.5"), ("it_IT", "1,234.5"),
])
def test_quantities_follow_the_locale(locale, shown):
    assert format_quantity("1234.5", locale) == shown
    assert format_quantity(None, locale) == ""


@pytest.mark.parametrize(("locale", "currency", "country"), [
    ("en_US", "US Dollar", "United Kingdom"), ("fr_FR", "dollar des États-Unis", "Royaume-Uni"),
    ("de_DE", "US-Dollar", "Vereinigtes Königreich"), ("xx_YY", "US Dollar", "United Kingdom"),
])
def test_currency_and_country_names_are_in_the_locales_language(locale, currency, country):
    assert formats.currency_name("USD", locale) == currency
    assert formats.country_name("gb", locale) == country
    assert formats.currency_name("XYZ1", locale) == "XYZ1" and formats.country_name("", locale) is None


@pytest.mark.parametrize(("name", "language", "territory"), [
    ("fr_CA", "fr", "CA"), ("de-AT", "de", "AT"), ("en_GB.UTF-8", "en", "GB"), ("fr_XX", "fr", None),
    ("it_IT", "en", None), ("C", "en", None), ("", "en", None), ("root", "en", None), ("xx_YY", "en", None),
])
def test_a_locale_falls_back_to_its_language_then_english(name, language, territory):
    chosen = babel_locale(name)
    assert (chosen.language, chosen.territory) == (language, territory)


def _data_files(name: str) -> list[str]:
    """The CLDR data files babel reads for a locale: its own, then each parent's, down to ``root``."""
    exceptions = get_global("parent_exceptions")
    files = [name]
    while name != "root":
        name = exceptions.get(name) or ("_".join(name.split("_")[:-1]) or "root")
        files.append(name)
    return files


@pytest.mark.parametrize("name", ["en_US", "en_GB", "fr_FR", "fr_CA", "de_DE", "de_AT", "de_CH", "en_IE"])
def test_the_bundle_keeps_every_data_file_a_locale_of_an_offered_language_reads(name):
    """build.spec keeps babel's files whose name is_offered (en_GB also reads en_001); all under 1 MiB together."""
    files = _data_files(name)
    assert all(is_offered(file) for file in files), files
    assert all(localedata.exists(file) for file in files)
    if name == "en_GB":
        assert files == ["en_GB", "en_001", "en", "root"]


@pytest.mark.parametrize("missing", ["fr_CA", "all French"])
def test_a_locale_whose_data_is_missing_falls_back_to_its_language_then_english(monkeypatch, missing):
    """A locale whose data file is not in the bundle gives its language's main locale, else English: no crash."""
    real_exists = localedata.exists
    formats._resolve.cache_clear()
    monkeypatch.setattr(localedata, "exists", lambda name: real_exists(name) and not (
        name == "fr_CA" if missing == "fr_CA" else name.startswith("fr")))
    try:
        chosen = babel_locale("fr_CA")
        assert str(chosen) == ("fr" if missing == "fr_CA" else "en")
        assert format_balance("1234.5", "EUR", "fr_CA") == (
            f"1{NNBSP}234,50{NBSP}€" if missing == "fr_CA" else "€1,234.50")
    finally:
        formats._resolve.cache_clear()


@pytest.mark.parametrize(("locale", "today", "yesterday", "later", "day"), [
    ("en_US", "2:05\u202fPM", "yesterday at 11:30\u202fPM", "April 13, 2026 at 9:00\u202fAM", "July 1, 2024"),
    ("en_GB", "14:05", "yesterday at 23:30", "13 April 2026 at 09:00", "1 July 2024"),
    ("fr_FR", "14:05", "hier à 23:30", "13 avril 2026 à 09:00", "1 juillet 2024"),
    ("fr_CA", "14 h 05", "hier à 23 h 30", "13 avril 2026 à 09 h 00", "1 juillet 2024"),
    ("de_DE", "14:05", "gestern um 23:30", "13. April 2026 um 09:00", "1. Juli 2024"),
    ("xx_YY", "2:05\u202fPM", "yesterday at 11:30\u202fPM", "April 13, 2026 at 9:00\u202fAM", "July 1, 2024"),
])
def test_each_kind_of_moment_has_one_style_per_locale(locale, today, yesterday, later, day):
    last_night = datetime(2026, 3, 13, 22, 30, tzinfo=UTC)
    in_a_month = datetime(2026, 4, 13, 7, 0, tzinfo=UTC)
    assert time_of_day(NOW, NOW, tz=PARIS, locale=locale) == today
    assert date_time(last_night, NOW, tz=PARIS, locale=locale) == yesterday
    assert date_time(in_a_month, NOW, tz=PARIS, locale=locale) == later
    assert date_only(date(2024, 7, 1), locale=locale) == day
    assert date_only("2024-07-01", locale=locale) == day
    assert time_of_day(last_night, NOW, tz=PARIS, locale=locale) == yesterday, "another day: with its day"


@pytest.mark.parametrize(("locale", "today", "tomorrow"), [
    ("en_GB", "today at 14:05", "tomorrow at 14:05"),
    ("fr_FR", "aujourd’hui à 14:05", "demain à 14:05"),
    ("de_DE", "heute um 14:05", "morgen um 14:05"),
])
def test_today_and_tomorrow_are_named_in_the_sentences_language(locale, today, tomorrow):
    assert date_time(NOW, NOW, tz=PARIS, locale=locale) == today
    assert date_time(NOW + timedelta(days=1), NOW, tz=PARIS, locale=locale) == tomorrow


@pytest.mark.parametrize(("locale", "minutes", "hours"), [
    ("en_US", "3 minutes ago", "2 hours ago"),
    ("fr_FR", "il y a 3 minutes", "il y a 2 heures"),
    ("fr_CA", "il y a 3 minutes", "il y a 2 heures"),
    ("de_DE", "vor 3 Minuten", "vor 2 Stunden"),
    ("en_GB", "3 minutes ago", "2 hours ago"),
    ("xx_YY", "3 minutes ago", "2 hours ago"),
])
def test_a_recent_age_is_relative_in_the_locale(locale, minutes, hours):
    assert relative_age(NOW - timedelta(minutes=3), NOW, tz=PARIS, locale=locale) == minutes
    assert relative_age(NOW - timedelta(hours=2), NOW, tz=PARIS, locale=locale) == hours


def test_an_older_age_names_the_day_and_a_future_one_counts_as_now():
    assert relative_age(NOW - timedelta(hours=7), NOW, tz=PARIS, locale="en_GB") == "today at 07:05"
    assert relative_age(NOW - timedelta(days=1), NOW, tz=PARIS, locale="de_DE") == "gestern um 14:05"
    assert relative_age(NOW + timedelta(minutes=5), NOW, tz=PARIS, locale="en_GB") == "1 second ago"


def test_the_day_is_judged_in_the_users_time_zone():
    now = datetime(2025, 7, 1, 20, 0, tzinfo=UTC)  # 1 July: 16:00 in New York, 21:00 in London
    fetched = datetime(2025, 7, 1, 2, 0, tzinfo=UTC)  # 30 June 22:00 in New York, 1 July 03:00 in London
    assert date_time(fetched, now, tz=ZoneInfo("America/New_York"), locale="en_GB") == "yesterday at 22:00"
    assert date_time(fetched, now, tz=ZoneInfo("Europe/London"), locale="en_GB") == "today at 03:00"


def test_a_naive_time_is_refused():
    with pytest.raises(ValueError, match="aware datetime"):
        date_time(datetime(2025, 3, 14, 14, 5))
    with pytest.raises(ValueError, match="aware datetime"):
        relative_age(datetime(2025, 3, 14, 14, 5))


def test_the_users_locale_is_qlocales_default(qapp, french_default):
    assert user_locale() == "fr_FR"
    assert format_balance("1234.5", "EUR") == f"1{NNBSP}234,50{NBSP}€"
    assert date_time(NOW, NOW, tz=PARIS) == "aujourd’hui à 14:05"
    QLocale.setDefault(QLocale("en_US"))
    assert format_balance("1234.5", "EUR") == "€1,234.50", "read again at every call, never kept"


def test_the_store_has_no_wording():
    import desktop.store
    import desktop.store.cache

    assert not any(hasattr(module, name) for module in (desktop.store, desktop.store.cache)
                   for name in ("describe_age", "relative_age", "date_time"))


#: Not shown in a window: a time stamp file for the benchmarks; the self-test's terminal report (English, for support).
NOT_SHOWN = {"shell/paint_mark.py", "shell/selftest.py"}


def test_no_view_or_shell_module_formats_by_itself():
    """One formatting module: no strftime, QLocale.toString, babel formatting or f-string clock elsewhere."""
    root = Path(__file__).resolve().parent.parent / "desktop"
    own = re.compile(r"\.strftime\(|\.toString\(|from babel|import babel|:%[HMSBdYy]|:\.\d+f\}|:,\}")
    found = [f"{path.relative_to(root)}:{number}: {line.strip()}"
             for folder in ("views", "shell") for path in sorted((root / folder).rglob("*.py"))
             if path.name != "formats.py" and str(path.relative_to(root).as_posix()) not in NOT_SHOWN
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if own.search(line)]
    assert found == []
