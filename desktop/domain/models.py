"""Plain dataclasses for the resources of the account API (design §2).

Every money amount and rate is kept as the decimal string the server sent; use
:mod:`desktop.domain.money` to turn it into a :class:`decimal.Decimal` or display text.
IDs (company registration, OCN, FRN, VAT) are text, never numbers.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

#: Keys of the Account object that ``PUT setup/account`` accepts, as dotted paths.
EDITABLE_ACCOUNT_FIELDS: tuple[str, ...] = (
    "name",
    "company",
    "company_reg_id",
    "ocn",
    "frn",
    "vat_reg_id",
    "contact.email",
    "contact.phone",
    "contact.mobile",
)

BILLING_METHODS: tuple[str, ...] = ("per_channel", "per_minute")

#: Recording modes of an ingress route's media settings, from least to most recording.
RECORDING_MODES: tuple[str, ...] = ("disabled", "sample_1", "sample_5", "sample_25", "sample_50", "always")


def parse_timestamp(text: str | None) -> datetime | None:
    """Parse an RFC 3339 timestamp into an aware UTC :class:`datetime`, or ``None`` for ``None``/``""``.

    Raises:
        ValueError: the text is not an RFC 3339 date-time.
    """
    if not text:
        return None
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def as_utc(value: datetime) -> datetime:
    """The same instant as an aware UTC datetime; a naive datetime is taken to be UTC already."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def format_timestamp(value: datetime | None) -> str | None:
    """Format an aware datetime as RFC 3339 UTC with a ``Z`` suffix (``None`` stays ``None``)."""
    if value is None:
        return None
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class Address:
    """The postal address the platform bills (read-only in the app)."""

    line1: str = ""
    line2: str = ""
    city: str = ""
    state: str = ""
    country: str = ""
    postcode: str = ""


@dataclass(frozen=True)
class Contact:
    """How the platform contacts the account: e-mail and E.164 phone numbers."""

    email: str = ""
    phone: str = ""
    mobile: str = ""


@dataclass(frozen=True)
class Account:
    """The account object of ``GET setup/account`` (design §2).

    ``balance`` and ``per_minute_rate`` are decimal strings; timestamps are aware UTC datetimes.
    """

    id: int
    name: str
    company: str = ""
    company_reg_id: str = ""
    ocn: str = ""
    frn: str = ""
    vat_reg_id: str = ""
    currency: str = "USD"
    balance: str = "0.00"
    billing_method: str = "per_channel"
    per_minute_rate: str | None = None
    billing_method_changed_at: datetime | None = None
    billing_method_locked_until: datetime | None = None
    address: Address = field(default_factory=Address)
    contact: Contact = field(default_factory=Contact)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Account:
        """Build an Account from the API's JSON object; unknown keys are ignored.

        Raises:
            KeyError: ``id`` or ``name`` is missing.
            ValueError: a timestamp is not RFC 3339.
        """
        return cls(
            id=int(data["id"]),
            name=str(data["name"]),
            company=_text(data.get("company")),
            company_reg_id=_text(data.get("company_reg_id")),
            ocn=_text(data.get("ocn")),
            frn=_text(data.get("frn")),
            vat_reg_id=_text(data.get("vat_reg_id")),
            currency=_text(data.get("currency")) or "USD",
            balance=_text(data.get("balance")) or "0.00",
            billing_method=_text(data.get("billing_method")) or "per_channel",
            per_minute_rate=data.get("per_minute_rate"),
            billing_method_changed_at=parse_timestamp(data.get("billing_method_changed_at")),
            billing_method_locked_until=parse_timestamp(data.get("billing_method_locked_until")),
            address=Address(**{k: _text(v) for k, v in (data.get("address") or {}).items()
                               if k in Address.__dataclass_fields__}),
            contact=Contact(**{k: _text(v) for k, v in (data.get("contact") or {}).items()
                               if k in Contact.__dataclass_fields__}),
        )

    def to_json(self) -> dict[str, Any]:
        """Return the API's JSON object for this account (timestamps as RFC 3339 UTC)."""
        data = asdict(self)
        data["billing_method_changed_at"] = format_timestamp(self.billing_method_changed_at)
        data["billing_method_locked_until"] = format_timestamp(self.billing_method_locked_until)
        return data

    def editable_values(self) -> dict[str, str]:
        """Return the editable fields as a flat ``{dotted key: text}`` map (see EDITABLE_ACCOUNT_FIELDS)."""
        return {key: get_path(self.to_json(), key) for key in EDITABLE_ACCOUNT_FIELDS}


