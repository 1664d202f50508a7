"""What happens to an error nobody handled: it is logged, shown in a dialog, and the app keeps running.

:func:`install_crash_handlers` sets

* :data:`sys.excepthook`, which PySide6 calls for an exception raised in a slot, a timer callback
  or a Qt virtual (the event loop goes on);
* :data:`threading.excepthook`, for an exception that ends a Python thread;
* a logging handler on ``desktop.ops``, for a background job that failed without an
  ``on_failure`` callback (:class:`desktop.ops.Job` logs it with ``exc_info``);
* :func:`faulthandler.enable` on ``crash.log`` in the log folder, for native crashes (the Python
  stacks of every thread are written there before the process dies).

Each error is logged (redacted, see :mod:`desktop.logs`) and shown in an :class:`ErrorDialog` on
the GUI thread: a short message, the traceback behind "Show Details…" and a "Copy details" button.
While one dialog is open, further errors are added to its details instead of opening more dialogs.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
import traceback
from types import TracebackType
from typing import IO

# Most of this module's import time (25-45 ms) is PySide6 building the Python enums of the ``Qt`` namespace
# at its first use: whichever module touches ``Qt`` first pays it, and the first paint needs it (issue 11).
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from desktop import APP_NAME
from desktop.logs import redact

log = logging.getLogger(__name__)

#: The native-crash file's name in :func:`desktop.paths.log_dir`.
CRASH_FILE_NAME = "crash.log"


class ErrorDialog(QMessageBox):
    """A warning box with the error's details and a "Copy details" button that keeps the box open."""

    def __init__(self, summary: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cxdeskErrorDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(APP_NAME)
        self.setText(summary)
        self.setInformativeText("The app keeps running. If this happens again, copy the details and send them "
                                "to your support contact.")
        self.setDetailedText(details)
        self.copy_button: QPushButton = self.addButton("&Copy details", QMessageBox.ButtonRole.ActionRole)
        self.addButton(QMessageBox.StandardButton.Close)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.errors = 1

    def add_error(self, summary: str, details: str) -> None:
        """Append a later error's details to this dialog's."""
        self.errors += 1
        self.setText(f"{self.errors} errors happened; the last: {summary}")
        self.setDetailedText(f"{self.detailedText()}\n\n{'-' * 60}\n{details}")

    def copy_details(self) -> None:
        """Put the summary and the details on the clipboard."""
        QGuiApplication.clipboard().setText(f"{self.text()}\n\n{self.detailedText()}")

    def done(self, result: int) -> None:
        """Close, unless the button pressed was "Copy details" (then copy and stay open)."""
        if self.clickedButton() is self.copy_button:
            self.copy_details()
            return
        super().done(result)


class CrashReporter(QObject):
    """Receives unhandled errors from any thread and shows them on the GUI thread.

    Create it on the GUI thread (after the QApplication) and call :meth:`install`.

    Signals:
        reported(str, str): an error's summary and redacted details; emitted from any thread,
            delivered (queued) on the GUI thread, where it opens or extends the dialog.
    """

    reported = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: ErrorDialog | None = None
        self.crash_file: IO[str] | None = None
        self._previous: tuple | None = None
        self._ops_handler = _OpsFailureHandler(self)
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self, *, native_crash_file: bool = True) -> None:
        """Set the exception hooks, the ops-failure handler and (optionally) faulthandler on ``crash.log``.

        When ``crash.log`` cannot be opened, that is logged and native crashes go unrecorded.
        """
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        logging.getLogger("desktop.ops").addHandler(self._ops_handler)
        if native_crash_file:
            from desktop.paths import log_dir

            try:
                self.crash_file = (log_dir() / CRASH_FILE_NAME).open("a", encoding="utf-8")
            except OSError as error:
                log.warning("native crashes will not be logged: %s", error)
                return
            faulthandler.enable(file=self.crash_file, all_threads=True)

    def uninstall(self) -> None:
        """Restore the previous hooks and close ``crash.log`` (for tests)."""
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None
        logging.getLogger("desktop.ops").removeHandler(self._ops_handler)
        if self.crash_file is not None:
            faulthandler.disable()
            self.crash_file.close()
            self.crash_file = None

    def excepthook(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        """:data:`sys.excepthook`: log the error and show it; Ctrl+C still ends the app."""
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.critical("unhandled exception", exc_info=(kind, error, tb))
        self.report(f"Something went wrong: {_one_line(error)}", _details(kind, error, tb))

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        """:data:`threading.excepthook`: log the error of a thread that ended with it, and show it."""
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "?"
        log.critical("unhandled exception in thread %s", name, exc_info=(args.exc_type, args.exc_value,
                                                                         args.exc_traceback))
        self.report(f"A background task failed: {_one_line(args.exc_value)}",
                    _details(args.exc_type, args.exc_value, args.exc_traceback))

    def report(self, summary: str, details: str) -> None:
        """Show an error (callable from any thread); ``details`` is redacted here."""
        try:
            self.reported.emit(redact(summary), redact(details))
        except RuntimeError:  # the application (and this reporter) is already gone: it was logged
            pass

    @Slot(str, str)
    def _show(self, summary: str, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add_error(summary, details)
            return
        self.dialog = ErrorDialog(summary, details)
        self.dialog.destroyed.connect(self._forget_dialog)
        self.dialog.show()

    def _forget_dialog(self) -> None:
        self.dialog = None


class _OpsFailureHandler(logging.Handler):
    """Shows the failures that :class:`desktop.ops.Job` logs when a job has no ``on_failure``."""

    def __init__(self, reporter: CrashReporter) -> None:
        super().__init__(logging.ERROR)
        self._reporter = reporter

    def emit(self, record: logging.LogRecord) -> None:
        if not record.exc_info or record.exc_info[1] is None:
            return
        kind, error, tb = record.exc_info
        self._reporter.report(f"A background task failed: {_one_line(error)}", _details(kind, error, tb))


def _one_line(error: BaseException | None) -> str:
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0]}" if text else type(error).__name__


def _details(kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> str:
    return "".join(traceback.format_exception(kind, error, tb)).rstrip()


_reporter: CrashReporter | None = None


def install_crash_handlers(app: QObject | None = None) -> CrashReporter:
    """Create the application's :class:`CrashReporter` (parented to ``app``) and install it.

    Call once, on the GUI thread, after the QApplication exists. Returns the reporter.
    """
    global _reporter
    if _reporter is not None:
        _reporter.uninstall()
    _reporter = CrashReporter(app)
    _reporter.install()
    return _reporter
