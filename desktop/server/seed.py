"""The realistic sandbox account a new database starts with.

The sandbox lets every button of the app work on a fresh machine with no outside server
(design §5). The app signs in to the embedded service with :data:`SANDBOX_EMAIL` and
:data:`SANDBOX_PASSWORD`; :data:`VIEWER_EMAIL` is a read-only user for trying the viewer role.
The billing method was last switched 90 days before the database was created, so it may be
switched at once.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from desktop.domain.models import format_timestamp
from desktop.server.repository import Repository
from desktop.server.sandbox_user import SANDBOX_EMAIL
from desktop.server.sandbox_user import SANDBOX_PASSWORD as SANDBOX_PASSWORD  # re-exported: the tests' and app's import
from desktop.server.smtp_store import save_smtp

VIEWER_EMAIL = "viewer@example.com"
VIEWER_PASSWORD = "viewer"

#: The seeded users' password hashes, computed once (:func:`desktop.server.auth.hash_password`) and kept here:
#: their passwords are published above, so a kept salt hides nothing, and a new sandbox database no longer
#: spends two scrypt runs (about 0.3 s of CPU) before the app's first sign-in (issue 11: the first run).
#: ``tests/server/test_sandbox.py`` checks that each still verifies against its password.
SANDBOX_PASSWORD_HASH = "scrypt$16384$8$1$Yh+kzfe+vJqJLEODh8Bebw==$z/PF3k7XV+BQcXGqJRh9LZVXyydGwQWWPe15men5RmA="
VIEWER_PASSWORD_HASH = "scrypt$16384$8$1$nSpr/bZCOBu5twqBsf7FlA==$QsLfrlYsrsi4u0OBNEd0J8gbnU9ZaYCSoEXYGxoO14U="

SANDBOX_ACCOUNT_ID = 1021

_ACCOUNT: dict[str, Any] = {
    "id": SANDBOX_ACCOUNT_ID,
    "name": "Dana Whitfield",
    "company": "Northwind Telecom Ltd",
    "company_reg_id": "01234567",
    "ocn": "0A1B",
    "frn": "0012345678",
    "vat_reg_id": "GB980780684",
    "currency": "USD",
    "balance": "-529.60",
    "billing_method": "per_channel",
    "per_minute_rate": "0.00030",
    "address.line1": "Unit 4, Harbour Exchange",
    "address.line2": "14 Harbour Exchange Square",
    "address.city": "London",
    "address.state": "Greater London",
    "address.country": "GB",
    "address.postcode": "E14 9GE",
    "contact.email": "noc@northwind-telecom.example",
    "contact.phone": "+442071234567",
    "contact.mobile": "+447911123456",
}

#: Packages: costs and usage are decimal strings; ``None`` where the platform reports nothing;
#: ``period`` ``"month"`` for a cost charged every month per unit held (channels, numbers), none for per use.
_PACKAGES: list[dict[str, Any]] = [
    {"name": "Channels", "quantity": 30, "unit": "channel", "cost": "2.50", "period": "month",
     "max_daily_qty": 30,
     "today_usage": "22", "today_charge": None, "mtd_usage": None, "mtd_charge": "75.00"},
    {"name": "Per-minute termination", "quantity": 1, "unit": "minute", "cost": "0.0045", "max_daily_qty": None,
     "today_usage": "1834.5", "today_charge": "8.25525", "mtd_usage": "40211", "mtd_charge": "180.9495"},
    {"name": "CLI lookup", "quantity": 1, "unit": "lookup", "cost": "0.00045", "max_daily_qty": 50000,
     "today_usage": "1200", "today_charge": "0.54", "mtd_usage": "25870", "mtd_charge": "11.6415"},
    {"name": "DID hosting", "quantity": 12, "unit": "number", "cost": "1.00", "period": "month",
     "max_daily_qty": None,
     "today_usage": None, "today_charge": None, "mtd_usage": None, "mtd_charge": "12.00"},
]

#: The SMTP details: no login and no password. The sandbox points ``server`` at its mail catcher
#: (:func:`desktop.server.mail_catcher.point_sandbox_at`); a standalone service keeps this placeholder.
SANDBOX_SMTP: dict[str, str] = {
    "from_address": "noc@northwind-telecom.example",
    "username": "",
    "server": "smtp.northwind-telecom.example:587",
    "sms_from": "Northwind",
}

#: Customers as (id, name, status, [(route id, route name), ...]); every route starts unrecorded.
_CUSTOMERS: list[tuple[int, str, str, list[tuple[int, str]]]] = [
    (3101, "Acme Contact Centres", "active", [(5201, "Acme UK inbound"), (5202, "Acme US inbound")]),
    (3102, "Bluebell Health Services", "active", [(5203, "Bluebell main line")]),
    (3103, "Crestview Logistics", "active",
     [(5204, "Crestview depot"), (5205, "Crestview after-hours"), (5206, "Crestview SIP trunk")]),
    (3104, "Delta Reach Marketing", "suspended", [(5207, "Delta callbacks")]),
]


def seed(repository: Repository, now: datetime) -> bool:
    """Fill a migrated database that has no account yet with the sandbox account.

    Adds the account, its two users, SMTP details, packages, customers and ingress routes in one transaction;
    ``now`` is the service's clock at creation.

    Returns:
        ``True`` if the database was seeded, ``False`` if it already had an account.
    """
    if repository.account_ids():
        return False
    account = dict(_ACCOUNT, billing_method_changed_at=format_timestamp(now - timedelta(days=90)))
    users = [(SANDBOX_EMAIL, SANDBOX_PASSWORD_HASH, "admin"), (VIEWER_EMAIL, VIEWER_PASSWORD_HASH, "viewer")]
    with repository.transaction():
        if repository.account_ids():  # another process seeded it meanwhile
            return False
        repository.add_account(account)
        for email, password_hash, role in users:
            repository.add_user(SANDBOX_ACCOUNT_ID, email, password_hash, role)
        save_smtp(repository, SANDBOX_ACCOUNT_ID, SANDBOX_SMTP)
        for package in _PACKAGES:
            repository.add_package(SANDBOX_ACCOUNT_ID, package)
        for customer_id, name, status, routes in _CUSTOMERS:
            repository.add_customer(SANDBOX_ACCOUNT_ID, customer_id, name, status)
            for route_id, route_name in routes:
                repository.add_route(route_id, customer_id, route_name)
    return True
