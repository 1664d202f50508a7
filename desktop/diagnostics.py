"""The "Copy diagnostics" text: versions, platform, folders, keyring, server, outbox and the log's tail.

Qt-free: the caller passes what only Qt knows (Qt and PySide6 versions, the platform plugin) as
``extra_versions``. The whole text goes through :func:`desktop.logs.redact`, so a token, password or
Authorization value that reached a log line or a server URL never reaches the clipboard. Getters
that fail (a keyring backend that raises, an outbox not built yet) are reported, never raised.
"""

from __future__ import annotations

import platform
import ssl
import sys
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop import APP_NAME, __version__
from desktop.logs import redact, tail

#: How many of the log's last lines the text carries.
LOG_LINES = 50


def keyring_backend_name() -> str:
    """The active keyring backend, e.g. ``keyring.backends.SecretService.Keyring (priority: 5)``.

    A ``fail.Keyring`` means no usable keychain: tokens cannot be remembered between runs. The
    look-up has the keychain's deadline (:data:`desktop.store.keychain_calls.KEYCHAIN_DEADLINE`).
    """
    try:
        import keyring

        from desktop.store.keychain_calls import DeadlineRunner, KeychainHung

        backend = DeadlineRunner().call(keyring.get_keyring)  # a hung Secret Service must not hold the report
    except KeychainHung:
        return "not answering (the keychain did not answer in time)"
    except Exception as error:  # noqa: BLE001 - a broken keyring is a finding, not a crash
        return f"unavailable ({type(error).__name__}: {error})"
    kind = type(backend)
    name = f"{kind.__module__}.{kind.__qualname__}"
    priority = getattr(backend, "priority", None)
    return f"{name} (priority: {priority})" if priority is not None else name


def _call(getter: Callable[[], Any] | None) -> str:
    if getter is None:
        return "not available"
    try:
        value = getter()
    except Exception as error:  # noqa: BLE001 - diagnostics report failures, they never raise
        return f"unknown ({type(error).__name__}: {error})"
    if value is None:
        return "not available"
    if isinstance(value, Mapping):
        return ", ".join(f"{key}={value[key]}" for key in value) or "empty"
    return str(value)


def folders() -> dict[str, Path]:
    """The app's folders (data, log, config) as :mod:`desktop.paths` resolves them now."""
    from desktop import paths

    return {"data": paths.data_dir(), "log": paths.log_dir(), "config": paths.config_dir()}


def build_diagnostics(*, extra_versions: Mapping[str, str] | None = None,
                      server_url_getter: Callable[[], Any] | None = None,
                      outbox_state_getter: Callable[[], Any] | None = None,
                      log_path: Path | None = None, keyring_name: str | None = None,
                      now: datetime | None = None) -> str:
    """Build the diagnostics text (redacted).

    Args:
        extra_versions: more ``name: version`` lines, e.g. Qt and PySide6 (the caller knows them).
        server_url_getter: returns the server's URL or label; ``None`` when there is none.
        outbox_state_getter: returns the offline outbox's state (a mapping or text); optional.
        log_path: the log file whose last :data:`LOG_LINES` lines are included.
        keyring_name: the keyring backend's name; looked up with :func:`keyring_backend_name` if ``None``.
        now: the time stamp written at the top (default: now, UTC).

    Returns:
        Plain text, one ``name: value`` per line, then the log's tail.
    """
    stamp = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    frozen = "frozen (installed build)" if getattr(sys, "frozen", False) else "from source"
    lines = [f"{APP_NAME} diagnostics, {stamp}", "",
             f"{APP_NAME}: {__version__} ({frozen})",
             f"Python: {platform.python_version()} ({platform.python_implementation()}, {sys.executable})"]
    lines += [f"{name}: {value}" for name, value in (extra_versions or {}).items()]
    lines += [f"OpenSSL: {ssl.OPENSSL_VERSION}",
              f"Platform: {platform.platform()} ({platform.machine()})"]
    try:
        lines += [f"{name.capitalize()} folder: {path}" for name, path in folders().items()]
    except OSError as error:
        lines.append(f"Folders: unknown ({error})")
    lines += [f"Keyring backend: {keyring_name or keyring_backend_name()}",
              f"Server: {_call(server_url_getter)}",
              f"Outbox: {_call(outbox_state_getter)}",
              ""]
    if log_path is not None:
        recent = tail(log_path, LOG_LINES)
        lines.append(f"Last {len(recent)} lines of {log_path}:")
        lines += recent or ["(the log is empty)"]
    else:
        lines.append("Log: not set up")
    return redact("\n".join(lines)) + "\n"
