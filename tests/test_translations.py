"""Issue 12, point 3 (translations): the app speaks German and French, completely, as chosen or as the system does.

The ``.ts`` sources are complete and what lupdate makes of the code and forms now, the ``.qm`` files are
what they compile to; ``--language`` and View > Language show the main window and the dialogs in
German or French at once, Qt's own buttons included; the choice is kept and wins over the system's
language. The mnemonics of each window in each language are checked by tests/test_keyboard.py.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMenu

from desktop import translation
from desktop.shell.args import parse_args
from desktop.tools import build_translations
from tests.dialogs import loaded_window


@pytest.fixture
def language(qapp):
    """Show the app in a language for one test (``language("de")``); English again afterwards."""
    yield translation.apply_language
    translation.apply_language("en")
    QLocale.setDefault(QLocale.system())


# -- the sources and the compiled files -------------------------------------------------------------


def test_the_translations_are_complete_and_compiled():
    assert build_translations.stale() == [], "translate the new text in i18n/*.ts, then run build_forms"


def test_an_unfinished_or_obsolete_entry_is_found(tmp_path):
    ts = tmp_path / "cxdesk_de.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de_DE"><context>'
                  "<name>X</name><message><source>a</source><translation type=\"unfinished\"></translation>"
                  "</message><message><source>b</source><translation type=\"vanished\">B</translation></message>"
                  "</context></TS>", encoding="utf-8")
    assert build_translations.problems(ts) == ["cxdesk_de.ts: 1 unfinished entry", "cxdesk_de.ts: 1 vanished entry"]


def test_a_stale_qm_is_found(tmp_path, monkeypatch):
    out = tmp_path / "forms"
    out.mkdir()
    for language in build_translations.LANGUAGES:
        (out / f"cxdesk_{language}.qm").write_bytes(b"old")
    monkeypatch.setattr(build_translations, "OUT_DIR", out)
    problems = build_translations.stale()
    assert any("stale" in line and "cxdesk_de.qm" in line for line in problems), problems


# -- which language ---------------------------------------------------------------------------------


def test_the_command_line_then_the_choice_then_the_system_decide():
    german_system = QLocale("de_AT")
    assert translation.effective_language("fr", "en", german_system) == "fr"
    assert translation.effective_language(None, "en", german_system) == "en"  # the setting overrides the OS
    assert translation.effective_language(None, "", german_system) == "de"
    assert translation.effective_language(None, "", QLocale("fr_CA")) == "fr"
    assert translation.effective_language(None, "", QLocale("es_ES")) == "en"  # not offered: English


def test_the_choice_is_kept_and_read_at_the_next_start(qapp, tmp_path, language):
    settings = tmp_path / "settings.ini"
    assert translation.read_choice(settings) == ""  # nothing kept: the system's language
    translation.write_choice("fr", settings)
    assert translation.read_choice(settings) == "fr"
    assert translation.start_language(None, settings) == "fr"
    assert translation.current_choice() == "fr"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
    assert QLocale().language() == QLocale.Language.French  # money and dates follow the language shown
    assert translation.start_language("de", settings) == "de"  # --language wins for this run only
    assert translation.read_choice(settings) == "fr"
    translation.write_choice("xx", settings)
    assert translation.read_choice(settings) == ""


def test_the_command_line_takes_a_language():
    assert parse_args(["--language", "de"]).language == "de"
    assert parse_args([]).language is None
    with pytest.raises(SystemExit):
        parse_args(["--language", "es"])


def test_qt_base_translations_load_for_each_language(qapp):
    for language in build_translations.LANGUAGES:
        app_qm, qt_qm = translation.load_translators(language)
        assert not app_qm.isEmpty() and not qt_qm.isEmpty()
    assert translation.load_translators("en") == []


# -- the windows ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("code", "file_menu", "section", "signed_in", "cancel"), [
    ("de", "&Datei", "Firmendaten", "Angemeldet als", "Abbrechen"),
    ("fr", "&Fichier", "Informations sur l’entreprise", "Connecté en tant que", "Annuler"),
])
def test_the_main_window_and_a_dialog_speak_the_language(qtbot, ops, client, language, code, file_menu, section,
                                                         signed_in, cancel):
    language(code)
    window = loaded_window(qtbot, ops, client)
    assert window.ui.menuFile.title() == file_menu
    assert window.company_section.ui.companyGroup.title() == section
    assert window.user_status.text().startswith(signed_in)
    assert window.address_section.ui.countryValue.text() == {"de": "Vereinigtes Königreich (GB)",
                                                             "fr": "Royaume-Uni (GB)"}[code]
    assert window.packages_section.model.headerData(0, Qt.Orientation.Horizontal) == {"de": "Menge",
                                                                                       "fr": "Quantité"}[code]
    from desktop.views.company_dialog import CompanyDialog

    dialog = window.open_editor(CompanyDialog)
    assert dialog is not None
    qtbot.addWidget(dialog)
    cancel_button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel_button.text().replace("&", "") == cancel  # Qt's own base translation
    assert dialog.windowTitle() != "Edit Company Information"
    dialog.reject()


def test_view_language_switches_at_once_and_keeps_the_choice(qtbot, ops, client, tmp_path, language):
    from desktop.views.language_menu import install_language_menu

    settings = tmp_path / "settings.ini"
    window = loaded_window(qtbot, ops, client)
    menu = install_language_menu(window, ops, choice="", settings=settings)
    assert window.findChild(QMenu, "menuView") is menu.menu
    balance = window.general_section.ui.balanceValue.text()
    menu.actions["de"].trigger()
    qtbot.waitUntil(lambda: window.ui.menuFile.title() == "&Datei", timeout=5000)  # LanguageChange is posted
    assert menu.menu.title() == "&Ansicht"
    assert window.user_status.text().startswith("Angemeldet als")
    assert window.general_section.ui.balanceValue.text()  # the values stay shown
    assert window.smtp_section.ui.smtpPasswordValue.text() in ("Gesetzt", "Nicht gesetzt")
    qtbot.waitUntil(lambda: translation.read_choice(settings) == "de", timeout=5000)
    menu.actions["fr"].trigger()
    qtbot.waitUntil(lambda: window.ui.menuFile.title() == "&Fichier", timeout=5000)
    assert window.company_section.ui.companyGroup.title() == "Informations sur l’entreprise"
    menu.actions["en"].trigger()
    qtbot.waitUntil(lambda: window.ui.menuFile.title() == "&File", timeout=5000)
    assert window.general_section.ui.balanceValue.text() == balance
    qtbot.waitUntil(lambda: translation.read_choice(settings) == "en", timeout=5000)


def test_the_kept_choice_opens_the_sandbox_window_in_french(qapp, qtbot, tmp_path, monkeypatch, language):
    """As ``cxdesk`` starts: the choice kept by View > Language is read before the first window is built."""
    monkeypatch.setenv("CXDESK_HOME", str(tmp_path / "home"))
    from desktop.shell.args import parse_args
    from desktop.shell.launcher import Launcher

    translation.settings_path().parent.mkdir(parents=True, exist_ok=True)
    translation.write_choice("fr")  # chosen at an earlier run
    assert translation.start_language(parse_args([]).language) == "fr"
    launcher = Launcher(qapp, parse_args(["--sandbox-db", str(tmp_path / "sandbox.sqlite3")]))
    launcher.start()
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=20000)
    window = launcher.window
    qtbot.waitUntil(lambda: window.current is not None, timeout=20000)
    assert window.ui.menuFile.title() == "&Fichier"
    assert window.findChild(QMenu, "menuHelp").title() == "Ai&de"
    language_menu = window.findChild(QMenu, "menuLanguage")
    checked = [action.text() for action in language_menu.actions() if action.isChecked()]
    assert checked == ["&Français"]
    window.close()
    launcher.shutdown()


@pytest.mark.parametrize(("code", "locked", "session_only"), [
    ("de", "Der Schlüsselbund ist gesperrt", "nur für diese Sitzung"),
    ("fr", "Le trousseau est verrouillé", "pour cette session seulement"),
])
def test_a_keychain_notice_speaks_the_language_and_the_token_hint_agrees(qtbot, ops, server, tmp_path, language,
                                                                         code, locked, session_only):
    from desktop.api import AccountClient
    from desktop.shell.credentials import Credentials
    from desktop.store import Profiles, TokenStore
    from desktop.store.keychain_calls import HUNG, MESSAGES, Problem, problem_notice
    from desktop.views.field_notices import translated
    from desktop.views.sign_in_dialog import TOKEN_HINTS
    from tests.store.test_secrets import LockedKeyring

    language(code)
    profiles = Profiles(tmp_path / "profiles.json")
    profile = profiles.add("Lab", server.base_url, "dana@example.com")
    tokens = TokenStore(LockedKeyring())
    assert tokens.set(profile.id, profile.email, "refresh-token-1") is False  # the keychain is locked
    credentials = Credentials(ops, profiles, tokens)
    shown = credentials.message_for(profile)
    assert shown.startswith(locked) and session_only in shown, shown
    client = AccountClient(server.base_url)
    dialog = credentials.dialog(profile, client)
    qtbot.addWidget(dialog)

    assert dialog.notice() == shown
    hint = dialog.ui.tokenHint.text()
    assert hint == QCoreApplication.translate("SignInDialog", TOKEN_HINTS["session"]) != TOKEN_HINTS["session"]
    dialog.add_notice("Lorem")  # another notice beside it: the hint still says "for this session only"
    assert dialog.ui.tokenHint.text() == hint
    hung = translated(problem_notice(Problem(HUNG, "KeychainHung"), 2.5))
    assert "2.5" in hung and hung != MESSAGES[HUNG].format(seconds="2.5")
    client.close()


def test_the_status_bars_keychain_notice_follows_view_language(qtbot, language):
    """The notice is kept untranslated and said again after a language change, as the rest of the window."""
    from PySide6.QtWidgets import QLabel, QMainWindow

    from desktop.store.keychain_calls import LOCKED, Problem, problem_notice
    from desktop.views.session_menu import show_keychain_notice

    window = QMainWindow()
    qtbot.addWidget(window)
    show_keychain_notice(window, problem_notice(Problem(LOCKED, "KeyringLocked"), 2.0))
    label = window.findChild(QLabel, "sessionOnlyNotice")
    english = label.text()
    assert english.startswith("The keychain is locked")
    language("de")
    qtbot.waitUntil(lambda: label.text().startswith("Der Schlüsselbund ist gesperrt"), timeout=5000)  # posted
    assert label.accessibleName() != "Keychain"
    language("en")
    qtbot.waitUntil(lambda: label.text() == english, timeout=5000)
