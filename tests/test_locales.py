"""The languages the app formats with (desktop.domain.locales): the same rule from source and frozen."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.domain.locales import OFFERED_LANGUAGES, is_offered
from desktop.views.formats import date_time


@pytest.mark.parametrize(("name", "offered"), [
    ("en", True), ("en_US", True), ("de_AT", True), ("fr-CA", True), ("fr_FR.UTF-8", True), ("root", True),
    ("it_IT", False), ("ja", False), ("", False), (None, False),
])
def test_a_locale_is_offered_by_its_language(name, offered):
    assert is_offered(name) is offered


def test_english_is_the_first_language_the_fallback():
    assert OFFERED_LANGUAGES[0] == "en"


def test_a_date_in_a_language_not_offered_is_worded_in_english():
    now = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    then = now - timedelta(days=30)
    assert date_time(then, now, tz=UTC, locale="it_IT") == date_time(then, now, tz=UTC, locale="en")
    assert date_time(then, now, tz=UTC, locale="de_DE") != date_time(then, now, tz=UTC, locale="en")
