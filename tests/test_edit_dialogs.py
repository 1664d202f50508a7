"""The company and contact dialogs against the real account service: type, click, wait."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPushButton

from desktop.api import AccountClient
from desktop.domain.validators import ACCOUNT_VALIDATORS
from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD, VIEWER_EMAIL, VIEWER_PASSWORD
from desktop.session import AccountSession
from desktop.views.company_dialog import CompanyDialog
from desktop.views.contact_dialog import ContactDialog
from tests.dialogs import save_button, type_into

LEFT = Qt.MouseButton.LeftButton


def _open(qtbot, dialog_class, ops, client, current=None, **kwargs):
    dialog = dialog_class(ops, AccountSession(client), current or client.get_account(), **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _save(qtbot, dialog):
    with qtbot.waitSignal(dialog.saved, timeout=15000) as saved:
        qtbot.mouseClick(save_button(dialog), LEFT)
    return saved.args[0]


def test_company_information_is_saved_and_ids_come_back_exactly_as_typed(qtbot, ops, client, screenshot):
    dialog = _open(qtbot, CompanyDialog, ops, client)
    assert not save_button(dialog).isEnabled(), "nothing changed yet"
    type_into(qtbot, dialog, "name", "Dana  Whitfield-Jones")
    type_into(qtbot, dialog, "company", "Northwind Telecom Group Ltd")
    type_into(qtbot, dialog, "company_reg_id", "J40/1234/2020")
    type_into(qtbot, dialog, "ocn", "567a")
    type_into(qtbot, dialog, "frn", "0098765432")
    type_into(qtbot, dialog, "vat_reg_id", "de 136 695 976")
    assert save_button(dialog).isEnabled()
    screenshot(dialog, "company_dialog")
    result = _save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    fresh = client.get_account()
    assert fresh.etag == result.etag
    account = fresh.value
    assert account.name == "Dana Whitfield-Jones"
    assert account.company == "Northwind Telecom Group Ltd"
    assert account.company_reg_id == "J40/1234/2020"
    assert account.ocn == "567A"
    assert account.frn == "0098765432"
    assert account.vat_reg_id == "DE136695976"

    again = _open(qtbot, CompanyDialog, ops, client, fresh)
    type_into(qtbot, again, "company_reg_id", "01234567")
    _save(qtbot, again)
    assert client.get_account().value.company_reg_id == "01234567"


def test_only_the_changed_keys_are_sent(qtbot, ops, client, other_client):
    dialog = _open(qtbot, ContactDialog, ops, client)
    type_into(qtbot, dialog, "contact.phone", "0044 (20) 7123-4568")
    assert dialog.changes() == ({"contact.phone": "+442071234568"}, {})
    type_into(qtbot, dialog, "contact.mobile", "+44 7911 123456")  # the same number, spaced: no change
    assert dialog.changes() == ({"contact.phone": "+442071234568"}, {})
    _save(qtbot, dialog)
    assert client.get_account().value.contact.phone == "+442071234568"


def test_invalid_values_are_refused_at_their_field_before_sending(qtbot, ops, client, screenshot):
    before = client.get_account()
    company = _open(qtbot, CompanyDialog, ops, client, before)
    type_into(qtbot, company, "vat_reg_id", "DE136695977")
    assert "check digits" in company.field_error("vat_reg_id")
    assert company.ui.vatRegIdError.isVisible()
    assert company.field_edit("vat_reg_id").accessibleDescription() == company.field_error("vat_reg_id")
    assert not save_button(company).isEnabled()
    qtbot.keyClick(company.field_edit("vat_reg_id"), Qt.Key.Key_Return)
    assert not ops.busy, "Enter must not send an invalid value"
    type_into(qtbot, company, "ocn", "12345")
    assert company.field_error("ocn")
    screenshot(company, "company_dialog_errors")
    type_into(qtbot, company, "vat_reg_id", "DE136695976")
    assert company.field_error("vat_reg_id") == ""
    type_into(qtbot, company, "ocn", "1234")
    assert save_button(company).isEnabled()

    contact = _open(qtbot, ContactDialog, ops, client, before)
    type_into(qtbot, contact, "contact.email", "noc@@northwind")
    assert contact.field_error("contact.email").startswith("Not a valid e-mail address")
    assert not save_button(contact).isEnabled()
    screenshot(contact, "contact_dialog_errors")
    assert client.get_account().etag == before.etag, "nothing was sent"


def test_a_422_from_the_server_lands_on_its_field_and_typed_values_stay(qtbot, ops, client):
    # Without the client-side VAT check, the service's own (shared) validator refuses the value.
    lenient = {key: check for key, check in ACCOUNT_VALIDATORS.items() if key != "vat_reg_id"}
    dialog = _open(qtbot, CompanyDialog, ops, client, validators=lenient)
    type_into(qtbot, dialog, "company", "Northwind Holdings")
    type_into(qtbot, dialog, "vat_reg_id", "DE136695977")
    assert save_button(dialog).isEnabled()
    qtbot.mouseClick(save_button(dialog), LEFT)
    assert dialog.ui.statusLabel.text() == "Saving…"
    assert not dialog.field_edit("company").isEnabled()
    qtbot.waitUntil(lambda: dialog.field_error("vat_reg_id") != "", timeout=15000)
    assert "check digits" in dialog.field_error("vat_reg_id")
    assert dialog.field_error("company") == ""
    assert "see the messages under the fields" in dialog.message()
    assert dialog.field_edit("vat_reg_id").text() == "DE136695977"
    assert dialog.field_edit("company").text() == "Northwind Holdings"
    assert dialog.isVisible() and dialog.field_edit("company").isEnabled()
    assert dialog.ui.statusLabel.text() == ""
    assert client.get_account().value.company == "Northwind Telecom Ltd"
    type_into(qtbot, dialog, "vat_reg_id", "DE136695976")
    assert dialog.field_error("vat_reg_id") == "", "editing the field clears the server's message"


def test_a_change_made_elsewhere_is_shown_field_by_field_and_typed_values_stay(
        qtbot, ops, client, other_client, screenshot):
    dialog = _open(qtbot, CompanyDialog, ops, client)
    theirs = other_client.get_account()
    newer = other_client.update_account({"company": "Northwind Comms plc", "frn": "0011111111"}, theirs.etag)
    type_into(qtbot, dialog, "company", "Northwind Telecom Europe Ltd")
    type_into(qtbot, dialog, "company_reg_id", "J40/1234/2020")
    qtbot.mouseClick(save_button(dialog), LEFT)
    qtbot.waitUntil(lambda: "changed elsewhere" in dialog.message(), timeout=15000)
    screenshot(dialog, "company_dialog_conflict")
    label = dialog.ui.messageLabel
    assert label.height() >= label.heightForWidth(label.width()), "the whole message is visible"
    message = dialog.message()
    assert "“Northwind Comms plc”" in message and "“Northwind Telecom Europe Ltd”" in message
    assert "Company Registration ID" in message and "“01234567”" in message
    assert "Save again" in message
    assert dialog.field_edit("company").text() == "Northwind Telecom Europe Ltd"
    assert dialog.field_edit("company_reg_id").text() == "J40/1234/2020"
    assert dialog.field_edit("frn").text() == "0011111111", "an untouched field shows the server's value"
    assert dialog.etag == newer.etag
    assert save_button(dialog).isEnabled()
    _save(qtbot, dialog)  # the second Save deliberately overwrites
    account = client.get_account().value
    assert account.company == "Northwind Telecom Europe Ltd"
    assert account.company_reg_id == "J40/1234/2020"
    assert account.frn == "0011111111", "the other user's change of a field we did not touch survives"


def test_a_change_elsewhere_to_other_fields_is_merged_without_asking(qtbot, ops, client, other_client):
    dialog = _open(qtbot, ContactDialog, ops, client)
    theirs = other_client.get_account()
    other_client.update_account({"name": "Someone Else"}, theirs.etag)  # a field this dialog does not edit
    type_into(qtbot, dialog, "contact.email", "billing@northwind-telecom.example")
    _save(qtbot, dialog)  # one click: the 412 is merged three ways and sent again on the newer version
    account = client.get_account().value
    assert account.name == "Someone Else" and account.contact.email == "billing@northwind-telecom.example"


def test_a_read_only_user_is_told_and_keeps_the_typed_values(qtbot, ops, server):
    viewer = AccountClient(server.base_url, timeout=(2.0, 10.0))
    viewer.sign_in(VIEWER_EMAIL, VIEWER_PASSWORD)
    dialog = _open(qtbot, ContactDialog, ops, viewer)
    type_into(qtbot, dialog, "contact.email", "billing@northwind-telecom.example")
    qtbot.mouseClick(save_button(dialog), LEFT)
    qtbot.waitUntil(lambda: dialog.message() != "", timeout=15000)
    assert "only view" in dialog.message()
    assert dialog.field_edit("contact.email").text() == "billing@northwind-telecom.example"
    assert save_button(dialog).isEnabled()
    viewer.close()


def test_an_unreachable_server_is_reported_and_save_can_be_pressed_again(qtbot, ops, client):
    current = client.get_account()
    gone = AccountClient("http://127.0.0.1:9/api/cp/", timeout=(1.0, 2.0))
    gone.use_refresh_token(client.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD))
    dialog = _open(qtbot, ContactDialog, ops, gone, current)
    type_into(qtbot, dialog, "contact.phone", "+1 212 555 0100")
    qtbot.mouseClick(save_button(dialog), LEFT)
    qtbot.waitUntil(lambda: dialog.message() != "", timeout=30000)
    assert dialog.message().startswith("The server could not be reached.")
    # nothing typed is lost: the field shows the form that was to be saved, and says what was changed
    assert dialog.field_edit("contact.phone").text() == "+12125550100"
    assert "Spaces, dashes, dots and brackets were removed." in dialog.field_notice("contact.phone")
    assert save_button(dialog).isEnabled()


def _question(qtbot, dialog) -> QMessageBox:
    qtbot.waitUntil(lambda: dialog.closing.box is not None and dialog.closing.box.isVisible())
    return dialog.closing.box


def test_closing_with_unsaved_changes_asks_first(qtbot, ops, client, screenshot):
    dialog = _open(qtbot, ContactDialog, ops, client)
    type_into(qtbot, dialog, "contact.phone", "+1 212 555 0100")

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = _question(qtbot, dialog)
    assert "Phone" in box.text()
    screenshot(box, "unsaved_changes_question")
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), LEFT)
    assert dialog.isVisible()
    assert dialog.field_edit("contact.phone").text() == "+1 212 555 0100"

    dialog.close()  # the window's close button
    box = _question(qtbot, dialog)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Discard), LEFT)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert client.get_account().value.contact.phone == "+442071234567"


def test_save_from_the_question_saves_then_closes(qtbot, ops, client):
    dialog = _open(qtbot, ContactDialog, ops, client)
    type_into(qtbot, dialog, "contact.phone", "+1 212 555 0100")
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel), LEFT)
    box = _question(qtbot, dialog)
    with qtbot.waitSignal(dialog.saved, timeout=15000):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Save), LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert client.get_account().value.contact.phone == "+12125550100"


def test_an_invalid_unsaved_value_can_only_be_discarded(qtbot, ops, client):
    dialog = _open(qtbot, ContactDialog, ops, client)
    type_into(qtbot, dialog, "contact.email", "not an address")
    dialog.reject()
    box = _question(qtbot, dialog)
    assert not box.button(QMessageBox.StandardButton.Save).isEnabled()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Discard), LEFT)
    assert not dialog.isVisible()


def test_closing_without_changes_does_not_ask(qtbot, ops, client):
    dialog = _open(qtbot, CompanyDialog, ops, client)
    type_into(qtbot, dialog, "ocn", "0a1b")  # normalises to the value already saved: not a change
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.closing.box is None
    assert not dialog.isVisible()


def test_a_result_arriving_after_the_dialog_closed_is_dropped(qtbot, ops, client):
    dialog = _open(qtbot, ContactDialog, ops, client)
    saved = []
    dialog.saved.connect(saved.append)
    type_into(qtbot, dialog, "contact.phone", "+1 212 555 0100")
    qtbot.mouseClick(save_button(dialog), LEFT)
    job_running = ops.busy
    dialog.reject()  # while saving, Cancel asks first; Abandon closes at once and the worker runs on
    dialog.fallbacks.abandon_box.findChild(QPushButton, "abandonButton").click()
    assert job_running and not dialog.isVisible()
    qtbot.waitUntil(lambda: not ops.busy, timeout=15000)
    assert saved == []
    assert dialog.message() == ""


@pytest.mark.parametrize("dialog_class", [CompanyDialog, ContactDialog])
def test_every_label_has_a_buddy_and_a_mnemonic(qtbot, ops, client, dialog_class):
    dialog = _open(qtbot, dialog_class, ops, client)
    labels = [label for label in dialog.findChildren(QLabel) if label.objectName().endswith("Label")
              and label.objectName() not in ("messageLabel", "statusLabel", "introLabel")]
    assert len(labels) == len(dialog_class.FIELDS)
    for label in labels:
        assert "&" in label.text() and label.buddy() is not None, label.objectName()
    mnemonics = [label.text()[label.text().index("&") + 1].lower() for label in labels]
    assert len(set(mnemonics)) == len(mnemonics)


def test_contact_dialog_screenshot(qtbot, ops, client, screenshot):
    dialog = _open(qtbot, ContactDialog, ops, client)
    screenshot(dialog, "contact_dialog")


@pytest.mark.parametrize("error, expected", [
    ("Unreachable", "could not be reached"),
    ("SignInRequired", "Sign in again"),
    ("PermissionDenied", "only view"),
    ("ValidationFailed", "E-mail: Not valid."),
    ("Conflict412", "changed elsewhere"),
    ("ConflictLocked", "can be changed again from"),
    ("PreconditionRequired", "Refresh and try again"),
    ("NotFound", "does not offer this"),
    ("ServerError", "contact technical support"),
    ("ApiError", "refused the request (418)"),
    ("KeyError", "Something unexpected went wrong (KeyError"),
])
def test_every_error_has_a_plain_message(error, expected):
    from datetime import UTC, datetime

    from desktop.api import errors
    from desktop.views.messages import describe_error

    made = {
        "Unreachable": errors.Unreachable("Could not reach 127.0.0.1:9: the connection was refused"),
        "SignInRequired": errors.SignInRequired("Sign-in needed: expired", status=401),
        "PermissionDenied": errors.PermissionDenied("Permission denied: viewer", status=403),
        "ValidationFailed": errors.ValidationFailed("invalid", fields={"contact.email": "Not valid."}, status=422),
        "Conflict412": errors.Conflict("changed", status=412),
        "ConflictLocked": errors.Conflict("locked", status=409, locked_until=datetime(2030, 1, 2, tzinfo=UTC)),
        "PreconditionRequired": errors.PreconditionRequired("If-Match", status=428),
        "NotFound": errors.NotFound("Not Found", status=404),
        "ServerError": errors.ServerError("The server had a problem (500): boom", status=500),
        "ApiError": errors.ApiError("I'm a teapot", status=418),
        "KeyError": KeyError("id"),
    }[error]
    text = describe_error(made)
    assert expected in text
    assert "Traceback" not in text and text.endswith(".")
