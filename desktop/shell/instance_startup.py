"""A start's first step for its profile: claim it, or tell the user why not (and with which exit code).

:func:`claim_or_tell` runs in :meth:`desktop.shell.launcher.Launcher.start`, before the event loop:

- **Held on another computer** (a data folder shared over the network, :mod:`desktop.shell.instance_lock`):
  the question of :func:`desktop.views.instance_dialogs.take_over_box`. Take Over removes the lock
  and opens the profile; Cancel ends with 0 without opening anything.
- **Open in another process of this computer**: it comes to the front (exit 0), or it does not
  answer (exit 1). The sentence (:func:`already_open`) is printed, and also shown in a box
  (:func:`desktop.views.instance_dialogs.already_open_box`) when nobody would read the printed text
  (:func:`has_console`): a windowed build (``pythonw``, a PyInstaller ``--windowed`` app, where
  ``sys.stdout`` is ``None``) or a start from the desktop or Finder (standard output is
  ``/dev/null``, or the journal's socket). A start from a terminal or a script only prints, as before.
"""

from __future__ import annotations

import logging
import os
import stat
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop import APP_NAME
from desktop.shell.instance import SingleInstance
from desktop.shell.instance_client import AVAILABLE
from desktop.shell.instance_lock import LockHolder
from desktop.views.instance_dialogs import already_open_box, take_over_box

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return QCoreApplication.translate("InstanceStartup", text)


def already_open(profile_name: str, answered: bool | None) -> tuple[str, int]:
    """What a later start says, and its exit code, when the profile is open in another process of this computer.

    Args:
        profile_name: the profile's name, as the user knows it.
        answered: the holder's answer (:func:`desktop.shell.instance_client.request_raise`): ``True``
            brought to the front.

    Returns:
        ``(text, 0)`` when the holder came to the front (or, without QtNetwork, could not be asked);
        ``(text, 1)`` when it does not answer.
    """
    if answered:
        text = translate("InstanceStartup", "{app} is already open for profile {profile}; brought it to the front.")
        return text.format(app=APP_NAME, profile=profile_name), 0
    if not AVAILABLE:
        text = translate("InstanceStartup", "{app} is already open for profile {profile}; switch to its window.")
        return text.format(app=APP_NAME, profile=profile_name), 0
    return translate("InstanceStartup", "{app} is already open for profile {profile}, but it does not answer. Close it "
                                        "(or end it in the Task "
               "Manager or Activity Monitor) and start again.").format(app=APP_NAME, profile=profile_name), 1


def has_console(stream=None) -> bool:
    """Whether someone reads what this process prints (so a message box is not needed).

    Args:
        stream: the stream to judge; default ``sys.stdout``.

    Returns:
        ``False`` when there is no stream (``pythonw``, a windowed PyInstaller build) or it is a
        character device that is not a terminal (``/dev/null``: started from the desktop or
        Finder) or a socket (the systemd journal); ``True`` for a terminal, a pipe or a file (a
        script reads it) and for a stream without a file descriptor (a test's capture).
    """
    stream = sys.stdout if stream is None else stream
    if stream is None:
        return False
    try:
        descriptor = stream.fileno()
    except (AttributeError, OSError, ValueError):  # io.UnsupportedOperation is an OSError and a ValueError
        return True
    try:
        if os.isatty(descriptor):
            return _is_console(descriptor)
        mode = os.fstat(descriptor).st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode)


def _is_console(descriptor: int) -> bool:
    """Whether a descriptor that ``os.isatty`` accepts is a terminal: on Windows it also accepts ``NUL``."""
    if sys.platform != "win32":
        return True
    import ctypes
    import msvcrt

    mode = ctypes.c_uint32()
    return bool(ctypes.windll.kernel32.GetConsoleMode(msvcrt.get_osfhandle(descriptor), ctypes.byref(mode)))


def ask_take_over(instance: SingleInstance, profile_name: str, holder: LockHolder,
                  parent: QWidget | None = None) -> bool | None:
    """Ask whether to take over a profile another computer seems to hold, and take it over if told to.

    Args:
        instance: this process's (unclaimed) claim on the profile.
        profile_name: the profile's name, as the user knows it.
        holder: what the lock file names.
        parent: the window to centre the question on, if any.

    Returns:
        ``True`` when this process holds the profile now, ``False`` when the user did not take it
        over, ``None`` when the take-over failed (the other computer still holds it).
    """
    process = f", process {holder.pid}" if holder.pid else ""
    box = take_over_box(profile_name, holder.host, holder.since,
                        f"Lock file: {instance.lock_path}\nWritten by: {holder.host or '(nobody named)'}{process}",
                        parent=parent)
    box.exec()
    chosen = box.clickedButton() is box.take_over_button
    box.deleteLater()
    if not chosen:
        log.info("Profile %s is held by %s; the user did not take over", instance.profile_id, holder.host)
        return False
    return True if instance.take_over() else None


def claim_or_tell(instance: SingleInstance, profile_name: str) -> int | None:
    """Claim the profile for this process, or tell the user why not (start-up only: may show a modal box).

    Args:
        instance: this process's (unclaimed) claim on the profile.
        profile_name: the profile's name, as the user knows it.

    Returns:
        ``None`` when this process holds the profile now (also after a take-over); else the exit
        code: 0 when the other window came to the front or the user cancelled a take-over, 1 when
        the other process does not answer or the lock could not be taken over.
    """
    owned, answered = instance.claim()
    if owned:
        return None
    holder = instance.held_elsewhere
    if holder is not None:
        taken = ask_take_over(instance, profile_name, holder)
        if taken:
            return None
        if taken is False:
            return 0
        host = holder.host or translate("InstanceStartup", "another computer")
        text, code = translate("InstanceStartup", "{app} could not take over profile {profile}: it is still open on "
                               "{host}. Close it there and start again.").format(app=APP_NAME, profile=profile_name,
                                                                                 host=host), 1
    else:
        text, code = already_open(profile_name, answered)
    print(text, file=sys.stderr if code else sys.stdout)
    log.info(text)
    if holder is not None or not has_console(sys.stderr if code else sys.stdout):
        already_open_box(text, code).exec()  # after the question, the answer comes in a box too
    return code
