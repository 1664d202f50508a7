"""The Contact information section (product.md): e-mail, phone and mobile, and its pencil."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from desktop.domain.models import Account
from desktop.forms.ui_contact_section import Ui_ContactSection
from desktop.views.value_labels import set_values


class ContactSection(QWidget):
    """Shows the account's contact information; its pencil asks for the contact edit dialog.

    The pencil is unavailable until an account is shown.

    Args:
        parent: the parent widget (``None``: placed later by the window).

    Signals:
        edit_requested(): the pencil was pressed.
    """

    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ContactSection()
        self.ui.setupUi(self)
        self._connect_signals()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Say the form's text again when the app's language changes (View > Language)."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)

    def _connect_signals(self) -> None:
        self.ui.editContactButton.clicked.connect(self._on_edit_contact_button_clicked)

    def show_account(self, account: Account) -> None:
        """Show ``account``'s e-mail, phone and mobile (E.164, as the server holds them); enable the pencil."""
        ui, contact = self.ui, account.contact
        set_values(((ui.emailValue, contact.email), (ui.phoneValue, contact.phone), (ui.mobileValue, contact.mobile)))
        ui.editContactButton.setEnabled(True)

    def _on_edit_contact_button_clicked(self) -> None:
        self.edit_requested.emit()
