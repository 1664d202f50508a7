"""Packages of the account and the service agreement (design §2).

Costs, rates, usage and charges are decimal strings exactly as stored (``0.00045`` stays
``0.00045``); a package's ``period`` is ``"month"`` when its cost is charged every month per unit
held, ``null`` when it is charged per use. Enabling call recording adds the chargeable "Call
Recording" package (its price is offered first by ``GET setup/account/package/offer``); recording
then starts for each customer whose ingress route has recording set (see :mod:`routes_routing`).
The call-recording package row also says how many ingress routes record (``routes_recording``).
``DELETE setup/account/package/{id}`` of that package disables it again: the package goes, every
ingress route stops recording, and the month already charged is not refunded (monthly package
billing); other packages cannot be removed here (409).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from desktop.server.agreement import AGREEMENT
from desktop.server.dependencies import Editor, Reader, Repo
from desktop.server.errors import ApiError, validation_error

router = APIRouter(tags=["packages"])

CALL_RECORDING = "call_recording"

#: The package row added by ``POST setup/account/package {"feature": "call_recording"}``.
CALL_RECORDING_PACKAGE: dict[str, Any] = {
    "name": "Call Recording",
    "quantity": 1,
    "unit": "",
    "cost": "15.00",
    "period": "month",
    "feature": CALL_RECORDING,
}


class PackageRequest(BaseModel):
    """Body of ``POST setup/account/package``."""

    feature: str = Field(description='The feature to add; only "call_recording" can be added.')


class AgreementResponse(BaseModel):
    """The service agreement: ``effective_date`` is ``YYYY-MM-DD``; ``html`` uses h1, h2, p and ul."""

    title: str
    version: str
    effective_date: str
    html: str
    pdf_url: str | None


@router.get("/setup/account/package")
def list_packages(user: Reader, repository: Repo) -> list[dict[str, Any]]:
    """The packages applied to the account, with today's and month-to-date usage where known.

    The call-recording package also has ``routes_recording``: how many ingress routes record.
    """
    packages = repository.packages(user.account_id)
    for package in packages:
        if package["feature"] == CALL_RECORDING:
            routes = repository.ingress_routes(user.account_id)
            package["routes_recording"] = sum(route["call_recording"] != "disabled" for route in routes)
    return packages


@router.get("/setup/account/package/offer")
def list_offers(user: Reader) -> list[dict[str, Any]]:
    """The packages that ``POST setup/account/package`` can add, with their price, before anything is added."""
    return [dict(CALL_RECORDING_PACKAGE)]


@router.post("/setup/account/package", status_code=201, responses={
    409: {"description": "The feature is already enabled."},
    422: {"description": "The feature cannot be added here."},
})
def add_package(user: Editor, repository: Repo, body: PackageRequest) -> JSONResponse:
    """Enable a feature on the account by adding its package (only call recording)."""
    if body.feature != CALL_RECORDING:
        raise validation_error({"feature": "Only call recording can be enabled here."})
    with repository.transaction():
        if repository.package_with_feature(user.account_id, CALL_RECORDING) is not None:
            raise ApiError(409, "already_enabled", "Call recording is already enabled on this account.")
        row = repository.add_package(user.account_id, CALL_RECORDING_PACKAGE)
    return JSONResponse(row, status_code=201)


@router.get("/setup/account/agreement", response_model=AgreementResponse)
def get_agreement(user: Reader) -> dict[str, Any]:
    """The platform's service agreement as simple HTML."""
    return dict(AGREEMENT)


@router.delete("/setup/account/package/{package_id}", status_code=204, responses={
    204: {"description": "The package is removed; every ingress route stopped recording."},
    404: {"description": "No such package on this account (also when it was removed already)."},
    409: {"description": "The package is not an optional feature and cannot be removed here."},
})
def remove_package(user: Editor, repository: Repo, package_id: int) -> Response:
    """Disable an optional feature by removing its package (only call recording); every ingress route stops recording.

    Repeating it changes nothing more: the package is gone, so the repeat answers 404. The month
    already charged is not refunded.
    """
    with repository.transaction():
        row = repository.package(user.account_id, package_id)
        if row is None:
            raise ApiError(404, "not_found", "There is no such package on this account; it may have been "
                           "removed already.")
        if row["feature"] != CALL_RECORDING:
            raise ApiError(409, "not_removable", f"The {row['name']} package cannot be removed here; only call "
                           "recording can. Technical support changes the other packages.")
        repository.remove_package(user.account_id, package_id)
        repository.stop_all_recording(user.account_id)
    return Response(status_code=204)
