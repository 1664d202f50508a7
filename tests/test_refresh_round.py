"""The refresh rounds of the session (desktop/session/refresh.py): pure logic, no Qt, no threads.

Refreshes never pile up (a second one asked for during a round runs once, right after it, and only
its outcome is reported), answers of a round that is over are dropped, and failures come back in
the order of the parts whatever order they arrived in.
"""

from __future__ import annotations

from desktop.api import SignInRequired, Unreachable
from desktop.session import PARTS
from desktop.session.refresh import Finished, Pending, RefreshRounds, RunAgain, Stale


def test_a_round_loads_every_part_and_finishes_once_all_answered():
    rounds = RefreshRounds()
    assert not rounds.running
    generation = rounds.begin()
    assert generation == 1 and rounds.running
    assert rounds.parts == PARTS
    steps = [rounds.part_loaded(generation, part) for part in reversed(PARTS)]
    assert steps == [Pending(), Pending(), Finished()]
    assert steps[-1].ok
    assert not rounds.running


def test_a_second_refresh_during_a_round_is_coalesced_into_one_more_round():
    rounds = RefreshRounds()
    first = rounds.begin()
    assert rounds.begin() is None, "no second round while one runs"
    assert rounds.begin() is None, "asked three times: still one more round, not two"
    rounds.part_failed(first, "account", Unreachable("away"))
    rounds.part_loaded(first, "smtp")
    assert rounds.part_loaded(first, "packages") == RunAgain(), "the first round's outcome is not reported"
    second = rounds.begin()
    assert second == first + 1
    for part in PARTS:
        step = rounds.part_loaded(second, part)
    assert step == Finished(), "the last round's outcome is reported, without the first round's failure"
    assert rounds.begin() == second + 1, "after it, a refresh starts at once again"


def test_answers_of_a_round_that_is_over_are_dropped():
    rounds = RefreshRounds()
    first = rounds.begin()
    for part in PARTS:
        rounds.part_loaded(first, part)
    second = rounds.begin()
    assert rounds.part_loaded(first, "account") == Stale()
    assert rounds.part_failed(first, "smtp", Unreachable("late")) == Stale()
    assert rounds.part_loaded(second, "account") == Pending()
    assert rounds.part_loaded(second, "account") == Stale(), "a repeated answer of a part counts once"
    rounds.part_loaded(second, "smtp")
    assert rounds.part_loaded(second, "packages") == Finished(), "the stale failure is not this round's"


def test_failures_are_reported_in_the_order_of_the_parts():
    rounds = RefreshRounds()
    generation = rounds.begin()
    away, expired = Unreachable("away"), SignInRequired("expired")
    assert rounds.part_failed(generation, "packages", away) == Pending()
    rounds.part_loaded(generation, "smtp")
    step = rounds.part_failed(generation, "account", expired)
    assert step == Finished((("account", expired), ("packages", away)))
    assert not step.ok


def test_the_parts_and_their_order_can_be_given():
    rounds = RefreshRounds(["emails", "texts"])
    generation = rounds.begin()
    error = RuntimeError("boom")
    rounds.part_failed(generation, "texts", error)
    assert rounds.part_failed(generation, "emails", error) == Finished((("emails", error), ("texts", error)))
