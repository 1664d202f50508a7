"""What the call-recording dialog loads when it opens, fetched on a worker in one go.

The account's packages, the call-recording package the server offers (its price, shown before it
is added; ``None`` from a server that offers none), the account's currency, the carrier's customers
and each customer's ingress routes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.api.errors import NotFound
from desktop.domain.models import Customer, Package, Route
from desktop.domain.packages import PackageOffer

#: The package feature that provides call recording.
CALL_RECORDING = "call_recording"


@dataclass
class RecordingSnapshot:
    """What the dialog loads at open: packages, the offer, the account currency, customers and their routes."""

    packages: list[Package]
    currency: str
    customers: list[Customer]
    routes: dict[int, list[Route]] = field(default_factory=dict)
    offer: PackageOffer | None = None


def load_recording_snapshot(client) -> RecordingSnapshot:
    """Fetch everything the dialog shows (runs on a worker)."""
    packages = client.get_packages()
    try:
        offer = next((o for o in client.get_package_offers() if o.feature == CALL_RECORDING), None)
    except NotFound:  # a server without offers: the question still comes, saying the price is not known
        offer = None
    currency = client.get_account().value.currency
    customers = client.get_customers()
    return RecordingSnapshot(packages, currency, customers, {c.id: client.get_routes(c.id) for c in customers}, offer)
