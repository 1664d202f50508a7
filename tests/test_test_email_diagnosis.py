"""Issue 13 in the Test Email dialog: login methods, refusals judged by what they say, Happy Eyeballs.

The service talks to a scripted SMTP peer over STARTTLS with a trustme certificate (the service is
told to trust that authority); the check from this computer runs the engine here, against real sockets.
"""

from __future__ import annotations

import socket
import ssl

import pytest
import trustme
from PySide6.QtCore import Qt

from desktop.views.test_email_dialog import TestEmailDialog as EmailDialog  # not a pytest class
from tests.dialogs import loaded_window
from tests.mail.conftest import ScriptedPeer
from tests.mail.test_happy_eyeballs import Silent, needs_127_0_0_2, resolving

LEFT = Qt.MouseButton.LeftButton
SECURE_START = ["220 relay.example", "250-relay.example\n250 STARTTLS", "220 Ready to start TLS",
                "250-relay.example\n250 AUTH PLAIN LOGIN"]


@pytest.fixture
def trusted_peer(server):
    """Scripted STARTTLS peers whose certificate the service trusts (``trusted_peer(replies)``)."""
    authority = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    client_context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    authority.configure_trust(client_context)
    server.app.state.smtp_ssl_context = client_context
    peers: list[ScriptedPeer] = []

    def start(replies: list[str]) -> ScriptedPeer:
        peers.append(ScriptedPeer(SECURE_START + replies, tls=context))
        return peers[-1]

    yield start
    server.app.state.smtp_ssl_context = None
    for peer in peers:
        peer.close()


def _run_test_email(qtbot, ops, client, peer) -> EmailDialog:
    current = client.get_smtp()
    client.update_smtp({"server": f"127.0.0.1:{peer.port}", "username": "noc"}, current.etag, password="pw-1234")
    window = loaded_window(qtbot, ops, client)
    qtbot.mouseClick(window.smtp_section.ui.testEmailButton, LEFT)
    test = window.findChild(EmailDialog)
    with qtbot.waitSignal(test.result_shown, timeout=60000):
        qtbot.mouseClick(test.ui.sendButton, LEFT)
    return test


def _details(test) -> list[str]:
    view = test.ui.transcriptView
    return [view.item(row, 2).text() for row in range(view.rowCount())]


def test_the_dialog_shows_the_next_login_method_and_a_relay_refusal_by_its_words(qtbot, ops, client, trusted_peer,
                                                                                  screenshot):
    """Points 1 and 7: PLAIN refused as a method (534) → LOGIN; then 554 5.7.1 Relay access denied at RCPT."""
    peer = trusted_peer(["534 5.7.9 Authentication mechanism is too weak", "334 VXNlcm5hbWU6", "334 UGFzc3dvcmQ6",
                         "235 2.7.0 Authentication successful", "250 2.1.0 Ok", "554 5.7.1 <x>: Relay access denied",
                         "221 bye"])
    test = _run_test_email(qtbot, ops, client, peer)

    assert "Relaying refused" in test.outcome_text() and "Recipient refused" not in test.outcome_text()
    details = _details(test)
    assert any(d.startswith("PLAIN refused as a login method (534); trying LOGIN") for d in details)
    assert "logged in as noc (LOGIN)" in details
    screenshot(test, "test_email_login_method_and_relay")


def test_a_sender_the_login_may_not_use_is_named_even_at_rcpt(qtbot, ops, client, trusted_peer):
    """Point 7 as Postfix does it: the sender refused at RCPT TO names the From Address and offers to fix it."""
    peer = trusted_peer(["235 2.7.0 Authentication successful", "250 2.1.0 Ok",
                         "553 5.7.1 <noc@northwind-telecom.example>: Sender address rejected: not owned by user noc",
                         "221 bye"])
    test = _run_test_email(qtbot, ops, client, peer)

    assert "Login accepted; the server refused the From Address" in test.outcome_text()
    assert test.follow_up() == "smtp" and test.ui.followUpButton.text() == "Edit SMTP Details…"


@needs_127_0_0_2
def test_the_check_from_this_computer_lists_each_address_it_tried(qtbot, ops, client, monkeypatch):
    """Point 3 in the dialog: a name whose two addresses both fail lists each with its own reason."""
    with socket.create_server(("127.0.0.1", 0)) as probe:
        closed_port = probe.getsockname()[1]  # closed again: 127.0.0.1 refuses
    silent = Silent("127.0.0.2", closed_port)
    resolving(monkeypatch, "relay.dual.example", (socket.AF_INET, ("127.0.0.2", closed_port)),
              (socket.AF_INET, ("127.0.0.1", closed_port)))
    try:
        current = client.get_smtp()
        client.update_smtp({"server": f"relay.dual.example:{closed_port}"}, current.etag)
        window = loaded_window(qtbot, ops, client)
        qtbot.mouseClick(window.smtp_section.ui.testEmailButton, LEFT)
        test = window.findChild(EmailDialog)
        from desktop.mail import Timeouts

        monkeypatch.setattr("desktop.mail.engine.Timeouts", lambda: Timeouts(connect=1, total=10))  # shorter waits
        with qtbot.waitSignal(test.result_shown, timeout=60000):
            qtbot.mouseClick(test.ui.checkButton, LEFT)
    finally:
        silent.close()
    assert "127.0.0.1: connection refused; 127.0.0.2: no answer in 1 s" in test.outcome_text()
    details = _details(test)
    assert f"127.0.0.1 port {closed_port}: connection refused" in details
    assert f"127.0.0.2 port {closed_port}: no answer in 1 s" in details
