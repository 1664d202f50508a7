"""The published contract of the account service: every answer's model, in one place (issue 14, point 1).

``/openapi.json`` is built from these declarations: the body of every 2xx answer (pydantic models,
design §2), the error body ``{error, message, fields?}`` for each 4xx a route gives, and the
``ETag`` and ``Retry-After`` headers (the ``If-Match`` request header is declared by the routes
that read it). Routes pass :func:`answers` to their decorator. The models document; they do not
filter: a route still builds its own JSON, and the schemathesis run (``tests/server/test_contract.py``)
checks that every answer the service gives matches what is declared here.

The client keeps its own dataclasses (:mod:`desktop.domain.models`, :mod:`desktop.api.results`);
``tests/server/test_contract.py`` checks that its parsers accept examples generated from these models.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

#: The largest id SQLite stores (an INTEGER is 64-bit signed); path and query ids are bounded by it.
SQLITE_MAX_ID = 2**63 - 1

#: What each error status means on this service (RFC 9110 §15.5, RFC 6585).
ERROR_MEANINGS: dict[int, str] = {
    400: "The body is not UTF-8 JSON (`bad_encoding`) or cannot be understood.",
    401: "No, an invalid, expired or revoked token, a token of another audience, or a wrong password.",
    403: "The signed-in user has the viewer role and may not change the account.",
    404: "There is nothing with this id.",
    409: "The change conflicts with the account's state (see `error`).",
    412: "`If-Match` names an older version: `current` holds the current one.",
    413: "The body is over 1 MiB; refused before it was read.",
    421: "`Host` names another server: a service on loopback answers only its own loopback address and port.",
    422: "A value is not valid: `fields` maps each dotted key to a message.",
    428: "`If-Match` is missing: send the `ETag` of the version the change is based on.",
    429: "Too many failed passwords: wait `Retry-After` seconds.",
}

#: Errors any route can give: a body that is not UTF-8 or over 1 MiB, no valid token, another Host, a bad value.
COMMON_ERRORS = (400, 401, 413, 421, 422)
#: ... and a route that changes the account (admin only).
EDIT_ERRORS = (*COMMON_ERRORS, 403)
#: ... and a conditional PUT (``If-Match``, RFC 9110 §13.1.1).
CONDITIONAL_ERRORS = (*EDIT_ERRORS, 412, 428)

ETAG_HEADER = {"ETag": {"description": "The version of the resource (RFC 9110 §8.8.3); send it back in "
                                       "`If-Match` with a change.", "schema": {"type": "string"}}}
RETRY_AFTER_HEADER = {"Retry-After": {"description": "Seconds to wait (RFC 9110 §10.2.3).",
                                      "schema": {"type": "integer", "minimum": 1}}}


#: A decimal number as text (money, rates, usage; design §3 "Money"): never a JSON number.
DECIMAL_PATTERN = r"^-?[0-9]{1,15}(\.[0-9]{1,10})?$"
#: An instant as the service writes it: RFC 3339 in UTC with ``Z`` and whole seconds.
TIMESTAMP_PATTERN = (r"^([1-9][0-9]{3}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)"
                     r"|02-(0[1-9]|1[0-9]|2[0-8]))|([1-9][0-9](0[48]|[2468][048]|[13579][26])|([2468][048]|"
                     r"[13579][26])00)-02-29)T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z$")

DecimalText = Annotated[str, Field(pattern=DECIMAL_PATTERN, examples=["-529.60"])]
Timestamp = Annotated[str, Field(pattern=TIMESTAMP_PATTERN, json_schema_extra={"format": "date-time"},
                                 examples=["2025-03-03T09:00:00Z"])]


class ErrorBody(BaseModel):
    """Every error answer (design §2): a stable ``error`` code, a ``message`` to show as it is, and extras."""

    model_config = ConfigDict(extra="allow")

    error: str = Field(description="A stable machine-readable code, e.g. `validation`, `unauthorized`.")
    message: str = Field(description="A plain sentence for the user.")
    fields: dict[str, str] | None = Field(None, description="422: a message for each dotted field key.")
    current: dict[str, Any] | None = Field(None, description="412: the current state of the resource.")
    locked_until: Timestamp | None = Field(None, description="409 `billing_method_locked`: RFC 3339 UTC.")
    retry_after: int | None = Field(None, description="429: seconds to wait, as in `Retry-After`.")


class Token(BaseModel):
    """A signed JWT (RFC 7519)."""

    token: str


class Address(BaseModel):
    """The account's postal address."""

    line1: str
    line2: str
    city: str
    state: str
    country: str
    postcode: str


class Contact(BaseModel):
    """The account's contact details: an e-mail address and E.164 phone numbers (or empty)."""

    email: str
    phone: str
    mobile: str


