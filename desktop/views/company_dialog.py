"""The dialog that edits the company information: name, company, registration ID, OCN, FRN and VAT ID.

IDs are text (design §3): ``01234567`` and ``J40/1234/2020`` are saved exactly as typed; the OCN
is stored upper-case and the VAT ID upper-case without spaces or dots, as the shared validators
normalise them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.api import AccountClient, Versioned
from desktop.domain.models import Account
from desktop.domain.validators import ACCOUNT_VALIDATORS, Validator
from desktop.forms.ui_company_dialog import Ui_CompanyDialog
from desktop.ops import Ops
from desktop.views.edit_dialog import EditDialog


class CompanyDialog(EditDialog):
    """Edit Company Information: the details the platform bills the company by.

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
        "name": "name",
        "company": "company",
        "company_reg_id": "companyRegId",
        "ocn": "ocn",
        "frn": "frn",
        "vat_reg_id": "vatRegId",
    }

    def __init__(self, ops: Ops, client: AccountClient, current: Versioned[Account],
                 parent: QWidget | None = None, *, validators: dict[str, Validator] = ACCOUNT_VALIDATORS
                 ) -> None:
        super().__init__(Ui_CompanyDialog(), ops, client, current, parent, validators=validators)
