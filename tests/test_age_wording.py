"""How old shown data is, in words: the views' wording (moved out of the store, issue 10 point 1)."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktop.views.age_wording import describe_age

T0 = datetime(2025, 3, 14, 14, 5, tzinfo=UTC)
LONDON = ZoneInfo("Europe/London")


@pytest.mark.parametrize("age, text", [
    (timedelta(seconds=0), "just now"),
    (timedelta(seconds=59), "just now"),
    (timedelta(seconds=-30), "just now"),
    (timedelta(minutes=3), "3 minutes ago"),
    (timedelta(hours=2), "2 hours ago"),
])
def test_a_recent_age_is_relative(age, text):
    assert describe_age(T0 - age, T0, tz=LONDON, locale="en_GB") == text


def test_older_ages_name_the_day_and_the_clock_time():
    now = datetime(2025, 3, 14, 22, 0, tzinfo=UTC)  # a Friday
    assert describe_age(datetime(2025, 3, 14, 9, 30, tzinfo=UTC), now, tz=LONDON, locale="en_GB") == "today at 09:30"
    assert describe_age(datetime(2025, 3, 13, 14, 5, tzinfo=UTC), now, tz=LONDON,
                        locale="en_GB") == "yesterday at 14:05"
    assert describe_age(datetime(2025, 3, 10, 14, 5, tzinfo=UTC), now, tz=LONDON,
                        locale="en_GB") == "on Monday at 14:05"
    assert describe_age(datetime(2025, 1, 2, 14, 5, tzinfo=UTC), now, tz=LONDON,
                        locale="en_GB") == "on 2 Jan 2025 at 14:05"
    assert describe_age(datetime(2025, 3, 13, 14, 5, tzinfo=UTC), now, tz=LONDON,
                        locale="en_US") == "yesterday at 2:05\u202fPM"


def test_the_day_is_judged_in_the_users_time_zone():
    now = datetime(2025, 7, 1, 20, 0, tzinfo=UTC)  # 1 July: 16:00 in New York, 21:00 in London
    fetched = datetime(2025, 7, 1, 2, 0, tzinfo=UTC)  # 30 June 22:00 in New York, 1 July 03:00 in London
    assert describe_age(fetched, now, tz=ZoneInfo("America/New_York"), locale="en_GB") == "yesterday at 22:00"
    assert describe_age(fetched, now, tz=ZoneInfo("Europe/London"), locale="en_GB") == "today at 03:00"


def test_a_naive_time_is_refused():
    with pytest.raises(ValueError, match="aware datetime"):
        describe_age(datetime(2025, 3, 14, 14, 5))


def test_the_store_has_no_wording():
    import desktop.store
    import desktop.store.cache

    assert not hasattr(desktop.store, "describe_age") and not hasattr(desktop.store.cache, "describe_age")
