"""Each main-window section on its own: shown with values, emitting what the user asked for.

The sections (desktop/views/sections/) are real widgets here, each alone in its own window, with no
MainWindow: they are given values (``show_account``, ``show_smtp``, ``show_packages``,
``set_reachable``) and their buttons are clicked as a user does. The general section's billing
switch and the SMTP section's test dialogs talk to the real account service on loopback.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from desktop.api import Versioned
from desktop.domain.models import Account, Address, Contact, Package
from desktop.domain.smtp import SmtpSettings
from desktop.session import AccountSession
from desktop.views.sections.address import AddressSection
from desktop.views.sections.agreement import AgreementSection
from desktop.views.sections.company import CompanySection
from desktop.views.sections.contact import ContactSection
from desktop.views.sections.general import GeneralSection
from desktop.views.sections.packages import RECORDING_UNREACHABLE, PackagesSection
from desktop.views.sections.smtp import SmtpSection
from desktop.views.test_email_dialog import TestEmailDialog as EmailDialog
from desktop.views.test_sms_dialog import TestSmsDialog as SmsDialog

ROOT = Path(__file__).resolve().parent.parent
LEFT = Qt.MouseButton.LeftButton
SECTIONS = ["address", "agreement", "company", "contact", "general", "packages", "smtp"]

ACCOUNT = Account(
    id=7, name="Ana Lund", company="Fjord Voice AB", company_reg_id="556677-8899", ocn="", frn="0099887766",
    vat_reg_id="SE556677889901", currency="EUR", balance="-12.5", billing_method="per_channel",
    per_minute_rate="0.004",
    address=Address(line1="Kungsgatan 1", line2="", city="Stockholm", state="", country="SE", postcode="111 43"),
    contact=Contact(email="noc@fjord.example", phone="+4681234567", mobile="+46701234567"))
SMTP = SmtpSettings(from_address="noc@fjord.example", username="mailer", password_set=True,
                    server="smtp.fjord.example:465", sms_from="Fjord")
PACKAGES = [Package(id=1, name="Channels", quantity=10, unit="channel", cost="2.50", period="month"),
            Package(id=2, name="Call recording", cost="15.00", feature="call_recording", period="month")]


def _alone(qtbot, section: QWidget) -> QWidget:
    qtbot.addWidget(section)
    section.resize(560, section.sizeHint().height())
    section.show()
    return section


def _mnemonic_labels_have_buddies(section: QWidget) -> None:
    labels = [label for label in section.findChildren(QLabel) if "&" in label.text()]
    assert all(label.buddy() is not None for label in labels), [lb.objectName() for lb in labels if not lb.buddy()]


def test_the_company_section_shows_an_account_and_asks_for_its_editor(qtbot, screenshot):
    section = _alone(qtbot, CompanySection())
    ui = section.ui
    assert not ui.editCompanyButton.isEnabled(), "nothing to edit before an account is shown"
    section.show_account(ACCOUNT)
    assert (ui.nameValue.text(), ui.companyValue.text(), ui.companyRegIdValue.text()) == (
        "Ana Lund", "Fjord Voice AB", "556677-8899")
    assert ui.ocnValue.text() == "—" and ui.ocnValue.accessibleDescription() == "not set"
    assert ui.frnValue.text() == "0099887766" and ui.vatRegIdValue.text() == "SE556677889901"
    assert ui.companyGroup.title() == "Company information"
    assert ui.editCompanyButton.accessibleName() == "Edit company information"
    _mnemonic_labels_have_buddies(section)
    with qtbot.waitSignal(section.edit_requested, timeout=5000):
        qtbot.mouseClick(ui.editCompanyButton, LEFT)
    screenshot(section, "section_company")


def test_the_general_section_shows_currency_balance_and_billing(qtbot, ops, client, screenshot):
    section = _alone(qtbot, GeneralSection(ops, AccountSession(client)))
    ui = section.ui
    assert not ui.balanceBadge.isVisible()
    section.show_account(ACCOUNT)
    assert ui.currencyValue.text() == "EUR (Euro)"
    assert ui.balanceValue.text() == "-€12.50" and ui.balanceValue.font().bold()
    assert ui.balanceBadge.isVisible() and ui.balanceValue.accessibleDescription() == "Negative balance"
    assert section.billing.account is ACCOUNT and section.billing.ui.methodValue.text() == "Per channel"
    section.show_account(Account(id=7, name="Ana Lund", currency="EUR", balance="3.00"))
    assert not ui.balanceBadge.isVisible() and not ui.balanceValue.font().bold()
    _mnemonic_labels_have_buddies(section)
    screenshot(section, "section_general")


def test_the_general_section_passes_on_the_account_a_billing_switch_returned(qtbot, ops, client):
    section = _alone(qtbot, GeneralSection(ops, AccountSession(client)))
    section.show_account(client.get_account().value)
    billing = section.billing
    qtbot.mouseClick(billing.ui.switchButton, LEFT)
    box = billing.confirmation
    confirm = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    with qtbot.waitSignal(section.account_changed, timeout=15000) as changed:
        qtbot.mouseClick(confirm, LEFT)
    assert changed.args[0].billing_method == "per_minute"
    assert client.get_account().value.billing_method == "per_minute"


def test_the_general_section_says_why_the_switch_waits_for_the_server(qtbot, ops, client):
    section = _alone(qtbot, GeneralSection(ops, AccountSession(client)))
    section.show_account(ACCOUNT)
    section.set_reachable(False)
    assert not section.billing.ui.switchButton.isEnabled()
    assert "cannot be reached" in section.billing.ui.switchButton.toolTip()
    section.set_reachable(True)
    assert section.billing.ui.switchButton.isEnabled()


def test_the_address_section_shows_the_country_by_name(qtbot, screenshot):
    section = _alone(qtbot, AddressSection())
    section.show_account(ACCOUNT)
    ui = section.ui
    assert ui.line1Value.text() == "Kungsgatan 1" and ui.line2Value.text() == "—"
    assert ui.countryValue.text() == "Sweden (SE)" and ui.postcodeValue.text() == "111 43"
    assert "technical support" in ui.addressNote.text()
    _mnemonic_labels_have_buddies(section)
    screenshot(section, "section_address")


def test_the_contact_section_shows_an_account_and_asks_for_its_editor(qtbot):
    section = _alone(qtbot, ContactSection())
    ui = section.ui
    assert not ui.editContactButton.isEnabled()
    section.show_account(ACCOUNT)
    assert (ui.emailValue.text(), ui.phoneValue.text(), ui.mobileValue.text()) == (
        "noc@fjord.example", "+4681234567", "+46701234567")
    assert ui.editContactButton.accessibleName() == "Edit contact information"
    _mnemonic_labels_have_buddies(section)
    with qtbot.waitSignal(section.edit_requested, timeout=5000):
        qtbot.mouseClick(ui.editContactButton, LEFT)


def test_the_smtp_section_shows_details_and_asks_for_its_editor(qtbot, ops, client, screenshot):
    section = _alone(qtbot, SmtpSection(ops, client))
    ui = section.ui
    assert not ui.editSmtpButton.isEnabled() and not ui.testEmailButton.isEnabled()
    section.show_smtp(Versioned(SMTP, '"e1"'))
    assert section.current.etag == '"e1"'
    assert ui.smtpFromAddressValue.text() == "noc@fjord.example" and ui.smtpUsernameValue.text() == "mailer"
    assert ui.smtpPasswordValue.text() == "Set", "whether a password is saved, never the password"
    assert ui.smtpServerReading.text() == ("Read as smtp.fjord.example, port 465, TLS from the first byte "
                                           "(implicit TLS).")
    assert ui.smsFromValue.text() == "Fjord"
    _mnemonic_labels_have_buddies(section)
    with qtbot.waitSignal(section.edit_requested, timeout=5000):
        qtbot.mouseClick(ui.editSmtpButton, LEFT)
    screenshot(section, "section_smtp")


def test_the_smtp_section_opens_the_tests_with_what_it_was_given(qtbot, ops, client):
    section = _alone(qtbot, SmtpSection(ops, client))
    section.show_smtp(Versioned(SMTP, '"e1"'))
    section.set_mobile("+46701234567")
    qtbot.mouseClick(section.ui.testEmailButton, LEFT)
    email = section.findChild(EmailDialog)
    assert email is not None and email.isVisible()
    assert email.ui.recipientEdit.text() == "noc@fjord.example"
    email.reject()
    qtbot.mouseClick(section.ui.testSmsButton, LEFT)
    sms = section.findChild(SmsDialog)
    assert sms is not None and sms.isVisible()
    assert sms.ui.recipientEdit.text() == "+46701234567", "the contact mobile it was told"
    sms.reject()


def test_the_smtp_section_says_why_the_tests_wait_for_the_server(qtbot, ops, client):
    section = _alone(qtbot, SmtpSection(ops, client))
    section.show_smtp(Versioned(SMTP, None))
    section.set_reachable(False)
    ui = section.ui
    assert not ui.testEmailButton.isEnabled() and not ui.testSmsButton.isEnabled()
    assert ui.smtpTestNotice.isVisible() and "need the server now" in section.reason_unavailable()
    assert section.open_test_email() is None and section.open_test_sms() is None
    assert ui.editSmtpButton.isEnabled(), "an edit can wait in the outbox"
    section.set_reachable(True)
    assert ui.testEmailButton.isEnabled() and not ui.smtpTestNotice.isVisible()


def test_the_packages_section_shows_packages_and_asks_for_recording(qtbot, screenshot):
    section = _alone(qtbot, PackagesSection())
    ui = section.ui
    assert not ui.enableRecordingButton.isEnabled() and section.recording is None
    section.show_packages(PACKAGES[:1], "EUR")
    assert section.model.rowCount() == 1 and ui.packagesView.model() is section.model
    assert ui.recordingStatusLabel.text() == "Call recording: not enabled"
    assert ui.enableRecordingButton.text() == "Enable Call Recor&ding…"
    section.show_packages(PACKAGES, "EUR")
    assert section.recording and ui.recordingStatusLabel.text().startswith("Call recording: enabled")
    assert ui.enableRecordingButton.text() == "Call Recor&ding Settings…"
    assert "€" in section.model.index(0, 2).data()
    assert [section.model.index(row, 3).data() for row in range(2)] == ["per channel per month", "per month"]
    assert ui.totalValue.text() == "€40.00 per month, plus charges per use"  # 10 × €2.50 + €15.00
    section.show_packages([*PACKAGES, Package(id=3, name="Minutes", unit="minute", cost="0.0045", quantity=1)], "EUR")
    assert section.model.index(2, 3).data() == "per minute"
    assert ui.totalValue.text() == "€40.00 per month, plus charges per use", "a per-use price is not in the total"
    section.set_currency("USD")
    assert ui.totalValue.text() == "$40.00 per month, plus charges per use"
    section.show_packages([Package(id=4, name="Channels", quantity=10, unit="channel", cost="2.50")], "USD")
    assert ui.totalValue.text() == "—", "no package is said to be monthly: no total rather than a false $0.00"
    with qtbot.waitSignal(section.recording_requested, timeout=5000):
        qtbot.mouseClick(ui.enableRecordingButton, LEFT)
    screenshot(section, "section_packages")


def test_the_packages_section_says_why_recording_waits_for_the_server(qtbot):
    section = _alone(qtbot, PackagesSection())
    section.show_packages(PACKAGES[:1], None)
    section.set_reachable(False)
    ui = section.ui
    assert not ui.enableRecordingButton.isEnabled() and ui.enableRecordingButton.toolTip() == RECORDING_UNREACHABLE
    assert ui.recordingStatusLabel.text() == f"Call recording: not enabled. {RECORDING_UNREACHABLE}"
    section.set_reachable(True)
    assert ui.enableRecordingButton.isEnabled()


def test_the_agreement_section_asks_for_the_agreement(qtbot):
    section = _alone(qtbot, AgreementSection())
    assert section.ui.agreementGroup.title() == "Service agreement"
    _mnemonic_labels_have_buddies(section)
    with qtbot.waitSignal(section.agreement_requested, timeout=5000):
        qtbot.mouseClick(section.ui.agreementButton, LEFT)


def test_the_section_contracts_are_kept():
    """No section imports another section or the main window (import-linter contracts in pyproject.toml)."""
    code = "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"
    args = ["--no-cache", "--contract", "sections-independent", "--contract", "sections-below-window"]
    result = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True,
                            encoding="utf-8", errors="replace", env={**_env(), "PYTHONIOENCODING": "utf-8"})
    assert result.returncode == 0 and "2 kept, 0 broken" in result.stdout, result.stdout + result.stderr


@pytest.mark.parametrize("name", SECTIONS)
def test_importing_a_section_loads_no_other_section_and_not_the_window(name):
    """At run time too: a section module loaded alone brings no other section and no main window with it."""
    code = (f"import sys, desktop.views.sections.{name}\n"
            "bad = [m for m in sys.modules if m == 'desktop.views.main_window' or m.startswith("
            f"'desktop.views.sections.') and m != 'desktop.views.sections.{name}']\n"
            "print(bad); sys.exit(1 if bad else 0)\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=_env())
    assert result.returncode == 0, result.stdout + result.stderr


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def test_the_packages_sections_named_tab_stops_are_its_focus_chain():
    # The window takes the packages section's Tab stops from TAB_STOPS instead of walking its focus chain
    # (issue 11: the walk costs every start about 20 ms, see PackagesSection.TAB_STOPS); they must agree.
    # The walk runs in a fresh interpreter: it hands Qt's inner widgets to Python, and a section walked
    # in this process outlived its Python object in some test orders.
    script = ("from PySide6.QtWidgets import QApplication\n"
              "app = QApplication([])\n"
              "from desktop.views.sections.packages import PackagesSection\n"
              "from desktop.views.window_sections import walked_focus_chain\n"
              "print(' '.join(widget.objectName() for widget in walked_focus_chain(PackagesSection())))\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == list(PackagesSection.TAB_STOPS)
