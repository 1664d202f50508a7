"""Issue 12, point 7: every window is readable in the light and the dark palette, and follows the OS scheme.

Each window (the main window with the sandbox account loaded, and every dialog) is rendered with
:func:`~desktop.views.palette.light_palette` and :func:`~desktop.views.palette.dark_palette` as the
application palette, and every text in it (labels and their links, values, line edits and their
placeholders, buttons, cells of tables, text browsers) must reach WCAG 2.x's 4.5:1 contrast ratio
with the background it is painted on (tests/contrast_walk.py). The ratio is WCAG 2.x's:
``(L1 + 0.05) / (L2 + 0.05)`` of the relative luminances ``L = 0.2126 R + 0.7152 G + 0.0722 B`` of the
linearised sRGB channels (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio), see
:mod:`desktop.views.contrast`. Windows are shown in the states that add text: field errors, notices,
test results.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from desktop.views.contrast import MINIMUM_CONTRAST, contrast_ratio, readable, relative_luminance
from desktop.views.palette import dark_palette, follow_color_scheme, is_dark, light_palette
from tests.contrast_walk import checked_kinds, low_contrast
from tests.dialogs import loaded_window, type_into
from tests.keyboard import activate
from tests.test_keyboard import DIALOGS

PALETTES = {"light": light_palette, "dark": dark_palette}


@pytest.fixture(params=list(PALETTES))
def scheme(request, qapp):
    """The application palette set to light or dark for the test (put back after it)."""
    saved = QPalette(qapp.palette())
    qapp.setPalette(PALETTES[request.param]())
    yield request.param
    qapp.setPalette(saved)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _check(window, scheme: str, screenshot=None, name: str = "") -> None:
    if not window.isVisible():
        window.show()
    _settle()
    if screenshot is not None:
        screenshot(window, f"contrast-{name}-{scheme}")
    assert "QLabel" in checked_kinds(window), "no label was checked"
    assert not low_contrast(window), "\n".join(low_contrast(window))


# -- the formula -----------------------------------------------------------------------------------


def test_the_wcag_formula_gives_the_known_ratios():
    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("white"), QColor("white")) == pytest.approx(1.0)
    assert relative_luminance(QColor("#808080")) == pytest.approx(0.2158605, abs=1e-6)
    assert contrast_ratio(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)  # just under 4.5
    assert contrast_ratio(QColor(0, 0, 0, 128), QColor("white")) < MINIMUM_CONTRAST  # blended: #7f7f7f


def test_readable_keeps_the_hue_and_reaches_the_ratio():
    red = QColor("#d02424")
    for background in (QColor("#353535"), QColor("#262626"), QColor("white"), QColor("#ffffdc")):
        made = readable(red, background)
        assert contrast_ratio(made, background) >= MINIMUM_CONTRAST
        assert made.hslHue() in (0, 359, -1) or abs(made.hslHue() - red.hslHue()) <= 2


def test_the_walk_finds_what_fusions_own_palette_gets_wrong(request, qtbot, qapp):
    """Fusion's placeholder (black at half opacity, 4.0:1) and a disabled grey on a value are caught."""
    from PySide6.QtWidgets import QStyleFactory

    saved = QPalette(qapp.palette())
    try:
        qapp.setPalette(QStyleFactory.create("Fusion").standardPalette())
        dialog = DIALOGS["profile_edit"](request)
        qtbot.addWidget(dialog)
        activate(qtbot, dialog)
        _settle()
        found = low_contrast(dialog)
        assert any("placeholder" in line and "4.00:1" in line for line in found), found
        qapp.setPalette(light_palette())
        _settle()
        assert not low_contrast(dialog)
        label = next(label for label in dialog.findChildren(QLabel) if label.isVisible() and label.text())
        label.setEnabled(False)  # a value shown greyed out
        assert any(line.startswith(f"QLabel:{label.objectName()}") for line in low_contrast(dialog))
    finally:
        qapp.setPalette(saved)


# -- every window, light and dark -----------------------------------------------------------------


def test_the_main_window_is_readable(qtbot, ops, client, scheme, screenshot):
    window = loaded_window(qtbot, ops, client)
    activate(qtbot, window)
    _check(window, scheme, screenshot, "main-window")
    assert "QTableView" in checked_kinds(window)  # the Packages table's cells were checked


def test_the_main_windows_notices_are_readable(qtbot, ops, client, scheme):
    window = loaded_window(qtbot, ops, client)
    window.show_problem("Could not load the account. The server did not answer in time.")
    window.ui.outboxBar.show()
    window.general_section.billing._show_message("The server cannot be reached; try again later.")
    activate(qtbot, window)
    _check(window, scheme)


