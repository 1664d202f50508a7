"""The carrier's customers and their ingress routes' call-recording setting (design §2, §3).

Call recording takes two steps: the account needs the call-recording package, and a customer's
ingress route needs a recording mode other than ``disabled``. Setting a mode is refused with 409
until the first step is done; setting ``disabled`` is always allowed.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi import Path as FastApiPath
from pydantic import BaseModel

from desktop.domain.models import RECORDING_MODES
from desktop.server.contract import COMMON_ERRORS, EDIT_ERRORS, SQLITE_MAX_ID, Customer, Route, answers
from desktop.server.dependencies import Editor, Reader, Repo
from desktop.server.errors import ApiError, not_found, validation_error
from desktop.server.routes_packages import CALL_RECORDING

router = APIRouter(tags=["customers"])


class MediaSettings(BaseModel):
    """The media settings of a route."""

    call_recording: str


class RouteUpdate(BaseModel):
    """Body of ``PUT routing/{id}``."""

    media: MediaSettings


def route_json(row: dict[str, Any]) -> dict[str, Any]:
    """The API's route object from a repository row."""
    return {"id": row["id"], "company_id": row["company_id"], "name": row["name"],
            "media": {"call_recording": row["call_recording"]}}


#: The largest id SQLite stores (a signed 64-bit INTEGER); larger ids are refused with 422.


@router.get("/customer", **answers(list[Customer]))
def list_customers(user: Reader, repository: Repo) -> list[dict[str, Any]]:
    """The carrier's own customers as ``{id, name, status}``."""
    return repository.customers(user.account_id)


@router.get("/routing", **answers(list[Route], errors=(*COMMON_ERRORS, 404)))
def list_routes(user: Reader, repository: Repo,
                company_id: Annotated[int | None, Query(ge=1, le=SQLITE_MAX_ID,
                                                        description="Only this customer's routes.")] = None
                ) -> list[dict[str, Any]]:
    """The ingress routes of one customer, or of all customers when ``company_id`` is omitted.

    Raises:
        ApiError: 404 when ``company_id`` names no customer of this account.
    """
    if company_id is not None and all(row["id"] != company_id for row in repository.customers(user.account_id)):
        raise not_found("There is no customer with this id.")
    return [route_json(row) for row in repository.ingress_routes(user.account_id, company_id)]


@router.put("/routing/{route_id}", **answers(Route, errors=(*EDIT_ERRORS, 404, 409), notes={
    404: "No such ingress route.",
    409: "The account has no call-recording package yet.",
    422: "Unknown recording mode.",
}))
def put_route(route_id: Annotated[int, FastApiPath(ge=1, le=SQLITE_MAX_ID)], user: Editor, repository: Repo,
              update: RouteUpdate) -> dict[str, Any]:
    """Set an ingress route's ``media.call_recording`` mode."""
    mode = update.media.call_recording
    with repository.transaction():
        if repository.ingress_route(user.account_id, route_id) is None:
            raise not_found("There is no ingress route with this id.")
        if mode not in RECORDING_MODES:
            raise validation_error({"media.call_recording": "Choose one of: " + ", ".join(RECORDING_MODES) + "."})
        if mode != "disabled" and repository.package_with_feature(user.account_id, CALL_RECORDING) is None:
            raise ApiError(409, "call_recording_not_enabled", "Enable call recording on the account first "
                           "(Packages, Enable Call Recording); then choose what to record on this route.")
        repository.set_call_recording(route_id, mode)
        row = repository.ingress_route(user.account_id, route_id)
    return route_json(row or {})
