"""Finding a profile's running instance, and asking it to come to the front (a later start's side).

Where things are: a profile's lock file (:func:`lock_path`, ``<data_dir>/instances/<profile id>.lock``,
the same for every computer sharing the data folder) and its local socket (:func:`instance_name`, a
hash of the user name, the data folder and the profile id, placed by :mod:`desktop.shell.local_socket`).
What is said: a later start connects, sends :data:`RAISE` and waits for :data:`OK`
(:func:`request_raise`). The first start's side, holding the lock and answering, is
:class:`desktop.shell.instance.SingleInstance`.

:func:`request_raise` blocks (at most ``timeout_ms``) and uses no event loop, so it can run before
``QApplication.exec()`` or on a worker. When Qt's network module is missing (a trimmed build),
:data:`AVAILABLE` is ``False`` and nobody can be asked.
"""

from __future__ import annotations

import getpass
import hashlib
import re
import sys
import time
from pathlib import Path

from desktop.paths import data_dir
from desktop.shell.local_socket import Endpoint, endpoint

try:
    from PySide6.QtNetwork import QLocalSocket
except ImportError:  # a build without QtNetwork: no single-instance check, everything else works
    QLocalSocket = None  # type: ignore[assignment,misc]

#: Whether the single-instance check works in this build (Qt's network module is present).
AVAILABLE = QLocalSocket is not None
#: What a later start sends, and what the first answers.
RAISE = b"raise\n"
OK = b"ok\n"
#: How long a later start waits for the first one to answer, in milliseconds.
DEFAULT_TIMEOUT_MS = 3000
_STEP_MS = 5
_SAFE_ID = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]{0,63}")
#: Device names Windows reserves in every folder, whatever the extension ("Naming Files, Paths, and Namespaces").
_WINDOWS_DEVICES = frozenset({"CON", "PRN", "AUX", "NUL", *(f"{p}{i}" for p in ("COM", "LPT") for i in range(10))})


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no USER/LOGNAME and no password entry
        return "user"


def instance_name(profile_id: str) -> str:
    """The local socket's name for a profile, e.g. ``cxdesk-3f9a1c…`` (safe on every platform).

    A hash of the user name, the data folder and the profile id, so names never clash between
    users, app folders or profiles, and never carry a path separator or a user's name in clear.
    """
    key = f"{_user()}\n{data_dir().resolve()}\n{profile_id}".encode()
    return f"cxdesk-{hashlib.sha256(key).hexdigest()[:24]}"


def socket_endpoint(profile_id: str) -> Endpoint:
    """Where a profile's local socket lives on this computer (:func:`desktop.shell.local_socket.endpoint`)."""
    return endpoint(instance_name(profile_id))


def lock_path(profile_id: str) -> Path:
    """The lock file of a profile's running instance: ``<data_dir>/instances/<profile id>.lock``.

    The same file for every computer and user sharing the data folder. A profile id that is not a
    safe file name on every system (other characters, or a device name of Windows such as ``con``)
    is hashed.
    """
    folder = data_dir() / "instances"
    folder.mkdir(parents=True, exist_ok=True)
    name = profile_id
    if not _SAFE_ID.fullmatch(profile_id) or profile_id.upper() in _WINDOWS_DEVICES:
        name = f"profile-{hashlib.sha256(profile_id.encode()).hexdigest()[:24]}"
    return folder / f"{name}.lock"


def request_raise(profile_id: str, timeout_ms: int = DEFAULT_TIMEOUT_MS) -> bool | None:
    """Ask the running instance of a profile to bring its window to the front (blocking, any thread).

    Returns:
        ``True`` when it answered ``ok``; ``False`` when it accepted the connection but did not answer
        within ``timeout_ms`` (it hangs); ``None`` when nobody listens (not running, or still starting).
    """
    if not AVAILABLE:
        return None
    if sys.platform == "win32":  # let the first instance take the focus from us (ASFW_ANY)
        try:
            import ctypes

            ctypes.windll.user32.AllowSetForegroundWindow(-1)  # type: ignore[attr-defined]
        except (AttributeError, OSError):
            pass
    # PySide6 keeps the GIL in QLocalSocket's waitFor…() calls, which would stall this process's GUI
    # thread for as long as they wait: so wait in short steps and sleep (without the GIL) in between.
    deadline = time.monotonic() + timeout_ms / 1000
    target = socket_endpoint(profile_id)
    socket = QLocalSocket()
    if target.abstract:
        socket.setSocketOptions(QLocalSocket.SocketOption.AbstractNamespaceOption)
    socket.connectToServer(target.name)
    while not socket.waitForConnected(_STEP_MS):
        if socket.state() == QLocalSocket.LocalSocketState.UnconnectedState or time.monotonic() > deadline:
            socket.abort()
            return None
        time.sleep(_STEP_MS / 1000)
    socket.write(RAISE)
    answer = b""
    while not answer.endswith(b"\n") and time.monotonic() < deadline:
        socket.waitForBytesWritten(0)
        if socket.bytesAvailable() or socket.waitForReadyRead(_STEP_MS):
            answer += bytes(socket.readAll().data())
        elif socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
            answer += bytes(socket.readAll().data())  # the answer may come with the hang-up
            break
        else:
            time.sleep(_STEP_MS / 1000)
    socket.abort()
    return answer == OK
