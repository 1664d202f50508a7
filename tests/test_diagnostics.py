"""The Help menu: Copy diagnostics (versions, no secret), Open log folder, About; and the Qt-free text builder."""

import logging
import platform
import ssl
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QObject, QUrl, Slot, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from desktop import __version__, logs
from desktop.diagnostics import build_diagnostics
from desktop.views.about_dialog import AboutDialog
from desktop.views.help_menu import install_help_menu

JWT = "eyJhbGciOiJIUzI1NiJ9.eyJlbWFpbCI6ImRhbmFAZXhhbXBsZS5jb20ifQ.c2lnbmF0dXJlLXNlY3JldA"
BASIC = "ZGFuYUBleGFtcGxlLmNvbTpodW50ZXIy"


@pytest.fixture
def log_home(tmp_path, monkeypatch):
    monkeypatch.setenv("CXDESK_HOME", str(tmp_path))
    level = logging.getLogger().level
    path = logs.setup_logging(console=False)
    yield path
    logs.shutdown_logging()
    logging.getLogger().setLevel(level)


@pytest.fixture
def window(qtbot):
    win = QMainWindow()
    qtbot.addWidget(win)
    return win


def seed_secrets() -> None:
    log = logging.getLogger("desktop.api")
    log.warning("sent Authorization: Basic %s", BASIC)
    log.warning("got token %s for password=hunter2", JWT)
    log.info('payload {"password": "hunter2"}')


def test_copy_diagnostics_puts_the_versions_and_no_secret_on_the_clipboard(qtbot, window, log_home):
    seed_secrets()
    outbox = {"pending": 2, "oldest": "2024-05-01T10:00:00Z"}
    help_menu = install_help_menu(window, server_url_getter=lambda: f"https://example.test/api/cp/?jwt={JWT}",
                                  outbox_state_getter=lambda: outbox)
    QApplication.clipboard().clear()
    help_menu.copy_diagnostics_action.trigger()  # built on a worker, then put on the clipboard
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Diagnostics copied to the clipboard.",
                    timeout=10000)
    text = QApplication.clipboard().text()
    for version in (__version__, qVersion(), PySide6.__version__, platform.python_version(), ssl.OPENSSL_VERSION):
        assert version in text
    assert "Qt platform: offscreen" in text
    assert f"Log folder: {log_home.parent}" in text
    assert "Keyring backend: keyring.backends." in text
    assert "Server: https://example.test/api/cp/?jwt=<redacted>" in text
    assert "Outbox: pending=2, oldest=2024-05-01T10:00:00Z" in text
    assert "sent Authorization: Basic <redacted>" in text  # the seeded log lines are there…
    for secret in (JWT, BASIC, "hunter2"):  # …without their secrets
        assert secret not in text
    assert window.statusBar().currentMessage() == "Diagnostics copied to the clipboard."


def test_the_diagnostics_carry_at_most_the_last_50_log_lines(window, log_home):
    for number in range(120):
        logging.getLogger("desktop").info("line number %03d", number)
    text = install_help_menu(window).diagnostics_text()
    assert "line number 119" in text and "line number 070" in text and "line number 069" not in text


def test_the_help_menu_has_its_three_actions_with_mnemonics(window):
    help_menu = install_help_menu(window)
    menu = window.findChild(QMenu, "menuHelp")
    assert menu is help_menu.menu and menu.title() == "&Help"
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Copy &diagnostics", "Open &log folder", "&About CX Account Desk"]
    install_help_menu(window)  # installing twice replaces, never duplicates
    QApplication.processEvents()
    assert [a.text() for a in window.menuBar().actions()].count("&Help") == 1


class UrlCatcher(QObject):
    def __init__(self):
        super().__init__()
        self.urls = []

    @Slot(QUrl)
    def open(self, url):
        self.urls.append(url)


def test_open_log_folder_opens_the_log_folder(window, log_home):
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        install_help_menu(window).open_log_folder_action.trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(url.toLocalFile()) for url in catcher.urls] == [log_home.parent]  # "C:/x" is "C:\\x" on Windows


def test_about_shows_name_versions_and_licence(qtbot, window, screenshot):
    help_menu = install_help_menu(window)
    help_menu.about_action.trigger()
    dialog = help_menu.about_dialog
    assert isinstance(dialog, AboutDialog)
    qtbot.waitExposed(dialog)
    screenshot(dialog, "about-dialog")
    assert dialog.windowTitle() == "About CX Account Desk"
    assert dialog.ui.nameLabel.text() == "CX Account Desk"
    assert dialog.ui.versionLabel.text() == f"Version {__version__}"
    assert dialog.ui.qtLabel.text() == f"Qt {qVersion()}, PySide6 {PySide6.__version__}"
    assert "LGPL" in dialog.ui.licenceLabel.text()
    assert not dialog.ui.iconLabel.pixmap().isNull()
    help_menu.about_action.trigger()
    assert help_menu.about_dialog is dialog  # one at a time
    dialog.ui.buttonBox.rejected.emit()
    qtbot.waitUntil(lambda: help_menu.about_dialog is None)


def test_the_main_window_gets_the_help_menu_after_file(qtbot, ops, client):
    from desktop.views.main_window import MainWindow

    main = MainWindow(ops, client, server_label="Sandbox")
    qtbot.addWidget(main)
    install_help_menu(main, server_url_getter=lambda: "Sandbox")
    titles = [a.text().replace("&", "") for a in main.menuBar().actions()]
    assert titles[0] == "File" and titles[-1] == "Help"


def test_build_diagnostics_reports_failing_getters_and_never_raises(tmp_path, monkeypatch):
    monkeypatch.setenv("CXDESK_HOME", str(tmp_path))

    def broken():
        raise RuntimeError(f"outbox not ready; token {JWT}")

    text = build_diagnostics(server_url_getter=broken, outbox_state_getter=None,
                             log_path=tmp_path / "missing.log", keyring_name="test backend")
    assert "Server: unknown (RuntimeError: outbox not ready; token <redacted>)" in text
    assert "Outbox: not available" in text
    assert "Keyring backend: test backend" in text
    assert "(the log is empty)" in text
    assert JWT not in text


def test_the_launcher_installs_the_help_menu_with_the_server_and_the_windows_outbox_state(qtbot, qapp, server,
                                                                                           tmp_path, monkeypatch):
    import argparse

    from desktop.api import AccountClient
    from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD
    from desktop.shell.connection import Session
    from desktop.shell.launcher import Launcher

    monkeypatch.setenv("CXDESK_HOME", str(tmp_path))
    client = AccountClient(server.base_url, timeout=(2.0, 10.0))
    client.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
    launcher = Launcher(qapp, argparse.Namespace(screenshot=None, server=None, sandbox_db=None))
    launcher.open_window(Session(client, "Sandbox (test)"))
    qtbot.addWidget(launcher.window)
    from desktop.views.help_menu import HelpMenu

    help_menu = launcher.window.findChild(HelpMenu)
    assert "Server: Sandbox (test)" in help_menu.diagnostics_text()
    assert "Outbox: not available" in help_menu.diagnostics_text()
    launcher.window.outbox_state = lambda: {"pending": 1}
    assert "Outbox: pending=1" in help_menu.diagnostics_text()
    launcher.ops.wait_for_done(5000)
    client.close()
