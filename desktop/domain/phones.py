"""Phone numbers and the SMS sender: judged with phonenumbers, saved in E.164, changes said (design §3).

:func:`check_phone` and :func:`check_sms_from` return a
:class:`~desktop.domain.normalised.Normalised` whose notices say what was changed to the text as
typed (separators removed, ``00`` read as ``+``, the trunk ``0`` after the country code removed) and
what the user should know (a number phonenumbers calls *possible* but cannot confirm for its
country, issue 13 point 5; a sender name that some destinations refuse). Only impossible numbers
are refused.
"""

from __future__ import annotations

import re

from desktop.domain.errors import FieldError
from desktop.domain.normalised import QT_TRANSLATE_NOOP, Normalised, Notice

_PHONE_PUNCTUATION = re.compile(r"[\s\-().]")
_ALPHANUMERIC_SENDER = re.compile(r"^(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}$")

SEPARATORS_REMOVED = QT_TRANSLATE_NOOP("Notice", "Spaces, dashes, dots and brackets were removed.")
DOUBLE_ZERO_READ = QT_TRANSLATE_NOOP("Notice", "The leading {prefix} was read as + (the international prefix).")
TRUNK_ZERO_REMOVED = QT_TRANSLATE_NOOP("Notice",
                                       "The {digits} after {code} was removed: it is dialled only inside the country.")
NOT_CONFIRMED = QT_TRANSLATE_NOOP("Notice", "This number could not be confirmed for {code} ({region}): it is "
                                  "possible, but not known to be in use; check the digits.")
TRUNK_ZERO_TYPED = QT_TRANSLATE_NOOP(
    "FieldError", "Remove the 0 after {code}: type {code} and then the number without its leading 0.")
SENDER_NAME_NOTE = QT_TRANSLATE_NOOP("Notice", "Some destinations (the US, Canada and others) only accept SMS sent "
                                     "from a number, and recipients cannot reply to a sender name.")


def check_phone(text: str, *, required: bool = False) -> Normalised:
    """A phone number in international form, returned as E.164 (``+442071234567``) with what was changed.

    Spaces, dashes, dots and brackets are removed, a leading ``00`` (or ``+00``) becomes ``+`` and a
    trunk prefix typed after the country code (the ``0`` of ``+44 020…``, the ``8`` of ``+7 8 812…``)
    is removed, each with a notice; any other digit phonenumbers would drop there is refused. The
    number must then be *possible* for its country code (phonenumbers, from Google's libphonenumber
    metadata; ITU-T E.164); one that is possible but not known to be valid (a reserved or new range,
    ``+44 1632 960123``) is accepted with a notice that it could not be confirmed.

    Raises:
        FieldError: empty (when required), no country code, letters or an extension, digits after
            the country code that are not its trunk prefix (``+44 0044…``: "remove the 0 after +44"),
            or not a possible number.
    """
    raw = (text or "").strip()
    if not raw:
        if required:
            raise FieldError(QT_TRANSLATE_NOOP(
                "FieldError", "Enter a phone number starting with + and the country code."))
        return Normalised("")
    notices: list[Notice] = []
    compact = _PHONE_PUNCTUATION.sub("", raw)
    if compact != raw:
        notices.append(Notice(SEPARATORS_REMOVED))
    for prefix in ("+00", "00"):
        if compact.startswith(prefix):
            compact = "+" + compact[len(prefix):]
            notices.append(Notice(DOUBLE_ZERO_READ, prefix=prefix))
            break
    if not compact.startswith("+"):
        raise FieldError(QT_TRANSLATE_NOOP("FieldError", "Start with + and the country code, e.g. +44 20 7123 4567."))
    if not compact[1:].isascii() or not compact[1:].isdigit():
        # phonenumbers would turn keypad letters into digits and drop an extension without a word;
        # an E.164 number has neither.
        raise FieldError(QT_TRANSLATE_NOOP(
            "FieldError", "Type the number in digits only, without letters or an extension, e.g. "
                          "+44 20 7123 4567."))
    import phonenumbers  # on first use, not at start: the app's first paint needs no validator

    try:
        number = phonenumbers.parse(compact, None)
    except phonenumbers.NumberParseException:
        raise FieldError(QT_TRANSLATE_NOOP(
            "FieldError", "Not a phone number: use + and the country code, e.g. +1 212 555 0100.")) from None
    code = f"+{number.country_code}"
    typed_national = compact[len(code):]
    national = phonenumbers.national_significant_number(number)
    trunk = _trunk_prefix(number.country_code or 0)
    if trunk.startswith("0") and national.startswith("0"):  # +44 0044…: a 0 phonenumbers keeps; never +440…
        raise FieldError(TRUNK_ZERO_TYPED, code=code)
    if typed_national != national:  # phonenumbers dropped digits typed after the country code
        dropped = typed_national[:-len(national)] if typed_national.endswith(national) else typed_national
        if dropped != trunk:
            if dropped.startswith("0"):  # never +440044…: the 0 (or 00) goes, or the number is refused
                raise FieldError(TRUNK_ZERO_TYPED, code=code)
            raise FieldError(QT_TRANSLATE_NOOP(
                "FieldError", "Check the digits after {code}: {digits} is not part of a number there."),
                code=code, digits=dropped)
        notices.append(Notice(TRUNK_ZERO_REMOVED, code=code, digits=dropped))
    if not phonenumbers.is_possible_number(number):
        raise FieldError(QT_TRANSLATE_NOOP(
            "FieldError", "This is not a valid number for {code}: no number there has this many "
                          "digits; check them."), code=code)
    if not phonenumbers.is_valid_number(number):
        notices.append(Notice(NOT_CONFIRMED, code=code, region=_region_name(number.country_code or 0)))
    return Normalised(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), tuple(notices))


def _trunk_prefix(country_code: int) -> str:
    """The trunk prefix dialled before a number inside its country (``0`` in the UK, ``8`` in Russia), or ``""``."""
    import phonenumbers

    region = phonenumbers.region_code_for_country_code(country_code)
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region, None)
    return (metadata.national_prefix or "") if metadata is not None else ""


def _region_name(country_code: int) -> str:
    """The English name of the main region of a country calling code (``44`` → ``United Kingdom``)."""
    import phonenumbers
    from babel import Locale

    region = phonenumbers.region_code_for_country_code(country_code)
    return str(Locale("en").territories.get(region, region))


def check_sms_from(text: str) -> Normalised:
    """The SMS sender: an E.164 number (see :func:`check_phone`) or an alphanumeric sender ID.

    An alphanumeric sender has 1–11 letters, digits and spaces with at least one letter (the GSM
    03.40 TP-OA alphanumeric address limit of 11 characters); it comes with the note that some
    destinations need a number and that recipients cannot reply.

    Raises:
        FieldError: empty, or neither a possible E.164 number nor a valid alphanumeric sender.
    """
    raw = (text or "").strip()
    if not raw:
        raise FieldError(QT_TRANSLATE_NOOP(
            "FieldError", "Enter a phone number (+ and country code) or a sender name of up to 11 "
                          "characters."))
    if _ALPHANUMERIC_SENDER.match(raw) and not raw.replace(" ", "").isdigit():
        return Normalised(raw, (Notice(SENDER_NAME_NOTE),))
    if raw.startswith(("+", "00")) or _PHONE_PUNCTUATION.sub("", raw).isdigit():
        return check_phone(raw, required=True)
    raise FieldError(QT_TRANSLATE_NOOP(
        "FieldError", "Use a number with + and the country code, or 1–11 letters, digits and "
                      "spaces with at least one letter."))
