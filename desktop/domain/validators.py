"""Validation and normalisation of the account's editable fields (design §3).

Each ``check_*`` function takes the text a user typed and returns a
:class:`~desktop.domain.normalised.Normalised`: the value that is stored and sent, and a notice for
each change made to the text as typed (issue 12 point 5: the views show them at the field before
Save), or raises :class:`~desktop.domain.errors.FieldError` with a message that says what to type.
Each ``validate_*`` function returns only the value. Every validator is idempotent: validating its
own output returns it unchanged with no notice of a change, so saving twice never changes a saved value.
Phone numbers are in :mod:`desktop.domain.phones`, VAT IDs in :mod:`desktop.domain.vat`.

:data:`ACCOUNT_VALIDATORS` maps each editable Account key (dotted, see
:data:`desktop.domain.models.EDITABLE_ACCOUNT_FIELDS`) to its validator; the service and the app
both use it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from functools import partial

from desktop.domain.errors import FieldError
from desktop.domain.normalised import QT_TRANSLATE_NOOP, Checker, Normalised, Notice, normalised
from desktop.domain.phones import check_phone, check_sms_from
from desktop.domain.vat import check_vat_reg_id

# phonenumbers, email-validator and python-stdnum are imported by the validator that uses them, when it
# first runs: validating is for edit dialogs and the service, and the app's first paint needs none of them.

Validator = Callable[[str], str]

_SPACES = re.compile(r"\s+")
_REG_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 /.\-]*$")
_OCN = re.compile(r"^[A-Za-z0-9]{4}$")
_FRN = re.compile(r"^[0-9]{10}$")  # ASCII digits only: \d would take any script's digits

SPACES_JOINED = QT_TRANSLATE_NOOP("Notice", "Repeated spaces or tabs were made one space.")
SPACES_REMOVED = QT_TRANSLATE_NOOP("Notice", "Spaces were removed.")
SPACES_DASHES_REMOVED = QT_TRANSLATE_NOOP("Notice", "Spaces and dashes were removed.")
UPPER_CASED = QT_TRANSLATE_NOOP("Notice", "Letters were changed to capitals.")
DOMAIN_LOWER_CASED = QT_TRANSLATE_NOOP("Notice", "The domain was changed to lower case.")
LOWER_CASED = QT_TRANSLATE_NOOP("Notice", "Letters were changed to lower case.")
EMAIL_STANDARD_FORM = QT_TRANSLATE_NOOP("Notice", "The address was written in its standard form.")
# The field errors (English templates, translated by the views in context "FieldError"). They come before
# the module's "#:" comments: pyside6-lupdate gives such a comment to the next translatable text it finds.
BROKEN_CHARACTER = QT_TRANSLATE_NOOP("FieldError",
                                     "This text holds a broken character (a lone UTF-16 surrogate): type it again.")
NOT_EDITABLE = QT_TRANSLATE_NOOP("FieldError", "This field cannot be changed here.")
LINE_BREAKS = QT_TRANSLATE_NOOP("FieldError", "This field cannot contain line breaks.")
CONTROL_CHARACTER = QT_TRANSLATE_NOOP("FieldError", "Remove the invisible control character {code}.")
FORMAT_CHARACTER = QT_TRANSLATE_NOOP("FieldError", "Remove the invisible formatting character {code}.")
TOO_LONG = QT_TRANSLATE_NOOP("FieldError", "Use at most {limit} characters.")
NAME_MISSING = QT_TRANSLATE_NOOP("FieldError", "Enter a name.")
COMPANY_MISSING = QT_TRANSLATE_NOOP("FieldError", "Enter the company's legal name.")
REG_ID_TOO_LONG = QT_TRANSLATE_NOOP("FieldError", "Use at most 50 characters.")
REG_ID_CHARACTERS = QT_TRANSLATE_NOOP(
    "FieldError", "Use letters, digits, spaces, '/', '.' and '-' only, e.g. J40/1234/2020.")
OCN_FORM = QT_TRANSLATE_NOOP("FieldError", "An OCN has exactly 4 letters or digits, e.g. 1234 or 567A.")
FRN_FORM = QT_TRANSLATE_NOOP("FieldError", "An FRN has exactly 10 digits, e.g. 0012345678.")
EMAIL_MISSING = QT_TRANSLATE_NOOP("FieldError", "Enter an e-mail address, e.g. billing@example.com.")
EMAIL_INVALID = QT_TRANSLATE_NOOP("FieldError", "Not a valid e-mail address: {reason}")


#: Invisible characters that reorder or hide text (Unicode bidirectional controls, UAX #9): they make a
#: stored value display differently from what it is ("Trojan Source", CVE-2021-42574).
_BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def check_text(text: str) -> str:
    """Refuse text that cannot be stored and shown as typed; return it unchanged otherwise.

    Refused: control characters (Unicode category Cc: NUL, escape, line breaks…), lone surrogates
    (Cs: not encodable in UTF-8, RFC 3629), bidirectional controls (UAX #9) and every other invisible
    format character (category Cf: zero-width space U+200B, zero-width joiner U+200D, word joiner
    U+2060, byte order mark U+FEFF, soft hyphen U+00AD…; UTS #39 §3.1 lists them as not to be used
    in identifiers), which let two names that look the same differ (issue 14). Every editable field
    goes through this check before its own rule (see :func:`validate_fields`).

    Raises:
        FieldError: the text holds such a character.
    """
    for char in text:
        category = unicodedata.category(char)
        if category == "Cs":
            raise FieldError(BROKEN_CHARACTER)
        if char in "\r\n":
            raise FieldError(LINE_BREAKS)
        if category == "Cc" and char != "\t" or char in _BIDI_CONTROLS:
            raise FieldError(CONTROL_CHARACTER, code=f"U+{ord(char):04X}")
        if category == "Cf":
            name = unicodedata.name(char, "").lower()
            raise FieldError(FORMAT_CHARACTER, code=f"U+{ord(char):04X}" + (f" ({name})" if name else ""))
    return text


def _clean(text: str | None) -> Normalised:
    """Refuse control characters (:func:`check_text`), then trim and collapse white space to one space.

    Spaces at the ends go without a notice (they cannot be seen); repeated spaces or tabs inside get one.
    """
    trimmed = check_text(text or "").strip()
    value = _SPACES.sub(" ", trimmed)
    return Normalised(value, (Notice(SPACES_JOINED),) if value != trimmed else ())


def _required_text(text: str, when_empty: str, limit: int) -> Normalised:
    """Cleaned text that must not be empty (``when_empty`` says what to type) nor exceed ``limit`` characters."""
    result = _clean(text)
    if not result.value:
        raise FieldError(when_empty)
    if len(result.value) > limit:
        raise FieldError(TOO_LONG, limit=limit)
    return result


def check_name(text: str) -> Normalised:
    """The account holder's name: required, at most 100 characters.

    Raises:
        FieldError: empty or too long.
    """
    return _required_text(text, NAME_MISSING, 100)


def check_company(text: str) -> Normalised:
    """The company's legal name: required, at most 200 characters.

    Raises:
        FieldError: empty or too long.
    """
    return _required_text(text, COMPANY_MISSING, 200)


def check_company_reg_id(text: str) -> Normalised:
    """A company registration ID, kept as text as typed (e.g. ``01234567``, ``J40/1234/2020``).

    Optional. Letters, digits, spaces, ``/``, ``.`` and ``-``; at most 50 characters. Leading zeros,
    letters, case and slashes are preserved (registries such as Companies House (UK) and ONRC
    (Romania) use them); only repeated spaces become one.

    Raises:
        FieldError: characters outside that set, or too long.
    """
    result = _clean(text)
    if not result.value:
        return Normalised("")
    if len(result.value) > 50:
        raise FieldError(REG_ID_TOO_LONG)
    if not _REG_ID.match(result.value):
        raise FieldError(REG_ID_CHARACTERS)
    return result


def check_ocn(text: str) -> Normalised:
    """An Operating Company Number: optional; exactly four letters or digits, stored upper-case without spaces.

    Source: NECA's Company Code / OCN assignment (four alphanumeric characters).

    Raises:
        FieldError: not four letters or digits.
    """
    cleaned = _clean(text).value
    compact = cleaned.replace(" ", "")
    value = compact.upper()
    if not value:
        return Normalised("")
    if not _OCN.match(value):
        raise FieldError(OCN_FORM)
    notices = [Notice(SPACES_REMOVED)] if compact != cleaned else []
    if value != compact:
        notices.append(Notice(UPPER_CASED))
    return Normalised(value, tuple(notices))


def check_frn(text: str) -> Normalised:
    """An FCC Registration Number: optional; exactly 10 digits, leading zeros kept.

    Source: FCC CORES, "FCC Registration Number (FRN)" — a 10-digit number. Spaces and dashes
    typed between digit groups are removed.

    Raises:
        FieldError: not ten digits.
    """
    typed = (text or "").strip()
    value = re.sub(r"[\s\-]", "", typed)
    if not value:
        return Normalised("")
    if not _FRN.match(value):
        raise FieldError(FRN_FORM)
    return Normalised(value, (Notice(SPACES_DASHES_REMOVED),) if value != typed else ())


def check_email_address(text: str, *, required: bool = True) -> Normalised:
    """An e-mail address checked with email-validator (no DNS look-up), in its normalised form.

    Internationalised domains and local parts are allowed (RFC 6531, RFC 5890). A change made by
    the normalisation (the domain in lower case, Unicode in its composed form) gets a notice.

    Raises:
        FieldError: empty (when required) or not a valid address.
    """
    value = (text or "").strip()
    if not value:
        if required:
            raise FieldError(EMAIL_MISSING)
        return Normalised("")
    from email_validator import EmailNotValidError, validate_email  # on first use, not at start

    try:
        address = validate_email(value, check_deliverability=False, allow_smtputf8=True).normalized
    except EmailNotValidError as error:
        raise FieldError(EMAIL_INVALID, reason=error) from None
    if address == value:
        return Normalised(address)
    if address.lower() != value.lower():
        return Normalised(address, (Notice(EMAIL_STANDARD_FORM),))
    same_name = address.rpartition("@")[0] == value.rpartition("@")[0]  # role names (noc@, postmaster@) are lowered
    return Normalised(address, (Notice(DOMAIN_LOWER_CASED if same_name else LOWER_CASED),))


def validate_name(text: str) -> str:
    """The value of :func:`check_name`."""
    return check_name(text).value


def validate_company(text: str) -> str:
    """The value of :func:`check_company`."""
    return check_company(text).value


def validate_company_reg_id(text: str) -> str:
    """The value of :func:`check_company_reg_id`."""
    return check_company_reg_id(text).value


def validate_ocn(text: str) -> str:
    """The value of :func:`check_ocn`."""
    return check_ocn(text).value


def validate_frn(text: str) -> str:
    """The value of :func:`check_frn`."""
    return check_frn(text).value


def validate_vat_reg_id(text: str, *, country: str = "") -> str:
    """The value of :func:`desktop.domain.vat.check_vat_reg_id`."""
    return check_vat_reg_id(text, country=country).value


def validate_email_address(text: str, *, required: bool = True) -> str:
    """The value of :func:`check_email_address`."""
    return check_email_address(text, required=required).value


def validate_phone(text: str, *, required: bool = False) -> str:
    """The value of :func:`desktop.domain.phones.check_phone` (E.164)."""
    return check_phone(text, required=required).value


def validate_sms_from(text: str) -> str:
    """The value of :func:`desktop.domain.phones.check_sms_from`."""
    return check_sms_from(text).value


def account_checks(country: str = "") -> dict[str, Checker]:
    """The checker of every editable Account key (dotted) for an account whose address is in ``country``.

    The country (ISO 3166 code) gives a VAT ID typed without a prefix its EU prefix; client and
    server pass the account's own address country, so both save the same value.
    """
    return {
        "name": check_name,
        "company": check_company,
        "company_reg_id": check_company_reg_id,
        "ocn": check_ocn,
        "frn": check_frn,
        "vat_reg_id": partial(check_vat_reg_id, country=country),
        "contact.email": check_email_address,
        "contact.phone": check_phone,
        "contact.mobile": check_phone,
    }


#: The checker of every editable Account key (dotted) when the address's country is not known.
ACCOUNT_CHECKS: dict[str, Checker] = account_checks()


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


def validate_fields(values: dict[str, str], validators: Mapping[str, Validator | Checker] = ACCOUNT_VALIDATORS
                    ) -> tuple[dict[str, str], dict[str, str]]:
    """Validate a flat ``{dotted key: text}`` map with validators or checkers (only their values are kept).

    Returns:
        ``(clean, errors)``: the normalised value of each valid key, and a message for each invalid
        one. Keys without a validator are reported as errors ("This field cannot be changed here.").
    """
    clean: dict[str, str] = {}
    errors: dict[str, str] = {}
    for key, text in values.items():
        validator = validators.get(key)
        if validator is None:
            errors[key] = NOT_EDITABLE
            continue
        try:
            clean[key] = normalised(validator(check_text("" if text is None else str(text)))).value
        except FieldError as error:
            errors[key] = str(error)
    return clean, errors
