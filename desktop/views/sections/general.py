"""The General information section (product.md): currency, balance with its badge, and the billing method.

A negative balance is shown in bold with a "Negative balance" badge and an accessible description,
so colour is never the only sign. The billing method is the
:class:`~desktop.views.billing.BillingMethodWidget` (its switch needs the server now).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from desktop.domain.models import Account
from desktop.domain.money import is_negative
from desktop.forms.ui_general_section import Ui_GeneralSection
from desktop.ops import Ops
from desktop.session import AccountSession
from desktop.views.billing import BillingMethodWidget
from desktop.views.formats import format_balance
from desktop.views.messages import style_notice
from desktop.views.value_labels import currency_text, set_value


class GeneralSection(QWidget):
    """Shows the account's currency, balance and billing method; the billing widget switches the method.

    Args:
        ops: the application's background runner (the billing switch runs through it).
        session: the window's account session (the billing switch is a transition of the account).
        parent: the parent widget (``None``: placed later by the window).

    Signals:
        account_changed(object): the :class:`Account` the server returned after a billing-method switch
            (its ETag changed too: the window fetches it).

    Attributes:
        billing: the :class:`~desktop.views.billing.BillingMethodWidget`.
    """

    account_changed = Signal(object)

    def __init__(self, ops: Ops, session: AccountSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_GeneralSection()
        self.ui.setupUi(self)
        self.billing = BillingMethodWidget(ops, session, self.ui.billingContainer)
        self.ui.billingLayout.addWidget(self.billing)
        self.ui.billingContainer.setFocusProxy(self.billing)
        self._account: Account | None = None
        style_notice(self.ui.balanceBadge)
        self.ui.balanceBadge.hide()
        self._connect_signals()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Say the form's text again, and the balance's words, when the app's language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            if self._account is not None:
                set_value(self.ui.currencyValue, currency_text(self._account.currency))
                self._show_balance(self._account)
        super().changeEvent(event)

    def _connect_signals(self) -> None:
        self.billing.account_changed.connect(self.account_changed)  # passed on as it is: the window shows it

    def show_account(self, account: Account) -> None:
        """Show ``account``'s currency, balance (in the currency's precision) and billing method."""
        self._account = account
        set_value(self.ui.currencyValue, currency_text(account.currency))
        self._show_balance(account)
        self.billing.set_account(account)

    def set_reachable(self, reachable: bool) -> None:
        """Say whether the server can be reached (the billing switch needs it; unavailable with the reason)."""
        self.billing.set_reachable(reachable)

    def _show_balance(self, account: Account) -> None:
        negative = is_negative(account.balance, account.currency)
        label = self.ui.balanceValue
        label.setText(format_balance(account.balance, account.currency))
        font = label.font()
        font.setBold(negative)
        label.setFont(font)
        label.setAccessibleDescription(self.tr("Negative balance") if negative else "")
        self.ui.balanceBadge.setVisible(negative)
        self.ui.balanceBadge.setToolTip(self.tr("The account owes the platform this amount.") if negative else "")
