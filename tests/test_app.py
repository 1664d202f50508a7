"""The ``cxdesk`` command: start on the sandbox and save a screenshot, as a user would run it."""

import os
import subprocess
import sys

from PySide6.QtGui import QImage


def test_screenshot_starts_the_sandbox_and_saves_the_main_window(tmp_path):
    png = tmp_path / "window.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CXDESK_HOME": str(tmp_path / "home")}
    result = subprocess.run([sys.executable, "-m", "desktop", "--screenshot", str(png)], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 400 and image.height() > 300
    assert (tmp_path / "home" / "data" / "sandbox.sqlite3").exists()


def test_screenshot_exits_non_zero_when_the_sandbox_cannot_start(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CXDESK_HOME": str(tmp_path / "home")}
    not_a_database = tmp_path / "folder"
    not_a_database.mkdir()
    result = subprocess.run([sys.executable, "-m", "desktop", "--sandbox-db", str(not_a_database),
                             "--screenshot", str(tmp_path / "x.png")], env=env, capture_output=True, text=True,
                            timeout=120, stdin=subprocess.DEVNULL)
    assert result.returncode == 1
    assert "cxdesk" in result.stderr.lower() or "account desk" in result.stderr.lower()
    assert not (tmp_path / "x.png").exists()


def test_server_option_signs_in_through_the_dialog_then_opens_the_window(server, qapp, qtbot, tmp_path,
                                                                         monkeypatch):
    monkeypatch.setenv("CXDESK_HOME", str(tmp_path / "home"))  # the profile it adds stays in this test
    from PySide6.QtCore import Qt

    from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD
    from desktop.shell.args import parse_args
    from desktop.shell.launcher import Launcher

    launcher = Launcher(qapp, parse_args(["--server", server.base_url]))
    launcher.start()
    dialog = launcher.sign_in_dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.ui.emailEdit, SANDBOX_EMAIL)
    qtbot.keyClicks(dialog.ui.passwordEdit, "wrong password")
    qtbot.mouseClick(dialog.ui.signInButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "refused" in dialog.message().lower(), timeout=10000)
    assert launcher.window is None and dialog.isVisible()
    dialog.ui.passwordEdit.clear()
    qtbot.keyClicks(dialog.ui.passwordEdit, SANDBOX_PASSWORD)
    qtbot.mouseClick(dialog.ui.signInButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=10000)
    qtbot.waitUntil(lambda: launcher.window.company_section.ui.nameValue.text() == "Dana Whitfield", timeout=10000)
    assert launcher.window.current.value.name == "Dana Whitfield"
    launcher.window.close()
    launcher.ops.wait_for_done(5000)


def test_the_sandbox_window_offers_the_sandbox_outbox(qapp, qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("CXDESK_HOME", str(tmp_path / "home"))
    from desktop.shell.args import parse_args
    from desktop.shell.launcher import Launcher

    launcher = Launcher(qapp, parse_args(["--sandbox-db", str(tmp_path / "sandbox.sqlite3")]))
    launcher.start()
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=20000)
    window = launcher.window
    qtbot.waitUntil(lambda: window.current is not None, timeout=20000)
    assert window.ui.actionSandboxOutbox.isVisible()
    window.close()
    launcher.shutdown()
