"""A sign-in that expires while editing or loading: the real sign-in dialog opens over the form, nothing is lost.

The service's clock is moved past the lifetime of both tokens (access and refresh), so the server
answers 401 to the next request, as it would after a month away. The window is given a ``sign_in``
that opens the real :class:`~desktop.views.sign_in_dialog.SignInDialog` window-modal over its parent.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD
from desktop.views.company_dialog import CompanyDialog
from desktop.views.main_window import MainWindow
from desktop.views.offline import NOT_SIGNED_IN as WINDOW_NOT_SIGNED_IN
from desktop.views.offline import SIGN_IN_AGAIN
from desktop.views.save_fallbacks import NOT_SIGNED_IN, SIGN_IN_NEEDED
from desktop.views.sign_in_dialog import SignInDialog
from tests.dialogs import loaded_window, save_button, type_into

LEFT = Qt.MouseButton.LeftButton
#: Past the longest refresh-token lifetime the client asks for (30 days), so both tokens are expired.
AWAY_DAYS = 31


class RealSignIn:
    """The app's re-sign-in as the agreed interface has it: the sign-in dialog window-modal over ``parent``."""

    def __init__(self, ops, client) -> None:
        self.ops, self.client = ops, client
        self.opened: list[tuple[object, SignInDialog]] = []

    def __call__(self, parent, done) -> None:
        dialog = SignInDialog(self.ops, self.client, parent, server_label="Sandbox", email=SANDBOX_EMAIL)
        dialog.accepted.connect(lambda: done(True))
        dialog.rejected.connect(lambda: done(False))
        dialog.finished.connect(dialog.deleteLater)
        self.opened.append((parent, dialog))
        dialog.open()

    def last(self) -> tuple[object, SignInDialog]:
        return self.opened[-1]


@pytest.fixture
def sign_in(ops, client):
    return RealSignIn(ops, client)


@pytest.fixture
def window(qtbot, ops, client, sign_in):
    return loaded_window(qtbot, ops, client, sign_in=sign_in)


def _wait_for_sign_in(qtbot, sign_in, count: int) -> SignInDialog:
    qtbot.waitUntil(lambda: len(sign_in.opened) == count and sign_in.last()[1].isVisible(), timeout=30000)
    return sign_in.last()[1]


def test_an_expired_sign_in_during_an_edit_opens_the_sign_in_over_the_form_then_saves(
        qtbot, window, client, clock, sign_in, screenshot):
    qtbot.mouseClick(window.company_section.ui.editCompanyButton, LEFT)
    dialog = window.findChild(CompanyDialog)
    type_into(qtbot, dialog, "company_reg_id", "J40/1234/2020")
    type_into(qtbot, dialog, "name", "Dana Whitfield-Jones")
    clock.advance(days=AWAY_DAYS)
    qtbot.mouseClick(save_button(dialog), LEFT)

    form = _wait_for_sign_in(qtbot, sign_in, 1)
    assert sign_in.last()[0] is dialog, "the sign-in opens over the open form"
    assert form.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.isVisible() and dialog.message() == SIGN_IN_NEEDED
    assert dialog.field_edit("company_reg_id").text() == "J40/1234/2020"
    assert dialog.field_edit("name").text() == "Dana Whitfield-Jones"
    QApplication.processEvents()
    screenshot(form, "resign_in_over_the_form")
    screenshot(dialog, "resign_in_form_kept")

    qtbot.keyClicks(form.ui.passwordEdit, SANDBOX_PASSWORD)
    with qtbot.waitSignal(dialog.saved, timeout=30000) as saved:
        qtbot.mouseClick(form.ui.signInButton, LEFT)
    assert saved.args[0].value.company_reg_id == "J40/1234/2020"
    account = client.get_account().value
    assert (account.company_reg_id, account.name) == ("J40/1234/2020", "Dana Whitfield-Jones")
    assert window.company_section.ui.companyRegIdValue.text() == "J40/1234/2020"
    assert len(sign_in.opened) == 1


def test_a_cancelled_sign_in_leaves_the_form_open_with_everything_typed(qtbot, window, client, clock, sign_in):
    qtbot.mouseClick(window.company_section.ui.editCompanyButton, LEFT)
    dialog = window.findChild(CompanyDialog)
    type_into(qtbot, dialog, "frn", "0098765432")
    clock.advance(days=AWAY_DAYS)
    qtbot.mouseClick(save_button(dialog), LEFT)
    form = _wait_for_sign_in(qtbot, sign_in, 1)
    form.reject()
    qtbot.waitUntil(lambda: dialog.message() == NOT_SIGNED_IN, timeout=15000)
    assert dialog.isVisible() and dialog.field_edit("frn").text() == "0098765432"
    assert save_button(dialog).isEnabled()

    qtbot.mouseClick(save_button(dialog), LEFT)  # Save again: asks again
    form = _wait_for_sign_in(qtbot, sign_in, 2)
    qtbot.keyClicks(form.ui.passwordEdit, SANDBOX_PASSWORD)
    with qtbot.waitSignal(dialog.saved, timeout=30000):
        qtbot.mouseClick(form.ui.signInButton, LEFT)
    assert client.get_account().value.frn == "0098765432"


def test_an_expired_sign_in_while_loading_signs_in_over_the_window_then_loads(qtbot, window, client, other_client,
                                                                             clock, sign_in):
    clock.advance(days=AWAY_DAYS)
    with qtbot.waitSignal(window.load_failed, timeout=30000) as failed:
        window.refresh()
    assert failed.args[0] == SIGN_IN_AGAIN
    form = _wait_for_sign_in(qtbot, sign_in, 1)
    assert sign_in.last()[0] is window
    form.reject()
    qtbot.waitUntil(lambda: window.error_text() == WINDOW_NOT_SIGNED_IN, timeout=15000)

    with qtbot.waitSignal(window.load_failed, timeout=30000):
        qtbot.mouseClick(window.ui.retryButton, LEFT)
    form = _wait_for_sign_in(qtbot, sign_in, 2)
    qtbot.keyClicks(form.ui.passwordEdit, SANDBOX_PASSWORD)
    with qtbot.waitSignal(window.loaded, timeout=30000):
        qtbot.mouseClick(form.ui.signInButton, LEFT)
    assert window.error_text() == ""
    assert window.current.etag == client.get_account().etag


def test_without_a_sign_in_the_401_is_only_reported(qtbot, ops, client, clock):
    window = MainWindow(ops, client, server_label="Sandbox")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=15000):
        window.refresh()
    dialog = window.open_editor(CompanyDialog)
    type_into(qtbot, dialog, "ocn", "0A1C")
    clock.advance(days=AWAY_DAYS)
    qtbot.mouseClick(save_button(dialog), LEFT)
    qtbot.waitUntil(lambda: dialog.message() != "", timeout=30000)
    assert "Sign in again" in dialog.message() and dialog.field_edit("ocn").text() == "0A1C"
