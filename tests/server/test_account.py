"""GET and PUT setup/account: ETag, If-Match, validation with the shared domain validators."""

from __future__ import annotations

import threading

from desktop.server import EmbeddedServer
from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD
from tests.server.helpers import edit_account, sign_in

ACCOUNT_KEYS = {
    "id", "name", "company", "company_reg_id", "ocn", "frn", "vat_reg_id", "currency", "balance",
    "billing_method", "per_minute_rate", "billing_method_changed_at", "billing_method_locked_until",
    "address", "contact",
}


def test_get_account_has_the_contract_shape_and_a_strong_etag(admin):
    response = admin.get("setup/account")
    assert response.status_code == 200
    account = response.json()
    assert set(account) == ACCOUNT_KEYS
    assert account["id"] == 1021
    assert account["balance"] == "-529.60" and account["per_minute_rate"] == "0.00030"
    assert account["company_reg_id"] == "01234567" and account["frn"] == "0012345678"
    assert account["billing_method_changed_at"] == "2024-12-03T09:00:00Z"  # 90 days before the clock
    assert account["billing_method_locked_until"] is None
    assert set(account["address"]) == {"line1", "line2", "city", "state", "country", "postcode"}
    assert set(account["contact"]) == {"email", "phone", "mobile"}
    etag = response.headers["ETag"]
    assert etag.startswith('"') and etag.endswith('"') and not etag.startswith("W/")
    assert admin.get("setup/account").headers["ETag"] == etag


def test_if_none_match_gives_304(admin):
    etag = admin.get("setup/account").headers["ETag"]
    response = admin.get("setup/account", headers={"If-None-Match": etag})
    assert response.status_code == 304
    assert response.headers["ETag"] == etag


def test_put_saves_normalised_values_and_ids_round_trip_exactly(admin):
    before = admin.get("setup/account")
    changes = {
        "name": "  Dana   Whitfield-Ross ",
        "company_reg_id": "J40/1234/2020",
        "ocn": "0a1c",
        "frn": "0012345678",
        "vat_reg_id": "de 136.695.976",
        "contact": {"email": "Billing@Northwind-Telecom.EXAMPLE", "phone": "0044 (20) 7946-0000"},
    }
    response = admin.put("setup/account", json=changes, headers={"If-Match": before.headers["ETag"]})
    assert response.status_code == 200, response.text
    account = response.json()
    assert account["name"] == "Dana Whitfield-Ross"
    assert account["company_reg_id"] == "J40/1234/2020"
    assert account["ocn"] == "0A1C"
    assert account["frn"] == "0012345678"
    assert account["vat_reg_id"] == "DE136695976"
    assert account["contact"] == {"email": "Billing@northwind-telecom.example", "phone": "+442079460000",
                                  "mobile": "+447911123456"}
    assert response.headers["ETag"] != before.headers["ETag"]
    reread = admin.get("setup/account")
    assert reread.json() == account and reread.headers["ETag"] == response.headers["ETag"]

    # Saving the saved values again changes nothing (the validators are idempotent).
    again = edit_account(admin, {"vat_reg_id": "DE136695976", "company_reg_id": "01234567"})
    assert again.json()["vat_reg_id"] == "DE136695976"
    assert again.json()["company_reg_id"] == "01234567"


def test_null_clears_an_optional_field(admin):
    response = edit_account(admin, {"vat_reg_id": None, "contact": {"mobile": ""}})
    assert response.status_code == 200
    assert response.json()["vat_reg_id"] == "" and response.json()["contact"]["mobile"] == ""


def test_values_survive_a_restart_of_the_service(db_path, fake_clock):
    with EmbeddedServer(db_path, clock=fake_clock) as first:
        api = sign_in(first.base_url, SANDBOX_EMAIL, SANDBOX_PASSWORD)
        assert edit_account(api, {"company_reg_id": "00042"}).status_code == 200
        api.close()
    with EmbeddedServer(db_path, clock=fake_clock) as again:
        api = sign_in(again.base_url, SANDBOX_EMAIL, SANDBOX_PASSWORD)
        assert api.get("setup/account").json()["company_reg_id"] == "00042"
        api.close()


