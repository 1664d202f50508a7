r"""Roaming vs local on Windows: settings roam (``%APPDATA%\cxdesk``), data, logs and locks stay local.

platformdirs finds Windows' known folders with ``SHGetKnownFolderPath`` (through ctypes), not with
the ``APPDATA``/``LOCALAPPDATA`` variables, so pointing those variables at a temporary folder moves
nothing. Hence two kinds of test:

- everywhere: the Windows layout (:class:`platformdirs.windows.Windows`, as on Windows) with its two
  known folders resolved to temporary ones, so each file the app writes is seen landing in the
  right one, and settings left in the local folder by earlier builds are moved once;
- on Windows (and under wine): the layout the app really uses is below the known folders that
  ``SHGetKnownFolderPath`` reports (asked here without platformdirs), without writing there.

On Linux the folders are unchanged (XDG base directories).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from desktop import APP_ID, logs, paths
from desktop.shell.instance_client import lock_path
from desktop.store import Profiles, profile_db_path

LOCAL = "Local"
ROAMING = "Roaming"


@pytest.fixture
def windows_layout(tmp_path, monkeypatch):
    """The app's folders as on Windows, with ``%APPDATA%`` at ``tmp/Roaming``, ``%LOCALAPPDATA%`` at ``tmp/Local``."""
    from platformdirs import windows

    known = {"CSIDL_APPDATA": tmp_path / ROAMING, "CSIDL_LOCAL_APPDATA": tmp_path / LOCAL}
    monkeypatch.setattr(windows, "get_win_folder", lambda name: str(known[name]))
    monkeypatch.setattr(paths, "_LOCAL", windows.Windows(APP_ID, appauthor=False))
    monkeypatch.setattr(paths, "_ROAMING", windows.Windows(APP_ID, appauthor=False, roaming=True))
    monkeypatch.setattr(paths, "_moved_from", set())
    monkeypatch.delenv("CXDESK_HOME", raising=False)
    return tmp_path


def _old_profiles(tmp_path: Path) -> Path:
    """profiles.json as an earlier build left it in ``%LOCALAPPDATA%\\cxdesk``, with one profile."""
    old = tmp_path / LOCAL / APP_ID / "profiles.json"
    old.parent.mkdir(parents=True)
    Profiles(old).add("Northwind", "https://api.northwind.example/api/cp/", "ops@northwind.example")
    return old


def test_settings_roam_while_databases_logs_and_locks_stay_local(windows_layout):
    roaming, local = windows_layout / ROAMING / APP_ID, windows_layout / LOCAL / APP_ID
    assert paths.config_dir() == roaming
    assert paths.data_dir() == local
    assert paths.log_dir() == local / "Logs"

    profile = Profiles().add("Northwind", "https://api.northwind.example/api/cp/", "ops@northwind.example")
    assert (roaming / "profiles.json").is_file() and not (local / "profiles.json").exists()
    assert paths.sandbox_db_path().parent == local
    assert profile_db_path(profile).is_relative_to(local)
    assert lock_path(profile.id).is_relative_to(local), "an instance lock must never roam"
    assert logs.log_file().is_relative_to(local)
    assert [p.name for p in paths.check_folders()] == [APP_ID, "Logs", APP_ID]


def test_profiles_left_in_the_local_folder_move_to_the_roaming_one_once(windows_layout):
    old = _old_profiles(windows_layout)
    other = old.parent / "sandbox.sqlite3"
    other.write_bytes(b"not a setting")  # what else is in the local folder stays there

    assert [p.name for p in Profiles().list()] == ["Sandbox", "Northwind"]
    new = windows_layout / ROAMING / APP_ID / "profiles.json"
    assert new.is_file() and not old.exists()
    assert other.read_bytes() == b"not a setting"
    assert sorted(p.name for p in new.parent.iterdir()) == ["profiles.json"], "no temporary file is left"

    old.write_text(json.dumps({"profiles": []}), encoding="utf-8")  # an earlier build run again meanwhile
    assert [p.name for p in Profiles().list()] == ["Sandbox", "Northwind"], "moved once: the roaming file wins"


