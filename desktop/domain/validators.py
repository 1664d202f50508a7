"""Validation and normalisation of the account's editable fields (design §3).

Each ``validate_*`` function takes the text a user typed and returns the normalised value that
is stored and sent, or raises :class:`~desktop.domain.errors.FieldError` with a message that says
what to type. Every validator is idempotent: validating its own output returns it unchanged, so
saving twice never changes a saved value.

:data:`ACCOUNT_VALIDATORS` maps each editable Account key (dotted, see
:data:`desktop.domain.models.EDITABLE_ACCOUNT_FIELDS`) to its validator; the service and the app
both use it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.domain.errors import FieldError

if TYPE_CHECKING:
    from stdnum.exceptions import ValidationError as StdnumError

# phonenumbers, email-validator and python-stdnum are imported by the validator that uses them, when it
# first runs: validating is for edit dialogs and the service, and the app's first paint needs none of them.

Validator = Callable[[str], str]

_SPACES = re.compile(r"\s+")
_PHONE_PUNCTUATION = re.compile(r"[\s\-().]")
_REG_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 /.\-]*$")
_OCN = re.compile(r"^[A-Za-z0-9]{4}$")
_FRN = re.compile(r"^[0-9]{10}$")  # ASCII digits only: \d would take any script's digits
_ALPHANUMERIC_SENDER = re.compile(r"^(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}$")


#: Invisible characters that reorder or hide text (Unicode bidirectional controls, UAX #9): they make a
#: stored value display differently from what it is ("Trojan Source", CVE-2021-42574).
_BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def check_text(text: str) -> str:
    """Refuse text that cannot be stored and shown as typed; return it unchanged otherwise.

    Refused: control characters (Unicode category Cc: NUL, escape, line breaks…), lone surrogates
    (Cs: not encodable in UTF-8, RFC 3629) and bidirectional controls (UAX #9). Every editable field
    goes through this check before its own rule (see :func:`validate_fields`).

    Raises:
        FieldError: the text holds such a character.
    """
    for char in text:
        category = unicodedata.category(char)
        if category == "Cs":
            raise FieldError("This text holds a broken character (a lone UTF-16 surrogate): type it again.")
        if char in "\r\n":
            raise FieldError("This field cannot contain line breaks.")
        if category == "Cc" and char != "\t" or char in _BIDI_CONTROLS:
            raise FieldError(f"Remove the invisible control character U+{ord(char):04X}.")
    return text


def _clean(text: str | None) -> str:
    """Refuse control characters (:func:`check_text`), then trim and collapse white space to one space."""
    return _SPACES.sub(" ", check_text(text or "")).strip()


def _required_text(text: str, when_empty: str, limit: int) -> str:
    """Cleaned text that must not be empty (``when_empty`` says what to type) nor exceed ``limit`` characters."""
    value = _clean(text)
    if not value:
        raise FieldError(when_empty)
    if len(value) > limit:
        raise FieldError(f"Use at most {limit} characters.")
    return value


def validate_name(text: str) -> str:
    """The account holder's name: required, at most 100 characters.

    Raises:
        FieldError: empty or too long.
    """
    return _required_text(text, "Enter a name.", 100)


def validate_company(text: str) -> str:
    """The company's legal name: required, at most 200 characters.

    Raises:
        FieldError: empty or too long.
    """
    return _required_text(text, "Enter the company's legal name.", 200)


def validate_company_reg_id(text: str) -> str:
    """A company registration ID, kept as text exactly as typed (e.g. ``01234567``, ``J40/1234/2020``).

    Optional. Letters, digits, spaces, ``/``, ``.`` and ``-``; at most 50 characters. Leading zeros,
    letters and slashes are preserved: registries such as Companies House (UK) and ONRC (Romania)
    use them.

    Raises:
        FieldError: characters outside that set, or too long.
    """
    value = _clean(text)
    if not value:
        return ""
    if len(value) > 50:
        raise FieldError("Use at most 50 characters.")
    if not _REG_ID.match(value):
        raise FieldError("Use letters, digits, spaces, '/', '.' and '-' only, e.g. J40/1234/2020.")
    return value


def validate_ocn(text: str) -> str:
    """An Operating Company Number: optional; exactly four letters or digits, stored upper-case.

    Source: NECA's Company Code / OCN assignment (four alphanumeric characters).

    Raises:
        FieldError: not four letters or digits.
    """
    value = _clean(text).replace(" ", "").upper()
    if not value:
        return ""
    if not _OCN.match(value):
        raise FieldError("An OCN has exactly 4 letters or digits, e.g. 1234 or 567A.")
    return value


def validate_frn(text: str) -> str:
    """An FCC Registration Number: optional; exactly 10 digits, leading zeros kept.

    Source: FCC CORES, "FCC Registration Number (FRN)" — a 10-digit number. Spaces and dashes
    typed between digit groups are removed.

    Raises:
        FieldError: not ten digits.
    """
    value = re.sub(r"[\s\-]", "", text or "")
    if not value:
        return ""
    if not _FRN.match(value):
        raise FieldError("An FRN has exactly 10 digits, e.g. 0012345678.")
    return value


def validate_vat_reg_id(text: str) -> str:
    """A VAT registration ID of an EU member state or the UK, with its country prefix.

    Optional. Syntax and check digits are checked with python-stdnum (``stdnum.eu.vat``,
    ``stdnum.gb.vat``). Stored upper-case without spaces, dots or dashes; Greece is ``EL``
    (a ``GR`` prefix is rewritten), as in the EU's VIES.

    Raises:
        FieldError: no known country prefix, wrong length or format, or wrong check digits.
    """
    from stdnum.eu import vat as eu_vat  # on first use, not at start (see the imports)
    from stdnum.exceptions import ValidationError as StdnumError
    from stdnum.gb import vat as gb_vat

    value = re.sub(r"[\s.\-]", "", text or "").upper()
    if not value:
        return ""
    if value.startswith("GR"):
        value = "EL" + value[2:]
    try:
        if value.startswith("GB"):
            return "GB" + gb_vat.validate(value[2:])
        prefix = "gr" if value[:2] == "EL" else value[:2].lower()
        if prefix not in eu_vat.MEMBER_STATES:
            raise FieldError("Start with an EU or UK country code, e.g. DE136695976 or GB980780684.")
        return eu_vat.validate(value)
    except StdnumError as error:
        raise FieldError(_vat_message(error)) from None


def _vat_message(error: StdnumError) -> str:
    name = type(error).__name__
    if name == "InvalidChecksum":
        return "The check digits do not match: look for a typing error."
    if name == "InvalidLength":
        return "This VAT ID has the wrong number of characters for its country."
    if name == "InvalidComponent":
        return "Start with an EU or UK country code, e.g. DE136695976 or GB980780684."
    return "This is not a valid VAT ID for its country."


def validate_email_address(text: str, *, required: bool = True) -> str:
    """An e-mail address checked with email-validator (no DNS look-up); returns its normalised form.

    Internationalised domains and local parts are allowed (RFC 6531, RFC 5890).

    Raises:
        FieldError: empty (when required) or not a valid address.
    """
    value = (text or "").strip()
    if not value:
        if required:
            raise FieldError("Enter an e-mail address, e.g. billing@example.com.")
        return ""
    from email_validator import EmailNotValidError, validate_email  # on first use, not at start

    try:
        return validate_email(value, check_deliverability=False, allow_smtputf8=True).normalized
    except EmailNotValidError as error:
        raise FieldError(f"Not a valid e-mail address: {error}") from None


def validate_phone(text: str, *, required: bool = False) -> str:
    """A phone number in international form, returned as E.164 (``+442071234567``).

    Spaces, dashes, dots and brackets are removed and a leading ``00`` becomes ``+``; the number
    must then start with ``+`` and a country code and be a valid number for that country
    (phonenumbers, from Google's libphonenumber metadata; ITU-T E.164).

    Raises:
        FieldError: empty (when required), no country code, letters or an extension, or not a valid
            number.
    """
    raw = (text or "").strip()
    if not raw:
        if required:
            raise FieldError("Enter a phone number starting with + and the country code.")
        return ""
    compact = _PHONE_PUNCTUATION.sub("", raw)
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    if not compact.startswith("+"):
        raise FieldError("Start with + and the country code, e.g. +44 20 7123 4567.")
    if not compact[1:].isascii() or not compact[1:].isdigit():
        # phonenumbers would turn keypad letters into digits and drop an extension without a word;
        # an E.164 number has neither.
        raise FieldError("Type the number in digits only, without letters or an extension, e.g. +44 20 7123 4567.")
    import phonenumbers  # on first use, not at start (see the imports)

    try:
        number = phonenumbers.parse(compact, None)
    except phonenumbers.NumberParseException:
        raise FieldError("Not a phone number: use + and the country code, e.g. +1 212 555 0100.") from None
    if not phonenumbers.is_valid_number(number):
        raise FieldError("This is not a valid number for its country code; check the digits.")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def validate_sms_from(text: str) -> str:
    """The SMS sender: an E.164 number (see :func:`validate_phone`) or an alphanumeric sender ID.

    An alphanumeric sender has 1–11 letters, digits and spaces with at least one letter (the GSM
    03.40 TP-OA alphanumeric address limit of 11 characters).

    Raises:
        FieldError: empty, or neither an E.164 number nor a valid alphanumeric sender.
    """
    raw = (text or "").strip()
    if not raw:
        raise FieldError("Enter a phone number (+ and country code) or a sender name of up to 11 characters.")
    if _ALPHANUMERIC_SENDER.match(raw) and not raw.replace(" ", "").isdigit():
        return raw
    if raw.startswith(("+", "00")) or _PHONE_PUNCTUATION.sub("", raw).isdigit():
        return validate_phone(raw, required=True)
    raise FieldError("Use a number with + and the country code, or 1–11 letters, digits and spaces "
                     "with at least one letter.")


#: The validator of every editable Account key (dotted), shared by client and server.
ACCOUNT_VALIDATORS: dict[str, Validator] = {
    "name": validate_name,
    "company": validate_company,
    "company_reg_id": validate_company_reg_id,
    "ocn": validate_ocn,
    "frn": validate_frn,
    "vat_reg_id": validate_vat_reg_id,
    "contact.email": validate_email_address,
    "contact.phone": validate_phone,
    "contact.mobile": validate_phone,
}


def validate_fields(values: dict[str, str], validators: dict[str, Validator] = ACCOUNT_VALIDATORS
                    ) -> tuple[dict[str, str], dict[str, str]]:
    """Validate a flat ``{dotted key: text}`` map.

    Returns:
        ``(clean, errors)``: the normalised value of each valid key, and a message for each invalid
        one. Keys without a validator are reported as errors ("This field cannot be changed here.").
    """
    clean: dict[str, str] = {}
    errors: dict[str, str] = {}
    for key, text in values.items():
        validator = validators.get(key)
        if validator is None:
            errors[key] = "This field cannot be changed here."
            continue
        try:
            clean[key] = validator(check_text("" if text is None else str(text)))
        except FieldError as error:
            errors[key] = str(error)
    return clean, errors
