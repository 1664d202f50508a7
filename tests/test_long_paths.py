r"""Long paths: a ``CXDESK_HOME`` so deep that the app's files pass Windows' ``MAX_PATH`` (260 characters).

What the app does (:func:`desktop.paths.check_folders`, at start-up): where the system lets a
program write such paths (Linux, macOS; Windows with ``LongPathsEnabled``, since Python 3.11 is
long-path aware; wine 8, which has no such limit) everything works there; where it does not (Windows
without the opt-in) the app stops at start with a message that names the folder and the limit,
instead of failing deep inside SQLite. Which of the two happens is asked of Windows
(``ntdll!RtlAreLongPathsEnabled``); under wine, or on a Windows without that function, either
outcome passes, but only these two. A folder too deep for any setting (beyond ``PATH_MAX`` or 32767
characters) is always refused with that message, on every system.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import app, paths
from desktop.paths import MAX_PATH, FolderError
from tests.app_files import write_every_file


def deep_folder(base: Path, length: int) -> Path:
    """A path of at least ``length`` characters below ``base``, in parts of at most 100 (not made)."""
    folder = base
    while len(str(folder)) < length:
        folder = folder / ("deep-" + "d" * min(95, max(1, length - len(str(folder)) - 6)))
    return folder


def long_paths_work() -> bool | None:
    """Whether this system writes paths longer than ``MAX_PATH``; ``None``: cannot be told (wine, old Windows).

    Off Windows ``True``. On Windows ``ntdll!RtlAreLongPathsEnabled`` (Windows 10 1607+: the
    registry opt-in ``LongPathsEnabled`` and this program's manifest); wine 8 lacks it.
    """
    if sys.platform != "win32":
        return True
    import ctypes

    ntdll = ctypes.WinDLL("ntdll")
    if hasattr(ntdll, "wine_get_version") or not hasattr(ntdll, "RtlAreLongPathsEnabled"):
        return None
    ntdll.RtlAreLongPathsEnabled.restype = ctypes.c_ubyte
    return bool(ntdll.RtlAreLongPathsEnabled())


@pytest.fixture
def deep_home(tmp_path, monkeypatch):
    """A ``CXDESK_HOME`` of 250 characters (not made): every file of the app below it passes 260."""
    home = deep_folder(tmp_path, 250)
    monkeypatch.setenv("CXDESK_HOME", str(home))
    return home


def assert_clear_refusal(error: str, kind: str, folder: Path) -> None:
    """The start-up message names the folder, its length, the limit and what to do."""
    assert f"The app's {kind} folder is too deep: {folder} ({len(str(folder))} characters)" in error, error
    assert f"limit of {paths.path_limit()} " in error, error
    assert "Choose a shorter folder for CXDESK_HOME" in error, error


def test_a_home_deeper_than_max_path_works_where_the_system_allows_it_else_is_refused_clearly(deep_home, qapp,
                                                                                               qtbot):
    expected = long_paths_work()
    try:
        files = write_every_file(qtbot)
    except FolderError as error:
        assert expected is not True, f"long paths work on this system, yet: {error}"
        assert_clear_refusal(str(error), "data", deep_home / "data")
        assert "LongPathsEnabled" in str(error)
        return
    assert expected is not False, "Windows says long paths are off, yet the app wrote below a deep folder"
    too_long = {what: len(str(path)) for what, path in files.items() if len(str(path)) <= MAX_PATH}
    assert too_long == {}, "each file's path is longer than MAX_PATH"
    assert all(path.is_file() for what, path in files.items() if what != "lock")
    assert not list(deep_home.rglob(".probe-long-path")), "the start-up probe leaves nothing behind"


def test_the_app_starts_and_shows_the_account_from_a_home_deeper_than_max_path(deep_home, tmp_path):
    png = tmp_path / "window.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CXDESK_HOME": str(deep_home)}
    result = subprocess.run([sys.executable, "-m", "desktop", "--screenshot", str(png)], env=env,
                            capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL)
    expected = long_paths_work()
    if result.returncode == 1 and "is too deep" in result.stderr:
        assert expected is not True, result.stderr
        assert_clear_refusal(result.stderr, "data", deep_home / "data")
        assert not png.exists()
        return
    assert result.returncode == 0, result.stderr
    assert expected is not False, "Windows says long paths are off, yet the app started below a deep folder"
    assert png.is_file()
    database = deep_home / "data" / "sandbox.sqlite3"
    assert database.is_file() and len(str(database)) > MAX_PATH


@pytest.fixture
def too_deep_home(tmp_path, monkeypatch):
    """A ``CXDESK_HOME`` too deep for the app's files with any setting (PATH_MAX; Windows: 32767), not made.

    On Windows an environment variable holds at most 32767 characters, so the folder stays just below
    that and its files (72 more) pass it.
    """
    home = deep_folder(tmp_path, 32767 - 40 if sys.platform == "win32" else paths.path_limit() + 50)
    monkeypatch.setenv("CXDESK_HOME", str(home))
    return home


def test_a_home_too_deep_for_any_setting_is_refused_naming_the_folder_and_the_limit(too_deep_home):
    with pytest.raises(FolderError) as caught:
        paths.check_folders()
    assert_clear_refusal(str(caught.value), "data", too_deep_home / "data")


def test_the_app_stops_at_start_with_that_message_on_stderr_and_in_a_message_box(too_deep_home, qapp, capsys):
    assert app.main(["--screenshot", "never.png"]) == 1
    stderr = capsys.readouterr().err
    assert stderr.startswith("cxdesk: The app's data folder is too deep: ")
    assert_clear_refusal(stderr, "data", too_deep_home / "data")

    shown: list[str] = []

    def close_the_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.close()
        else:
            QTimer.singleShot(20, close_the_box)

    QTimer.singleShot(0, close_the_box)
    assert app.main([]) == 1
    assert len(shown) == 1
    assert_clear_refusal(shown[0], "data", too_deep_home / "data")
    assert capsys.readouterr().err.startswith("cxdesk: The app's data folder is too deep: ")


def test_a_home_that_cannot_be_made_is_named_with_the_reason_not_as_too_deep(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the app's home would be", encoding="utf-8")
    monkeypatch.setenv("CXDESK_HOME", str(blocker))
    with pytest.raises(FolderError) as caught:
        paths.check_folders()
    assert str(caught.value).startswith(f"The app cannot use its data folder {blocker / 'data'}: ")
    assert "too deep" not in str(caught.value)
    assert app.main(["--screenshot", str(tmp_path / "never.png")]) == 1
    assert capsys.readouterr().err.startswith(f"cxdesk: The app cannot use its data folder {blocker / 'data'}: ")
