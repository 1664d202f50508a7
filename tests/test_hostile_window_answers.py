"""The main window and its dialogs meeting answers that are not the API's, and a redirect (issue 8, points 3, 6, 11).

A captive portal's page, a CDN's block page and JSON of the wrong shape come from the hostile peer
(tests/hostile_peer.py) in front of the real service; the real MainWindow, CompanyDialog and
SmtpDialog show what the user reads. Nothing in between is ever taken for the service's verdict
("your user may only view the account"), nothing turns into a generic or crash dialog, and a
redirect is never followed: the other port receives nothing and a password is never queued.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QApplication

from desktop.store import CONFLICT, PENDING, REJECTED, SENT
from desktop.views.company_dialog import CompanyDialog
from tests.dialogs import click_save, type_into
from tests.hostile_peer import HostilePeer
from tests.hostile_window import error_boxes, loaded_window, make_api, store
from tests.test_hostile_answers import CAPTIVE, CDN_403

__all__ = ["make_api", "store"]  # fixtures

#: Words that only the service's own 403 may bring (desktop/views/messages.py, PermissionDenied).
VIEW_ONLY = ("may only view", "can only view", "may not make this change", "Permission denied")


def _shot(screenshot, widget, name: str) -> None:
    QApplication.processEvents()
    screenshot(widget, name)


def _says_no_permission(text: str) -> bool:
    return any(words in text for words in VIEW_ONLY)


def test_a_captive_portal_on_every_path_is_named_as_this_networks_sign_in_page(
        qtbot, ops, hostile, make_api, store, screenshot):
    window = loaded_window(qtbot, ops, make_api(), store)
    hostile.mode("html", None, status=200, html=CAPTIVE)
    with qtbot.waitSignal(window.load_failed, timeout=15000):
        window.ui.actionRefresh.trigger()
    text = window.error_text()
    assert text.startswith("This network shows its own sign-in page (“Welcome to Hotel Guest Wi-Fi”) instead of "
                           f"127.0.0.1:{hostile.port}.")
    assert "web browser" in text and "Showing data from " in text
    assert not _says_no_permission(text) and "<" not in text
    assert not window.smtp_section.ui.testEmailButton.isEnabled()
    assert window.company_section.ui.editCompanyButton.isEnabled()
    assert error_boxes() == []
    _shot(screenshot, window, "hostile_window_captive_portal")


def test_a_cdn_block_page_on_a_save_queues_the_edit_and_never_says_the_user_may_only_view(
        qtbot, ops, hostile, make_api, store, screenshot):
    window = loaded_window(qtbot, ops, make_api(), store)
    hostile.mode("html", "setup/account", status=403, html=CDN_403)
    dialog = window.open_editor(CompanyDialog)
    type_into(qtbot, dialog, "company", "Northwind Blocked Ltd")
    said: list[str] = []
    dialog.queued.connect(lambda _entry: said.append(dialog.message()))
    with qtbot.waitSignal(dialog.queued, timeout=15000):
        click_save(qtbot, dialog)
    assert [r.method for r in hostile.requests_to("setup/account")][-1] == "PUT"
    assert not dialog.isVisible() and not any(_says_no_permission(text) for text in said)
    [entry] = store.outbox.entries(PENDING)
    assert entry.changes == {"company": "Northwind Blocked Ltd"}, "queued, not refused"
    qtbot.waitUntil(lambda: window.company_section.ui.companyValue.text() == "Northwind Blocked Ltd", timeout=5000)
    qtbot.waitUntil(lambda: window.error_text() != "", timeout=5000)
    text = window.error_text()
    assert text.startswith(f"A proxy or firewall between this computer and 127.0.0.1:{hostile.port} blocked the "
                           "request"), text
    assert "Attention Required! | Cloudflare" in text and not _says_no_permission(text)
    assert error_boxes() == []
    _shot(screenshot, window, "hostile_window_cdn_block_on_save")


def test_json_of_the_wrong_shape_names_the_endpoint_without_a_generic_or_crash_dialog(
        qtbot, ops, hostile, make_api, store, caplog, screenshot):
    window = loaded_window(qtbot, ops, make_api(), store)
    hostile.mode("status", "setup/account", status=200, body=[])
    with caplog.at_level(logging.ERROR), qtbot.waitSignal(window.load_failed, timeout=15000):
        window.ui.actionRefresh.trigger()
    text = window.error_text()
    assert text.startswith("Could not load the account: The server's answer to setup/account is not what this app "
                           "expects"), text
    assert "Something unexpected went wrong" not in text and "TypeError" not in text
    assert window.company_section.ui.companyValue.text() == "Northwind Telecom Ltd", "what was shown stays"
    assert window.smtp_section.ui.testEmailButton.isEnabled(), "the server answered: it is not offline"
    assert error_boxes() == [], "no crash dialog"
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR and r.name.startswith("desktop")]
    _shot(screenshot, window, "hostile_window_unexpected_answer")


def test_a_redirect_on_saving_smtp_with_a_password_is_not_followed_and_nothing_is_queued(
        qtbot, ops, server, hostile, make_api, store, tmp_path, screenshot):
    window = loaded_window(qtbot, ops, make_api(), store)
    with HostilePeer(server.base_url) as elsewhere:  # another loopback port: it must receive nothing
        location = f"{elsewhere.base_url}setup/account/smtp"
        hostile.mode("redirect", "setup/account/smtp", status=307, location=location)
        dialog = window.open_smtp_editor()
        qtbot.waitExposed(dialog)
        type_into(qtbot, dialog, "username", "noc-mailer")
        type_into(qtbot, dialog, "password", "s3cret-Pa55")
        qtbot.waitUntil(lambda: not ops.busy)
        click_save(qtbot, dialog)
        qtbot.waitUntil(lambda: dialog.message() != "" and not ops.busy, timeout=15000)
        ops.wait_for_done(5000)
        assert elsewhere.received == [], "nothing was re-sent to where the redirect pointed"
    [put] = hostile.requests_to("setup/account/smtp", "PUT")
    assert b"s3cret-Pa55" in put.body  # sent once, to the profile's server only
    message = dialog.message()
    assert message.startswith(f"The server answered with a redirect to {location} instead of an answer. The redirect "
                              "was not followed. Nothing was sent there."), message
    assert "So nothing was saved. A new password cannot wait on this computer" in message
    assert dialog.isVisible(), "the dialog stays open"
    assert dialog.field_edit("username").text() == "noc-mailer"
    assert dialog.field_edit("password").text() == "s3cret-Pa55", "everything typed stays"
    assert store.outbox.count(PENDING, SENT, CONFLICT, REJECTED) == 0, "a secret is never queued"
    on_disk = b"".join(path.read_bytes() for path in tmp_path.glob("offline.sqlite3*"))
    assert on_disk and b"s3cret-Pa55" not in on_disk
    assert error_boxes() == []
    _shot(screenshot, dialog, "hostile_smtp_redirect_not_followed")
