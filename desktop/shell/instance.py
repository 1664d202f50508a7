"""One running CX Account Desk per profile: a second start brings the first one's window to the front.

The first start of a profile takes a lock file (:class:`~PySide6.QtCore.QLockFile`,
``<data_dir>/instances/<profile id>.lock``) and listens on a local socket
(:class:`~PySide6.QtNetwork.QLocalServer`: a Unix domain socket, a named pipe on Windows) open to the
same user only. A later start of the same profile finds the lock taken, connects, sends ``raise`` and
waits for ``ok`` (:func:`desktop.shell.instance_client.request_raise`); the first instance emits
:attr:`SingleInstance.raise_requested` and its owner brings its window to the front.

The lock guards the profile's files in the data folder, so its name is the profile id alone: two
computers sharing a data folder (a network share) see each other's locks. The socket is local to
this computer: its name is a hash of the user name, the data folder and the profile id, so two users,
two ``CXDESK_HOME`` folders (tests) or two profiles never meet (:mod:`desktop.shell.instance_client`
names both, and :mod:`desktop.shell.local_socket` places the socket so that it fits the OS limit even
with a very long ``TMPDIR``).

A lock left by a crashed instance of this computer is stale (its process is gone, or the computer
has rebooted) and QLockFile takes it over without asking; the socket file it left is removed with
:meth:`QLocalServer.removeServer` before listening again. A lock written by another computer, or one
naming nobody, cannot be judged here (:mod:`desktop.shell.instance_lock`): :meth:`SingleInstance.claim`
returns at once with :attr:`SingleInstance.held_elsewhere` set, the launcher asks the user, and
:meth:`SingleInstance.take_over` removes it when the user says so.

:class:`SingleInstance` lives on the GUI thread. When Qt's network module is missing (a trimmed
build), :data:`~desktop.shell.instance_client.AVAILABLE` is ``False``: the lock still keeps a profile
to one process, but a later start cannot bring the first one to the front.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QLockFile, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QApplication, QWidget

from desktop.shell.instance_client import (
    AVAILABLE,
    DEFAULT_TIMEOUT_MS,
    OK,
    RAISE,
    instance_name,
    lock_path,
    request_raise,
    socket_endpoint,
)
from desktop.shell.instance_lock import LockHolder, read_holder
from desktop.shell.local_socket import Endpoint

try:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket
except ImportError:  # a build without QtNetwork: no single-instance check, everything else works
    QLocalServer = QLocalSocket = None  # type: ignore[assignment,misc]

log = logging.getLogger(__name__)


def _socket_options(target: Endpoint):
    if target.abstract:
        return QLocalServer.SocketOption.AbstractNamespaceOption
    return QLocalServer.SocketOption.UserAccessOption


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

    Attributes:
        held_elsewhere: after :meth:`claim` found the lock written by another computer (or naming
            nobody), who it names; ``None`` otherwise.
    """

    raise_requested = Signal()

    def __init__(self, profile_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.profile_id = profile_id
        self.name = instance_name(profile_id)
        self.endpoint = socket_endpoint(profile_id)
        self.lock_path = lock_path(profile_id)
        self.held_elsewhere: LockHolder | None = None
        self._lock = QLockFile(str(self.lock_path))
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
            if not self.endpoint.abstract:
                QLocalServer.removeServer(self.endpoint.name)  # the socket of a crashed instance, if any
            server = QLocalServer(self)
            server.setSocketOptions(_socket_options(self.endpoint))
            if server.listen(self.endpoint.name):
                server.newConnection.connect(self._on_server_new_connection)
                self._server = server
            else:  # the lock is ours all the same; later starts find it and are told we did not answer
                log.warning("Could not listen for later starts of profile %s: %s", self.profile_id,
                            server.errorString())
        log.info("This process holds profile %s (%s)", self.profile_id, self.endpoint.name)
        return True

    def take_over(self) -> bool:
        """Remove the lock another computer left (the user agreed it is not running) and take the profile.

        Returns:
            ``True`` when this process holds the profile now; ``False`` when the lock could not be
            removed (on Windows and on shares that pass locks on, its holder is still running) or
            another start took the profile first.
        """
        if self.owned:
            return True
        holder = read_holder(self.lock_path)
        log.warning("Taking over profile %s from %s (pid %s, since %s)", self.profile_id,
                    holder.host if holder else "?", holder.pid if holder else "?", holder.since if holder else "?")
        self._lock.removeStaleLockFile()  # False when it went away meanwhile, too: try_claim() tells
        self.held_elsewhere = None
        return self.try_claim()

    def holder_elsewhere(self) -> LockHolder | None:
        """The lock's holder when only the user can judge it (another computer, or nobody named)."""
        holder = read_holder(self.lock_path)
        return holder if holder is not None and holder.elsewhere else None

    def claim(self, timeout_ms: int = DEFAULT_TIMEOUT_MS) -> tuple[bool, bool | None]:
        """Take the profile, or ask the instance holding it to come to the front (blocking, start-up only).

        The holder may still be starting (lock taken, not listening yet), so asking is retried until
        ``timeout_ms``; if the holder's process ends meanwhile, the profile is taken over. A lock
        written by another computer is not asked (its socket is on that computer): the call returns
        at once with :attr:`held_elsewhere` set. A lock naming nobody (a holder that has created the
        file but not yet written it, or a damaged file) is tried again until ``timeout_ms``, then
        reported the same way.

        Returns:
            ``(True, None)`` when this process holds the profile; otherwise ``(False, answer)`` with
            the answer of :func:`request_raise` (``True``: brought to the front; ``False`` or ``None``:
            the other instance did not answer, or :attr:`held_elsewhere` says it is not on this computer).
        """
        deadline = time.monotonic() + timeout_ms / 1000
        self.held_elsewhere = None
        while True:
            if self.try_claim():
                return True, None
            holder = self.holder_elsewhere()
            if holder is not None and (holder.pid or time.monotonic() > deadline):
                self.held_elsewhere = holder
                return False, None
            if holder is not None:  # names nobody yet: perhaps a start that is writing it right now
                QThread.msleep(50)
                continue
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
