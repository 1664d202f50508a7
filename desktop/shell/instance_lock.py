"""Who holds a profile's lock file: this computer (Qt judges it) or another one sharing the data folder (the user does).

:class:`~PySide6.QtCore.QLockFile` writes five lines into the lock file: the process id, the
program's name, the host name, the machine's unique id and the boot id (Qt 5.10+; older Qt wrote
the first three). A later :meth:`QLockFile.tryLock` takes a lock over by itself only when it was
written on this machine (same machine id, or same host name when there is no id) and its process is
gone or the machine has rebooted since. A lock written on another computer (a data folder on a
network share, ``CXDESK_HOME`` on a file server) is never taken over: its process id means nothing
here, so Qt cannot tell a crashed holder from a running one, and with ``setStaleLockTime(0)`` it
never expires.

:func:`read_holder` reads the lock the way Qt does (``qlockfile.cpp``: ``getLockInfo_helper`` and
``isApparentlyStale``), so :attr:`LockHolder.elsewhere` is ``True`` exactly when Qt will not judge
the lock: then the app asks the user (Qt's documentation of :meth:`QLockFile.removeStaleLockFile`
recommends this: "after tryLock() returned LockFailedError, and the user agreed on removing the
lock file").
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSysInfo


@dataclass(frozen=True)
class LockHolder:
    """The process named in a lock file.

    Attributes:
        pid: its process id (on its own computer); 0 when the file names nobody (empty or damaged).
        app: the program's file name, e.g. ``cxdesk.exe``.
        host: the computer's host name as Qt wrote it; empty when unknown.
        host_id: the computer's unique id (``/etc/machine-id``, ``IOPlatformUUID``, ``MachineGuid``).
        boot_id: the id of that computer's current boot.
        since: when the lock was taken (the file's modification time, aware UTC), if known.
    """

    pid: int
    app: str = ""
    host: str = ""
    host_id: str = ""
    boot_id: str = ""
    since: datetime | None = None

    @property
    def on_this_host(self) -> bool:
        """Whether the lock was written on this computer (Qt's rule: the machine id wins over the host name)."""
        if not self.pid:
            return False
        same = not self.host or self.host == machine_name()
        ours = bytes(QSysInfo.machineUniqueId().data()).decode("utf-8", "replace")
        if self.host_id and ours:
            same = self.host_id == ours
        return same

    @property
    def elsewhere(self) -> bool:
        """Whether only the user can judge this lock: written on another computer, or naming nobody."""
        return not self.on_this_host


def machine_name() -> str:
    """This computer's name as QLockFile writes it: ``%COMPUTERNAME%`` on Windows, else the host name."""
    if sys.platform == "win32":
        return os.environ.get("COMPUTERNAME", "")
    return QSysInfo.machineHostName()


def read_holder(path: Path) -> LockHolder | None:
    """Read a lock file as :class:`~PySide6.QtCore.QLockFile` wrote it.

    Args:
        path: the lock file.

    Returns:
        ``None`` when there is no such file (or it cannot be read: e.g. it went away meanwhile);
        a holder with ``pid == 0`` when the file exists but names nobody (empty, or cut short by a
        crash or a network share); else the holder.
    """
    try:
        data = path.read_bytes()
        since = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except OSError:
        return None
    # QLockFile separates with "\n" on every system; a file written on Windows in text mode has "\r\n".
    lines = [line.removesuffix("\r") for line in data.decode("utf-8", "replace").split("\n")]
    lines += [""] * (5 - len(lines))
    try:
        pid = int(lines[0])
    except ValueError:
        pid = 0
    if pid <= 0:
        return LockHolder(0, since=since)
    return LockHolder(pid, lines[1], lines[2], lines[3], lines[4], since)


def write_holder(path: Path, holder: LockHolder) -> None:
    """Write a lock file in QLockFile's format (for tests and tools: a lock "left by" another computer).

    Raises:
        OSError: the file cannot be written.
    """
    text = f"{holder.pid}\n{holder.app}\n{holder.host}\n{holder.host_id}\n{holder.boot_id}\n"
    path.write_text(text, encoding="utf-8", newline="\n")  # as QLockFile writes it, on Windows too
    if holder.since is not None:
        stamp = holder.since.timestamp()
        os.utime(path, (stamp, stamp))
