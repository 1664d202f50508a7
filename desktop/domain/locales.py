"""The languages the app offers, and so the CLDR locales (babel) it formats with (issue 11, point 4).

The app's own text is English; German and French translations are planned (the desk-readiness
issue). Dates, numbers and money are formatted with babel's CLDR data for a locale of one of these
languages, with any region (``en_GB``, ``de_AT``, ``fr_CA``…); the user's locale of another language
falls back to English (:func:`desktop.views.formats.babel_locale`). The frozen app bundles babel's
data for exactly these languages, all their regions (about 1.9 MiB; ``en_GB`` also reads ``en_001``)
and ``root`` (``build.spec``), which keeps about 33 MiB of CLDR data for ~230 other languages out of
the bundle; the rule applies from source too, so both behave alike.
"""

from __future__ import annotations

#: The ISO 639-1 codes of the languages the app offers, English first (the fallback).
OFFERED_LANGUAGES: tuple[str, ...] = ("en", "de", "fr")


def is_offered(locale_name: str | None) -> bool:
    """Whether a locale name (``de_AT``, ``fr-CA``, ``en_US.UTF-8``, ``root``) is one the app formats with.

    ``root`` (CLDR's base data) counts as offered: every locale inherits from it.
    """
    if not locale_name:
        return False
    language = locale_name.replace("-", "_").split("_")[0].split(".")[0].lower()
    return language == "root" or language in OFFERED_LANGUAGES
