"""One running CX Account Desk per profile: a second start brings the first one's window to the front.

The first start of a profile takes a lock file (:class:`~PySide6.QtCore.QLockFile`, in
``<data_dir>/instances/``) and listens on a local socket (:class:`~PySide6.QtNetwork.QLocalServer`:
a Unix domain socket, a named pipe on Windows) open to the same user only. A later start of the same
profile finds the lock taken, connects, sends ``raise`` and waits for ``ok``; the first instance
emits :attr:`SingleInstance.raise_requested` and its owner brings its window to the front.

Both names come from a hash of the user name, the app's data folder and the profile id, so two
users, two ``CXDESK_HOME`` folders (tests) or two profiles never meet. A lock left by a crashed
instance is stale (its process is gone) and is taken over; its socket file is removed with
:meth:`QLocalServer.removeServer` before listening again.

:func:`request_raise` blocks (at most ``timeout_ms``) and uses no event loop, so it can run before
``QApplication.exec()`` or on a worker; :class:`SingleInstance` lives on the GUI thread.

When Qt's network module is missing (a trimmed build), :data:`AVAILABLE` is ``False``: the lock
still keeps a profile to one process, but a later start cannot bring the first one to the front.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import sys
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QApplication, QWidget

from desktop import APP_NAME
from desktop.paths import data_dir

try:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket
except ImportError:  # a build without QtNetwork: no single-instance check, everything else works
    QLocalServer = QLocalSocket = None  # type: ignore[assignment,misc]

log = logging.getLogger(__name__)

#: Whether the single-instance check works in this build (Qt's network module is present).
AVAILABLE = QLocalServer is not None
#: What a later start sends, and what the first answers.
RAISE = b"raise\n"
OK = b"ok\n"
#: How long a later start waits for the first one to answer, in milliseconds.
DEFAULT_TIMEOUT_MS = 3000
_STEP_MS = 5


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


def lock_path(profile_id: str) -> Path:
    """The lock file of a profile's running instance: ``<data_dir>/instances/<name>.lock``."""
    folder = data_dir() / "instances"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{instance_name(profile_id)}.lock"


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
    socket = QLocalSocket()
    socket.connectToServer(instance_name(profile_id))
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


def already_open(profile_name: str, answered: bool | None) -> tuple[str, int]:
    """What a later start says, and its exit code, after :meth:`SingleInstance.claim` found the profile taken.

    Args:
        profile_name: the profile's name, as the user knows it.
        answered: the holder's answer (:func:`request_raise`): ``True`` brought to the front.

    Returns:
        ``(text, 0)`` when the holder came to the front (or, without QtNetwork, could not be asked);
        ``(text, 1)`` when it does not answer.
    """
    if answered:
        return f"{APP_NAME} is already open for profile {profile_name}; brought it to the front.", 0
    if not AVAILABLE:
        return f"{APP_NAME} is already open for profile {profile_name}; switch to its window.", 0
    return (f"{APP_NAME} is already open for profile {profile_name}, but it does not answer. Close it "
            "(or end it in the Task Manager or Activity Monitor) and start again."), 1


def show_in_front(widget: QWidget) -> None:
    """Restore a top-level window if minimised (keeping it maximised if it was), raise and activate it.

    A window-modal dialog open over it is raised too.
    """
    if widget.isMinimized():
        widget.setWindowState((widget.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
    widget.show()
    widget.raise_()
    widget.activateWindow()
    modal = QApplication.activeModalWidget()
    if modal is not None and modal is not widget:
        modal.raise_()
        modal.activateWindow()


class SingleInstance(QObject):
    """The claim of this process on one profile (GUI thread).

    Args:
        profile_id: the profile's id.
        parent: the owner (e.g. the launcher).

    Signals:
        raise_requested(): a later start of this profile asked for the window (already answered ``ok``).
    """

    raise_requested = Signal()

    def __init__(self, profile_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.profile_id = profile_id
        self.name = instance_name(profile_id)
        self._lock = QLockFile(str(lock_path(profile_id)))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone, however old
        self._server = None
        self._connections: set = set()

    @property
    def owned(self) -> bool:
        """Whether this process holds the profile."""
        return self._lock.isLocked()

    def try_claim(self) -> bool:
        """Take the profile if no other instance holds it, and listen for later starts (fast, no waiting).

        Returns:
            ``True`` when this process holds the profile now (also when it did already); ``False``
            when another instance does.
        """
        if self.owned:
            return True
        if not self._lock.tryLock(0):
            return False
        if AVAILABLE:
            QLocalServer.removeServer(self.name)  # the socket of a crashed instance, if any
            server = QLocalServer(self)
            server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
            if server.listen(self.name):
                server.newConnection.connect(self._on_server_new_connection)
                self._server = server
            else:  # the lock is ours all the same; later starts find it and are told we did not answer
                log.warning("Could not listen for later starts of profile %s: %s", self.profile_id,
                            server.errorString())
        log.info("This process holds profile %s (%s)", self.profile_id, self.name)
        return True

    def claim(self, timeout_ms: int = DEFAULT_TIMEOUT_MS) -> tuple[bool, bool | None]:
        """Take the profile, or ask the instance holding it to come to the front (blocking, start-up only).

        The holder may still be starting (lock taken, not listening yet), so asking is retried until
        ``timeout_ms``; if the holder's process ends meanwhile, the profile is taken over.

        Returns:
            ``(True, None)`` when this process holds the profile; otherwise ``(False, answer)`` with
            the answer of :func:`request_raise` (``True``: brought to the front; ``False`` or ``None``:
            the other instance did not answer).
        """
        deadline = time.monotonic() + timeout_ms / 1000
        while True:
            if self.try_claim():
                return True, None
            if not AVAILABLE:  # held, but this build cannot ask the holder anything
                return False, None
            left = int((deadline - time.monotonic()) * 1000)
            answer = request_raise(self.profile_id, max(left, 1))
            if answer is not None or left <= 0:
                return False, answer
            QThread.msleep(50)

    def release(self) -> None:
        """Stop listening and give the profile up (e.g. when switching to another profile)."""
        for connection in list(self._connections):
            self._drop(connection)
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()
            log.info("Released profile %s", self.profile_id)

    def _on_server_new_connection(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            self._connections.add(connection)
            connection.readyRead.connect(lambda connection=connection: self._on_connection_ready_read(connection))
            self._on_connection_ready_read(connection)  # the request may have come with the connection

    def _on_connection_ready_read(self, connection: QLocalSocket) -> None:
        if connection not in self._connections:
            return
        if not connection.canReadLine():
            if connection.bytesAvailable() > 64:  # not our protocol
                self._drop(connection)
            return
        request = bytes(connection.readLine().data())
        if request == RAISE:
            log.info("Another start of profile %s asked for the window", self.profile_id)
            connection.write(OK)
            connection.flush()
        self._drop(connection)
        if request == RAISE:
            self.raise_requested.emit()

    def _drop(self, connection: QLocalSocket) -> None:
        """Hang up and delete a connection (no signal of it is connected to anything by then)."""
        self._connections.discard(connection)
        connection.readyRead.disconnect()
        connection.disconnectFromServer()
        connection.deleteLater()
