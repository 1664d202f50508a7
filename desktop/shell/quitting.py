"""Quitting at once, whatever the network does (issue 8, point 9).

Closing the main window, File > Quit, or ``SIGTERM``/``SIGINT`` (a clean quit, as the close button)
end the process within a fraction of a second even while requests hang on a server that trickles
or never answers. What used to wait, measured with py-spy on a trickling server:

- ``Launcher.shutdown`` waited for every worker (``QThreadPool.waitForDone(5000)``: 5 s frozen);
- then the thread pool's destructor (at interpreter exit) waited for the workers without a limit:
  a worker blocked in a socket read cannot be interrupted from Python, so with a trickle the
  process never ended.

Now nothing waits on the network: :meth:`desktop.ops.Ops.abandon` drops the outcomes still to
come, :func:`wind_down` (from :meth:`desktop.shell.launcher.Launcher.shutdown`) waits only (briefly)
for local SQLite writes, and :func:`end_process` ends the process without joining the workers.

Signals: on POSIX, :func:`install_quit_signals` turns ``SIGTERM`` and ``SIGINT`` into a clean quit
(``signal.set_wakeup_fd`` with a ``QSocketNotifier`` wakes Qt's event loop, which otherwise never
lets a Python signal handler run). Windows has no ``SIGTERM`` for a GUI process (``taskkill`` sends
``WM_CLOSE`` to the window, which Qt turns into a close event, the same clean quit); nothing is
installed there.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, NoReturn, Protocol

from PySide6.QtCore import QObject, QSocketNotifier

if TYPE_CHECKING:
    from desktop.ops import Ops

log = logging.getLogger(__name__)

#: The signals that quit the app cleanly (POSIX only).
QUIT_SIGNALS: tuple[int, ...] = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGINT") if hasattr(signal, name))
#: How long quitting waits for changes being written to the outbox (local SQLite), in milliseconds.
DISK_WAIT_MS = 2000


def install_quit_signals(parent: QObject, quit_app: Callable[[], None]) -> QSocketNotifier | None:
    """Call ``quit_app()`` on the GUI thread when the process receives ``SIGTERM`` or ``SIGINT``.

    Args:
        parent: owns the notifier (the application).
        quit_app: the clean quit (e.g. :meth:`desktop.shell.launcher.Launcher.quit`).

    Returns:
        The notifier that wakes the event loop, or ``None`` where nothing is installed (Windows, or
        not on the main thread).
    """
    if os.name != "posix":
        return None
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    try:
        signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    except ValueError:  # not the main thread
        reader.close()
        writer.close()
        return None
    for number in QUIT_SIGNALS:
        signal.signal(number, lambda _number, _frame: None)  # the wake-up byte does the work
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, parent)

    def on_wake_up() -> None:
        try:
            numbers = reader.recv(64)
        except BlockingIOError:
            return
        if any(number in QUIT_SIGNALS for number in numbers):
            log.info("quitting on signal %s", ", ".join(signal.Signals(n).name for n in set(numbers)))
            quit_app()

    notifier.activated.connect(on_wake_up)
    notifier._sockets = (reader, writer)  # noqa: SLF001 - keeps the Python objects alive
    return notifier


class Abandonable(Protocol):
    """A service told to exit at quit, not waited for (the sandbox's :class:`desktop.server.EmbeddedServer`)."""

    def abandon(self) -> None:
        """Ask the service to exit; do not join its threads (daemons, they end with the process)."""


def wind_down(ops: Ops, sandbox: Abandonable | None) -> None:
    """After the event loop: end the work of the session without waiting on the network (issue 8, point 9).

    Outcomes of work still running are dropped (:meth:`desktop.ops.Ops.abandon`); only local
    outbox writes (the ``disk`` lane) are waited for, at most :data:`DISK_WAIT_MS`; the sandbox
    service, if any, is told to exit and not waited for (issue 11, point 3: uvicorn's graceful
    shutdown took about 0.17 s of a 0.18 s quit; :meth:`desktop.server.EmbeddedServer.abandon`), its
    SQLite is safe either way (see :func:`end_process`).
    """
    ops.abandon()
    if not ops.wait_for_lane("disk", DISK_WAIT_MS):
        logging.getLogger("desktop").warning("A change was still being written to the outbox when the app quit")
    if sandbox is not None:
        sandbox.abandon()


def end_process(code: int) -> NoReturn:
    """End the process now with ``code``, after flushing the standard streams and the log.

    Called by :func:`desktop.app.main` after :meth:`desktop.shell.launcher.Launcher.shutdown` (which has
    closed the offline databases, stopped the sandbox service and released the profile). It uses
    ``os._exit``, which skips joining threads: workers blocked on the network (Qt's thread pools
    would wait for them without a limit at interpreter exit) end with the process. That is safe for
    the data: every write of the app and of the embedded sandbox service is an SQLite transaction
    in WAL mode, so a transaction cut short is rolled back at the next open and a committed one is
    kept (https://www.sqlite.org/atomiccommit.html); an edit is in the outbox (committed) before it
    is shown as queued.
    """
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)
