"""The validators say what they changed (issue 12 point 5) and judge numbers as carriers do (issue 13 point 5).

Each ``check_*`` returns the value that is saved and its notices; the service saves the same value
(it judges a VAT ID with the account's own address country).
"""

from __future__ import annotations

import pytest

from desktop.domain import validators
from desktop.domain.errors import FieldError
from desktop.domain.normalised import Normalised, Notice, normalised
from desktop.domain.phones import check_phone, check_sms_from
from desktop.domain.validators import account_checks, validate_fields
from desktop.domain.vat import check_vat_reg_id

SEPARATORS = "Spaces, dashes, dots and brackets were removed."
TRUNK_ZERO = "The 0 after +44 was removed: it is dialled only inside the country."


@pytest.mark.parametrize(("check", "typed", "value", "notices"), [
    (validators.check_ocn, "56 7a", "567A", ("Spaces were removed.", "Letters were changed to capitals.")),
    (validators.check_ocn, "567A", "567A", ()),
    (validators.check_frn, "0012-345 678", "0012345678", ("Spaces and dashes were removed.",)),
    (validators.check_name, "Dana  Whitfield", "Dana Whitfield", ("Repeated spaces or tabs were made one space.",)),
    (validators.check_name, " Dana ", "Dana", ()),  # spaces at the ends cannot be seen: no notice
    (validators.check_company_reg_id, "J40/1234/2020", "J40/1234/2020", ()),  # kept as typed, case too
    (validators.check_email_address, "Billing@EXAMPLE.com", "Billing@example.com",
     ("The domain was changed to lower case.",)),
    (validators.check_email_address, "NOC@Example.com", "noc@example.com", ("Letters were changed to lower case.",)),
    (check_vat_reg_id, "gr 094259216", "EL094259216",
     ("Spaces, dots and dashes were removed.", "Letters were changed to capitals.",
      "GR was changed to EL, Greece's prefix in the EU's VAT system.")),
    (check_vat_reg_id, "DE 136.695-976", "DE136695976", ("Spaces, dots and dashes were removed.",)),
    (check_phone, "+44 020 7946 0000", "+442079460000", (SEPARATORS, TRUNK_ZERO)),
    (check_phone, "+44 (0)20 7946 0000", "+442079460000", (SEPARATORS, TRUNK_ZERO)),
    (check_phone, "0044 20 7946 0000", "+442079460000",
     (SEPARATORS, "The leading 00 was read as + (the international prefix).")),
    (check_phone, "+0044 2079460000", "+442079460000",
     (SEPARATORS, "The leading +00 was read as + (the international prefix).")),
    (check_phone, "+390612345678", "+390612345678", ()),  # Italy's leading 0 is part of the number
    (check_phone, "+7 8 812 345 6789", "+78123456789",
     (SEPARATORS, "The 8 after +7 was removed: it is dialled only inside the country.")),  # Russia's trunk 8
])
def test_each_change_to_the_typed_text_is_said(check, typed, value, notices):
    result = check(typed)
    assert result == Normalised(value, notices)
    again = check(result.value)
    assert again.value == result.value and again.notices == (), "the saved form is saved as it is"


def test_a_number_without_prefix_takes_the_prefix_of_the_address_eu_country():
    assert check_vat_reg_id("40303265045", country="FR") == Normalised(
        "FR40303265045", ("FR was added from the address's country (France).",))
    assert check_vat_reg_id("094259216", country="GR").value == "EL094259216"
    assert check_vat_reg_id("DE136695976", country="FR").value == "DE136695976", "a typed prefix is kept"
    for country in ("", "GB", "US"):  # no country, or not an EU member state: the prefix is still needed
        with pytest.raises(FieldError, match="Start with an EU or UK country code"):
            check_vat_reg_id("40303265045", country=country)
    with pytest.raises(FieldError, match="Start with an EU or UK country code"):
        check_vat_reg_id("US123456789", country="FR")  # another country's letters: not a French ID
    with pytest.raises(FieldError, match="check digits"):
        check_vat_reg_id("40303265046", country="FR")


def test_the_shared_map_of_an_account_judges_the_vat_id_with_its_country():
    clean, errors = validate_fields({"vat_reg_id": "403 032 650 45"}, account_checks("FR"))
    assert (clean, errors) == ({"vat_reg_id": "FR40303265045"}, {})
    assert validators.validate_vat_reg_id("40303265045", country="FR") == "FR40303265045"
    assert validate_fields({"vat_reg_id": "40303265045"})[1], "without the country the prefix is needed"


def test_a_possible_number_that_cannot_be_confirmed_is_accepted_with_a_notice():
    result = check_phone("+44 1632 960123")
    assert result.value == "+441632960123"
    assert result.notices[-1] == ("This number could not be confirmed for +44 (United Kingdom): it is possible, "
                                  "but not known to be in use; check the digits.")
    assert check_sms_from("+44 1632 960123").value == "+441632960123"
    assert validators.validate_phone("+44 1632 960123") == "+441632960123"


@pytest.mark.parametrize("typed", ["+44 0044 20 7946 0000", "+4400442079460000", "+44 00 20 7946 0000",
                                   "+44 0 020 7946 0000", "0044 0044 20 7946 0000"])
def test_a_repeated_international_prefix_after_the_country_code_is_refused(typed):
    with pytest.raises(FieldError, match=r"Remove the 0 after \+44"):
        check_phone(typed)


def test_no_number_is_ever_saved_with_a_0_after_the_uk_country_code():
    typed = ["+44 020 7946 0000", "0044 020 7946 0000", "+44 (0) 20 7946 0000", "+0044 020 7946 0000",
             "+44 0 20 7946 0000", "+44 1632 960123", "+44 (0)7911 123456"]
    for text in typed:
        value = check_phone(text).value
        assert value.startswith("+44") and not value.startswith("+440"), (text, value)


@pytest.mark.parametrize("typed", ["+44 12", "+44 20 7946 0000 12345", "+1 212 555"])
def test_only_impossible_numbers_are_refused(typed):
    with pytest.raises(FieldError, match="not a valid number for"):
        check_phone(typed)


def test_a_sender_name_comes_with_the_note_on_destinations_and_replies():
    result = check_sms_from("Acme Tel")
    assert result.value == "Acme Tel"
    [note] = result.notices
    assert "the US, Canada" in note and "cannot reply" in note


def test_a_notice_is_its_english_text_and_keeps_its_template_for_translation():
    notice = Notice("{prefix} was added from the address's country ({country}).", prefix="FR", country="France")
    assert notice == "FR was added from the address's country (France)."
    assert notice.fill("{prefix} ajouté depuis le pays de l'adresse ({country}).") == (
        "FR ajouté depuis le pays de l'adresse (France).")
    assert normalised("plain") == Normalised("plain") and normalised(Normalised("x")) == Normalised("x")


def test_the_service_saves_the_vat_id_with_the_prefix_of_the_account_address(server, client):
    repository = server.app.state.repository
    [account_id] = repository.account_ids()
    repository.update_account(account_id, {"address.country": "FR"})
    current = client.get_account()
    saved = client.update_account({"vat_reg_id": "403 032 650 45", "contact.phone": "+44 020 7946 0000"},
                                  current.etag)
    assert saved.value.vat_reg_id == "FR40303265045"
    assert saved.value.contact.phone == "+442079460000"
