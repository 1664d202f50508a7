"""Say what was changed (issue 12 point 5, issue 13 point 5): typed into the real dialogs, saved to the real service.

The notice shows at the field (where errors show) before Save; when the user leaves the field it shows
the saved form, and the service saves exactly that.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTranslator

from desktop.session import AccountSession
from desktop.views.company_dialog import CompanyDialog
from desktop.views.contact_dialog import ContactDialog
from desktop.views.smtp_dialog import SmtpDialog
from desktop.views.test_email_dialog import TestEmailDialog as EmailDialog  # not a pytest class
from desktop.views.test_sms_dialog import TestSmsDialog as SmsDialog  # not a pytest class
from desktop.views.tints import tint_color
from tests.dialogs import save_button, type_into

LEFT = Qt.MouseButton.LeftButton
TRUNK_ZERO = "The 0 after +44 was removed: it is dialled only inside the country."
NOT_CONFIRMED = "This number could not be confirmed for +44 (United Kingdom)"


def _open(qtbot, dialog_class, ops, client, current):
    dialog = dialog_class(ops, AccountSession(client), current)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # so that focus moves (and leaves fields) as it does for a user
    return dialog


def _save(qtbot, dialog):
    with qtbot.waitSignal(dialog.saved, timeout=15000) as saved:
        qtbot.mouseClick(save_button(dialog), LEFT)
    return saved.args[0].value


def _in_france(server, client):
    repository = server.app.state.repository
    [account_id] = repository.account_ids()
    repository.update_account(account_id, {"address.country": "FR"})
    return client.get_account()


def test_a_vat_id_without_prefix_takes_the_address_country_and_says_so(qtbot, ops, server, client, screenshot):
    dialog = _open(qtbot, CompanyDialog, ops, client, _in_france(server, client))
    type_into(qtbot, dialog, "vat_reg_id", "403 032 650 45")
    notice = dialog.field_notice("vat_reg_id")
    assert notice.startswith("Saved as FR40303265045.")
    assert "Spaces, dots and dashes were removed." in notice
    assert "FR was added from the address's country (France)." in notice
    assert dialog.ui.vatRegIdError.isVisible() and dialog.ui.vatRegIdError.text() == notice
    assert dialog.field_error("vat_reg_id") == "" and dialog.field_edit("vat_reg_id").actions() == [], \
        "a notice is not an error: no warning icon"
    assert dialog.field_edit("vat_reg_id").accessibleDescription() == notice
    assert dialog.ui.vatRegIdError.accessibleName() == "VAT Registration ID: what was changed"
    qtbot.keyClick(dialog.field_edit("vat_reg_id"), Qt.Key.Key_Tab)  # the user leaves the field
    assert dialog.field_edit("vat_reg_id").text() == "FR40303265045", "the field shows the saved form"
    assert "FR was added from the address's country (France)." in dialog.field_notice("vat_reg_id")
    screenshot(dialog, "company_dialog_vat_notice")
    assert _save(qtbot, dialog).vat_reg_id == "FR40303265045"
    assert client.get_account().value.vat_reg_id == "FR40303265045"


def test_the_ocn_is_upper_cased_with_a_notice_and_the_dialog_says_so(qtbot, ops, client):
    dialog = _open(qtbot, CompanyDialog, ops, client, client.get_account())
    assert "kept exactly as you type" not in dialog.ui.introLabel.text()
    assert "OCN" in dialog.ui.introLabel.text() and "capitals" in dialog.ui.introLabel.text()
    type_into(qtbot, dialog, "ocn", "56 7a")
    assert dialog.field_notice("ocn") == "Saved as 567A. Spaces were removed. Letters were changed to capitals."
    type_into(qtbot, dialog, "company_reg_id", "j40/1234/2020")  # focus leaves the OCN field
    assert dialog.field_edit("ocn").text() == "567A"
    assert dialog.field_notice("ocn") == "Spaces were removed. Letters were changed to capitals."
    assert dialog.field_notice("company_reg_id") == "", "the registration ID is kept as typed"
    saved = _save(qtbot, dialog)
    assert (saved.ocn, saved.company_reg_id) == ("567A", "j40/1234/2020")


def test_typing_again_replaces_what_the_message_said(qtbot, ops, client):
    dialog = _open(qtbot, CompanyDialog, ops, client, client.get_account())
    type_into(qtbot, dialog, "ocn", "567a")
    qtbot.keyClick(dialog.field_edit("ocn"), Qt.Key.Key_Tab)
    assert dialog.field_notice("ocn") == "Letters were changed to capitals."
    dialog.field_edit("ocn").setFocus()
    qtbot.keyClick(dialog.field_edit("ocn"), Qt.Key.Key_Backspace)
    assert dialog.field_notice("ocn") == ""
    assert dialog.field_error("ocn").startswith("An OCN has exactly 4 letters or digits")
    assert dialog.ui.ocnError.accessibleName() == "OCN (Operating Company Number): problem"
    assert tint_color(dialog.ui.ocnError) is not None, "an error is in the error colour"
    type_into(qtbot, dialog, "ocn", "567a")
    assert dialog.field_notice("ocn") and tint_color(dialog.ui.ocnError) is None, "a notice is not an error"


def test_phone_numbers_say_the_trunk_zero_and_an_unconfirmed_range(qtbot, ops, client, screenshot):
    dialog = _open(qtbot, ContactDialog, ops, client, client.get_account())
    type_into(qtbot, dialog, "contact.phone", "+44 020 7946 0000")
    assert TRUNK_ZERO in dialog.field_notice("contact.phone")
    assert dialog.field_notice("contact.phone").startswith("Saved as +442079460000.")
    type_into(qtbot, dialog, "contact.mobile", "+44 1632 960123")
    assert NOT_CONFIRMED in dialog.field_notice("contact.mobile")
    assert dialog.field_edit("contact.phone").text() == "+442079460000", "left: the saved form"
    screenshot(dialog, "contact_dialog_notices")
    saved = _save(qtbot, dialog)
    assert (saved.contact.phone, saved.contact.mobile) == ("+442079460000", "+441632960123")


def test_a_repeated_international_prefix_is_refused_at_the_field(qtbot, ops, client):
    dialog = _open(qtbot, ContactDialog, ops, client, client.get_account())
    type_into(qtbot, dialog, "contact.phone", "+44 0044 20 7946 0000")
    assert dialog.field_error("contact.phone").startswith("Remove the 0 after +44")
    assert dialog.field_notice("contact.phone") == ""
    assert not save_button(dialog).isEnabled()
    qtbot.keyClick(dialog.field_edit("contact.phone"), Qt.Key.Key_Tab)
    assert dialog.field_edit("contact.phone").text() == "+44 0044 20 7946 0000", "nothing typed is lost"


def test_a_sender_name_gets_the_note_and_a_number_its_notices(qtbot, ops, client):
    dialog = _open(qtbot, SmtpDialog, ops, client, client.get_smtp())
    type_into(qtbot, dialog, "sms_from", "Acme Tel")
    note = dialog.field_notice("sms_from")
    assert "the US, Canada" in note and "recipients cannot reply" in note
    assert _save(qtbot, dialog).sms_from == "Acme Tel"

    dialog = _open(qtbot, SmtpDialog, ops, client, client.get_smtp())
    type_into(qtbot, dialog, "sms_from", "+44 (0)1632 960123")
    notice = dialog.field_notice("sms_from")
    assert TRUNK_ZERO in notice and NOT_CONFIRMED in notice
    qtbot.keyClick(dialog.field_edit("sms_from"), Qt.Key.Key_Tab)
    assert dialog.field_edit("sms_from").text() == "+441632960123"
    assert _save(qtbot, dialog).sms_from == "+441632960123"
    assert client.get_smtp().value.sms_from == "+441632960123"


def test_the_test_sms_recipient_says_what_was_changed(qtbot, ops, client):
    dialog = SmsDialog(ops, client, sms_from="+447911123456", mobile="")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.ui.recipientEdit.setFocus()
    qtbot.keyClicks(dialog.ui.recipientEdit, "+44 020 7946 0000")
    assert TRUNK_ZERO in dialog.recipient_notice() and dialog.recipient_error() == ""
    qtbot.keyClick(dialog.ui.recipientEdit, Qt.Key.Key_Tab)
    assert dialog.ui.recipientEdit.text() == "+442079460000"
    assert TRUNK_ZERO in dialog.recipient_notice()
    assert dialog.recipient() == ("+442079460000", "")


class _French(QTranslator):
    """A translator of two notices, as a compiled .qm would give them."""

    TEXTS = {"Saved as {value}.": "Enregistré sous la forme {value}.",
             "Letters were changed to capitals.": "Les lettres ont été mises en capitales."}

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.TEXTS.get(source, "") if context == "Notice" else ""


def test_the_notices_are_shown_in_the_users_language(qtbot, qapp, ops, client):
    french = _French()
    qapp.installTranslator(french)
    try:
        dialog = _open(qtbot, CompanyDialog, ops, client, client.get_account())
        type_into(qtbot, dialog, "ocn", "567a")
        assert dialog.field_notice("ocn") == ("Enregistré sous la forme 567A. "
                                              "Les lettres ont été mises en capitales.")
    finally:
        qapp.removeTranslator(french)


def test_the_test_email_recipient_says_what_was_changed(qtbot, ops, client):
    dialog = EmailDialog(ops, client, client.get_smtp().value)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.recipientEdit.clear()
    qtbot.keyClicks(dialog.ui.recipientEdit, "Dana@EXAMPLE.com")
    assert dialog.recipient_notice() == "Saved as Dana@example.com. The domain was changed to lower case."
    assert dialog.recipient() == ("Dana@example.com", "")


def test_a_plain_validator_s_change_is_said_too(qtbot, ops, client):
    dialog = _open(qtbot, SmtpDialog, ops, client, client.get_smtp())
    type_into(qtbot, dialog, "server", "Mail.Example.com:0587")
    assert dialog.field_notice("server") == "Saved as mail.example.com:587."
    qtbot.keyClick(dialog.field_edit("server"), Qt.Key.Key_Tab)
    assert dialog.field_edit("server").text() == "mail.example.com:587"
    assert dialog.field_notice("server") == "Saved as mail.example.com:587."
    assert _save(qtbot, dialog).server == "mail.example.com:587"