@dataclass(frozen=True)
class Package:
    """One platform package applied to the account (``GET setup/account/package``).

    ``cost`` and the charges are decimal strings with every digit the server sent; usage and
    charges are ``None`` where the server does not provide them. ``period`` is ``"month"`` when
    ``cost`` is charged every month for each unit held, ``None`` when it is charged per use (per
    ``unit``). ``routes_recording`` (call-recording package only) counts the ingress routes that record.
    """

    id: int
    name: str
    quantity: int = 1
    unit: str = ""
    cost: str = "0"
    max_daily_qty: int | None = None
    today_usage: str | None = None
    today_charge: str | None = None
    mtd_usage: str | None = None
    mtd_charge: str | None = None
    feature: str | None = None
    period: str | None = None
    routes_recording: int | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Package:
        """Build a Package from the API's JSON object; unknown keys are ignored."""
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


@dataclass(frozen=True)
class Customer:
    """One of the carrier's own customers (``GET customer``)."""

    id: int
    name: str
    status: str = "active"

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Customer:
        """Build a Customer from the API's JSON object."""
        return cls(id=int(data["id"]), name=str(data["name"]), status=_text(data.get("status")) or "active")


@dataclass(frozen=True)
class Route:
    """An ingress route of a customer with its media setting ``call_recording`` (one of RECORDING_MODES)."""

    id: int
    company_id: int
    name: str
    call_recording: str = "disabled"

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Route:
        """Build a Route from the API's JSON object (``media.call_recording`` is flattened)."""
        media = data.get("media") or {}
        return cls(
            id=int(data["id"]),
            company_id=int(data["company_id"]),
            name=str(data["name"]),
            call_recording=_text(media.get("call_recording")) or "disabled",
        )


@dataclass(frozen=True)
class Agreement:
    """The platform's service agreement (``GET setup/account/agreement``)."""

    title: str
    version: str
    effective_date: str
    html: str
    pdf_url: str | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Agreement:
        """Build an Agreement from the API's JSON object."""
        return cls(
            title=str(data.get("title", "")),
            version=str(data.get("version", "")),
            effective_date=str(data.get("effective_date", "")),
            html=str(data.get("html", "")),
            pdf_url=data.get("pdf_url"),
        )


def get_path(data: dict[str, Any], dotted: str) -> str:
    """Return ``data["a"]["b"]`` for ``"a.b"`` as text (missing or ``None`` gives ``""``)."""
    value: Any = data
    for part in dotted.split("."):
        if not isinstance(value, dict):
            return ""
        value = value.get(part)
    return "" if value is None else str(value)


def nest(flat: dict[str, Any]) -> dict[str, Any]:
    """Turn ``{"contact.email": x, "name": y}`` into ``{"contact": {"email": x}, "name": y}``."""
    out: dict[str, Any] = {}
    for key, value in flat.items():
        target = out
        *parents, leaf = key.split(".")
        for part in parents:
            target = target.setdefault(part, {})
        target[leaf] = value
    return out


def flatten(nested: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Inverse of :func:`nest`: ``{"contact": {"email": x}}`` becomes ``{"contact.email": x}``."""
    out: dict[str, Any] = {}
    for key, value in nested.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, path + "."))
        else:
            out[path] = value
    return out


def _text(value: Any) -> str:
    return "" if value is None else str(value)