def test_the_billing_confirmation_is_readable(qtbot, ops, client, scheme):
    window = loaded_window(qtbot, ops, client)
    billing = window.general_section.billing
    activate(qtbot, window)
    qtbot.mouseClick(billing.ui.switchButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: billing.confirmation is not None and billing.confirmation.isVisible())
    _check(billing.confirmation, scheme)
    billing.confirmation.reject()


@pytest.mark.parametrize("name", list(DIALOGS))
def test_the_dialog_is_readable(request, qtbot, scheme, name, screenshot):
    dialog = DIALOGS[name](request)
    qtbot.addWidget(dialog)
    loaded = getattr(dialog, "loaded", None)
    if loaded is not None and name in ("agreement", "recording", "outbox"):
        with qtbot.waitSignal(loaded, timeout=15000):
            activate(qtbot, dialog)
    else:
        activate(qtbot, dialog)
    if name == "sandbox_outbox":
        dialog.refresh()
        qtbot.waitUntil(dialog.ui.refreshButton.isEnabled, timeout=15000)
    _check(dialog, scheme, screenshot, name)


def test_field_errors_are_readable(request, qtbot, scheme, screenshot):
    dialog = DIALOGS["company"](request)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    type_into(qtbot, dialog, "vat_reg_id", "DE136695977")  # wrong check digits
    type_into(qtbot, dialog, "ocn", "12345")
    assert dialog.ui.vatRegIdError.isVisible() and dialog.ui.ocnError.isVisible()
    _check(dialog, scheme, screenshot, "company-errors")


def test_recording_with_a_customer_without_routes_is_readable(qtbot, ops, client, server, scheme):
    from desktop.server.seed import SANDBOX_ACCOUNT_ID
    from desktop.views.recording_dialog import RecordingDialog

    server.app.state.repository.add_customer(SANDBOX_ACCOUNT_ID, 3199, "Echo Freight", "active")  # no routes
    dialog = RecordingDialog(ops, client)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=15000):
        activate(qtbot, dialog)
    from tests.test_recording_dialog import enable

    enable(qtbot, dialog)  # through its price question (issue 12, point 4)
    qtbot.waitUntil(dialog.ui.routesTree.isEnabled)
    notes = dialog.ui.routesTree.findItems("No ingress routes", Qt.MatchFlag.MatchRecursive)
    assert notes, "the customer without routes says so"
    _check(dialog, scheme)


