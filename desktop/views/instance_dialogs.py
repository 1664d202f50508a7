"""What a start says when its profile is taken: the take-over question and the "already open" notice.

:func:`claim_or_tell` is the launcher's first step for a profile (start-up, before the event loop):
claim it (:meth:`desktop.instance.SingleInstance.claim`), or tell the user why not and return the
exit code.

- **Held on another computer** (a data folder shared over the network, :mod:`desktop.instance_lock`):
  "CX Account Desk seems to be open on <host> since <time>; if it is not, take over", with
  **Take Over** and **Cancel** (the default: taking over a profile that is really open there lets two
  computers write its files). Take Over removes the lock and opens the profile; Cancel ends with 0.
- **Open in this computer's other process**: it comes to the front (exit 0), or it does not answer
  (exit 1). The sentence is printed, and shown in a message box when nobody would read the
  printed text (:func:`has_console`): a windowed build (``pythonw``, a PyInstaller ``--windowed``
  app, where ``sys.stdout`` is ``None``) or a start from the desktop or Finder (standard output is
  ``/dev/null`` or the journal's socket). "Brought it to the front" is a notice that does not take
  the focus from the window that came forward and closes itself after :data:`NOTICE_MS`; "does not
  answer" is a warning that stays until the user closes it, since the user has to act.

Shown before the event loop runs, the boxes are modal (:meth:`QDialog.exec`): nothing else of this
process is on screen, and :meth:`desktop.launcher.Launcher.start` keeps returning the exit code.
"""

from __future__ import annotations

import logging
import os
import stat
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import APP_NAME
from desktop.instance import AVAILABLE, SingleInstance
from desktop.instance_lock import LockHolder
from desktop.views.messages import format_local_datetime

log = logging.getLogger(__name__)

#: How long the "brought it to the front" notice stays, in milliseconds.
NOTICE_MS = 4000


def already_open(profile_name: str, answered: bool | None) -> tuple[str, int]:
    """What a later start says, and its exit code, when the profile is open in another process of this computer.

    Args:
        profile_name: the profile's name, as the user knows it.
        answered: the holder's answer (:func:`desktop.instance.request_raise`): ``True`` brought to the front.

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
            return True
        mode = os.fstat(descriptor).st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode)


def take_over_box(profile_name: str, holder: LockHolder, lock_file: Path, parent: QWidget | None = None) -> QMessageBox:
    """The question "seems to be open on <host> since <time>; if it is not, take over" (not shown yet).

    Args:
        profile_name: the profile's name, as the user knows it.
        holder: who the lock file names (another computer, or nobody).
        lock_file: the lock file, named in the details so an administrator can find it.
        parent: the window to centre on, if any.

    Returns:
        A question box with **Take Over** (``box.take_over_button``) and **Cancel** (the default).
    """
    host = holder.host or "another computer"
    since = f" since {format_local_datetime(holder.since)}" if holder.since is not None else ""
    box = QMessageBox(QMessageBox.Icon.Question, APP_NAME,
                      f"{APP_NAME} seems to be open on {host}{since}; if it is not, take over.",
                      QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("takeOverQuestion")
    box.setInformativeText(f"Profile {profile_name} keeps its data in a folder that {host} uses too. If "
                           f"{APP_NAME} is still open there, taking over lets both computers change the same "
                           "files, and changes can be lost.")
    pid = f", process {holder.pid}" if holder.pid else ""
    box.setDetailedText(f"Lock file: {lock_file}\nWritten by: {holder.host or '(nobody named)'}{pid}")
    box.take_over_button = box.addButton("&Take Over", QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box


def already_open_box(text: str, code: int, parent: QWidget | None = None) -> QMessageBox:
    """The "already open" sentence in a box: a notice closing itself (``code`` 0) or a warning (1).

    Args:
        text: the sentence of :func:`already_open`.
        code: its exit code; 0 means the other window came to the front.
        parent: the window to centre on, if any.
    """
    icon = QMessageBox.Icon.Information if code == 0 else QMessageBox.Icon.Warning
    box = QMessageBox(icon, APP_NAME, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("alreadyOpenNotice")
    if code == 0:
        box.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)  # the other window keeps the focus
        QTimer.singleShot(NOTICE_MS, box, box.accept)
    return box


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
        box = take_over_box(profile_name, holder, instance.lock_path)
        box.exec()
        if box.clickedButton() is not box.take_over_button:
            log.info("Profile %s is held by %s; the user did not take over", instance.profile_id, holder.host)
            return 0
        if instance.take_over():
            return None
        text, code = (f"{APP_NAME} could not take over profile {profile_name}: it is still open on "
                      f"{holder.host or 'another computer'}. Close it there and start again."), 1
    else:
        text, code = already_open(profile_name, answered)
    print(text, file=sys.stderr if code else sys.stdout)
    log.info(text)
    if holder is not None or not has_console(sys.stderr if code else sys.stdout):
        already_open_box(text, code).exec()  # after the question, the answer comes in a box too
    return code
