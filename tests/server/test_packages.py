"""Packages, enabling call recording, customers and their ingress routes' recording mode."""

from __future__ import annotations

from desktop.domain.models import RECORDING_MODES

PACKAGE_KEYS = {"id", "name", "quantity", "unit", "cost", "max_daily_qty", "today_usage", "today_charge",
                "mtd_usage", "mtd_charge", "feature"}


def test_packages_keep_every_digit_and_report_missing_usage_as_null(admin):
    packages = admin.get("setup/account/package").json()
    assert all(set(package) == PACKAGE_KEYS for package in packages)
    by_name = {package["name"]: package for package in packages}
    assert by_name["CLI lookup"]["cost"] == "0.00045"
    assert by_name["CLI lookup"]["mtd_charge"] == "11.6415"
    assert by_name["Per-minute termination"]["cost"] == "0.0045"
    assert by_name["Channels"]["cost"] == "2.50" and by_name["Channels"]["quantity"] == 30
    assert by_name["Channels"]["today_charge"] is None
    assert by_name["DID hosting"]["today_usage"] is None
    assert all(package["feature"] is None for package in packages)


def test_enable_call_recording_once(admin):
    created = admin.post("setup/account/package", json={"feature": "call_recording"})
    assert created.status_code == 201, created.text
    row = created.json()
    assert set(row) == PACKAGE_KEYS
    assert (row["name"], row["unit"], row["cost"], row["quantity"], row["feature"]) == (
        "Call Recording", "minute", "0.00100", 1, "call_recording")
    assert row in admin.get("setup/account/package").json()

    again = admin.post("setup/account/package", json={"feature": "call_recording"})
    assert again.status_code == 409
    assert again.json()["error"] == "already_enabled" and again.json()["message"]


def test_only_call_recording_can_be_enabled(admin):
    response = admin.post("setup/account/package", json={"feature": "fax_to_email"})
    assert response.status_code == 422
    assert set(response.json()["fields"]) == {"feature"}


def test_customers_and_their_ingress_routes(admin):
    customers = admin.get("customer").json()
    assert 3 <= len(customers) <= 4
    assert all(set(customer) == {"id", "name", "status"} for customer in customers)
    everything = admin.get("routing").json()
    assert all(set(route) == {"id", "company_id", "name", "media"} for route in everything)
    assert all(route["media"] == {"call_recording": "disabled"} for route in everything)
    first = customers[0]["id"]
    own = admin.get("routing", params={"company_id": first}).json()
    assert own and all(route["company_id"] == first for route in own)
    assert {route["id"] for route in own} < {route["id"] for route in everything}
    assert admin.get("routing", params={"company_id": 999999}).status_code == 404  # no such customer
    assert admin.get("routing", params={"company_id": "abc"}).status_code == 422


def test_recording_on_a_route_needs_the_package_first(admin):
    route = admin.get("routing").json()[0]
    refused = admin.put(f"routing/{route['id']}", json={"media": {"call_recording": "sample_5"}})
    assert refused.status_code == 409
    assert refused.json()["error"] == "call_recording_not_enabled" and refused.json()["message"]
    assert admin.put(f"routing/{route['id']}", json={"media": {"call_recording": "disabled"}}).status_code == 200

    assert admin.post("setup/account/package", json={"feature": "call_recording"}).status_code == 201
    for mode in RECORDING_MODES:
        response = admin.put(f"routing/{route['id']}", json={"media": {"call_recording": mode}})
        assert response.status_code == 200
        assert response.json() == {**route, "media": {"call_recording": mode}}
    listed = admin.get("routing", params={"company_id": route["company_id"]}).json()
    assert listed[0]["media"]["call_recording"] == "always"


def test_invalid_mode_and_unknown_route(admin):
    route_id = admin.get("routing").json()[0]["id"]
    invalid = admin.put(f"routing/{route_id}", json={"media": {"call_recording": "sometimes"}})
    assert invalid.status_code == 422
    assert set(invalid.json()["fields"]) == {"media.call_recording"}
    missing = admin.put(f"routing/{route_id}", json={"media": {}})
    assert missing.status_code == 422
    assert set(missing.json()["fields"]) == {"media.call_recording"}
    unknown = admin.put("routing/424242", json={"media": {"call_recording": "always"}})
    assert unknown.status_code == 404
    assert unknown.json()["error"] == "not_found"
