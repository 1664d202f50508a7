"""VAT registration IDs of the EU member states and the UK, checked with python-stdnum (design §3).

:func:`check_vat_reg_id` returns the ID in the form that is saved (country prefix, upper case,
no spaces, dots or dashes; Greece is ``EL`` as in the EU's VIES) and a notice for each change it
made to the text as typed: separators removed, letters upper-cased, ``GR`` rewritten as ``EL``, and a
country prefix added from the account's address when the number was typed without one
(``40303265045`` with a French address → ``FR40303265045``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desktop.domain.errors import FieldError
from desktop.domain.normalised import QT_TRANSLATE_NOOP, Normalised, Notice

if TYPE_CHECKING:
    from stdnum.exceptions import ValidationError as StdnumError

_SEPARATORS = re.compile(r"[\s.\-]")

SEPARATORS_REMOVED = QT_TRANSLATE_NOOP("Notice", "Spaces, dots and dashes were removed.")
UPPER_CASED = QT_TRANSLATE_NOOP("Notice", "Letters were changed to capitals.")
GREEK_PREFIX = QT_TRANSLATE_NOOP("Notice",
                                 "GR was changed to EL, Greece's prefix in the EU's VAT system.")
PREFIX_ADDED = QT_TRANSLATE_NOOP("Notice", "{prefix} was added from the address's country ({country}).")
NEEDS_PREFIX = QT_TRANSLATE_NOOP("FieldError", "Start with an EU or UK country code, e.g. DE136695976 or GB980780684.")


def _prefix_of(country: str) -> str:
    """The VAT prefix of an EU member state's ISO 3166 code (``GR`` → ``EL``); ``""`` when not a member."""
    from stdnum.eu import vat as eu_vat  # on first use, not at start

    code = (country or "").strip().lower()
    if code not in eu_vat.MEMBER_STATES or code == "xi":  # XI is Northern Ireland: UK, not an address country
        return ""
    return "EL" if code == "gr" else code.upper()


def _is_prefixed(value: str) -> bool:
    from stdnum.eu import vat as eu_vat

    return value[:2] in ("GB", "EL") or (value[:2].isalpha() and value[:2].lower() in eu_vat.MEMBER_STATES)


def check_vat_reg_id(text: str, *, country: str = "") -> Normalised:
    """A VAT registration ID of an EU member state or the UK, with its country prefix and what was changed.

    Optional. Syntax and check digits are checked with python-stdnum (``stdnum.eu.vat``,
    ``stdnum.gb.vat``). Stored upper-case without spaces, dots or dashes; a ``GR`` prefix is
    rewritten ``EL``. An ID typed without a prefix takes the prefix of ``country`` (the account
    address's ISO 3166 code) when that is an EU member state.

    Raises:
        FieldError: no known country prefix, wrong length or format, or wrong check digits.
    """
    from stdnum.eu import vat as eu_vat  # on first use, not at start
    from stdnum.exceptions import ValidationError as StdnumError
    from stdnum.gb import vat as gb_vat

    typed = (text or "").strip()
    compact = _SEPARATORS.sub("", typed)
    if not compact:
        return Normalised("")
    notices: list[Notice] = []
    if compact != typed:
        notices.append(Notice(SEPARATORS_REMOVED))
    value = compact.upper()
    if value != compact:
        notices.append(Notice(UPPER_CASED))
    if value.startswith("GR"):
        value = "EL" + value[2:]
        notices.append(Notice(GREEK_PREFIX))
    elif not _is_prefixed(value) and _prefix_of(country):
        prefix = _prefix_of(country)
        if value[0].isdigit() or eu_vat.is_valid(prefix + value):  # "US123…" is not a French ID without FR
            value = prefix + value
            notices.append(Notice(PREFIX_ADDED, prefix=prefix, country=_country_name(country)))
    try:
        if value.startswith("GB"):
            return Normalised("GB" + gb_vat.validate(value[2:]), tuple(notices))
        if not _is_prefixed(value):
            raise FieldError(NEEDS_PREFIX)
        return Normalised(eu_vat.validate(value), tuple(notices))
    except StdnumError as error:
        raise FieldError(_vat_message(error)) from None


def _country_name(code: str) -> str:
    from babel import Locale

    return str(Locale("en").territories.get(code.strip().upper(), code))


def _vat_message(error: StdnumError) -> str:
    name = type(error).__name__
    if name == "InvalidChecksum":
        return QT_TRANSLATE_NOOP("FieldError", "The check digits do not match: look for a typing error.")
    if name == "InvalidLength":
        return QT_TRANSLATE_NOOP("FieldError", "This VAT ID has the wrong number of characters for its country.")
    if name == "InvalidComponent":
        return NEEDS_PREFIX
    return QT_TRANSLATE_NOOP("FieldError", "This is not a valid VAT ID for its country.")
