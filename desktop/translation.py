"""The language of the app's text: the user's choice or the system's, and Qt's translators for it (issue 12, point 3).

The app's text is English in the source; German and French come from ``i18n/cxdesk_de.ts`` and
``i18n/cxdesk_fr.ts``, compiled to ``desktop/forms/cxdesk_de.qm`` and ``cxdesk_fr.qm`` by
``python -m desktop.tools.build_forms`` (:mod:`desktop.tools.build_translations`). Qt's own text
(the buttons of a :class:`~PySide6.QtWidgets.QDialogButtonBox`, the context menu of a line edit) comes
from Qt's ``qtbase_de.qm``/``qtbase_fr.qm``, found in Qt's translations folder (the frozen app keeps
exactly those two).

The language is, first, ``--language`` on the command line, then the choice kept in ``settings.ini``
in the settings folder (View > Language, :func:`write_choice`), then the first language of the
system's list of UI languages (:meth:`QLocale.uiLanguages`) the app offers, else English.
:func:`apply_language` installs the translators (before the first window is built: loading a ``.qm``
is cheap) and makes the language the default :class:`~PySide6.QtCore.QLocale`, which the app formats
money, numbers and dates with; a change later sends every widget a ``LanguageChange`` event.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from desktop.domain.locales import OFFERED_LANGUAGES
from desktop.paths import config_dir

log = logging.getLogger("desktop")

#: The settings file the language choice is kept in, in the settings folder.
SETTINGS_FILE = "settings.ini"
#: Its key; the value is ``""`` (follow the system), ``"en"``, ``"de"`` or ``"fr"``.
LANGUAGE_KEY = "view/language"
#: Where the app's compiled translations are (``cxdesk_<language>.qm``).
QM_DIR = Path(__file__).resolve().parent / "forms"
#: Each offered language by its own name, as the Language menu shows it (never translated).
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "de": "Deutsch", "fr": "Français"}

_installed: list[QTranslator] = []
_language = "en"
_choice = ""


def settings_path() -> Path:
    """The settings file the language choice is kept in."""
    return config_dir() / SETTINGS_FILE


def read_choice(path: Path | None = None) -> str:
    """The language chosen in View > Language (``""``: the system's); an unknown value counts as ``""``."""
    value = str(QSettings(str(path or settings_path()), QSettings.Format.IniFormat).value(LANGUAGE_KEY, "") or "")
    return value if value in OFFERED_LANGUAGES else ""


def write_choice(choice: str, path: Path | None = None) -> None:
    """Keep the language choice (``""``: follow the system); it writes the file, so call it on a worker."""
    settings = QSettings(str(path or settings_path()), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, choice if choice in OFFERED_LANGUAGES else "")
    settings.sync()


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's UI languages (``de-AT``, ``fr``, ``en-US``…) the app offers, else ``"en"``."""
    for name in (locale or QLocale.system()).uiLanguages():
        language = name.replace("_", "-").split("-")[0].lower()
        if language in OFFERED_LANGUAGES:
            return language
    return "en"


def effective_language(command_line: str | None, choice: str, locale: QLocale | None = None) -> str:
    """The language to show: ``--language``, else the kept choice, else the system's."""
    for candidate in (command_line or "", choice):
        if candidate in OFFERED_LANGUAGES:
            return candidate
    return system_language(locale)


def start_language(command_line: str | None = None, path: Path | None = None) -> str:
    """At start-up, before the first window is built: read the kept choice and show the app in its language.

    Args:
        command_line: ``--language`` (``None``: not given); it wins over the kept choice for this run.
        path: the settings file (default: :func:`settings_path`).

    Returns:
        The language now shown.
    """
    global _choice
    _choice = read_choice(path)
    return apply_language(effective_language(command_line, _choice))


def current_choice() -> str:
    """The choice of View > Language (``""``: the system's language), as read at start or chosen since."""
    return _choice


def note_choice(choice: str) -> None:
    """Remember a choice made in View > Language for this run (:func:`write_choice` keeps it on disk)."""
    global _choice
    _choice = choice if choice in OFFERED_LANGUAGES else ""


def current_language() -> str:
    """The language the app's text is shown in now (``"en"``, ``"de"`` or ``"fr"``)."""
    return _language


def qm_path(language: str) -> Path:
    """The app's compiled translation for ``language``."""
    return QM_DIR / f"cxdesk_{language}.qm"


def qt_qm_folders() -> list[str]:
    """Where Qt's own translations (``qtbase_de.qm`` …) may be: Qt's translations folder, else PySide6's.

    The frozen app keeps them in ``PySide6/Qt/translations`` beside its libraries (``build.spec``).
    """
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    return [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            str(package / "Qt" / "translations"), str(package / "translations")]


def load_translators(language: str) -> list[QTranslator]:
    """The app's and Qt's base translators for ``language`` (none for English, the source language).

    Raises:
        OSError: a ``.qm`` file is missing or unreadable (the self-test reports it).
    """
    if language == "en":
        return []
    app_qm, qt_qm = QTranslator(), QTranslator()
    if not app_qm.load(str(qm_path(language))):
        raise OSError(f"cannot load {qm_path(language)}")
    if not any(qt_qm.load(f"qtbase_{language}", folder) for folder in qt_qm_folders()):
        raise OSError(f"cannot load qtbase_{language}.qm from {qt_qm_folders()[0]}")
    return [app_qm, qt_qm]


def apply_language(language: str) -> str:
    """Show the app in ``language`` from now on: install its translators and make it the default locale.

    Args:
        language: ``"en"``, ``"de"`` or ``"fr"`` (anything else: English). The default locale is
            the system's when its language is the same (``de_AT`` stays ``de_AT``), else the
            language's own (``QLocale("de")``: ``de_DE``), so a month never comes in another
            language than the sentence around it.

    Returns:
        The language now shown (English when a translation could not be loaded; that is logged).
    """
    global _language
    language = language if language in OFFERED_LANGUAGES else "en"
    try:
        translators = load_translators(language)
    except OSError as error:
        log.warning("Cannot load the %s translation: %s", language, error)
        language, translators = "en", []
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed[:] = translators
    for translator in translators:
        QCoreApplication.installTranslator(translator)
    system = QLocale.system()
    same = system.name().split("_")[0] == language
    QLocale.setDefault(system if same else QLocale(language))
    _language = language
    return language