def test_an_empty_value_in_a_conflict_is_readable(request, qtbot, scheme):
    from datetime import UTC, datetime

    from desktop.store import ConflictDetails, FieldConflict, OfflineStore
    from desktop.views.conflict_dialog import ConflictDialog

    store = OfflineStore.open(request.getfixturevalue("tmp_path") / "offline.sqlite3")
    request.addfinalizer(store.close)
    base = {"name": "Dana Whitfield", "contact.mobile": ""}
    entry_id = store.outbox.enqueue("account", {"contact.mobile": "+447911123456"}, base, '"e1"')
    theirs = {**base, "contact.mobile": "+447700900123"}
    fields = {"contact.mobile": FieldConflict("contact.mobile", "", "+447911123456", "+447700900123")}
    store.outbox.mark_conflict(entry_id, ConflictDetails(fields, theirs, '"e2"', datetime.now(UTC)))
    dialog = ConflictDialog(store.outbox.get(entry_id))
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    assert "(empty)" in [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    _check(dialog, scheme)


@pytest.mark.parametrize("ok", [True, False], ids=["succeeded", "failed"])
@pytest.mark.parametrize("name", ["test_email", "test_sms"])
def test_test_results_are_readable(request, qtbot, scheme, name, ok):
    dialog = DIALOGS[name](request)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    dialog.show_outcome(ok, "Sent" if ok else "Not sent", "The SMTP server refused the sign-in: check the SMTP "
                        "settings, or open the SMS outbox to see what was sent.")
    _check(dialog, scheme)


# -- following the OS colour scheme ---------------------------------------------------------------


def _error_label(request, qtbot):
    dialog = DIALOGS["company"](request)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    type_into(qtbot, dialog, "vat_reg_id", "DE136695977")  # wrong check digits
    assert dialog.ui.vatRegIdError.isVisible()
    return dialog, dialog.ui.vatRegIdError


def test_a_field_errors_colour_follows_a_palette_change_at_run_time(request, qtbot, qapp):
    saved = QPalette(qapp.palette())
    try:
        qapp.setPalette(light_palette())
        dialog, label = _error_label(request, qtbot)
        light_red = label.palette().color(label.foregroundRole())
        assert light_red.red() > light_red.green() + 60, f"the error is not red: {light_red.name()}"
        assert not low_contrast(dialog)
        qapp.setPalette(dark_palette())
        _settle()
        dark_red = label.palette().color(label.foregroundRole())
        assert dark_red != light_red and dark_red.lightnessF() > light_red.lightnessF()
        assert dark_red.red() > dark_red.green() + 40, f"the error is not red in the dark: {dark_red.name()}"
        assert not low_contrast(dialog), "\n".join(low_contrast(dialog))
        qapp.setPalette(light_palette())
        _settle()
        assert label.palette().color(label.foregroundRole()) == light_red  # and back
    finally:
        qapp.setPalette(saved)


def test_the_app_follows_the_os_scheme_when_it_changes(request, qtbot, qapp):
    saved, saved_style = QPalette(qapp.palette()), qapp.style().name()
    hints = QGuiApplication.styleHints()
    follower = follow_color_scheme(qapp)
    try:
        assert follower.mode == "fusion" and qapp.style().name().lower() == "fusion"  # offscreen: our palettes
        follower.apply(Qt.ColorScheme.Light)
        dialog, label = _error_label(request, qtbot)
        light_red = label.palette().color(label.foregroundRole())
        assert not is_dark(qapp.palette())
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # what Qt emits when the user switches the OS to dark
        _settle()
        assert is_dark(qapp.palette()) and is_dark(dialog.palette())
        assert label.palette().color(label.foregroundRole()) != light_red
        assert not low_contrast(dialog), "\n".join(low_contrast(dialog))
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        _settle()
        assert not is_dark(dialog.palette())
        assert label.palette().color(label.foregroundRole()) == light_red
    finally:
        hints.colorSchemeChanged.disconnect(follower.apply)
        follower.deleteLater()
        qapp.setPalette(saved)
        qapp.setStyle(saved_style)


def test_a_native_style_that_cannot_draw_dark_gives_way_to_fusion_while_the_os_is_dark(qapp):
    saved, saved_style = QPalette(qapp.palette()), qapp.style().name()
    hints = QGuiApplication.styleHints()
    qapp.setStyle("Windows")  # like Windows 10's windowsvista: light only
    follower = follow_color_scheme(qapp)
    try:
        assert follower.mode == "light only"
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert qapp.style().name().lower() == "fusion" and is_dark(qapp.palette())
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert qapp.style().name().lower() == "windows" and not is_dark(qapp.palette())
    finally:
        hints.colorSchemeChanged.disconnect(follower.apply)
        follower.deleteLater()
        qapp.setStyle(saved_style)
        qapp.setPalette(saved)


# -- no colour named outside the palette ------------------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent
#: A colour written in code: QColor("…"), QColor(208, …), QColor.fromRgb(…digits), Qt.GlobalColor, "color:", "#rrggbb".
HARD_CODED = re.compile(r"""QColor\(\s*(["'#]|0x|\d)|QColor\.from\w+\(\s*\d|Qt\.GlobalColor\."""
                        r"""|\bcolor\s*:\s*(#|rgb|hsl|palette\(|[a-z]+\s*[;"'])|"#[0-9a-fA-F]{3,8}\b""")
#: A colour in a form: a palette property, a style sheet, a colour element.
HARD_CODED_IN_FORM = re.compile(r"""<property name="(palette|styleSheet)"|<color\b|\bcolor\s*:""")


def test_no_colour_is_named_outside_the_palette_module():
    found = []
    for path in sorted((ROOT / "desktop" / "views").rglob("*.py")):
        if path.name == "palette.py":  # the one place that names colours
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if HARD_CODED.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    for path in sorted((ROOT / "ui").glob("*.ui")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if HARD_CODED_IN_FORM.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not found, "colours named outside desktop/views/palette.py:\n" + "\n".join(found)
    for written in ('label.setStyleSheet("color: #777")', "QColor(208, 36, 36)", 'QColor("red")', '"#d02424"',
                    "'<span style=\"color: red;\">'"):
        assert HARD_CODED.search(written), written
    assert not HARD_CODED.search("def readable(color: QColor, background: QColor) -> QColor:")


def test_the_grey_icons_stand_out_in_both_palettes():
    """WCAG 1.4.11 (non-text contrast, 3:1): the one-colour icons' grey on the windows, fields and buttons."""
    greys = set()
    for name in ("edit", "refresh", "document", "record"):
        svg = (ROOT / "resources" / "icons" / f"{name}.svg").read_text(encoding="utf-8")
        greys |= {value for value in re.findall(r'(?:fill|stroke)="(#[0-9a-fA-F]{6})"', svg)
                  if QColor(value).red() == QColor(value).green() == QColor(value).blue()}
    assert greys
    for make in PALETTES.values():
        palette = make()
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
            for grey in greys:
                assert contrast_ratio(QColor(grey), palette.color(role)) >= 3.0, (grey, role, make.__name__)
