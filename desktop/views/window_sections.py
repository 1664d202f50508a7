"""The main window's seven sections, built and placed in the slots of its form, and what they are all told at once.

:class:`WindowSections` is owned by :class:`~desktop.views.main_window.MainWindow`. It builds each
section of :mod:`desktop.views.sections` with what it needs (the runner; the window's session for
the billing switch; the client for Test Email and Test SMS), puts each in its slot of the window's
form, sets the Tab order to reading order (the scroll area, then the sections left column then right
column, row by row, each in its own form's order; explicitly, not left to the order the widgets were
created in), and passes on what concerns several of them: the account
(four sections show it; the SMTP section proposes its mobile, the packages its currency) and
whether the server can be reached. The slots are filled here, not promoted in the form: a compiled
form may not import the views (contract ``layers``), and the sections take constructor arguments.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.api import AccountClient
from desktop.domain.models import Account
from desktop.forms.ui_main_window import Ui_MainWindow
from desktop.ops import Ops
from desktop.session import AccountSession
from desktop.views.section_columns import SectionColumns, own_viewport
from desktop.views.sections.address import AddressSection
from desktop.views.sections.agreement import AgreementSection
from desktop.views.sections.company import CompanySection
from desktop.views.sections.contact import ContactSection
from desktop.views.sections.general import GeneralSection
from desktop.views.sections.packages import PackagesSection
from desktop.views.sections.smtp import SmtpSection


class WindowSections:
    """The sections of one main window, placed in its form.

    Args:
        ui: the window's form (its ``…SlotLayout`` per section).
        ops: the application's background runner.
        client: the signed-in account API client (Test Email, Test SMS).
        session: the window's account session (the billing switch).

    Attributes:
        company, general, address, contact, smtp, packages, agreement: the sections.
        columns: two columns of sections, or one on a narrow screen (:class:`SectionColumns`).
    """

    def __init__(self, ui: Ui_MainWindow, ops: Ops, client: AccountClient, session: AccountSession) -> None:
        viewport = own_viewport(ui.scrollArea)  # before the sections are placed and their Tab order is set
        self.company = CompanySection()
        self.general = GeneralSection(ops, session)
        self.address = AddressSection()
        self.contact = ContactSection()
        self.smtp = SmtpSection(ops, client)
        self.packages = PackagesSection()
        self.agreement = AgreementSection()
        placed = ((ui.companySlotLayout, self.company), (ui.generalSlotLayout, self.general),
                  (ui.addressSlotLayout, self.address), (ui.contactSlotLayout, self.contact),
                  (ui.smtpSlotLayout, self.smtp), (ui.packagesSlotLayout, self.packages),
                  (ui.agreementSlotLayout, self.agreement))
        chain = [ui.scrollArea] + [widget for _layout, section in placed for widget in _focus_chain(section)]
        for layout, section in placed:
            layout.addWidget(section)
        for first, second in zip(chain, chain[1:], strict=False):  # Tab in reading order, not in creation order
            QWidget.setTabOrder(first, second)
        self.columns = SectionColumns(ui, viewport, ui.scrollArea)  # one column when two do not fit the width

    def show_account(self, account: Account) -> None:
        """Show an account in the sections that show it; tell the others what they use of it."""
        for section in (self.company, self.general, self.address, self.contact):
            section.show_account(account)
        self.smtp.set_mobile(account.contact.mobile)  # Test SMS proposes it
        self.packages.set_currency(account.currency)

    def set_reachable(self, reachable: bool) -> None:
        """Make what needs the server now available or not, with why (Test Email/SMS, billing switch, recording)."""
        for section in (self.smtp, self.general, self.packages):
            section.set_reachable(reachable)


def _focus_chain(section: QWidget) -> list[QWidget]:
    """The widgets of a section (not yet placed) that can take the focus, in the section's own Tab order.

    A section that names its Tab stops (``TAB_STOPS``, names on its ``ui``) is not walked: see
    :data:`desktop.views.sections.packages.PackagesSection.TAB_STOPS` for why.
    """
    names = getattr(section, "TAB_STOPS", None)
    if names is None:
        return walked_focus_chain(section)
    widgets = [getattr(section.ui, name) for name in names]  # type: ignore[attr-defined]  # a section has its ui
    return [widget for widget in widgets if widget.focusPolicy() != Qt.FocusPolicy.NoFocus]


def walked_focus_chain(section: QWidget) -> list[QWidget]:
    """The widgets that can take the focus, found by walking ``section``'s focus chain (Qt's inner widgets too)."""
    widgets, widget = [], section.nextInFocusChain()
    while widget is not section:
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            widgets.append(widget)
        widget = widget.nextInFocusChain()
    return widgets
