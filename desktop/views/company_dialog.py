"""The dialog that edits the company information: name, company, registration ID, OCN, FRN and VAT ID.

IDs are text (design §3): ``01234567`` and ``J40/1234/2020`` are saved as typed; the OCN is stored
upper-case without spaces, the FRN without spaces or dashes, and the VAT ID upper-case without spaces
or dots, with its country prefix (``GR`` becomes ``EL``; a number typed without one takes the prefix of
the address's EU country), as the shared checkers normalise them. The field's message says each change
before Save (issue 12 point 5).
"""

from __future__ import annotations

from collections.abc import Mapping

from desktop.domain.models import Account
from desktop.domain.validators import account_checks
from desktop.forms.ui_company_dialog import Ui_CompanyDialog
from desktop.views.edit_dialog import EditDialog
from desktop.views.edit_fields import AnyValidator


class CompanyDialog(EditDialog):
    """Edit Company Information: the details the platform bills the company by.

    Args:
        ops: the application's background runner.
        session: the window's account session (saves, or queues in its outbox).
        current: the account as shown in the main window, with its ETag.
        parent: the main window.
        validators: the validator of each dotted key (default: the shared checkers for the
            account's address country, :func:`desktop.domain.validators.account_checks`).

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

    def default_validators(self, value: Account) -> Mapping[str, AnyValidator]:
        """The shared checkers for this account: a VAT ID without a prefix takes its address's EU country."""
        return account_checks(value.address.country)
