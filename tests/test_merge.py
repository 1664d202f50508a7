"""The pure three-way merge of a queued edit with the server's newer state."""

import pytest

from desktop.domain.merge import FieldConflict, MergeResult, resolve, three_way_merge

BASE = {"name": "Dana", "company": "Northwind", "contact.email": "noc@example.com", "ocn": "0A1B"}


def test_nothing_changed_on_the_server_sends_all_of_mine():
    result = three_way_merge(BASE, {"company": "Southwind"}, BASE)
    assert result == MergeResult(to_send={"company": "Southwind"})
    assert result.clean


def test_a_field_changed_only_by_them_is_not_sent_and_mine_is():
    theirs = {**BASE, "name": "Dana W."}
    result = three_way_merge(BASE, {"company": "Southwind"}, theirs)
    assert result.to_send == {"company": "Southwind"}
    assert "name" not in result.to_send and not result.conflicts


def test_the_server_already_holding_my_value_sends_nothing():
    """This is what makes a resend after a lost 200 a no-op."""
    theirs = {**BASE, "company": "Southwind"}
    result = three_way_merge(BASE, {"company": "Southwind"}, theirs)
    assert result.to_send == {} and result.already_applied == {"company": "Southwind"} and result.clean


def test_both_changing_a_field_to_the_same_value_is_not_a_conflict():
    theirs = {**BASE, "company": "Southwind", "ocn": "9Z9Z"}
    result = three_way_merge(BASE, {"company": "Southwind", "name": "Dee"}, theirs)
    assert result.already_applied == {"company": "Southwind"}
    assert result.to_send == {"name": "Dee"}
    assert result.clean


def test_both_changing_a_field_to_different_values_is_a_conflict_with_base_mine_theirs():
    theirs = {**BASE, "company": "Eastwind"}
    result = three_way_merge(BASE, {"company": "Southwind", "name": "Dee"}, theirs)
    assert not result.clean
    assert result.conflicts == {"company": FieldConflict("company", "Northwind", "Southwind", "Eastwind")}
    assert result.to_send == {"name": "Dee"}


def test_clearing_a_field_is_a_change_like_any_other():
    theirs = {**BASE, "ocn": ""}
    assert three_way_merge(BASE, {"ocn": ""}, theirs).already_applied == {"ocn": ""}
    assert three_way_merge(BASE, {"ocn": ""}, BASE).to_send == {"ocn": ""}
    conflict = three_way_merge(BASE, {"ocn": "1234"}, theirs).conflicts["ocn"]
    assert (conflict.base, conflict.mine, conflict.theirs) == ("0A1B", "1234", "")


def test_they_changed_it_back_to_the_base_value_so_mine_goes():
    """An A-B-A change on the server is invisible to a value merge: only my edit differs from base."""
    result = three_way_merge(BASE, {"company": "Southwind"}, dict(BASE))
    assert result.to_send == {"company": "Southwind"}


def test_an_unknown_base_or_theirs_never_leads_to_an_overwrite():
    result = three_way_merge({}, {"company": "Southwind"}, BASE)
    assert result.conflicts["company"] == FieldConflict("company", None, "Southwind", "Northwind")
    result = three_way_merge(BASE, {"company": "Southwind"}, {})
    assert result.conflicts["company"] == FieldConflict("company", "Northwind", "Southwind", None)
    assert three_way_merge({}, {"company": "Southwind"}, {"company": "Southwind"}).clean


def test_fields_i_did_not_change_are_never_sent():
    theirs = {key: value + "!" for key, value in BASE.items()}
    result = three_way_merge(BASE, {}, theirs)
    assert result == MergeResult()


def test_values_are_compared_exactly():
    theirs = {**BASE, "company": "northwind"}
    result = three_way_merge(BASE, {"company": "Northwind Ltd"}, theirs)
    assert "company" in result.conflicts


def test_resolve_takes_mine_or_theirs_per_field_and_keeps_the_clean_fields():
    theirs = {**BASE, "company": "Eastwind", "name": "Dan"}
    result = three_way_merge(BASE, {"company": "Southwind", "name": "Dee", "ocn": "1111"}, theirs)
    assert set(result.conflicts) == {"company", "name"}
    assert resolve(result, {"company": "mine", "name": "theirs"}) == {"company": "Southwind", "ocn": "1111"}
    assert resolve(result, {"company": "theirs", "name": "theirs"}) == {"ocn": "1111"}
    assert resolve(result, {"company": "mine", "name": "mine"}) == {"company": "Southwind", "name": "Dee",
                                                                    "ocn": "1111"}


@pytest.mark.parametrize("choices, words", [
    ({"company": "mine"}, "Choose mine or theirs for: name"),
    ({"company": "mine", "name": "theirs", "ocn": "mine"}, "Not in conflict: ocn"),
    ({"company": "mine", "name": "both"}, "'mine' or 'theirs': name"),
])
def test_resolve_refuses_incomplete_or_unknown_choices(choices, words):
    theirs = {**BASE, "company": "Eastwind", "name": "Dan"}
    result = three_way_merge(BASE, {"company": "Southwind", "name": "Dee", "ocn": "1111"}, theirs)
    with pytest.raises(ValueError, match=words):
        resolve(result, choices)


def test_a_field_conflict_round_trips_through_json():
    conflict = FieldConflict("contact.email", "a@example.com", "b@example.com", None)
    assert FieldConflict.from_json(conflict.to_json()) == conflict


def test_a_write_only_field_is_never_already_applied_and_always_asks():
    base, theirs = {"username": "a", "password": ""}, {"username": "a", "password": ""}
    result = three_way_merge(base, {"password": "", "username": "b"}, theirs, write_only={"password"})
    assert set(result.conflicts) == {"password"} and result.to_send == {"username": "b"}
    assert not result.applied


def test_applied_means_nothing_to_send_and_nothing_to_ask():
    assert three_way_merge({"a": "1"}, {"a": "2"}, {"a": "2"}).applied
    assert not three_way_merge({"a": "1"}, {"a": "2"}, {"a": "1"}).applied
    assert not three_way_merge({"a": "1"}, {"a": "2"}, {"a": "3"}).applied