def test_profiles_already_in_the_roaming_folder_are_never_overwritten(windows_layout):
    old = _old_profiles(windows_layout)
    before = old.read_bytes()
    roaming = Profiles(windows_layout / ROAMING / APP_ID / "profiles.json")
    roaming.add("Contoso", "https://api.contoso.example/api/cp/", "noc@contoso.example")

    assert [p.name for p in Profiles().list()] == ["Sandbox", "Contoso"]
    assert old.read_bytes() == before, "the old file is left as it was"


def test_move_settings_moves_only_settings_and_reports_them(tmp_path):
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    (old / "profiles.json").write_text('{"profiles": []}', encoding="utf-8")
    (old / "cxdesk.log").write_text("a log", encoding="utf-8")
    assert paths.move_settings(old, new) == ["profiles.json"]
    assert (new / "profiles.json").read_text(encoding="utf-8") == '{"profiles": []}'
    assert sorted(p.name for p in old.iterdir()) == ["cxdesk.log"]
    assert paths.move_settings(old, new) == []
    assert paths.move_settings(tmp_path / "missing", new) == []


def test_with_cxdesk_home_nothing_roams_and_nothing_moves(windows_layout, monkeypatch):
    old = _old_profiles(windows_layout)
    home = windows_layout / "portable"
    monkeypatch.setenv("CXDESK_HOME", str(home))
    assert paths.config_dir() == home / "config" and paths.data_dir() == home / "data"
    assert [p.name for p in Profiles().list()] == ["Sandbox"]
    assert old.is_file() and not (windows_layout / ROAMING).exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG base directories are Linux's")
def test_on_linux_the_folders_are_the_xdg_ones_as_before(tmp_path, monkeypatch):
    monkeypatch.delenv("CXDESK_HOME", raising=False)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name))
    assert paths.config_dir() == tmp_path / "XDG_CONFIG_HOME" / APP_ID
    assert paths.data_dir() == tmp_path / "XDG_DATA_HOME" / APP_ID
    assert paths.log_dir() == tmp_path / "XDG_STATE_HOME" / APP_ID / "log"


def _known_folder(guid: str) -> Path:
    """``SHGetKnownFolderPath`` for a ``FOLDERID_…`` GUID (KnownFolders.h), asked through ctypes."""
    import ctypes
    import uuid
    from ctypes import wintypes

    class GUID(ctypes.Structure):
        _fields_ = [("bytes", ctypes.c_ubyte * 16)]

    folder_id = GUID()
    ctypes.memmove(folder_id.bytes, uuid.UUID(guid).bytes_le, 16)
    found = ctypes.c_wchar_p()
    shell32 = ctypes.WinDLL("shell32")
    shell32.SHGetKnownFolderPath.argtypes = [ctypes.POINTER(GUID), wintypes.DWORD, wintypes.HANDLE,
                                             ctypes.POINTER(ctypes.c_wchar_p)]
    shell32.SHGetKnownFolderPath.restype = ctypes.HRESULT
    try:
        shell32.SHGetKnownFolderPath(ctypes.byref(folder_id), 0, None, ctypes.byref(found))
        return Path(found.value)
    finally:
        ctypes.WinDLL("ole32").CoTaskMemFree(found)


@pytest.mark.skipif(sys.platform != "win32", reason="Windows' known folders exist only on Windows (and wine)")
def test_on_windows_settings_are_below_the_roaming_known_folder_and_the_rest_below_the_local_one():
    roaming = _known_folder("3EB685DB-65F9-4CF6-A03A-E3EF65729F3D")  # FOLDERID_RoamingAppData
    local = _known_folder("F1B32785-6FBA-4FCF-9D55-7B8E7F157091")  # FOLDERID_LocalAppData
    assert roaming != local
    # What paths.config_dir() and the others return without CXDESK_HOME (read, not made: the user's folders).
    assert paths._ROAMING.user_config_path == roaming / APP_ID
    assert paths._LOCAL.user_data_path == local / APP_ID
    assert paths._LOCAL.user_log_path == local / APP_ID / "Logs"
    assert paths._LOCAL.user_config_path == local / APP_ID, "where earlier builds kept profiles.json"
