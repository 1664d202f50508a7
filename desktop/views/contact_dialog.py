"""The dialog that edits the contact information: e-mail, phone and mobile.

The e-mail address is checked with email-validator (no DNS look-up, internationalised domains
allowed); phone numbers are normalised to E.164 with phonenumbers, so ``0044 20 7123 4567`` is
saved as ``+442071234567`` (design §3).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.api import AccountClient, Versioned
from desktop.domain.models import Account
from desktop.domain.validators import ACCOUNT_VALIDATORS, Validator
from desktop.forms.ui_contact_dialog import Ui_ContactDialog
from desktop.ops import Ops
from desktop.views.edit_dialog import EditDialog


class ContactDialog(EditDialog):
    """Edit Contact Information: how the platform reaches the account holder.

    Args:
        ops: the application's background runner.
        client: a signed-in account API client.
        current: the account as shown in the main window, with its ETag.
        parent: the main window.
        validators: the validator of each dotted key (default: the shared ACCOUNT_VALIDATORS).

    Signals:
        saved(object): the new ``Versioned[Account]`` after a successful save.
    """

    FIELDS = {
        "contact.email": "email",
        "contact.phone": "phone",
        "contact.mobile": "mobile",
    }

    def __init__(self, ops: Ops, client: AccountClient, current: Versioned[Account],
                 parent: QWidget | None = None, *, validators: dict[str, Validator] = ACCOUNT_VALIDATORS
                 ) -> None:
        super().__init__(Ui_ContactDialog(), ops, client, current, parent, validators=validators)
