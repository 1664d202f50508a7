"""Issue 12, point 3: the validators' field errors are shown in the user's language, the service's stay English.

The domain's :class:`~desktop.domain.errors.FieldError` carries an English template (marked for
pyside6-lupdate in the ``FieldError`` context) and the values of its placeholders; the dialogs
translate the template and fill it in again. ``str(error)`` stays the English sentence, which the
account service sends in its 422 answers whatever language the app shows.
"""

from __future__ import annotations

import pickle

import pytest
from PySide6.QtCore import QLocale

from desktop import translation
from desktop.api.errors import ValidationFailed
from desktop.domain.errors import FieldError
from desktop.domain.smtp import validate_smtp_server
from desktop.domain.validators import check_email_address, check_ocn, validate_fields
from desktop.session import AccountSession
from desktop.views.company_dialog import CompanyDialog
from desktop.views.contact_dialog import ContactDialog
from desktop.views.smtp_dialog import SmtpDialog
from tests.dialogs import save_button, type_into

OCN_ENGLISH = "An OCN has exactly 4 letters or digits, e.g. 1234 or 567A."
OCN = {"de": "Eine OCN hat genau 4 Buchstaben oder Ziffern, z. B. 1234 oder 567A.",
       "fr": "Un OCN compte exactement 4 lettres ou chiffres, p. ex. 1234 ou 567A."}
VAT_CHECK_DIGITS = {"de": "Die Prüfziffern stimmen nicht: Suchen Sie nach einem Tippfehler.",
                    "fr": "Les chiffres de contrôle ne correspondent pas : cherchez une faute de frappe."}
TRUNK_ZERO = {"de": "Entfernen Sie die 0 nach +44: Geben Sie +44 ein und dann die Nummer ohne ihre führende 0.",
              "fr": "Supprimez le 0 après +44 : saisissez +44 puis le numéro sans son 0 initial."}
NO_SCHEME = {"de": "Geben Sie nur den Hostnamen ein, z. B. mail.example.com:587, ohne smtp:// oder https://.",
             "fr": "Saisissez uniquement le nom d’hôte, p. ex. mail.example.com:587, sans smtp:// ni https://."}
BAD_CHARACTER = {"de": "Ein Hostname enthält nur Buchstaben, Ziffern, „-“ und „.“: Entfernen Sie „_“, "
                       "z. B. mail.example.com.",
                 "fr": "Un nom d’hôte ne contient que des lettres, des chiffres, « - » et « . » : supprimez « _ », "
                       "p. ex. mail.example.com."}


@pytest.fixture
def language(qapp):
    """Show the app in a language for one test (``language("de")``); English again afterwards."""
    yield translation.apply_language
    translation.apply_language("en")
    QLocale.setDefault(QLocale.system())


def _open(qtbot, dialog_class, ops, client, current):
    dialog = dialog_class(ops, AccountSession(client), current)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


# -- the error itself --------------------------------------------------------------------------------


def test_a_field_error_is_its_english_sentence_with_template_and_values():
    with pytest.raises(FieldError) as caught:
        validate_smtp_server("mail_1.example.com")
    error = caught.value
    assert str(error) == "A host name has only letters, digits, '-' and '.': remove '_', e.g. mail.example.com."
    assert error.template == str(error).replace("'_'", "'{char}'")
    assert error.values == {"char": "_"}
    assert error.args == (str(error),), "args stays the exception's own tuple"
    assert error.fill("«{char}»") == "«_»"
    copy = pickle.loads(pickle.dumps(error))
    assert (str(copy), copy.template, copy.values) == (str(error), error.template, error.values)


def test_a_finished_message_is_never_formatted():
    error = FieldError("Use {braces} as typed.")
    assert str(error) == error.template == "Use {braces} as typed."
    assert error.values == {} and error.fill("Tapez {braces}.") == "Tapez {braces}."


def test_a_library_s_reason_stays_an_argument():
    with pytest.raises(FieldError) as caught:
        check_email_address("dana@@example.com")
    assert caught.value.template == "Not a valid e-mail address: {reason}"
    assert str(caught.value) == "Not a valid e-mail address: " + caught.value.values["reason"]


def test_validate_fields_still_answers_in_english():
    with pytest.raises(FieldError, match="^An OCN has exactly"):
        check_ocn("12")
    _clean, errors = validate_fields({"ocn": "12", "colour": "blue"})
    assert errors == {"ocn": OCN_ENGLISH, "colour": "This field cannot be changed here."}


# -- the dialogs -------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["de", "fr"])
def test_the_company_and_contact_dialogs_show_field_errors_in_the_language(qtbot, ops, client, language, code):
    language(code)
    dialog = _open(qtbot, CompanyDialog, ops, client, client.get_account())
    type_into(qtbot, dialog, "ocn", "12")
    assert dialog.field_error("ocn") == OCN[code]
    assert dialog.ui.ocnError.isVisible() and dialog.ui.ocnError.text() == OCN[code]
    type_into(qtbot, dialog, "vat_reg_id", "DE136695977")
    assert dialog.field_error("vat_reg_id") == VAT_CHECK_DIGITS[code]
    assert not save_button(dialog).isEnabled()
    dialog.reject()

    contact = _open(qtbot, ContactDialog, ops, client, client.get_account())
    type_into(qtbot, contact, "contact.phone", "+44 0044 20 7946 0000")
    assert contact.field_error("contact.phone") == TRUNK_ZERO[code], "the placeholders are filled in"
    contact.reject()


@pytest.mark.parametrize("code", ["de", "fr"])
def test_the_smtp_dialog_shows_field_errors_in_the_language(qtbot, ops, client, language, code):
    language(code)
    dialog = _open(qtbot, SmtpDialog, ops, client, client.get_smtp())
    type_into(qtbot, dialog, "server", "smtp://mail.example.com")
    assert dialog.field_error("server") == NO_SCHEME[code]
    type_into(qtbot, dialog, "server", "mail_1.example.com")
    assert dialog.field_error("server") == BAD_CHARACTER[code]
    dialog.reject()


def test_an_email_reason_from_the_library_is_kept_in_the_translated_sentence(qtbot, ops, client, language):
    language("de")
    dialog = _open(qtbot, ContactDialog, ops, client, client.get_account())
    type_into(qtbot, dialog, "contact.email", "dana@@example.com")
    message = dialog.field_error("contact.email")
    assert message.startswith("Keine gültige E-Mail-Adresse: ")
    with pytest.raises(FieldError) as caught:
        check_email_address("dana@@example.com")
    assert message.endswith(caught.value.values["reason"])
    dialog.reject()


# -- the service --------------------------------------------------------------------------------------


def test_the_service_s_422_message_stays_english_whatever_the_app_shows(client, language):
    language("de")
    current = client.get_account()
    with pytest.raises(ValidationFailed) as refused:
        client.update_account({"ocn": "12"}, current.etag)
    assert refused.value.fields == {"ocn": OCN_ENGLISH}