def test_put_without_if_match_is_428(admin):
    response = admin.put("setup/account", json={"name": "X Y"})
    assert response.status_code == 428
    assert response.json()["error"] == "precondition_required"
    assert response.json()["message"]
    assert admin.get("setup/account").json()["name"] == "Dana Whitfield"


def test_put_with_a_stale_etag_is_412_with_the_current_account(admin):
    stale = admin.get("setup/account").headers["ETag"]
    assert edit_account(admin, {"name": "First Writer"}).status_code == 200
    response = admin.put("setup/account", json={"name": "Second Writer"}, headers={"If-Match": stale})
    assert response.status_code == 412
    body = response.json()
    assert body["error"] == "precondition_failed" and body["message"]
    assert body["current"]["name"] == "First Writer"
    assert set(body["current"]) == ACCOUNT_KEYS
    assert response.headers["ETag"] == admin.get("setup/account").headers["ETag"]
    assert response.headers["ETag"] != stale


def test_weak_etag_never_matches_and_star_does(admin):
    etag = admin.get("setup/account").headers["ETag"]
    assert admin.put("setup/account", json={}, headers={"If-Match": "W/" + etag}).status_code == 412
    assert admin.put("setup/account", json={"ocn": "9Z9Z"}, headers={"If-Match": "*"}).status_code == 200


def test_concurrent_puts_with_one_etag_let_exactly_one_through(admin):
    etag = admin.get("setup/account").headers["ETag"]
    statuses: list[int] = []

    def put(index: int) -> None:
        response = admin.request("PUT", "setup/account", json={"name": f"Writer {index}"}, headers={"If-Match": etag})
        statuses.append(response.status_code)

    threads = [threading.Thread(target=put, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(statuses) == [200] + [412] * 7


def test_invalid_values_give_422_with_dotted_keys_and_nothing_is_saved(admin):
    before = admin.get("setup/account").json()
    response = edit_account(admin, {"name": "Kept Out", "vat_reg_id": "DE136695977",
                                    "contact": {"email": "not an address", "phone": "+44 20"}})
    assert response.status_code == 422
    body = response.json()
    assert body["error"] == "validation"
    assert body["message"] == "Some fields need attention."
    assert set(body["fields"]) == {"vat_reg_id", "contact.email", "contact.phone"}
    assert "check digits" in body["fields"]["vat_reg_id"]
    assert admin.get("setup/account").json() == before


def test_non_editable_keys_give_422_with_a_message_for_each(admin):
    before = admin.get("setup/account").json()
    response = edit_account(admin, {
        "name": "Kept Out", "address": {"city": "Leeds"}, "balance": "1000000.00", "currency": "EUR",
        "billing_method": "per_minute", "billing_method_changed_at": None, "id": 7, "per_minute_rate": "0",
        "colour": "blue", "contact": {"fax": "+442079460000"},
    })
    assert response.status_code == 422
    fields = response.json()["fields"]
    assert fields.pop("address") == "The address can only be changed by technical support."
    assert set(fields) == {"balance", "currency", "billing_method", "billing_method_changed_at", "id",
                           "per_minute_rate", "colour", "contact.fax"}
    assert set(fields.values()) == {"This field cannot be changed here."}
    assert admin.get("setup/account").json() == before


def test_ids_must_be_sent_as_text(admin):
    response = edit_account(admin, {"frn": 12345678, "contact": "x"})
    assert response.status_code == 422
    assert set(response.json()["fields"]) == {"frn", "contact"}


def test_a_body_that_is_not_an_object_is_422(admin):
    etag = admin.get("setup/account").headers["ETag"]
    for kwargs in ({"json": ["name"]}, {"data": "{oops", "headers": {"Content-Type": "application/json"}}):
        headers = {"If-Match": etag, **kwargs.pop("headers", {})}
        response = admin.put("setup/account", headers=headers, **kwargs)
        assert response.status_code == 422
        assert response.json()["error"] == "validation"
        assert "detail" not in response.json()
