"""The Qt-free domain rules: validators, money, the billing lock, model round trips."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from desktop.domain import billing, money, validators
from desktop.domain.errors import FieldError
from desktop.domain.models import Account, flatten, nest


@pytest.mark.parametrize(("validator", "typed", "stored"), [
    (validators.validate_vat_reg_id, "de 136.695.976", "DE136695976"),
    (validators.validate_vat_reg_id, "GR094259216", "EL094259216"),
    (validators.validate_vat_reg_id, "el094259216", "EL094259216"),
    (validators.validate_vat_reg_id, "GB 980 7806 84", "GB980780684"),
    (validators.validate_vat_reg_id, "", ""),
    (validators.validate_company_reg_id, "01234567", "01234567"),
    (validators.validate_company_reg_id, "J40/1234/2020", "J40/1234/2020"),
    (validators.validate_ocn, "0a1b", "0A1B"),
    (validators.validate_frn, "0012345678", "0012345678"),
    (validators.validate_frn, "0012-345-678", "0012345678"),
    (validators.validate_phone, "0044 (20) 7123-4567", "+442071234567"),
    (validators.validate_phone, "+1 212-555-0100", "+12125550100"),
    (validators.validate_sms_from, "CXDesk", "CXDesk"),
    (validators.validate_sms_from, "Northwind 1", "Northwind 1"),
    (validators.validate_sms_from, "+44 7911 123456", "+447911123456"),
    (validators.validate_email_address, "billing@bücher.de", "billing@bücher.de"),
    (validators.validate_email_address, " Ops@Example.com ", "Ops@example.com"),
    (validators.validate_name, "  Dana   Whitfield ", "Dana Whitfield"),
])
def test_values_are_normalised_and_saving_twice_changes_nothing(validator, typed, stored):
    assert validator(typed) == stored
    assert validator(stored) == stored


@pytest.mark.parametrize(("validator", "typed", "says"), [
    (validators.validate_vat_reg_id, "DE136695977", "check digits"),
    (validators.validate_vat_reg_id, "US123456789", "country code"),
    (validators.validate_vat_reg_id, "DE12", "number of characters"),
    (validators.validate_company_reg_id, "J40\\1234", "letters, digits"),
    (validators.validate_ocn, "12345", "4 letters or digits"),
    (validators.validate_frn, "12345", "10 digits"),
    (validators.validate_phone, "020 7123 4567", "country code"),
    (validators.validate_phone, "+44 12", "not a valid number"),
    (validators.validate_sms_from, "ABCDEFGHIJKL", "1–11"),
    (validators.validate_sms_from, "", "11 characters"),
    (validators.validate_email_address, "billing@", "e-mail"),
    (validators.validate_email_address, "", "Enter an e-mail"),
    (validators.validate_name, "", "Enter a name"),
    (validators.validate_company, "x" * 201, "200"),
])
def test_bad_input_gets_a_message_that_says_what_to_type(validator, typed, says):
    with pytest.raises(FieldError) as caught:
        validator(typed)
    assert says.lower() in str(caught.value).lower()


def test_validate_fields_splits_clean_values_and_errors():
    clean, errors = validators.validate_fields({"ocn": "ab12", "contact.email": "x@", "balance": "1"})
    assert clean == {"ocn": "AB12"}
    assert set(errors) == {"contact.email", "balance"}


def test_money_refuses_floats_and_garbage():
    with pytest.raises(ValueError):
        money.to_decimal(0.1)
    with pytest.raises(ValueError):
        money.to_decimal("12,50")
    assert money.to_decimal("0.1") + money.to_decimal("0.2") == Decimal("0.3")
    assert money.is_negative("-0.004", "USD") is False
    assert money.is_negative("-0.01", "USD") is True


def test_billing_lock_is_thirty_days_to_the_second():
    changed = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
    until = billing.locked_until(changed)
    assert until == datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
    assert billing.is_locked(changed, until - timedelta(seconds=1))
    assert not billing.is_locked(changed, until)
    assert not billing.is_locked(None, changed)


def test_account_json_round_trip_keeps_ids_as_text():
    data = {"id": 7, "name": "A", "company_reg_id": "01234567", "frn": "0012345678", "ocn": "0A1B",
            "balance": "-0.10", "billing_method_changed_at": "2026-11-01T12:00:00Z",
            "contact": {"email": "a@example.com", "phone": "+442071234567", "mobile": ""}}
    account = Account.from_json(data)
    again = Account.from_json(account.to_json())
    assert again == account
    assert again.to_json()["company_reg_id"] == "01234567"
    assert again.to_json()["billing_method_changed_at"] == "2026-11-01T12:00:00Z"


def test_nest_and_flatten_are_inverse():
    flat = {"name": "x", "contact.email": "a@b.c", "contact.phone": "+1"}
    assert nest(flat) == {"name": "x", "contact": {"email": "a@b.c", "phone": "+1"}}
    assert flatten(nest(flat)) == flat


@pytest.mark.parametrize(("validator", "typed", "says"), [
    (validators.validate_name, "a\x00b", "U+0000"),
    (validators.validate_company, "Evil\u202eCorp", "U+202E"),
    (validators.validate_name, "bad \ud800 text", "surrogate"),
    (validators.validate_frn, "٠٠١٢٣٤٥٦٧٨", "10 digits"),
    (validators.validate_frn, "００１２３４５６７８", "10 digits"),
    (validators.validate_phone, "+44 20 7123 4567 ext 5", "digits only"),
    (validators.validate_phone, "+1-800-FLOWERS", "digits only"),
])
def test_invisible_characters_other_scripts_digits_and_extensions_are_refused(validator, typed, says):
    with pytest.raises(FieldError) as caught:
        validator(typed)
    assert says in str(caught.value)


def test_validate_fields_checks_the_text_of_every_key_first():
    _, errors = validators.validate_fields({"contact.email": "a\x07@example.com", "ocn": "12\u202eAB"})
    assert "U+0007" in errors["contact.email"] and "U+202E" in errors["ocn"]


def test_the_monthly_total_sums_monthly_prices_only_in_decimal():
    from decimal import Decimal

    from desktop.domain.models import Package
    from desktop.domain.packages import PackageOffer, channel_rate, monthly_total

    packages = [Package(id=1, name="Channels", quantity=30, unit="channel", cost="2.50", period="month"),
                Package(id=2, name="Minutes", unit="minute", cost="0.0045"),
                Package(id=3, name="Numbers", quantity=3, unit="number", cost="0.10", period="month")]
    assert monthly_total(packages) == Decimal("75.30") and isinstance(monthly_total(packages), Decimal)
    assert monthly_total([]) == Decimal(0)
    assert channel_rate(packages) == "2.50" and channel_rate(packages[1:]) is None
    offer = PackageOffer.from_json({"name": "Call Recording", "feature": "call_recording", "cost": "15.00",
                                    "unit": "", "period": "month", "extra": 1})
    assert (offer.cost, offer.period, offer.quantity) == ("15.00", "month", 1)
    for broken in ({"name": "x", "feature": "y"}, {"name": "x", "feature": "y", "cost": "abc"}):
        with pytest.raises((KeyError, ValueError)):
            PackageOffer.from_json(broken)
