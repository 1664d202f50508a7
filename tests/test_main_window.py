"""The main window against the real account service: every section shows what the server holds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.api import AccountClient
from desktop.views.company_dialog import CompanyDialog
from desktop.views.contact_dialog import ContactDialog
from desktop.views.main_window import MainWindow
from desktop.views.packages_model import COLUMNS


def _window(qtbot, ops, client, **kwargs) -> MainWindow:
    window = MainWindow(ops, client, server_label=kwargs.get("server_label", "Sandbox"))
    qtbot.addWidget(window)
    window.resize(1100, 900)
    window.show()
    return window


@pytest.fixture
def window(qtbot, ops, client):
    window = _window(qtbot, ops, client)
    with qtbot.waitSignal(window.loaded, timeout=15000):
        window.refresh()
    return window


def _cells(window: MainWindow, column_title: str) -> list[str]:
    model = window.packages_section.ui.packagesView.model()
    column = [title for title, *_ in COLUMNS].index(column_title)
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_shows_the_seeded_account(window, screenshot):
    company, general = window.company_section.ui, window.general_section.ui
    contact, address = window.contact_section.ui, window.address_section.ui
    assert company.nameValue.text() == "Dana Whitfield"
    assert company.companyValue.text() == "Northwind Telecom Ltd"
    assert company.companyRegIdValue.text() == "01234567"
    assert company.ocnValue.text() == "0A1B"
    assert company.frnValue.text() == "0012345678"
    assert company.vatRegIdValue.text() == "GB980780684"
    assert general.currencyValue.text().startswith("USD")
    assert contact.emailValue.text() == "noc@northwind-telecom.example"
    assert contact.phoneValue.text() == "+442071234567"
    assert contact.mobileValue.text() == "+447911123456"
    assert address.line1Value.text() == "Unit 4, Harbour Exchange"
    assert address.cityValue.text() == "London"
    assert "GB" in address.countryValue.text()
    assert address.postcodeValue.text() == "E14 9GE"
    assert "technical support" in address.addressNote.text()
    assert window.current is not None and window.current.etag
    screenshot(window, "main_window")


def test_a_negative_balance_is_marked_by_more_than_colour(window):
    assert window.general_section.ui.balanceValue.text() == "-$529.60"
    assert window.general_section.ui.balanceBadge.isVisible()
    assert window.general_section.ui.balanceBadgeLabel.text() == "Negative balance"
    assert window.general_section.ui.balanceValue.font().bold()
    assert window.general_section.ui.balanceValue.accessibleDescription() == "Negative balance"


def test_packages_show_every_digit_of_a_cost_and_blanks_where_null(window):
    costs = _cells(window, "Cost")
    assert "$0.00045" in costs
    assert "$0.0045" in costs
    names = _cells(window, "Name")
    channels = names.index("Channels")
    assert _cells(window, "Today charge")[channels] == ""
    assert _cells(window, "MTD usage")[channels] == ""
    assert _cells(window, "MTD charge")[names.index("Per-minute termination")] == "$180.9495"
    model = window.packages_section.ui.packagesView.model()
    alignment = Qt.AlignmentFlag(model.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole))
    assert alignment & Qt.AlignmentFlag.AlignRight
    assert window.packages_section.ui.recordingStatusLabel.text() == "Call recording: not enabled"


def test_status_bar_names_server_user_and_time_of_update(window, client):
    assert window.server_status.text() == "Server: Sandbox"
    assert client.email in window.user_status.text()
    assert window.updated_status.text().startswith("Updated ")
    assert not window.busy_indicator.isVisible()


def test_refresh_shows_changes_made_elsewhere(window, qtbot, other_client):
    current = other_client.get_account()
    other_client.update_account({"contact.phone": "+12125550100"}, current.etag)
    with qtbot.waitSignal(window.loaded, timeout=15000):
        window.ui.actionRefresh.trigger()
    assert window.contact_section.ui.phoneValue.text() == "+12125550100"
    assert window.current.etag != current.etag


def test_refresh_shortcut_is_f5(window):
    assert "F5" in [key.toString() for key in window.ui.actionRefresh.shortcuts()]


def test_an_unreachable_server_is_shown_in_the_window(qtbot, ops, client, screenshot):
    from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD

    gone = AccountClient("http://127.0.0.1:9/api/cp/", timeout=(1.0, 2.0))
    gone.use_refresh_token(client.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD))
    window = _window(qtbot, ops, gone)
    with qtbot.waitSignal(window.load_failed, timeout=15000) as failed:
        window.refresh()
    assert failed.args[0].startswith("Could not load the ")
    assert "could not be reached" in failed.args[0]
    assert window.ui.errorBanner.isVisible()
    assert window.error_text() == failed.args[0]
    assert not window.company_section.ui.editCompanyButton.isEnabled()
    screenshot(window, "main_window_unreachable")


def test_the_pencil_opens_the_company_dialog_on_the_shown_account(window, qtbot):
    qtbot.mouseClick(window.company_section.ui.editCompanyButton, Qt.MouseButton.LeftButton)
    dialog = window.findChild(CompanyDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.field_edit("company_reg_id").text() == "01234567"
    assert dialog.etag == window.current.etag
    dialog.reject()


def test_a_save_in_the_contact_dialog_is_shown_in_the_window(window, qtbot, client):
    qtbot.mouseClick(window.contact_section.ui.editContactButton, Qt.MouseButton.LeftButton)
    dialog = window.findChild(ContactDialog)
    edit = dialog.field_edit("contact.mobile")
    edit.clear()
    qtbot.keyClicks(edit, "+44 7911 123457")
    with qtbot.waitSignal(dialog.saved, timeout=15000):
        qtbot.mouseClick(dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
    assert window.contact_section.ui.mobileValue.text() == "+447911123457"
    assert client.get_account().value.contact.mobile == "+447911123457"


def test_icon_only_buttons_are_named_for_assistive_technology(window):
    for button in (window.company_section.ui.editCompanyButton, window.contact_section.ui.editContactButton):
        assert button.accessibleName().startswith("Edit ")
        assert button.toolTip()


def test_every_label_with_a_mnemonic_has_a_buddy(window):
    from PySide6.QtWidgets import QLabel

    labels = [label for label in window.findChildren(QLabel) if "&" in label.text()]
    assert labels
    for label in labels:
        assert label.buddy() is not None, label.objectName()


def test_a_late_result_after_closing_is_dropped(qtbot, ops, client):
    window = _window(qtbot, ops, client)
    window.refresh()
    window.close()
    ops.wait_for_done(15000)
    qtbot.waitUntil(lambda: not ops.busy, timeout=15000)
    assert window.current is None
    QApplication.processEvents()


def test_a_billing_switch_is_shown_and_the_new_etag_fetched(window, qtbot, client, screenshot):
    from PySide6.QtWidgets import QMessageBox

    before = window.current.etag
    billing = window.general_section.billing
    qtbot.mouseClick(billing.ui.switchButton, Qt.MouseButton.LeftButton)
    box = billing.confirmation
    confirm = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    with qtbot.waitSignal(window.loaded, timeout=15000):
        qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    assert window.current.value.billing_method == "per_minute"
    assert window.current.etag != before
    assert window.current.etag == client.get_account().etag, "an edit after the switch is not a conflict"
    screenshot(window, "main_window_per_minute")


def test_enable_call_recording_opens_the_recording_dialog_and_refreshes_after(window, qtbot):
    from desktop.views.recording_dialog import RecordingDialog

    qtbot.mouseClick(window.packages_section.ui.enableRecordingButton, Qt.MouseButton.LeftButton)
    dialog = window.findChild(RecordingDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.ui.enableButton.isEnabled(), timeout=15000)
    qtbot.mouseClick(dialog.ui.enableButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_accept_button(dialog.confirmation), Qt.MouseButton.LeftButton)  # the price is confirmed
    qtbot.waitUntil(lambda: dialog.package is not None, timeout=15000)
    with qtbot.waitSignal(window.loaded, timeout=15000):
        dialog.reject()
    assert window.packages_section.ui.recordingStatusLabel.text().startswith("Call recording: enabled")
    model = window.packages_section.model
    assert any(model.package(row).feature == "call_recording" for row in range(model.rowCount()))
    assert window.packages_section.ui.enableRecordingButton.text() == "Call Recor&ding Settings…"


def _accept_button(box):
    from PySide6.QtWidgets import QMessageBox

    return next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)


def _recording_status(window) -> str:
    return window.packages_section.ui.recordingStatusLabel.text()


def test_packages_have_units_and_a_total_for_the_month(window, screenshot):
    names = _cells(window, "Name")
    units = dict(zip(names, _cells(window, "Unit"), strict=True))
    assert units == {"Channels": "per channel per month", "Per-minute termination": "per minute",
                     "CLI lookup": "per lookup", "DID hosting": "per number per month"}
    section = window.packages_section
    assert section.ui.totalCaption.text() == "Total per month:"
    assert section.ui.totalCaption.buddy() is section.ui.totalValue
    assert section.ui.totalValue.text() == "$87.00 per month, plus charges per use"  # 30 × $2.50 + 12 × $1.00
    model = section.model
    tip = model.index(names.index("Channels"), 2).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "$2.50 per channel per month"
    assert window.general_section.billing.ui.channelRateValue.text() == "$2.50 per channel per month"
    assert window.general_section.billing.ui.rateValue.text() == "$0.00030 per minute"
    screenshot(window, "main_window_packages_total")


def test_enabled_without_a_recording_route_says_so(window, qtbot, client):
    client.enable_call_recording()
    with qtbot.waitSignal(window.loaded, timeout=15000):
        window.refresh()
    assert _recording_status(window) == ("Call recording: enabled, no route records yet. Choose the ingress routes "
                                         "that record in its settings.")
    assert window.packages_section.ui.totalValue.text() == "$102.00 per month, plus charges per use"
    assert "per month" in _cells(window, "Unit")[_cells(window, "Name").index("Call Recording")]

    client.set_route_recording(5201, "sample_5")
    with qtbot.waitSignal(window.loaded, timeout=15000):
        window.refresh()
    assert _recording_status(window) == "Call recording: enabled, 1 ingress route records."
    client.set_route_recording(5202, "always")
    with qtbot.waitSignal(window.loaded, timeout=15000):
        window.refresh()
    assert _recording_status(window) == "Call recording: enabled, 2 ingress routes record."


def test_disable_call_recording_from_the_window(window, qtbot, client, screenshot):
    from desktop.views.recording_dialog import RecordingDialog

    client.enable_call_recording()
    client.set_route_recording(5201, "always")
    with qtbot.waitSignal(window.loaded, timeout=15000):
        window.refresh()
    assert _recording_status(window) == "Call recording: enabled, 1 ingress route records."
    qtbot.mouseClick(window.packages_section.ui.enableRecordingButton, Qt.MouseButton.LeftButton)
    dialog = window.findChild(RecordingDialog)
    qtbot.waitUntil(lambda: dialog.ui.disableButton.isVisible() and dialog.ui.disableButton.isEnabled(),
                    timeout=15000)
    qtbot.mouseClick(dialog.ui.disableButton, Qt.MouseButton.LeftButton)
    box = dialog.confirmation
    assert "not refunded" in box.informativeText()
    qtbot.mouseClick(_accept_button(box), Qt.MouseButton.LeftButton)
    # the window follows while the dialog is still open: the DELETE reached the service, the table was reloaded
    qtbot.waitUntil(lambda: _recording_status(window) == "Call recording: not enabled", timeout=15000)
    assert not any(p.feature == "call_recording" for p in client.get_packages())
    assert client.get_routes(3101)[0].call_recording == "disabled"
    assert "Call Recording" not in _cells(window, "Name")
    assert window.packages_section.ui.totalValue.text() == "$87.00 per month, plus charges per use"
    assert window.packages_section.ui.enableRecordingButton.text() == "Enable Call Recor&ding…"
    screenshot(window, "main_window_recording_disabled")
    with qtbot.waitSignal(window.loaded, timeout=15000):
        dialog.reject()
    assert _recording_status(window) == "Call recording: not enabled"


def test_the_agreement_button_opens_the_agreement(window, qtbot):
    from desktop.views.agreement_dialog import AgreementDialog

    qtbot.mouseClick(window.agreement_section.ui.agreementButton, Qt.MouseButton.LeftButton)
    dialog = window.findChild(AgreementDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.agreement is not None, timeout=15000)
    dialog.reject()


def test_tab_goes_through_the_sections_in_reading_order(window):
    sections = (window.company_section.ui.editCompanyButton, window.general_section.billing.ui.switchButton,
                window.contact_section.ui.editContactButton, window.smtp_section.ui.testEmailButton,
                window.smtp_section.ui.testSmsButton, window.smtp_section.ui.editSmtpButton,
                window.packages_section.ui.packagesView, window.packages_section.ui.enableRecordingButton,
                window.agreement_section.ui.agreementButton)
    chain, widget = [], window.ui.retryButton
    while widget not in chain:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    assert chain.index(window.ui.reviewButton) < chain.index(sections[0])
    assert [chain.index(w) for w in sections] == sorted(chain.index(w) for w in sections)
