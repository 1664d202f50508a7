r"""The app's folders (platformdirs), overridable with ``CXDESK_HOME`` for tests and portable use.

With ``CXDESK_HOME=/some/dir`` every folder lives below that directory (``data/``, ``log/``,
``config/``); otherwise the operating system's usual places are used:

====== ============================== ======================================== =============================
folder Windows                        macOS                                    Linux
====== ============================== ======================================== =============================
config ``%APPDATA%\cxdesk`` (roaming) ``~/Library/Application Support/cxdesk`` ``~/.config/cxdesk``
data   ``%LOCALAPPDATA%\cxdesk``      ``~/Library/Application Support/cxdesk`` ``~/.local/share/cxdesk``
log    ``%LOCALAPPDATA%\cxdesk\Logs`` ``~/Library/Logs/cxdesk``                ``~/.local/state/cxdesk/log``
====== ============================== ======================================== =============================

**Roaming vs local (Windows).** The config folder holds the settings (``profiles.json``): small, no
secrets, and wanted on every desk of a Windows domain with roaming profiles, so it roams, as do the
refresh tokens (keyring writes them to the Credential Manager with ``CRED_PERSIST_ENTERPRISE``). The
data folder (the sandbox database, each profile's offline cache and outbox, the single-instance lock
files, and the pending sign-outs, a mark needed only while a keychain refuses a delete) and the logs
belong to this computer and can be large, so they stay local: a lock must never travel to another
desk. Windows' known folders are found with ``SHGetKnownFolderPath`` (platformdirs), not with the
``APPDATA``/``LOCALAPPDATA`` variables. Earlier builds kept the settings in the local folder;
:func:`config_dir` moves them once (:func:`move_settings`).

**Long paths.** :func:`check_folders` (at start-up) makes the folders and, when one is so deep that
the app's files there might pass the system's path limit (Windows: ``MAX_PATH``, 260 characters,
unless long paths are enabled), proves it can write such a file there; if not, it raises
:class:`FolderError` naming the folder and the limit, instead of a failure deep inside SQLite.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sys
import tempfile
import threading
from pathlib import Path

from platformdirs import PlatformDirs

from desktop import APP_ID

_LOCAL = PlatformDirs(APP_ID, appauthor=False)
_ROAMING = PlatformDirs(APP_ID, appauthor=False, roaming=True)  # differs from _LOCAL on Windows only
#: The settings files that moved from the local to the roaming folder (Windows).
SETTINGS_FILES = ("profiles.json",)
#: Windows' path limit without the long-path opt-in, in characters ("Maximum Path Length Limitation").
MAX_PATH = 260
#: The longest path the app writes below one of its folders, in characters
#: (``offline/<47-character profile id>.sqlite3-journal``).
DEEPEST = 72
_moved = threading.Lock()
_moved_from: set[Path] = set()


class FolderError(OSError):
    """One of the app's folders cannot be used; ``str(error)`` says which and why, in plain words."""


def _home() -> Path | None:
    value = os.environ.get("CXDESK_HOME")
    return Path(value) if value else None


def _path(kind: str) -> Path:
    home = _home()
    if home:
        return home / kind
    return {"data": _LOCAL.user_data_path, "log": _LOCAL.user_log_path, "config": _ROAMING.user_config_path}[kind]


def _folder(kind: str) -> Path:
    path = _path(kind)
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    """The folder for databases, offline caches and lock files (local, never roaming); created if missing."""
    return _folder("data")


def log_dir() -> Path:
    """The folder for log files (local, never roaming); created if missing."""
    return _folder("log")


def config_dir() -> Path:
    """The folder for settings, never secrets (roaming on Windows); created if missing.

    On Windows, the first call of a process moves settings left in the local folder by older
    versions (:func:`move_settings`).
    """
    path = _folder("config")
    if _home() is None:
        old = _LOCAL.user_config_path
        with _moved:
            if old not in _moved_from and old != path:
                _moved_from.add(old)
                move_settings(old, path)
    return path


def sandbox_db_path() -> Path:
    """The SQLite database of the embedded sandbox account service."""
    return data_dir() / "sandbox.sqlite3"


def move_settings(old: Path, new: Path) -> list[str]:
    """Move each of :data:`SETTINGS_FILES` from ``old`` to ``new`` unless ``new`` already has one.

    Copies first (to a temporary name, then renamed into place), and only then removes the old
    file, so an interruption loses nothing. Never raises: a file that cannot be moved stays where it
    is (and the app starts with default settings in ``new``).

    Returns:
        The names of the files moved.
    """
    moved = []
    for name in SETTINGS_FILES:
        source, target = old / name, new / name
        if not source.is_file() or target.exists():
            continue
        try:
            handle, temp = tempfile.mkstemp(prefix=f".{name}-", dir=new)
        except OSError:
            continue
        os.close(handle)
        try:
            shutil.copy2(source, temp)
            os.rename(temp, target)  # on Windows never over a file another process moved meanwhile
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            continue
        with contextlib.suppress(OSError):  # the copy in new wins from now on
            source.unlink()
        moved.append(name)
    return moved


