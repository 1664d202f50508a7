"""The Service agreement section (product.md): a note and the button that asks for the agreement."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from desktop.forms.ui_agreement_section import Ui_AgreementSection


class AgreementSection(QWidget):
    """Says what the service agreement is; its button asks for it to be shown.

    Args:
        parent: the parent widget (``None``: placed later by the window).

    Signals:
        agreement_requested(): **Read the service agreement…** was pressed.
    """

    agreement_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AgreementSection()
        self.ui.setupUi(self)
        self._connect_signals()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Say the form's text again when the app's language changes (View > Language)."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)

    def _connect_signals(self) -> None:
        self.ui.agreementButton.clicked.connect(self._on_agreement_button_clicked)

    def _on_agreement_button_clicked(self) -> None:
        self.agreement_requested.emit()
