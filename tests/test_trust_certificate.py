"""Issue 13, point 4 in the windows: a relay's own certificate, trusted from a Test Email result.

A real aiosmtpd relay with STARTTLS and a certificate from a trustme authority that no trust store
knows; the real account service (its OS trust store refuses the certificate) and real dialogs.
"""

from __future__ import annotations

import ssl

import pytest
import trustme
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.domain.certificates import fingerprint
from desktop.views.smtp_dialog import SmtpDialog
from desktop.views.test_email_dialog import TestEmailDialog as EmailDialog  # not a pytest class
from tests.dialogs import loaded_window
from tests.server.test_smtp_email import Inbox, TlsAuthController

LEFT = Qt.MouseButton.LeftButton
USERNAME, PASSWORD = "relay-user", "relay pässword"


@pytest.fixture
def relay():
    """An internal relay: STARTTLS with a certificate from a private authority, AUTH after it."""
    authority = trustme.CA()
    issued = authority.issue_cert("127.0.0.1", common_name="relay.corp.example")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    issued.configure_cert(context)
    inbox = Inbox()
    controller = TlsAuthController(inbox, context, {USERNAME: PASSWORD})
    controller.start()
    der = ssl.PEM_cert_to_DER_cert(issued.cert_chain_pems[0].bytes().decode())
    yield f"127.0.0.1:{controller.port}", inbox, fingerprint(der)
    controller.stop()


def _send(qtbot, dialog) -> bool:
    with qtbot.waitSignal(dialog.result_shown, timeout=60000) as shown:
        qtbot.mouseClick(dialog.ui.sendButton, LEFT)
    return shown.args[0]


def _trust(qtbot, test, screenshot=None) -> QMessageBox:
    assert test.follow_up() == "trust_certificate"
    assert test.ui.followUpButton.text() == "Trust This Certificate…"
    qtbot.mouseClick(test.ui.followUpButton, LEFT)
    box = test.trust_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel), "Enter trusts nothing"
    if screenshot is not None:
        screenshot(box, "trust_certificate_question")
    return box


def test_a_refused_certificate_is_trusted_from_the_main_window_and_the_test_goes_through(qtbot, ops, client, relay,
                                                                                          screenshot):
    server, inbox, sha256 = relay
    saved = client.get_smtp()
    client.update_smtp({"server": server, "username": USERNAME}, saved.etag, password=PASSWORD)
    window = loaded_window(qtbot, ops, client)
    qtbot.mouseClick(window.smtp_section.ui.testEmailButton, LEFT)
    test = window.findChild(EmailDialog)
    assert _send(qtbot, test) is False
    assert "not trusted" in test.outcome_text() and "trust this certificate" in test.outcome_text()
    box = _trust(qtbot, test, screenshot)
    assert sha256 in box.informativeText() and "relay.corp.example" in box.informativeText()
    with qtbot.waitSignal(test.result_shown, timeout=60000) as shown:
        qtbot.mouseClick(box.findChild(type(box.defaultButton()), "trustButton"), LEFT)
    assert shown.args[0] is True, test.outcome_text()
    assert client.get_smtp().value.certificate_sha256 == sha256
    assert len(inbox.envelopes) == 1
    qtbot.waitUntil(lambda: window.smtp_section.current.value.certificate_sha256 == sha256, timeout=10000)


def test_cancel_trusts_nothing(qtbot, ops, client, relay):
    server, inbox, _ = relay
    client.update_smtp({"server": server, "username": USERNAME}, client.get_smtp().etag, password=PASSWORD)
    window = loaded_window(qtbot, ops, client)
    qtbot.mouseClick(window.smtp_section.ui.testEmailButton, LEFT)
    test = window.findChild(EmailDialog)
    assert _send(qtbot, test) is False
    box = _trust(qtbot, test)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert client.get_smtp().value.certificate_sha256 == "" and inbox.envelopes == []


def test_in_edit_smtp_details_the_trusted_certificate_is_tested_then_saved_with_save(qtbot, ops, client, relay):
    from desktop.session import AccountSession
    from tests.dialogs import save_button, type_into

    server, inbox, sha256 = relay
    client.update_smtp({"username": USERNAME}, client.get_smtp().etag, password=PASSWORD)
    smtp = SmtpDialog(ops, AccountSession(client), client.get_smtp())
    qtbot.addWidget(smtp)
    smtp.show()
    type_into(qtbot, smtp, "server", server)
    test = smtp.open_test_email()
    qtbot.waitExposed(test)
    assert _send(qtbot, test) is False
    box = _trust(qtbot, test)
    with qtbot.waitSignal(test.result_shown, timeout=60000) as shown:
        qtbot.mouseClick(box.findChild(type(box.defaultButton()), "trustButton"), LEFT)
    assert shown.args[0] is True, test.outcome_text()
    assert client.get_smtp().value.certificate_sha256 == "", "a test saves nothing"
    assert smtp.field_edit("certificate_sha256").text() == sha256
    assert "Only the certificate with this SHA-256 fingerprint is accepted" in smtp.ui.certificateHint.text()
    test.close()
    with qtbot.waitSignal(smtp.saved, timeout=15000):
        qtbot.mouseClick(save_button(smtp), LEFT)
    saved = client.get_smtp().value
    assert (saved.server, saved.certificate_sha256) == (server, sha256)


def test_a_pasted_fingerprint_is_normalised_and_a_new_server_forgets_it(qtbot, ops, client, relay):
    from desktop.session import AccountSession
    from tests.dialogs import type_into

    server, _, sha256 = relay
    client.update_smtp({"server": server, "certificate_sha256": sha256}, client.get_smtp().etag)
    smtp = SmtpDialog(ops, AccountSession(client), client.get_smtp())
    qtbot.addWidget(smtp)
    smtp.show()
    assert smtp.field_edit("certificate_sha256").text() == sha256
    type_into(qtbot, smtp, "server", "relay2.corp.example:587")
    assert "saving the new Server forgets it" in smtp.ui.certificateHint.text()
    type_into(qtbot, smtp, "certificate_sha256", "sha256 fingerprint=" + sha256.replace(":", "").lower())
    assert smtp.field_error("certificate_sha256") == ""
    type_into(qtbot, smtp, "certificate_sha256", "12:34")
    assert "SHA-256 fingerprint" in smtp.field_error("certificate_sha256")
