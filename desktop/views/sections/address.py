"""The Address section (product.md): read-only; the note says to contact technical support to change it."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from desktop.domain.models import Account
from desktop.forms.ui_address_section import Ui_AddressSection
from desktop.views.value_labels import country_name, set_values


class AddressSection(QWidget):
    """Shows the account's address; the country by name with its ISO 3166-1 code (``United Kingdom (GB)``).

    Args:
        parent: the parent widget (``None``: placed later by the window).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AddressSection()
        self.ui.setupUi(self)
        self._account: Account | None = None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Say the form's text again when the app's language changes (View > Language)."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            if self._account is not None:  # the country's name is in the app's language
                self.show_account(self._account)
        super().changeEvent(event)

    def show_account(self, account: Account) -> None:
        """Show ``account``'s address (an empty value reads ``—``)."""
        self._account = account
        ui, address = self.ui, account.address
        set_values(((ui.line1Value, address.line1), (ui.line2Value, address.line2), (ui.cityValue, address.city),
                    (ui.stateValue, address.state), (ui.countryValue, country_name(address.country)),
                    (ui.postcodeValue, address.postcode)))
