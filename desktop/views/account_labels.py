"""The main window's read-only account sections: each value in its label, the balance with its badge.

Company information, general information (currency and balance), address and contact information
are plain labels of the main window's form (product.md); an empty value reads ``—`` (see
:func:`desktop.views.smtp_section.set_value`). A negative balance is shown in bold with a "Negative
balance" badge and an accessible description, so colour is never the only sign.
"""

from __future__ import annotations

from babel import Locale
from babel.numbers import get_currency_name

from desktop.domain.models import Account
from desktop.domain.money import format_balance, is_negative
from desktop.forms.ui_main_window import Ui_MainWindow
from desktop.views.smtp_section import set_value

_ENGLISH = Locale("en")


def show_account_values(ui: Ui_MainWindow, account: Account) -> None:
    """Fill the labels of the company, general, address and contact sections with ``account``'s values."""
    for label, text in ((ui.nameValue, account.name), (ui.companyValue, account.company),
                        (ui.companyRegIdValue, account.company_reg_id), (ui.ocnValue, account.ocn),
                        (ui.frnValue, account.frn), (ui.vatRegIdValue, account.vat_reg_id),
                        (ui.line1Value, account.address.line1), (ui.line2Value, account.address.line2),
                        (ui.cityValue, account.address.city), (ui.stateValue, account.address.state),
                        (ui.countryValue, country_name(account.address.country)),
                        (ui.postcodeValue, account.address.postcode),
                        (ui.emailValue, account.contact.email), (ui.phoneValue, account.contact.phone),
                        (ui.mobileValue, account.contact.mobile)):
        set_value(label, text)
    set_value(ui.currencyValue, currency_text(account.currency))
    show_balance(ui, account)


def show_balance(ui: Ui_MainWindow, account: Account) -> None:
    """Show the balance in the currency's precision; a negative one in bold, with its badge."""
    negative = is_negative(account.balance, account.currency)
    label = ui.balanceValue
    label.setText(format_balance(account.balance, account.currency))
    font = label.font()
    font.setBold(negative)
    label.setFont(font)
    label.setAccessibleDescription("Negative balance" if negative else "")
    ui.balanceBadge.setVisible(negative)
    ui.balanceBadge.setToolTip("The account owes the platform this amount." if negative else "")


def country_name(code: str) -> str:
    """``GB`` → ``United Kingdom (GB)``; an unknown code is shown as it is."""
    name = _ENGLISH.territories.get(code.upper()) if code else None
    return f"{name} ({code})" if name else code


def currency_text(code: str) -> str:
    """``USD`` → ``USD (US Dollar)``."""
    try:
        name = get_currency_name(code, locale="en_US")
    except (ValueError, LookupError):
        name = code
    return code if name == code else f"{code} ({name})"
