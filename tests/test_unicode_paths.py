r"""A user called Zoë Åström-Øster: every file of the app works in folders with non-ASCII names.

The app's home is ``…/Users/Zoë Åström-Øster/AppData/Local/cxdesk`` (``CXDESK_HOME``), as below a
Windows profile folder named after such a user. Checked there: the store (profiles.json, an offline
database with cache and outbox, the pending sign-outs), the embedded account service's database
(signed in to, the account loaded through the client), the log, and the single-instance lock with
its local socket; then the whole app started as a user does (a remote profile and its sign-in
dialog), and the self-test with its temporary folder and its report below the same user's folder.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from desktop import paths
from desktop.server import EmbeddedServer
from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD
from desktop.shell.args import parse_args
from desktop.shell.instance_client import lock_path
from desktop.shell.launcher import Launcher
from desktop.store import Profiles, TokenStore, profile_db_path
from tests.app_files import ACCOUNT_NAME, write_every_file
from tests.memory_keyring import MemoryKeyring
from tests.test_selftest import EVERY_CHECK, checks

USER = "Zoë Åström-Øster"


@pytest.fixture
def user_folder(tmp_path):
    """``…/Users/Zoë Åström-Øster``: the profile folder of a user with a non-ASCII name."""
    folder = tmp_path / "Users" / USER
    folder.mkdir(parents=True)
    return folder


@pytest.fixture
def unicode_home(user_folder, monkeypatch):
    """``CXDESK_HOME`` below the user's folder (``AppData/Local/cxdesk``), not made yet."""
    home = user_folder / "AppData" / "Local" / "cxdesk"
    monkeypatch.setenv("CXDESK_HOME", str(home))
    return home


def test_every_file_of_the_app_works_below_a_non_ascii_user_folder(unicode_home, qapp, qtbot):
    files = write_every_file(qtbot, profile_name="Zoë's desk")
    assert set(files) == {"log", "service database", "profiles", "pending sign-outs", "offline database", "lock"}
    for what, path in files.items():
        assert path.is_relative_to(unicode_home) and USER in str(path), what
        assert path.is_file() or what == "lock", what  # the lock file goes with its release
    assert [p.name for p in Profiles().list()] == ["Sandbox", "Zoë's desk"]
    assert "Zoë's desk" in files["profiles"].read_text(encoding="utf-8")


def test_the_app_signs_in_and_shows_the_account_with_everything_below_a_non_ascii_folder(
        user_folder, unicode_home, qapp, qtbot):
    # The account service's own database is in the user's documents, as a user running it locally would have it.
    service_db = user_folder / "Documents" / "Kontodienst für Zoë" / "account.sqlite3"
    with EmbeddedServer(service_db) as service:
        profile = Profiles().add("Zoë", service.base_url, SANDBOX_EMAIL)
        tokens = TokenStore(MemoryKeyring(), pending_path=paths.data_dir() / "pending-sign-outs.json")
        launcher = Launcher(qapp, parse_args(["--profile", "zoë"]), token_store=tokens, one_per_profile=True)
        assert launcher.start() is None
        try:
            qtbot.waitUntil(lambda: launcher.sign_in_dialog is not None, timeout=10000)
            dialog = launcher.sign_in_dialog
            assert dialog.ui.emailEdit.text() == SANDBOX_EMAIL
            qtbot.keyClicks(dialog.ui.passwordEdit, SANDBOX_PASSWORD)
            qtbot.mouseClick(dialog.ui.signInButton, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: launcher.window is not None, timeout=10000)
            window = launcher.window
            qtbot.waitUntil(lambda: window.company_section.ui.nameValue.text() == ACCOUNT_NAME, timeout=10000)
            qtbot.waitUntil(lambda: launcher.session.store is not None, timeout=10000)
            assert launcher.instance is not None and lock_path(profile.id).is_file()
            qtbot.waitUntil(lambda: launcher.session.store.cache.load("account") is not None, timeout=10000)
        finally:
            if launcher.window is not None:
                launcher.window.close()
            launcher.shutdown()
    assert service_db.is_file() and profile_db_path(profile).is_file()
    assert profile_db_path(profile).is_relative_to(unicode_home)


def test_the_self_test_passes_with_its_temporary_folder_and_report_below_a_non_ascii_folder(user_folder):
    temp = user_folder / "AppData" / "Local" / "Temp"
    temp.mkdir(parents=True)
    report = user_folder / "Desktop" / "Prüfbericht für Zoë.txt"
    report.parent.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CXDESK_HOME": str(user_folder / "never-used"),
           "TMPDIR": str(temp), "TEMP": str(temp), "TMP": str(temp)}
    result = subprocess.run([sys.executable, "-m", "desktop", "--self-test", str(report)], env=env,
                            capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL)
    lines = report.read_text(encoding="utf-8").splitlines()
    assert result.returncode == 0, "\n".join(lines) + result.stderr
    assert checks(lines) == dict.fromkeys(EVERY_CHECK, "ok")
    assert not (user_folder / "never-used").exists()
    assert [p.name for p in temp.iterdir() if p.name.startswith("cxdesk-selftest")] == [], "its folder was removed"
