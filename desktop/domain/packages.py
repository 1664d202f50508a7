"""What packages cost: the offer shown before a package is added, and the total charged per month.

A package's ``cost`` is the price of one ``unit``; its ``period`` says when it is charged:
``"month"`` (every month for each unit held, e.g. channels or hosted numbers) or ``None`` (per use,
e.g. per minute). The total for the month sums the monthly recurring prices (quantity × cost of
every monthly package); per-use charges come on top and are not in it. Amounts stay
:class:`~decimal.Decimal`, never ``float``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop.domain.models import Package
from desktop.domain.money import to_decimal

#: The ``period`` of a package charged every month.
MONTH = "month"

#: The unit whose package price is the per-channel rate of per-channel billing.
CHANNEL_UNIT = "channel"


@dataclass(frozen=True)
class PackageOffer:
    """A package the account can add (``GET setup/account/package/offer``), with its price, before it is added."""

    name: str
    feature: str
    cost: str
    unit: str = ""
    period: str | None = None
    quantity: int = 1

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PackageOffer:
        """Build an offer from the API's JSON object; unknown keys are ignored.

        Raises:
            KeyError: ``name``, ``feature`` or ``cost`` is missing.
            ValueError: ``cost`` is not a decimal string.
        """
        to_decimal(data["cost"])
        return cls(name=str(data["name"]), feature=str(data["feature"]), cost=str(data["cost"]),
                   unit=str(data.get("unit") or ""), period=data.get("period"),
                   quantity=int(data.get("quantity", 1)))


def is_monthly(package: Package | PackageOffer) -> bool:
    """Whether the package's cost is charged every month (not per use)."""
    return package.period == MONTH


def monthly_price(package: Package | PackageOffer) -> Decimal:
    """What the package is charged each month: quantity × cost when monthly, else 0 (per use)."""
    return package.quantity * to_decimal(package.cost) if is_monthly(package) else Decimal(0)


def monthly_total(packages: list[Package]) -> Decimal:
    """The sum of the monthly recurring prices of ``packages`` (per-use charges are not in it)."""
    return sum((monthly_price(package) for package in packages), Decimal(0))


def channel_rate(packages: list[Package]) -> str | None:
    """The price of one channel per month (the per-channel rate), from the channels package; ``None`` if none."""
    return next((p.cost for p in packages if p.unit == CHANNEL_UNIT and is_monthly(p)), None)
