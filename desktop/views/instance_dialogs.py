"""The boxes a start shows when its profile is taken: the take-over question and the "already open" notice.

Used by :func:`desktop.shell.instance_startup.claim_or_tell` before the event loop runs, so they are
modal (:meth:`QDialog.exec`); nothing else of the process is on screen yet.

- :func:`take_over_box`: "CX Account Desk seems to be open on <host> since <time>; if it is not,
  take over", with **Take Over** and **Cancel**. Cancel is the default: taking over a profile that
  is really open on the other computer lets two computers write its files.
- :func:`already_open_box`: the "already open" sentence. "Brought it to the front" is a notice that
  does not take the focus from the window that came forward and closes itself after
  :data:`NOTICE_MS`; any other sentence is a warning that stays until the user closes it, since the
  user has to act.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import APP_NAME
from desktop.views.formats import date_time

#: How long the "brought it to the front" notice stays, in milliseconds.
NOTICE_MS = 4000


def take_over_box(profile_name: str, host: str, since: datetime | None, details: str = "",
                  parent: QWidget | None = None) -> QMessageBox:
    """The question "seems to be open on <host> since <time>; if it is not, take over" (not shown yet).

    Args:
        profile_name: the profile's name, as the user knows it.
        host: the other computer's name; empty when the lock names none.
        since: when the other computer took the profile (aware), if known; shown in local time.
        details: shown under *Show Details…* (the lock file, the process), for an administrator.
        parent: the window to centre on, if any.

    Returns:
        A question box with **Take Over** (``box.take_over_button``) and **Cancel** (the default).
    """
    translate = QCoreApplication.translate
    host = host or translate("InstanceDialogs", "another computer")
    if since is not None:
        question = translate("InstanceDialogs", "{app} seems to be open on {host} since {time}; if it is not, take "
                                                "over.")
    else:
        question = translate("InstanceDialogs", "{app} seems to be open on {host}; if it is not, take over.")
    box = QMessageBox(QMessageBox.Icon.Question, APP_NAME,
                      question.format(app=APP_NAME, host=host,
                                      time=date_time(since) if since is not None else ""),
                      QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("takeOverQuestion")
    box.setInformativeText(translate("InstanceDialogs", "Profile {profile} keeps its data in a folder that {host} uses "
                                                        "too. "
                              "If {app} is still open there, taking over lets both computers change the same files, "
                              "and changes can be lost.").format(profile=profile_name, host=host, app=APP_NAME))
    if details:
        box.setDetailedText(details)
    box.take_over_button = box.addButton(translate("InstanceDialogs", "&Take Over"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box


def already_open_box(text: str, code: int, parent: QWidget | None = None) -> QMessageBox:
    """The "already open" sentence in a box (not shown yet): a notice closing itself (``code`` 0) or a warning.

    Args:
        text: the sentence (:func:`desktop.shell.instance_startup.already_open`).
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
