"""The published contract is true (issue 14, points 1 and 2).

* ``/openapi.json`` of the running service is a valid OpenAPI document;
* ``OPTIONS`` and 405 answers list the real methods of a path;
* the client's parsers accept every example generated from the declared response models
  (:mod:`desktop.server.contract`), so a server keeping the contract never breaks the client.

The schemathesis run against the running service is in ``test_contract_fuzz.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from openapi_spec_validator import validate
from pydantic import TypeAdapter

from desktop.api.results import CaughtEmail, EmailTestResult, KeptSms, SmsTestResult
from desktop.domain import models
from desktop.domain.packages import PackageOffer
from desktop.domain.smtp import SmtpSettings
from desktop.server import contract
from tests.server.helpers import TIMEOUT


def test_the_openapi_document_of_the_running_service_validates(service):
    document = requests.get(service.base_url.removesuffix("api/cp/") + "openapi.json", timeout=TIMEOUT).json()
    validate(document)
    put = document["paths"]["/api/cp/setup/account"]["put"]["responses"]
    assert {"200", "400", "401", "403", "412", "413", "422", "428"} <= set(put)
    assert "ETag" in put["200"]["headers"]
    assert put["412"]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorBody")
    assert "Retry-After" in document["paths"]["/api/cp/auth/jwt/refresh"]["post"]["responses"]["429"]["headers"]


@pytest.mark.parametrize(("path", "methods"), [
    ("setup/account", "GET, OPTIONS, PUT"),
    ("setup/account/package", "GET, OPTIONS, POST"),
    ("setup/account/package/3", "DELETE, OPTIONS"),
    ("auth/jwt/refresh", "OPTIONS, POST"),
])
def test_options_and_405_list_every_method_of_the_path(service, path, methods):
    options = requests.options(service.base_url + path, timeout=TIMEOUT)
    assert options.status_code == 204 and options.headers["Allow"] == methods
    wrong = requests.patch(service.base_url + path, timeout=TIMEOUT)
    assert wrong.status_code == 405 and wrong.headers["Allow"] == methods
    assert wrong.json()["error"] == "method_not_allowed"


def examples_of(schema: dict[str, Any]) -> Any:
    """A hypothesis strategy of JSON values that ``schema`` (JSON Schema 2020-12) admits.

    schemathesis's own generator (the one its run uses for request bodies), from the pinned version.
    """
    import jsonschema_rs
    from schemathesis.generation.jsonschema.builder import build

    return build(schema, draft=jsonschema_rs.Draft202012, formats={})


#: Each declared success model and the client's parser of that answer.
PARSERS: list[tuple[Any, Callable[[Any], Any]]] = [
    (contract.Account, models.Account.from_json),
    (contract.SmtpSettings, SmtpSettings.from_json),
    (contract.Package, models.Package.from_json),
    (contract.Offer, PackageOffer.from_json),
    (contract.Agreement, models.Agreement.from_json),
    (contract.Customer, models.Customer.from_json),
    (contract.Route, models.Route.from_json),
    (contract.TestEmailResult, EmailTestResult.from_json),
    (contract.TestSmsResult, SmsTestResult.from_json),
    (contract.CaughtEmail, CaughtEmail.from_json),
    (contract.KeptSms, KeptSms.from_json),
]


@pytest.mark.parametrize(("model", "parse"), PARSERS, ids=[model.__name__ for model, _ in PARSERS])
def test_the_client_parses_every_example_of_the_declared_answers(model, parse):
    schema = TypeAdapter(model).json_schema(by_alias=True, mode="serialization")

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(examples_of(schema))
    def parses(example: dict[str, Any]) -> None:
        parse(example)

    parses()
