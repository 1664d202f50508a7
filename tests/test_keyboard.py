"""Issue 12, point 1: every window can be used with the keyboard alone.

For the main window (loaded, as the app dresses it) and for each dialog: Tab and Shift+Tab reach
every widget that takes the focus and come back to the first (no trap), no Alt+letter is used twice,
every Tab stop has a name for assistive technology, and Escape closes a dialog. The focus is moved
by real key presses (tests/keyboard.py), so a widget that keeps Tab for itself fails here.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from tests.dialogs import loaded_window
from tests.keyboard import (
    accessible_name,
    activate,
    describe,
    menu_repeats,
    mnemonic,
    mnemonics,
    repeated,
    stop_key,
    tab_stops,
    walk,
)

#: The main window's Tab stops in reading order: the sections left column then right column, row by row.
MAIN_WINDOW_ORDER = ["scrollArea", "editCompanyButton", "switchButton", "editContactButton", "testEmailButton",
                     "testSmsButton", "editSmtpButton", "packagesView", "enableRecordingButton", "agreementButton"]


def _check_walks(qtbot, window) -> list:
    """Tab and Shift+Tab each visit every Tab stop once and come back; returns the Tab order."""
    stops = tab_stops(window)
    forwards = walk(qtbot, window)
    keys = [stop_key(widget) for widget in forwards]
    missed = [describe(widget) for widget in stops if stop_key(widget) not in keys]
    assert not missed and len(set(keys)) == len(keys), f"Tab misses {missed} or visits a stop twice"
    backwards = walk(qtbot, window, backwards=True)
    assert [stop_key(widget) for widget in backwards[1:]] == keys[:0:-1], "Shift+Tab is not Tab backwards"
    return forwards


def _check_names_and_mnemonics(window) -> None:
    unnamed = [describe(widget) for widget in tab_stops(window) if not accessible_name(widget).strip()]
    twice = repeated(mnemonics(window))
    assert not (unnamed or twice), f"Tab stops without an accessible name: {unnamed}; Alt+letters used twice: {twice}"


@pytest.fixture
def main_window(qtbot, ops, client, tmp_path):
    from desktop.views.help_menu import install_help_menu
    from desktop.views.language_menu import install_language_menu
    from desktop.views.session_menu import install_session_menu

    window = loaded_window(qtbot, ops, client)
    install_help_menu(window, ops=ops)
    install_session_menu(window)
    install_language_menu(window, ops, choice="", settings=tmp_path / "settings.ini")  # View > Language
    activate(qtbot, window)
    return window


def test_tab_goes_round_the_main_window_in_reading_order(qtbot, main_window):
    order = _check_walks(qtbot, main_window)
    assert [widget.objectName() for widget in order] == MAIN_WINDOW_ORDER


def test_the_banners_buttons_come_first(qtbot, main_window):
    main_window.show_problem("Could not load the account.")
    main_window.ui.outboxBar.show()  # "Changes not yet sent" with Review…
    order = _check_walks(qtbot, main_window)
    assert [widget.objectName() for widget in order] == ["retryButton", "reviewButton", *MAIN_WINDOW_ORDER]


def test_the_billing_switch_comes_right_after_the_balance(main_window):
    ui = main_window.general_section.ui
    widget = ui.balanceValue.nextInFocusChain()
    stops = tab_stops(main_window)
    while widget not in stops:
        widget = widget.nextInFocusChain()
    assert widget is main_window.general_section.billing.ui.switchButton


def test_arrow_keys_still_move_between_the_packages_cells(qtbot, main_window):
    view = main_window.packages_section.ui.packagesView
    view.setFocus(Qt.FocusReason.TabFocusReason)
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, 1)
    qtbot.keyClick(view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, 1), "Ctrl+Tab moves between cells"
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is main_window.packages_section.ui.enableRecordingButton


@pytest.fixture(params=["en", "de", "fr"])
def ui_language(request, qapp):
    """The language the window is built in (issue 12 point 3: mnemonics are unique in each language too)."""
    from PySide6.QtCore import QLocale

    from desktop import translation

    translation.apply_language(request.param)
    yield request.param
    translation.apply_language("en")
    QLocale.setDefault(QLocale.system())


def test_the_main_window_names_every_stop_and_uses_each_letter_once(ui_language, main_window):
    _check_names_and_mnemonics(main_window)
    assert not menu_repeats(main_window)
    letters = dict(mnemonics(main_window))
    help_title = main_window.findChild(QMenu, "menuHelp").title()
    assert letters[mnemonic(help_title)] == f"menu {help_title!r}"  # Alt+H (Alt+D in French) opens Help
    if ui_language == "en":
        assert help_title == "&Help"


def test_alt_h_opens_help(qtbot, main_window):
    help_menu = main_window.findChild(QMenu, "menuHelp")
    qtbot.keyClick(main_window, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(help_menu.isVisible)
    qtbot.keyClick(help_menu, Qt.Key.Key_Escape)


# -- dialogs -------------------------------------------------------------------------------------


def _edit(dialog_class_path: str):
    def make(request):
        from desktop.session import AccountSession

        client = request.getfixturevalue("client")
        module, name = dialog_class_path.rsplit(".", 1)
        dialog_class = getattr(__import__(module, fromlist=[name]), name)
        current = client.get_smtp() if name == "SmtpDialog" else client.get_account()
        return dialog_class(request.getfixturevalue("ops"), AccountSession(client), current)
    return make


def _agreement(request):
    from desktop.views.agreement_dialog import AgreementDialog

    return AgreementDialog(request.getfixturevalue("ops"), request.getfixturevalue("client"))


def _recording(request):
    from desktop.views.recording_dialog import RecordingDialog

    return RecordingDialog(request.getfixturevalue("ops"), request.getfixturevalue("client"))


def _test_email(request):
    from desktop.views.test_email_dialog import TestEmailDialog

    client = request.getfixturevalue("client")
    return TestEmailDialog(request.getfixturevalue("ops"), client, client.get_smtp().value)


def _test_sms(request):
    from desktop.views.test_sms_dialog import TestSmsDialog

    client = request.getfixturevalue("client")
    return TestSmsDialog(request.getfixturevalue("ops"), client, sms_from=client.get_smtp().value.sms_from,
                         mobile="+447911123456")


def _sign_in(request):
    from desktop.api import AccountClient
    from desktop.views.sign_in_dialog import SignInDialog

    client = AccountClient(request.getfixturevalue("server").base_url, timeout=(1.0, 5.0))
    return SignInDialog(request.getfixturevalue("ops"), client, server_label="Sandbox")


def _sandbox_outbox(request):
    from desktop.views.sandbox_outbox import SandboxOutbox

    return SandboxOutbox(request.getfixturevalue("ops"), request.getfixturevalue("client"))


def _about(_request):
    from desktop.views.about_dialog import AboutDialog

    return AboutDialog()


def _store(request):
    from desktop.store import OfflineStore

    store = OfflineStore.open(request.getfixturevalue("tmp_path") / "offline.sqlite3")
    request.addfinalizer(store.close)
    return store


def _outbox(request):
    from desktop.api import AccountClient
    from desktop.session import AccountSession
    from desktop.views.outbox_dialog import OutboxDialog

    store = _store(request)
    store.outbox.enqueue("account", {"name": "Dana Whitfield-Jones"}, {"name": "Dana Whitfield"}, '"e1"')
    session = AccountSession(AccountClient("http://127.0.0.1:9"), store)  # never asked: nothing is sent
    return OutboxDialog(session, ops=request.getfixturevalue("ops"))


def _conflict(request):
    from desktop.store import ConflictDetails, FieldConflict
    from desktop.views.conflict_dialog import ConflictDialog

    store = _store(request)
    base = {"name": "Dana Whitfield", "contact.mobile": ""}
    entry_id = store.outbox.enqueue("account", {"name": "Dana Whitfield-Jones"}, base, '"e1"')
    theirs = {**base, "name": "Dana W. Jones"}
    fields = {"name": FieldConflict("name", base["name"], "Dana Whitfield-Jones", theirs["name"])}
    store.outbox.mark_conflict(entry_id, ConflictDetails(fields, theirs, '"e2"', datetime.now(UTC)))
    return ConflictDialog(store.outbox.get(entry_id))


def _profiles(request):
    from desktop.store import Profiles, TokenStore
    from desktop.views.profiles_dialog import ProfilesDialog
    from tests.memory_keyring import MemoryKeyring

    request.getfixturevalue("home")
    return ProfilesDialog(Profiles(), TokenStore(MemoryKeyring()), ops=request.getfixturevalue("ops"))


def _profile_edit(request):
    from desktop.store import Profiles
    from desktop.views.profile_edit_dialog import ProfileEditDialog

    request.getfixturevalue("home")
    return ProfileEditDialog(Profiles(), ops=request.getfixturevalue("ops"))


DIALOGS = {"company": _edit("desktop.views.company_dialog.CompanyDialog"),
           "contact": _edit("desktop.views.contact_dialog.ContactDialog"),
           "smtp": _edit("desktop.views.smtp_dialog.SmtpDialog"), "agreement": _agreement,
           "recording": _recording, "test_email": _test_email, "test_sms": _test_sms, "sign_in": _sign_in,
           "sandbox_outbox": _sandbox_outbox, "about": _about, "outbox": _outbox, "conflict": _conflict,
           "profiles": _profiles, "profile_edit": _profile_edit}


@pytest.fixture(params=list(DIALOGS))
def dialog(request, qtbot):
    made = DIALOGS[request.param](request)
    qtbot.addWidget(made)
    loaded = getattr(made, "loaded", None)
    if loaded is not None and request.param in ("agreement", "recording", "outbox"):
        with qtbot.waitSignal(loaded, timeout=15000):
            activate(qtbot, made)
    else:
        activate(qtbot, made)
    if request.param == "sandbox_outbox":  # loaded as File > Sandbox Outbox… does (this server may refuse)
        made.refresh()
        qtbot.waitUntil(made.ui.refreshButton.isEnabled, timeout=15000)
    for _ in range(3):  # let the layouts settle (what is shown decides what Tab reaches)
        QApplication.processEvents()
    return made


def test_tab_goes_round_the_dialog(qtbot, dialog):
    _check_walks(qtbot, dialog)


def test_the_dialog_names_every_stop_and_uses_each_letter_once(ui_language, dialog):
    _check_names_and_mnemonics(dialog)


def test_escape_closes_the_dialog(qtbot, dialog):
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