def path_limit() -> int:
    """The longest path, in characters, the system accepts: ``MAX_PATH`` on Windows unless long paths are on.

    On Windows 10 1607+ with long paths enabled (``LongPathsEnabled`` and a long-path-aware
    program) 32767 (``UNICODE_STRING``); elsewhere ``PATH_MAX`` of the root file system.
    """
    if sys.platform == "win32":
        return 32767 if _long_paths_enabled() else MAX_PATH
    try:
        return os.pathconf("/", "PC_PATH_MAX")
    except (OSError, ValueError):
        return 1024


def _long_paths_enabled() -> bool:
    """``ntdll!RtlAreLongPathsEnabled``: the registry opt-in and this program's manifest (Windows 10 1607+)."""
    if sys.platform == "win32":  # ctypes.WinDLL exists on Windows only
        try:
            import ctypes

            enabled = ctypes.WinDLL("ntdll").RtlAreLongPathsEnabled
        except (ImportError, OSError, AttributeError):  # older Windows, or wine without it
            return False
        enabled.restype = ctypes.c_ubyte  # BOOLEAN
        return bool(enabled())
    return False


def check_folders() -> list[Path]:
    """Make the app's folders and prove that its deepest files fit below each (start-up, before anything else).

    Returns:
        The folders: data, log, config.

    Raises:
        FolderError: a folder cannot be made, or is too deep for the system's path limit (the
            message names the folder and the limit, and what to do).
    """
    folders = []
    for kind, make in (("data", data_dir), ("log", log_dir), ("config", config_dir)):
        folder = _path(kind)
        try:
            make()
            if _deep(folder):
                _probe(folder)
        except OSError as error:
            raise FolderError(_explain(kind, folder, error)) from error
        folders.append(folder)
    return folders


def _deep(folder: Path) -> bool:
    """Whether the app's files below ``folder`` may be longer than a short-path system accepts.

    ``MAX_PATH - 12``: Windows keeps 12 characters of a folder's path for an 8.3 file name
    (``CreateDirectoryW``), so 248 is where a folder stops working without long paths.
    """
    return len(str(folder)) + 1 + DEEPEST >= min(MAX_PATH - 12, path_limit())


def _probe(folder: Path) -> None:
    """Write a file and a SQLite database in ``folder/.probe-…/``, as deep as the app's deepest file there.

    Raises:
        OSError: either cannot be written (a SQLite error is wrapped).
    """
    import sqlite3

    probe = folder / ".probe-long-path"
    probe.mkdir(exist_ok=True)
    deepest = probe / ("x" * (DEEPEST - len(probe.name) - 1))
    try:
        deepest.with_suffix(".txt").write_bytes(b"probe")
        try:
            with contextlib.closing(sqlite3.connect(deepest)) as db, db:
                db.execute("CREATE TABLE probe (x)")
        except sqlite3.Error as error:
            raise OSError(f"SQLite cannot write {deepest}: {error}") from error
    finally:
        shutil.rmtree(probe, ignore_errors=True)


def _explain(kind: str, folder: Path, error: OSError) -> str:
    where = str(folder)
    limit = path_limit()
    # Windows says "path not found" (3) or "file name too long" (206), wine even "general failure", never
    # ENAMETOOLONG: so there, a folder whose files pass the limit is too deep whatever the error.
    too_long = error.errno == errno.ENAMETOOLONG or getattr(error, "winerror", None) == 206 or (
        sys.platform == "win32" and (len(where) + 1 + DEEPEST > limit
                                     or (_deep(folder) and not isinstance(error, PermissionError))))
    if not too_long:
        return f"The app cannot use its {kind} folder {where}: {error.strerror or error}."
    if sys.platform != "win32":
        unit, advice = "bytes (PATH_MAX)", "."
    elif limit == MAX_PATH:
        unit, advice = "characters (MAX_PATH)", ", or let Windows use long paths (LongPathsEnabled)."
    else:
        unit, advice = "characters", "."
    advice = "Choose a shorter folder" + (" for CXDESK_HOME" if _home() else "") + advice
    return (f"The app's {kind} folder is too deep: {where} ({len(where)} characters) leaves no room for its "
            f"files below the system's limit of {limit} {unit}. {advice}")
