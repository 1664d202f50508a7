"""The call-recording dialog against the real service: enable the package, then choose routes."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.api import Conflict
from desktop.views.recording_dialog import NOTHING_RECORDS, RecordingDialog

ACME_UK = 5201  # an ingress route of the sandbox customer "Acme Contact Centres" (company 3101)


def open_dialog(qtbot, ops, client):
    dialog = RecordingDialog(ops, client)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        pass
    return dialog


def shot(screenshot, dialog, name):
    for _ in range(3):  # each nested layout settles in one event-loop pass after a text changed
        QApplication.processEvents()
    screenshot(dialog, name)


def ask(qtbot, dialog, button):
    """Press a money button and return the confirmation it opens (window-modal, opened, not exec'd)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    box = dialog.confirmation
    assert isinstance(box, QMessageBox) and box.isVisible() and box.isModal()
    assert box.windowModality() == Qt.WindowModality.WindowModal
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    return box


def confirm_button(box):
    return next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)


def enable(qtbot, dialog):
    box = ask(qtbot, dialog, dialog.ui.enableButton)
    with qtbot.waitSignal(dialog.changed, timeout=10000):
        qtbot.mouseClick(confirm_button(box), Qt.MouseButton.LeftButton)


def choose(qtbot, dialog, route_id, key):
    """Pick a mode the way a keyboard user does: focus the route's combo box and press a key."""
    combo = dialog.route_combo(route_id)
    combo.setFocus()
    qtbot.keyClick(combo, key)
    return combo


def test_before_enabling_no_route_can_record(qtbot, ops, client, screenshot):
    dialog = open_dialog(qtbot, ops, client)
    assert dialog.package is None
    assert dialog.ui.step1Status.text() == "Not enabled yet."
    details = dialog.ui.step1Details.text()
    assert "chargeable Call Recording package" in details and "$15.00 per month" in details
    assert "charged every month" in details and "ingress route set to record" in details
    assert dialog.ui.disableButton.isHidden()
    assert dialog.ui.enableButton.isVisible() and dialog.ui.enableButton.isEnabled()
    assert dialog.ui.step2Note.isVisible()
    assert dialog.ui.step2Note.text().startswith("Enable call recording first (step 1).")
    assert not dialog.ui.routesTree.isEnabled()
    combo = dialog.route_combo(ACME_UK)
    assert combo is not None and not combo.isEnabledTo(dialog)
    assert dialog.ui.summaryLabel.text() == NOTHING_RECORDS
    assert dialog.recording_count() == (0, 7)
    shot(screenshot, dialog, "recording_before_enabling")

    with pytest.raises(Conflict) as refused:
        client.set_route_recording(ACME_UK, "always")
    assert refused.value.code == "call_recording_not_enabled"
    assert client.get_routes(3101)[0].call_recording == "disabled"


def test_enable_then_record_a_customers_route(qtbot, ops, client, screenshot):
    dialog = open_dialog(qtbot, ops, client)
    enable(qtbot, dialog)
    recording = [p for p in client.get_packages() if p.feature == "call_recording"]
    assert len(recording) == 1 and dialog.package.id == recording[0].id
    assert dialog.ui.step1Status.text() == "Done: call recording is enabled on the account."
    assert "$15.00 per month" in dialog.ui.step1Details.text()
    assert dialog.ui.enableButton.isHidden() and dialog.ui.step2Note.isHidden()
    assert dialog.ui.disableButton.isVisible() and dialog.ui.disableButton.isEnabled()
    assert dialog.ui.routesTree.isEnabled()
    assert dialog.ui.summaryLabel.text() == NOTHING_RECORDS

    with qtbot.waitSignal(dialog.changed, timeout=10000):
        combo = choose(qtbot, dialog, ACME_UK, Qt.Key.Key_End)
    assert combo.currentText() == "Always" and combo.isEnabled()
    routes = {route.id: route for route in client.get_routes(3101)}
    assert routes[ACME_UK].call_recording == "always"
    assert dialog.ui.summaryLabel.text() == "1 of 7 ingress routes record calls."
    shot(screenshot, dialog, "recording_after_enabling")

    with qtbot.waitSignal(dialog.changed, timeout=10000):
        choose(qtbot, dialog, ACME_UK, Qt.Key.Key_Home)
    assert client.get_routes(3101)[0].call_recording == "disabled"
    assert dialog.ui.summaryLabel.text() == NOTHING_RECORDS


def test_an_enabled_package_shows_step_1_done_at_open(qtbot, ops, client):
    package = client.enable_call_recording()
    dialog = open_dialog(qtbot, ops, client)
    assert dialog.package.id == package.id and dialog.package.routes_recording == 0
    assert dialog.ui.enableButton.isHidden() and dialog.ui.routesTree.isEnabled()
    with pytest.raises(Conflict) as again:
        client.enable_call_recording()
    assert again.value.code == "already_enabled"


def test_a_refused_route_change_reverts_the_combo_and_says_why(qtbot, ops, client, server):
    """The dialog thinks the package exists but the server disagrees (it was removed meanwhile)."""
    client.enable_call_recording()
    dialog = open_dialog(qtbot, ops, client)
    repository = server.app.state.repository
    with repository.transaction() as conn:  # an administrator removes the package on the service side
        conn.execute("DELETE FROM package WHERE feature = 'call_recording'")
    combo = choose(qtbot, dialog, ACME_UK, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: "not changed" in dialog.ui.messageLabel.text(), timeout=10000)
    assert combo.currentData() == "disabled" and combo.isEnabledTo(dialog.ui.routesTree)
    assert dialog.ui.messageLabel.text() == (
        "The recording of Acme UK inbound was not changed. Enable call recording first (step 1).")
    assert dialog.package is None and not dialog.ui.routesTree.isEnabled()
    assert client.get_routes(3101)[0].call_recording == "disabled"