class Account(BaseModel):
    """The account (design §2): IDs are text; money and rates are decimal strings; times RFC 3339 UTC."""

    id: int
    name: str
    company: str
    company_reg_id: str
    ocn: str
    frn: str
    vat_reg_id: str
    currency: str
    balance: DecimalText
    billing_method: Literal["per_channel", "per_minute"]
    per_minute_rate: DecimalText
    billing_method_changed_at: Timestamp | None
    billing_method_locked_until: Timestamp | None
    address: Address
    contact: Contact


class SmtpSettings(BaseModel):
    """The SMTP settings; the password is never returned, only whether one is saved."""

    from_address: str
    username: str
    password_set: bool
    server: str
    sms_from: str
    certificate_sha256: str = Field(description="A pinned certificate's SHA-256 (hex), or empty.")


class Package(BaseModel):
    """A package of the account: money, rates and usage are decimal strings or null."""

    id: int
    name: str
    quantity: int
    unit: str
    cost: DecimalText
    max_daily_qty: int | None
    today_usage: DecimalText | None
    today_charge: DecimalText | None
    mtd_usage: DecimalText | None
    mtd_charge: DecimalText | None
    feature: str | None
    period: str | None
    routes_recording: int | None = Field(None, description="Call recording only: how many ingress routes record.")


class Offer(BaseModel):
    """A package that can be added (``POST setup/account/package`` with its ``feature``)."""

    name: str
    quantity: int
    unit: str
    cost: DecimalText
    period: str | None
    feature: str


class Agreement(BaseModel):
    """The service agreement: ``effective_date`` is ``YYYY-MM-DD``; ``html`` uses h1, h2, p and ul."""

    title: str
    version: str
    effective_date: str
    html: str
    pdf_url: str | None


class Customer(BaseModel):
    """One of the carrier's own customers."""

    id: int
    name: str
    status: str


class Media(BaseModel):
    """The media settings of an ingress route."""

    call_recording: Literal["disabled", "sample_1", "sample_5", "sample_25", "sample_50", "always"]


class Route(BaseModel):
    """An ingress route of a customer."""

    id: int
    company_id: int
    name: str
    media: Media


class Step(BaseModel):
    """One step of an SMTP test's transcript."""

    stage: str
    outcome: str
    detail: str
    command: str
    reply: str


class Certificate(BaseModel):
    """A server certificate that was refused."""

    model_config = ConfigDict(extra="allow")

    sha256: str
    subject: str
    issuer: str
    not_after: str | None


class SmtpFailure(BaseModel):
    """Where an SMTP test failed: the stage, a stable kind and the field that fixes it."""

    stage: str | None
    kind: str | None
    field: str | None
    certificate: Certificate | None = None


class TestEmailResult(BaseModel):
    """The answer to ``POST setup/account/smtp/test-email``; ``error`` only when ``ok`` is false."""

    ok: bool
    summary: str
    transcript: list[Step]
    error: SmtpFailure | None = None


class TestSmsResult(BaseModel):
    """The answer to ``POST setup/account/smtp/test-sms``."""

    ok: bool
    summary: str
    provider: str
    provider_status: str
    message_id: str | None = None


class CaughtEmail(BaseModel):
    """An e-mail the sandbox's mail catcher received."""

    model_config = ConfigDict(extra="allow")

    id: str
    received_at: str
    mail_from: str
    rcpt_tos: list[str]
    subject: str
    text: str


class KeptSms(BaseModel):
    """An SMS the sandbox kept instead of sending."""

    model_config = ConfigDict(populate_by_name=True, extra="allow")

    id: str
    created_at: str
    from_: str = Field(alias="from")
    to: str
    body: str
    status: str


def answers(ok: Any = None, *, status: int = 200, errors: tuple[int, ...] = COMMON_ERRORS, etag: bool = False,
            notes: dict[int, str] | None = None) -> dict[str, Any]:
    """Keyword arguments for a route decorator that declare its answers in ``/openapi.json``.

    Args:
        ok: the model of the success body (``None`` for 204 and other bodiless answers).
        status: the success status.
        errors: the error statuses the route gives, each with :class:`ErrorBody`.
        etag: whether the success answer carries ``ETag``.
        notes: a route's own description of some statuses (the default is :data:`ERROR_MEANINGS`).

    Returns:
        ``{"status_code", "response_model": None, "responses"}``: the route builds its JSON itself;
        the models only document (and the contract tests check) it.
    """
    notes = notes or {}
    responses: dict[int | str, dict[str, Any]] = {}
    success: dict[str, Any] = {"description": notes.get(status, "Success.")}
    if ok is not None:
        success["model"] = ok
    if etag:
        success["headers"] = ETAG_HEADER
    responses[status] = success
    for code in errors:
        answer: dict[str, Any] = {"model": ErrorBody, "description": notes.get(code, ERROR_MEANINGS[code])}
        if code == 429:
            answer["headers"] = RETRY_AFTER_HEADER
        responses[code] = answer
    return {"status_code": status, "response_model": None, "responses": responses}
