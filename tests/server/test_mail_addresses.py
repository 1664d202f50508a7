"""Issue 13, point 8: internal mail domains for the SMTP From Address and test recipients.

email-validator refuses special-use names; back offices send through internal relays with them. The
validator, the service's PUT and test-email, the engine and the SMTP dialog accept them with a notice;
the account's contact e-mail stays strict.
"""

from __future__ import annotations

import pytest

from desktop.domain.errors import FieldError
from desktop.domain.mail_addresses import check_mail_address, validate_mail_address
from desktop.domain.validators import validate_email_address


@pytest.mark.parametrize(("typed", "saved"), [
    ("noc@corp.local", "noc@corp.local"),
    ("alerts@mail.lan", "alerts@mail.lan"),
    ("root@relay", "root@relay"),
    ("Dana@Corp.LOCAL", "Dana@corp.local"),
    ("ops@printer.home.arpa", "ops@printer.home.arpa"),
    ("billing@erp.internal", "billing@erp.internal"),
    ("qa@lab.test", "qa@lab.test"),
])
def test_internal_domains_are_accepted_with_the_relay_note(typed, saved):
    checked = check_mail_address(typed)
    assert checked.value == saved
    domain = saved.rpartition("@")[2]
    assert f"{domain} is an internal name: mail to or from it only works through an internal mail relay" in \
        " ".join(checked.notices)
    assert validate_mail_address(saved) == saved, "idempotent"


@pytest.mark.parametrize(("typed", "words"), [
    ("noc@host.invalid", "can never be delivered"),
    ("noc@xyz.onion", "can never be delivered"),
    ("noc corp@corp.local", "Not a valid e-mail address"),
    ("noc@corp..local", "Not a valid e-mail address"),
    ("noc@-corp.local", "Not a valid e-mail address"),
    ("", "Enter an e-mail address"),
])
def test_only_what_can_never_work_is_refused(typed, words):
    with pytest.raises(FieldError, match=words):
        check_mail_address(typed)


def test_public_addresses_are_judged_as_before_and_the_contact_e_mail_stays_strict():
    assert check_mail_address("noc@northwind-telecom.example").notices == ()
    assert check_mail_address("noc@Northwind-Telecom.EXAMPLE").value == "noc@northwind-telecom.example"
    with pytest.raises(FieldError, match="special-use or reserved name"):
        validate_email_address("noc@corp.local")


def test_the_service_saves_an_internal_from_address_and_tests_an_internal_recipient(admin):
    from tests.server.test_smtp_settings import put_smtp

    saved = put_smtp(admin, {"from_address": "alerts@noc.local", "server": "127.0.0.1:9"})
    assert saved.status_code == 200, saved.text
    assert saved.json()["from_address"] == "alerts@noc.local"
    answer = admin.post("setup/account/smtp/test-email", json={"to": "ops@corp.local"})
    assert answer.status_code == 200, answer.text  # judged and tried (port 9 refuses), not a 422
    assert answer.json()["error"]["stage"] == "connect"
    refused = admin.post("setup/account/smtp/test-email", json={"to": "ops@host.invalid"})
    assert refused.status_code == 422 and "can never be delivered" in refused.json()["fields"]["to"]
    contact = admin.put("setup/account", json={"contact.email": "noc@corp.local"},
                          headers={"If-Match": admin.get("setup/account").headers["ETag"]})
    assert contact.status_code == 422, "the contact e-mail is written to from the internet: strict"
