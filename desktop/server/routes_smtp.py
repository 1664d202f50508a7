"""The SMTP details and the Test Email and Test SMS buttons (product.md "SMTP details", design §2).

``GET``/``PUT setup/account/smtp`` read and change ``{from_address, username, password_set, server,
sms_from}``. The password is write-only: a ``PUT`` may carry ``password`` (``""`` removes it), no
answer ever holds it, and ``password_set`` tells whether one is saved. ``PUT`` is conditional
(``If-Match``, RFC 9110 §13.1.1) like ``PUT setup/account``.

``POST …/test-email`` talks to the **saved** mail server with the saved password through
:func:`desktop.mail.check_and_send` and answers ``{ok, summary, transcript[], error?}``; with
``settings`` in its body (``from_address``, ``username``, ``server``, and ``password``: absent keeps
the saved one, ``""`` none) it tests those values instead, judged as a ``PUT`` judges them, and
saves nothing (the Edit SMTP Details dialog tests what is typed before Save);
``POST …/test-sms`` sends through the service's SMS gateway (:mod:`desktop.server.sms`) and answers
``{ok, summary, provider, provider_status, message_id?}``. A mail server or SMS provider that refuses
is still HTTP 200 with ``ok: false`` (the request worked; its summary explains the refusal); a
setting that is missing is a 422 naming the field to fill in. Both run at once, never queued, in
FastAPI's thread pool (the endpoints are plain ``def``), and both need the ``admin`` role, because
they use the account's credentials and an SMS may cost money.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Annotated, Any

from fastapi import APIRouter, Body, Header, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from desktop.domain.errors import FieldError
from desktop.domain.mail_addresses import validate_mail_address
from desktop.domain.smtp import SMTP_VALIDATORS, SmtpSettings, validate_smtp_password
from desktop.domain.validators import validate_phone
from desktop.server.accounts import if_match_satisfied, judge_values
from desktop.server.contract import CONDITIONAL_ERRORS, EDIT_ERRORS, TestEmailResult, TestSmsResult, answers
from desktop.server.contract import SmtpSettings as SmtpSettingsModel
from desktop.server.dependencies import Editor, Reader, Repo
from desktop.server.errors import ApiError, validation_error
from desktop.server.repository import Repository
from desktop.server.sms import SmsGateway
from desktop.server.smtp_store import StoredSmtp, load_smtp, save_smtp, stored_password

log = logging.getLogger(__name__)
router = APIRouter(tags=["smtp"])

READ_ONLY = 'This value is read-only: send "password" to set a new password, or "" to remove it.'
PASSWORD_AS_TEXT = 'Send the new password as text, or "" to remove it.'
NO_SERVER = "Save the mail server first: its host name, e.g. mail.example.com or mail.example.com:587."
NO_FROM_ADDRESS = "Save a From Address first: the address the test e-mail comes from."
NO_PASSWORD = ("A Username is saved but no password: enter the mail server's password and save, or clear the "
               "Username to send without login.")
#: What a test of the saved values needs saved first, by key.
SAVE_FIRST = {"server": NO_SERVER, "from_address": NO_FROM_ADDRESS, "password": NO_PASSWORD}
#: What a test of typed values (``settings``) needs typed first, by key.
TYPE_FIRST = {"server": "Enter the mail server: its host name, e.g. mail.example.com or mail.example.com:587.",
              "from_address": "Enter a From Address: the address the test e-mail comes from.",
              "password": ("A Username is given but no password: enter the mail server's password, or clear the "
                           "Username to send without login.")}
NO_SMS_FROM = "Save an SMS From first: a number with + and the country code, or a sender name of up to 11 characters."
NO_MOBILE = ("Enter the mobile number to send the test SMS to (+ and the country code): the account has no mobile "
             "number saved.")


class EmailTestRequest(BaseModel):
    """Body of ``POST setup/account/smtp/test-email``."""

    to: str | None = Field(None, description="The recipient; empty or omitted for the From Address tested.")
    settings: dict[str, Any] | None = Field(
        None, description="SMTP values to test instead of the saved ones, judged as `PUT setup/account/smtp` judges "
                          "them and never saved: keys among from_address, username, server, certificate_sha256 and the "
                          "write-only password (omitted: the saved password; \"\": none).")


class SmsTestRequest(BaseModel):
    """Body of ``POST setup/account/smtp/test-sms``."""

    to: str | None = Field(None, description="The recipient in E.164; empty or omitted for the account's mobile.")


def smtp_response(stored: StoredSmtp) -> JSONResponse:
    """The SMTP details as JSON with their ETag."""
    return JSONResponse(stored.settings.to_json(), headers={"ETag": stored.etag})


def check_smtp_edit(body: dict[str, Any]) -> tuple[dict[str, str], str | None, dict[str, str]]:
    """Judge the body of ``PUT setup/account/smtp`` with :data:`desktop.domain.smtp.SMTP_VALIDATORS`.

    Returns:
        ``(clean, password, errors)``: the normalised value of each key to save; the new password
        (``""`` removes it; ``None`` when the body has none); and a message for each key that may
        not be saved. Nothing may be saved when ``errors`` is not empty.
    """
    errors: dict[str, str] = {}
    given: dict[str, Any] = {}
    password: str | None = None
    for key, value in body.items():
        if key == "password_set":
            errors[key] = READ_ONLY
        elif key == "password":
            if not isinstance(value, str):
                errors[key] = PASSWORD_AS_TEXT
                continue
            try:
                password = validate_smtp_password(value)
            except FieldError as error:
                errors[key] = str(error)
        else:
            given[key] = value
    clean, field_errors = judge_values(given, SMTP_VALIDATORS)
    errors.update(field_errors)
    return clean, password, errors


def unpin_on_new_server(current: SmtpSettings, clean: dict[str, str]) -> dict[str, str]:
    """``clean`` plus ``certificate_sha256: ""`` when it changes the server and names no certificate itself.

    A certificate trusted deliberately belongs to the server it was trusted for (issue 13, point 4).
    """
    if "server" in clean and clean["server"] != current.server and "certificate_sha256" not in clean \
            and current.certificate_sha256:
        return {**clean, "certificate_sha256": ""}
    return clean


@router.get("/setup/account/smtp", **answers(SmtpSettingsModel, etag=True))
def get_smtp(user: Reader, repository: Repo, request: Request) -> Response:
    """The SMTP details with a strong ``ETag`` (never the password); ``If-None-Match`` may give 304."""
    stored = load_smtp(repository, user.account_id)
    if_none_match = request.headers.get("if-none-match")
    if if_none_match and if_match_satisfied(if_none_match, stored.etag):
        return Response(status_code=304, headers={"ETag": stored.etag})
    return smtp_response(stored)


@router.put("/setup/account/smtp", **answers(SmtpSettingsModel, etag=True, errors=CONDITIONAL_ERRORS, notes={
    412: "If-Match is stale; the body holds the current SMTP details as `current`.",
    422: "Some fields are invalid or read-only; see `fields`.",
    428: "If-Match is missing.",
}))
def put_smtp(user: Editor, repository: Repo,
             changes: Annotated[dict[str, Any], Body(description="SMTP keys to change, and optionally the "
                                                                 "write-only `password` (\"\" removes it).")],
             if_match: Annotated[str | None, Header()] = None) -> Response:
    """Change the SMTP details and/or the password; ``If-Match`` is required."""
    if not if_match:
        raise ApiError(428, "precondition_required", "Reload the SMTP details and try again: the request must say "
                       "which version of them it changes (If-Match).")
    with repository.transaction():
        current = load_smtp(repository, user.account_id)
        if not if_match_satisfied(if_match, current.etag):
            raise ApiError(412, "precondition_failed", "Someone else changed the SMTP details since you loaded "
                           "them. Review the current details and make your change again.",
                           headers={"ETag": current.etag}, current=current.settings.to_json())
        clean, password, errors = check_smtp_edit(changes)
        if errors:
            raise validation_error(errors)
        save_smtp(repository, user.account_id, unpin_on_new_server(current.settings, clean), password=password)
        return smtp_response(load_smtp(repository, user.account_id))


@router.post("/setup/account/smtp/test-email", **answers(TestEmailResult, errors=EDIT_ERRORS, notes={
    422: "A setting the test needs is not saved, or `to` is not an e-mail address; see `fields`.",
}))
def send_test_email(user: Editor, repository: Repo, request: Request, body: EmailTestRequest | None = None
               ) -> dict[str, Any]:
    """Send a test e-mail with the saved settings and password, or with ``settings`` (saving nothing)."""
    settings = load_smtp(repository, user.account_id).settings
    password = stored_password(repository, user.account_id) or ""
    typed = body is not None and body.settings is not None
    errors: dict[str, str] = {}
    if body is not None and body.settings is not None:
        settings, password, errors = _typed_settings(settings, password, body.settings)
    need = TYPE_FIRST if typed else SAVE_FIRST
    for key, missing in (("server", not settings.server.strip()), ("from_address", not settings.from_address.strip()),
                         ("password", bool(settings.username) and not settings.password_set)):
        if missing:
            errors.setdefault(key, need[key])
    to = (body.to or "").strip() if body else ""
    if to:
        try:
            to = validate_mail_address(to)
        except FieldError as error:
            errors["to"] = str(error)
    if errors:
        raise validation_error(errors)
    from desktop.mail import SmtpConfig, check_and_send  # here: the sandbox's child starts without it (issue 11)

    config = SmtpConfig.from_settings(settings, password)
    # The repository is not locked here: the mail catcher of the sandbox writes to it meanwhile.
    result = check_and_send(config, to=to or None, send=True, timeouts=request.app.state.smtp_timeouts,
                            ssl_context=request.app.state.smtp_ssl_context)
    log.info("test e-mail of account %s (%s values): %s", user.account_id, "typed" if typed else "saved",
             "accepted" if result.ok else f"failed at {result.error_stage} ({result.error_kind})")
    return result.to_json()


@router.post("/setup/account/smtp/test-sms", **answers(TestSmsResult, errors=EDIT_ERRORS, notes={
    422: "No SMS From is saved, or `to` is not a phone number; see `fields`.",
}))
def send_test_sms(user: Editor, repository: Repo, request: Request, body: SmsTestRequest | None = None
                  ) -> dict[str, Any]:
    """Send a test SMS from the saved SMS From; ``ok: false`` explains a refusal or a network failure."""
    settings = load_smtp(repository, user.account_id).settings
    account = _account_row(repository, user.account_id)
    errors: dict[str, str] = {}
    if not settings.sms_from.strip():
        errors["sms_from"] = NO_SMS_FROM
    to = (body.to or "").strip() if body else ""
    if not to and not account["contact.mobile"]:
        errors["to"] = NO_MOBILE
    else:
        try:
            to = validate_phone(to or account["contact.mobile"], required=True)
        except FieldError as error:
            errors["to"] = str(error)
    if errors:
        raise validation_error(errors)
    gateway: SmsGateway = request.app.state.sms_gateway
    outcome = gateway.send(settings.sms_from, to, sms_test_text(account, settings.sms_from))
    log.info("test SMS of account %s through %s: %s", user.account_id, outcome.provider, outcome.provider_status)
    return outcome.to_json()


def _typed_settings(saved: SmtpSettings, password: str, typed: dict[str, Any]
                    ) -> tuple[SmtpSettings, str, dict[str, str]]:
    """The saved settings with typed values over them, judged as a ``PUT`` judges them; nothing is saved.

    Returns:
        ``(settings, password, errors)``: the settings to test, the password to log in with (the
        saved one unless one was typed; ``""`` none), and a message for each key that is not valid.
    """
    given = {key: value for key, value in typed.items() if key != "sms_from"}  # a test e-mail has no SMS
    clean, typed_password, errors = check_smtp_edit(given)
    settings = replace(saved, **unpin_on_new_server(saved, clean))
    if typed_password is not None:
        password = typed_password
        settings = replace(settings, password_set=bool(typed_password))
    return settings, password, errors


def sms_test_text(account: dict[str, Any], sms_from: str) -> str:
    """The test message: one SMS segment (at most 160 GSM 03.38 characters, with a short company name)."""
    company = " ".join(str(account.get("company") or account.get("name") or "your account").split())
    if len(company) > 40:
        company = company[:37] + "..."
    return f"CX Account Desk test SMS for {company}: if you can read this, SMS From {sms_from} works."


def _account_row(repository: Repository, account_id: int) -> dict[str, Any]:
    row = repository.account(account_id)
    if row is None:
        raise ApiError(404, "not_found", "This account no longer exists.")
    return row