def test_a_failed_load_is_shown_and_can_be_tried_again(qtbot, ops, client, server, screenshot):
    server.stop()
    dialog = RecordingDialog(ops, client)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ui.retryButton.isVisible(), timeout=30000)
    assert dialog.ui.messageLabel.text().startswith("Could not load the account's packages and routes. "
                                                    "The server could not be reached.")
    assert dialog.ui.step1Status.text().startswith("Not known")
    assert not dialog.ui.enableButton.isEnabled() and not dialog.ui.routesTree.isEnabled()
    shot(screenshot, dialog, "recording_load_failed")

    server.start()
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        qtbot.mouseClick(dialog.ui.retryButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.messageFrame.isHidden() and dialog.ui.enableButton.isEnabled()
    assert dialog.recording_count() == (0, 7)


def test_the_price_is_confirmed_first_and_cancel_adds_nothing(qtbot, ops, client, screenshot):
    dialog = open_dialog(qtbot, ops, client)
    box = ask(qtbot, dialog, dialog.ui.enableButton)
    text = f"{box.text()} {box.informativeText()}"
    assert box.text() == "Add the chargeable Call Recording package to the account?"
    assert "$15.00 per month" in text and "charged every month" in text and "This month is charged" in text
    assert "ingress route" in text and "Nothing is recorded until" in text
    assert confirm_button(box).text() == "Add for $15.00 per month"
    screenshot(box, "recording_enable_confirmation")
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert dialog.confirmation is None and dialog.package is None
    assert dialog.ui.enableButton.isVisible() and dialog.ui.enableButton.isEnabled()
    qtbot.wait(200)  # nothing was sent meanwhile either
    assert not any(p.feature == "call_recording" for p in client.get_packages())

    for key in (Qt.Key.Key_Escape, Qt.Key.Key_Return):  # Escape cancels too, and Enter never buys
        box = ask(qtbot, dialog, dialog.ui.enableButton)
        qtbot.keyClick(box, key)
        qtbot.waitUntil(lambda: dialog.confirmation is None, timeout=5000)
        qtbot.wait(200)
        assert not any(p.feature == "call_recording" for p in client.get_packages())

    enable(qtbot, dialog)
    assert [p.cost for p in client.get_packages() if p.feature == "call_recording"] == ["15.00"]


def test_disable_asks_says_what_stops_and_removes_the_package(qtbot, ops, client, screenshot):
    client.enable_call_recording()
    client.set_route_recording(ACME_UK, "always")
    dialog = open_dialog(qtbot, ops, client)
    assert dialog.recording_count() == (1, 7)

    box = ask(qtbot, dialog, dialog.ui.disableButton)
    details = box.informativeText()
    assert box.text() == "Disable call recording on the account?"
    assert "1 ingress route records now: it stops at once." in details
    assert "set back to Disabled" in details
    assert "This month's charge ($15.00) is not refunded" in details
    screenshot(box, "recording_disable_confirmation")
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert any(p.feature == "call_recording" for p in client.get_packages())
    assert client.get_routes(3101)[0].call_recording == "always"

    box = ask(qtbot, dialog, dialog.ui.disableButton)
    with qtbot.waitSignal(dialog.changed, timeout=10000):
        qtbot.mouseClick(confirm_button(box), Qt.MouseButton.LeftButton)
    assert not any(p.feature == "call_recording" for p in client.get_packages())
    assert client.get_routes(3101)[0].call_recording == "disabled"
    assert dialog.package is None and dialog.ui.step1Status.text() == "Not enabled yet."
    assert dialog.ui.enableButton.isVisible() and dialog.ui.disableButton.isHidden()
    assert dialog.route_combo(ACME_UK).currentData() == "disabled" and not dialog.ui.routesTree.isEnabled()
    assert dialog.recording_count() == (0, 7)
    assert dialog.ui.messageLabel.text() == "Call recording is disabled: no ingress route records any more."
    shot(screenshot, dialog, "recording_disabled")


def test_a_failed_disable_keeps_the_package_and_says_why(qtbot, ops, client, server):
    client.enable_call_recording()
    dialog = open_dialog(qtbot, ops, client)
    box = ask(qtbot, dialog, dialog.ui.disableButton)
    server.stop()
    qtbot.mouseClick(confirm_button(box), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not disabled" in dialog.ui.messageLabel.text(), timeout=30000)
    assert dialog.ui.messageLabel.text().startswith("Call recording was not disabled. ")
    assert dialog.package is not None and dialog.ui.disableButton.isVisible()
    server.start()
    assert any(p.feature == "call_recording" for p in client.get_packages())


def test_a_server_without_offers_still_asks_and_says_the_price_is_not_known(qtbot, ops, client, monkeypatch):
    from desktop.api import NotFound

    def no_offers():
        raise NotFound("There is nothing at this address.", status=404, code="not_found")

    monkeypatch.setattr(client, "get_package_offers", no_offers)  # an older server, without the endpoint
    dialog = open_dialog(qtbot, ops, client)
    assert dialog.offer is None and "did not say its price" in dialog.ui.step1Details.text()
    box = ask(qtbot, dialog, dialog.ui.enableButton)
    assert "did not say its price" in box.informativeText() and confirm_button(box).text() == "Add the package"
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert not any(p.feature == "call_recording" for p in client.get_packages())
    enable(qtbot, dialog)
    assert dialog.package is not None and "$15.00 per month" in dialog.ui.step1Details.text()
