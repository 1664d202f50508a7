"""The dialog that edits the company information: name, company, registration ID, OCN, FRN and VAT ID.

IDs are text (design §3): ``01234567`` and ``J40/1234/2020`` are saved exactly as typed; the OCN
is stored upper-case and the VAT ID upper-case without spaces or dots, as the shared validators
normalise them.
"""

from __future__ import annotations

from desktop.forms.ui_company_dialog import Ui_CompanyDialog
from desktop.views.edit_dialog import EditDialog


class CompanyDialog(EditDialog):
    """Edit Company Information: the details the platform bills the company by.

    Args:
        ops: the application's background runner.
        session: the window's account session (saves, or queues in its outbox).
        current: the account as shown in the main window, with its ETag.
        parent: the main window.
        validators: the validator of each dotted key (default: the shared ACCOUNT_VALIDATORS).

    Signals:
        saved(object): the new ``Versioned[Account]`` after a successful save.
    """

    FORM = Ui_CompanyDialog
    FIELDS = {
        "name": "name",
        "company": "company",
        "company_reg_id": "companyRegId",
        "ocn": "ocn",
        "frn": "frn",
        "vat_reg_id": "vatRegId",
    }
