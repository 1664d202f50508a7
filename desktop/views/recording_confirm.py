"""The two money questions of call recording: add the chargeable package, and remove it again.

Both are window-modal :class:`QMessageBox` es built here and shown with ``open()`` (never a static
modal call); the caller connects ``finished`` and asks :func:`accepted` which button was pressed.
Adding names the package, its price with its unit and that it is charged every month, and what it
needs before anything records (ingress routes set to record). Removing says what stops (every
ingress route stops recording and is set back to Disabled) and that the month already charged is
not refunded (the platform's monthly package billing: a month started is a month charged).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.models import Package
from desktop.domain.packages import PackageOffer, is_monthly
from desktop.views.formats import format_rate
from desktop.views.package_prices import price_text

translate = QCoreApplication.translate


def _box(parent: QWidget, title: str, question: str, details: str, confirm: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(details)
    box.addButton(confirm, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter never spends money by accident
    return box


def offer_text(offer: PackageOffer | None, currency: str) -> str:
    """What enabling adds and costs, e.g. "The Call Recording package, $15.00 per month, charged every month"."""
    if offer is None:
        return translate("RecordingConfirm", "Adds the Call Recording package to the account (a chargeable "
                         "package; the server did not say its price).")
    charged = (translate("RecordingConfirm", "charged every month while it is on the account") if is_monthly(offer)
               else translate("RecordingConfirm", "charged for what is used"))
    text = translate("RecordingConfirm", "Adds the chargeable {name} package to the account: {price}, {charged}.")
    return text.format(name=offer.name, price=price_text(offer, currency), charged=charged)


def enable_box(parent: QWidget, offer: PackageOffer | None, currency: str) -> QMessageBox:
    """The question before the package is added: its price, that it is charged monthly, and what it needs."""
    name = offer.name if offer else translate("RecordingConfirm", "Call Recording")
    details = " ".join([
        offer_text(offer, currency),
        translate("RecordingConfirm", "This month is charged from today.") if offer and is_monthly(offer) else "",
        translate("RecordingConfirm", "Nothing is recorded until you choose the ingress routes that record "
                  "(step 2): recording needs at least one customer's ingress route set to record."),
    ]).replace("  ", " ")
    price = price_text(offer, currency) if offer else ""
    confirm = (translate("RecordingConfirm", "Add for {price}").format(price=price) if price
               else translate("RecordingConfirm", "Add the package"))
    question = translate("RecordingConfirm", "Add the chargeable {name} package to the account?").format(name=name)
    return _box(parent, translate("RecordingConfirm", "Enable call recording"), question, details, confirm)


def disable_box(parent: QWidget, package: Package, currency: str, recording: int) -> QMessageBox:
    """The question before the package is removed: what stops, and that this month is not refunded."""
    if recording == 1:
        stops = translate("RecordingConfirm", "1 ingress route records now: it stops at once.")
    elif recording:
        stops = translate("RecordingConfirm", "{count} ingress routes record now: they stop at once.").format(
            count=recording)
    else:
        stops = translate("RecordingConfirm", "No ingress route records now.")
    refund = (translate("RecordingConfirm", "This month's charge ({amount}) is not refunded; no further month is "
                        "charged.").format(amount=format_rate(package.cost, currency)) if is_monthly(package)
              else translate("RecordingConfirm", "Minutes recorded so far this month are still charged."))
    details = " ".join([
        translate("RecordingConfirm", "The {name} package is removed from the account and nothing is recorded any "
                  "more.").format(name=package.name),
        stops,
        translate("RecordingConfirm", "Every ingress route's recording is set back to Disabled; recordings already "
                  "made are kept."),
        refund,
    ])
    return _box(parent, translate("RecordingConfirm", "Disable call recording"),
                translate("RecordingConfirm", "Disable call recording on the account?"), details,
                translate("RecordingConfirm", "Disable Call Recording"))


def accepted(box: QMessageBox) -> bool:
    """Whether ``box`` (from this module) was closed with its confirming button (not Cancel or Escape).

    The button is known by its role, not its text (a platform theme may add an ``&`` to the text).
    """
    clicked = box.clickedButton()
    return clicked is not None and box.buttonRole(clicked) == QMessageBox.ButtonRole.AcceptRole
