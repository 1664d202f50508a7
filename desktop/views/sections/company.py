"""The Company information section (product.md): name, company, registration IDs, OCN, FRN, VAT ID and its pencil."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from desktop.domain.models import Account
from desktop.forms.ui_company_section import Ui_CompanySection
from desktop.views.value_labels import set_values


class CompanySection(QWidget):
    """Shows the account's company information; its pencil asks for the company edit dialog.

    The pencil is unavailable until an account is shown (there is nothing to edit before).

    Args:
        parent: the parent widget (``None``: placed later by the window).

    Signals:
        edit_requested(): the pencil was pressed.
    """

    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CompanySection()
        self.ui.setupUi(self)
        self._connect_signals()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Say the form's text again when the app's language changes (View > Language)."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)

    def _connect_signals(self) -> None:
        self.ui.editCompanyButton.clicked.connect(self._on_edit_company_button_clicked)

    def show_account(self, account: Account) -> None:
        """Show ``account``'s company information (an empty value reads ``—``) and make the pencil available."""
        ui = self.ui
        set_values(((ui.nameValue, account.name), (ui.companyValue, account.company),
                    (ui.companyRegIdValue, account.company_reg_id), (ui.ocnValue, account.ocn),
                    (ui.frnValue, account.frn), (ui.vatRegIdValue, account.vat_reg_id)))
        ui.editCompanyButton.setEnabled(True)

    def _on_edit_company_button_clicked(self) -> None:
        self.edit_requested.emit()
