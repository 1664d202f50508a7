"""The dialog that edits the contact information: e-mail, phone and mobile.

The e-mail address is checked with email-validator (no DNS look-up, internationalised domains
allowed); phone numbers are normalised to E.164 with phonenumbers, so ``0044 20 7123 4567`` is
saved as ``+442071234567`` (design §3); each field's message says what was changed before Save
(``+44 020…``: the trunk 0 removed) and when a possible number could not be confirmed for its country.
"""

from __future__ import annotations

from desktop.forms.ui_contact_dialog import Ui_ContactDialog
from desktop.views.edit_dialog import EditDialog


class ContactDialog(EditDialog):
    """Edit Contact Information: how the platform reaches the account holder.

    Args:
        ops: the application's background runner.
        session: the window's account session (saves, or queues in its outbox).
        current: the account as shown in the main window, with its ETag.
        parent: the main window.
        validators: the validator of each dotted key (default: the shared checkers, ACCOUNT_CHECKS).

    Signals:
        saved(object): the new ``Versioned[Account]`` after a successful save.
    """

    FORM = Ui_ContactDialog
    FIELDS = {
        "contact.email": "email",
        "contact.phone": "phone",
        "contact.mobile": "mobile",
    }
