"""Packages, enabling call recording, customers and their ingress routes' recording mode."""

from __future__ import annotations

from desktop.domain.models import RECORDING_MODES

PACKAGE_KEYS = {"id", "name", "quantity", "unit", "cost", "max_daily_qty", "today_usage", "today_charge",
                "mtd_usage", "mtd_charge", "feature", "period"}


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
    assert {name: package["period"] for name, package in by_name.items()} == {
        "Channels": "month", "DID hosting": "month", "Per-minute termination": None, "CLI lookup": None}


def test_enable_call_recording_once(admin):
    created = admin.post("setup/account/package", json={"feature": "call_recording"})
    assert created.status_code == 201, created.text
    row = created.json()
    assert set(row) == PACKAGE_KEYS
    assert (row["name"], row["unit"], row["cost"], row["period"], row["quantity"], row["feature"]) == (
        "Call Recording", "", "15.00", "month", 1, "call_recording")
    assert {**row, "routes_recording": 0} in admin.get("setup/account/package").json()

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


def test_the_offer_names_the_price_before_anything_is_added(admin, viewer):
    for api in (admin, viewer):
        offers = api.get("setup/account/package/offer")
        assert offers.status_code == 200
        assert offers.json() == [{"name": "Call Recording", "quantity": 1, "unit": "", "cost": "15.00",
                                  "period": "month", "feature": "call_recording"}]
    assert all(package["feature"] is None for package in admin.get("setup/account/package").json())


def recording_routes(api):
    return [route["id"] for route in api.get("routing").json() if route["media"]["call_recording"] != "disabled"]


def recording_package(api):
    return next((p for p in api.get("setup/account/package").json() if p["feature"] == "call_recording"), None)


def test_disable_call_recording_removes_the_package_and_stops_every_route(admin):
    created = admin.post("setup/account/package", json={"feature": "call_recording"}).json()
    first, second = (route["id"] for route in admin.get("routing").json()[:2])
    for route_id, mode in ((first, "always"), (second, "sample_5")):
        assert admin.put(f"routing/{route_id}", json={"media": {"call_recording": mode}}).status_code == 200
    assert recording_package(admin)["routes_recording"] == 2

    removed = admin.delete(f"setup/account/package/{created['id']}")
    assert removed.status_code == 204 and removed.content == b""
    assert recording_package(admin) is None and len(admin.get("setup/account/package").json()) == 4
    assert recording_routes(admin) == []
    refused = admin.put(f"routing/{first}", json={"media": {"call_recording": "always"}})
    assert refused.status_code == 409 and refused.json()["error"] == "call_recording_not_enabled"

    again = admin.delete(f"setup/account/package/{created['id']}")  # a repeat changes nothing more
    assert again.status_code == 404 and again.json()["error"] == "not_found" and again.json()["message"]
    assert len(admin.get("setup/account/package").json()) == 4 and recording_routes(admin) == []
    enabled_again = admin.post("setup/account/package", json={"feature": "call_recording"}).json()
    assert enabled_again["id"] != created["id"]
    assert recording_routes(admin) == []  # enabled again, nothing records until routes are chosen again


def test_disable_is_refused_to_a_viewer_for_unknown_and_for_other_packages(admin, viewer):
    created = admin.post("setup/account/package", json={"feature": "call_recording"}).json()
    path = f"setup/account/package/{created['id']}"
    forbidden = viewer.delete(path)
    assert forbidden.status_code == 403
    assert recording_package(admin) is not None

    unknown = admin.delete("setup/account/package/424242")
    assert unknown.status_code == 404 and unknown.json()["error"] == "not_found"
    assert admin.delete("setup/account/package/abc").status_code == 422
    channels = next(p for p in admin.get("setup/account/package").json() if p["name"] == "Channels")
    kept = admin.delete(f"setup/account/package/{channels['id']}")
    assert kept.status_code == 409 and kept.json()["error"] == "not_removable" and "Channels" in kept.json()["message"]
    assert len(admin.get("setup/account/package").json()) == 5 and recording_package(admin) is not None

    unauthenticated = admin.session.delete(admin.base_url + path, headers={"Authorization": ""}, timeout=5)
    assert unauthenticated.status_code == 401
    assert recording_package(admin) is not None
