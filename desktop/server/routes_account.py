"""The account endpoints: ``setup/account`` and ``setup/account/billing-method`` (design §2, §3).

``PUT setup/account`` is a conditional request (RFC 9110 §13.1.1, RFC 6585 §3): it needs the
``If-Match`` of the ETag the client last saw, so an edit never overwrites a change it has not
seen. The read, the check and the write happen in one transaction.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Body, Header, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from desktop.domain.billing import BILLING_METHOD_LABELS, is_locked, locked_until, validate_billing_method
from desktop.domain.errors import FieldError
from desktop.domain.models import format_timestamp, get_path, parse_timestamp
from desktop.server.accounts import account_json, check_edit, etag_of, if_match_satisfied
from desktop.server.dependencies import Editor, Now, Reader, Repo
from desktop.server.errors import ApiError, validation_error
from desktop.server.repository import Repository

router = APIRouter(tags=["account"])


class BillingMethodChange(BaseModel):
    """Body of ``PUT setup/account/billing-method``."""

    billing_method: str


def load_account(repository: Repository, account_id: int, now: datetime) -> dict[str, Any]:
    """The Account JSON of ``account_id`` at ``now``.

    Raises:
        ApiError: 404 when the account does not exist (its user outlived it).
    """
    row = repository.account(account_id)
    if row is None:
        raise ApiError(404, "not_found", "This account no longer exists.")
    return account_json(row, now)


def account_response(account: dict[str, Any]) -> JSONResponse:
    """The Account as JSON with its ETag."""
    return JSONResponse(account, headers={"ETag": etag_of(account)})


@router.get("/setup/account")
def get_account(user: Reader, repository: Repo, now: Now, request: Request) -> Response:
    """The account of the signed-in user, with a strong ``ETag``; ``If-None-Match`` may give 304."""
    account = load_account(repository, user.account_id, now)
    etag = etag_of(account)
    if_none_match = request.headers.get("if-none-match")
    if if_none_match and if_match_satisfied(if_none_match, etag):
        return Response(status_code=304, headers={"ETag": etag})
    return account_response(account)


@router.put("/setup/account", responses={
    412: {"description": "If-Match is stale; the body holds the current account as `current`."},
    422: {"description": "Some fields are invalid or not editable; see `fields`."},
    428: {"description": "If-Match is missing."},
})
def put_account(user: Editor, repository: Repo, now: Now,
                changes: Annotated[dict[str, Any], Body(description="Editable keys to change, nested for contact.")],
                if_match: Annotated[str | None, Header()] = None) -> Response:
    """Change the company and contact details; ``If-Match`` is required."""
    if not if_match:
        raise ApiError(428, "precondition_required", "Reload the account and try again: the request must say "
                       "which version of the account it changes (If-Match).")
    with repository.transaction():
        current = load_account(repository, user.account_id, now)
        if not if_match_satisfied(if_match, etag_of(current)):
            raise ApiError(412, "precondition_failed", "Someone else changed the account since you loaded it. "
                           "Review the current details and make your change again.",
                           headers={"ETag": etag_of(current)}, current=current)
        clean, errors = check_edit(changes, get_path(current, "address.country"))
        if errors:
            raise validation_error(errors)
        repository.update_account(user.account_id, clean)
        return account_response(load_account(repository, user.account_id, now))


@router.put("/setup/account/billing-method", responses={
    409: {"description": "The billing method was switched less than 30 days ago; see `locked_until`."},
})
def put_billing_method(user: Editor, repository: Repo, now: Now, change: BillingMethodChange) -> Response:
    """Switch between per-channel and per-minute billing; refused for 30 days after a switch."""
    try:
        method = validate_billing_method(change.billing_method)
    except FieldError as error:
        raise validation_error({"billing_method": str(error)}) from None
    with repository.transaction():
        row = repository.account(user.account_id)
        if row is None:
            raise ApiError(404, "not_found", "This account no longer exists.")
        if row["billing_method"] != method:
            changed = parse_timestamp(row["billing_method_changed_at"])
            if is_locked(changed, now):
                until = locked_until(changed)
                raise ApiError(
                    409, "billing_method_locked",
                    f"The billing method was changed recently, so it is locked until {until.day} "
                    f"{until:%B %Y at %H:%M} UTC. It stays {BILLING_METHOD_LABELS[row['billing_method']].lower()} "
                    "until then; technical support can lift the lock.",
                    locked_until=format_timestamp(until),
                )
            repository.update_account(user.account_id, {"billing_method": method,
                                                        "billing_method_changed_at": format_timestamp(now)})
        return account_response(load_account(repository, user.account_id, now))
