"""How a package's price reads: its unit and period in words ("per channel per month", "per minute").

Shared by the Packages table, the billing-method rates and the call-recording confirmation, so a
price reads the same everywhere. The unit is the platform's own word (``channel``, ``minute``).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain.models import Package
from desktop.domain.packages import PackageOffer, is_monthly
from desktop.views.formats import format_balance, format_rate

translate = QCoreApplication.translate

#: The platform's units the app has words for in German and French; another unit is shown as the platform names it.
UNIT_WORDS: dict[str, str] = {"channel": QT_TRANSLATE_NOOP("PackagePrices", "channel"),
                              "minute": QT_TRANSLATE_NOOP("PackagePrices", "minute"),
                              "number": QT_TRANSLATE_NOOP("PackagePrices", "number"),
                              "unit": QT_TRANSLATE_NOOP("PackagePrices", "unit")}


def unit_text(unit: str, monthly: bool) -> str:
    """``per channel per month``, ``per month`` (no unit), ``per minute`` (per use) or ``""``."""
    unit = translate("PackagePrices", UNIT_WORDS[unit]) if unit in UNIT_WORDS else unit
    if monthly:
        return (translate("PackagePrices", "per {unit} per month").format(unit=unit) if unit
                else translate("PackagePrices", "per month"))
    return translate("PackagePrices", "per {unit}").format(unit=unit) if unit else ""


def package_unit_text(package: Package | PackageOffer) -> str:
    """The unit of ``package``'s cost in words, e.g. ``per number per month``."""
    return unit_text(package.unit, is_monthly(package))


def price_text(package: Package | PackageOffer, currency: str) -> str:
    """The price with its unit, every digit kept, e.g. ``$2.50 per channel per month``."""
    unit = package_unit_text(package)
    amount = format_rate(package.cost, currency)
    return f"{amount} {unit}" if unit else amount


def total_text(total: Decimal, currency: str) -> str:
    """A month's total in the currency's precision, e.g. ``$87.00 per month``."""
    return translate("PackagePrices", "{amount} per month").format(amount=format_balance(total, currency))
