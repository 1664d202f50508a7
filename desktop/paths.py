"""The app's folders (platformdirs), overridable with ``CXDESK_HOME`` for tests and portable use.

With ``CXDESK_HOME=/some/dir`` every folder lives below that directory (``data/``, ``cache/``,
``log/``, ``config/``); otherwise the operating system's usual places are used
(e.g. ``%LOCALAPPDATA%/cxdesk`` on Windows, ``~/Library/Application Support/cxdesk`` on macOS).
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

from desktop import APP_ID

_DIRS = PlatformDirs(APP_ID, appauthor=False)


def _home() -> Path | None:
    value = os.environ.get("CXDESK_HOME")
    return Path(value) if value else None


def _folder(kind: str, default: Path) -> Path:
    home = _home()
    path = home / kind if home else default
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    """The folder for databases (the sandbox account service, later the offline cache); created if missing."""
    return _folder("data", _DIRS.user_data_path)


def log_dir() -> Path:
    """The folder for log files; created if missing."""
    return _folder("log", _DIRS.user_log_path)


def config_dir() -> Path:
    """The folder for settings (never secrets); created if missing."""
    return _folder("config", _DIRS.user_config_path)


def sandbox_db_path() -> Path:
    """The SQLite database of the embedded sandbox account service."""
    return data_dir() / "sandbox.sqlite3"
