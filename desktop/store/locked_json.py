"""A small JSON file shared by every running copy of the app, changed under a cross-process lock.

``profiles.json`` is read and rewritten by each process that shows the Profiles window or records
the last used profile; two copies of the app (one per profile, design §4) may do so at once. A
change is a read-modify-write inside :meth:`LockedJsonFile.changing`, which holds an OS file lock
(the ``filelock`` library: ``fcntl.flock`` on macOS/Linux, ``LockFileEx`` on Windows) on
``<name>.lock`` beside the file, so no process's change is lost. The file itself is replaced
atomically (temporary file, ``fsync``, ``os.replace``), so a plain read never needs the lock and never
sees half a file. Qt-free; blocking (run it off the GUI thread).
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

#: How long a change waits for another process's change to finish, in seconds.
LOCK_TIMEOUT_S = 5.0


class FileBusy(TimeoutError):
    """Another process kept the file locked longer than the timeout; ``str(error)`` names the file."""

    def __init__(self, path: Path, timeout: float) -> None:
        super().__init__(f"{path} is being changed by another copy of the app and stayed locked for "
                         f"{timeout:g} s; try again in a moment.")
        self.path = path
        self.timeout = timeout


class LockedJsonFile:
    """One JSON file: lock-free reads, read-modify-write changes under a lock held across processes.

    Args:
        path: the JSON file (its folder is created on the first write).
        timeout: how long :meth:`changing` waits for the lock, in seconds.
    """

    def __init__(self, path: Path, *, timeout: float = LOCK_TIMEOUT_S) -> None:
        self.path = Path(path)
        self.timeout = timeout
        self._thread_lock = threading.Lock()

    @property
    def lock_path(self) -> Path:
        """The lock file beside the JSON file (``profiles.json.lock``); it stays after use, by design."""
        return self.path.with_name(self.path.name + ".lock")

    def read(self) -> Any:
        """The file's JSON value; ``{}`` when it does not exist or cannot be read.

        An unreadable file is kept as ``<name>.bad`` for support and counts as empty.
        """
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            try:
                os.replace(self.path, self.path.with_name(self.path.name + ".bad"))
            except OSError:
                pass
            return {}

    @contextmanager
    def changing(self) -> Iterator[None]:
        """Hold the lock (this process's threads and every other process) for one read-modify-write.

        Raises:
            FileBusy: the lock was not free within :attr:`timeout` seconds.
            OSError: the lock file's folder cannot be created or written.
        """
        from filelock import FileLock, Timeout  # ~30 ms to import: loaded by the first write, not at start (issue 11)

        with self._thread_lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            lock = FileLock(str(self.lock_path), timeout=self.timeout, thread_local=False, is_singleton=False)
            try:
                lock.acquire()
            except Timeout:
                raise FileBusy(self.path, self.timeout) from None
            try:
                yield
            finally:
                lock.release()

    def write(self, data: Any) -> None:
        """Replace the file atomically with ``data`` as JSON (call inside :meth:`changing`).

        Raises:
            OSError: the folder cannot be written (full disk, no permission).
        """
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix="." + self.path.stem + "-", suffix=".json", dir=self.path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                json.dump(data, file, ensure_ascii=False, indent=2)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temp, self.path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
