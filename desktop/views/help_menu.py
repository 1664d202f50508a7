"""The Help menu: "Copy diagnostics", "Open log folder" and "About CX Account Desk".

:func:`install_help_menu` adds it to any :class:`~PySide6.QtWidgets.QMainWindow`'s menu bar, so the
window's owner only calls it once after creating the window. The diagnostics text is built by
:mod:`desktop.diagnostics` (redacted) from the app's versions, folders, keyring backend, server
URL, outbox state and the last lines of the log.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import PySide6
from PySide6.QtCore import QEvent, QObject, QUrl, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMainWindow

from desktop import APP_NAME, logs
from desktop.ops import Ops
from desktop.paths import log_dir

if TYPE_CHECKING:  # the About box is imported when first opened, not at start
    from desktop.views.about_dialog import AboutDialog

#: How long the status bar says the diagnostics were copied, in milliseconds.
COPIED_MESSAGE_MS = 5000


def qt_versions() -> dict[str, str]:
    """The Qt-side versions for the diagnostics: Qt, PySide6 and the platform plugin in use."""
    app = QGuiApplication.instance()
    platform_name = app.platformName() if isinstance(app, QGuiApplication) else "none"
    return {"Qt": qVersion(), "PySide6": PySide6.__version__, "Qt platform": platform_name}


class HelpMenu(QObject):
    """Owns the Help menu's actions; created by :func:`install_help_menu`.

    Attributes:
        menu: the menu in the window's menu bar.
        copy_diagnostics_action, open_log_folder_action, about_action: its actions.
        about_dialog: the About dialog once opened (one at a time).
    """

    def __init__(self, window: QMainWindow, server_url_getter: Callable[[], Any] | None,
                 outbox_state_getter: Callable[[], Any] | None, ops: Ops | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._ops = ops or Ops(self)
        self._server_url_getter = server_url_getter
        self._outbox_state_getter = outbox_state_getter
        self.about_dialog: AboutDialog | None = None
        self.menu = window.menuBar().addMenu("")
        self.menu.setObjectName("menuHelp")
        self.copy_diagnostics_action = self._add("actionCopyDiagnostics")
        self.open_log_folder_action = self._add("actionOpenLogFolder")
        self.menu.addSeparator()
        self.about_action = self._add("actionAbout")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.retranslate()
        window.installEventFilter(self)  # LanguageChange: retranslate
        self._connect_signals()

    def retranslate(self) -> None:
        """Give the menu and its actions their text in the app's language."""
        self.menu.setTitle(self.tr("&Help"))
        for action, text, tip in (
                (self.copy_diagnostics_action, self.tr("Copy &diagnostics"),
                 self.tr("Copy versions, folders and the recent log (no secrets) to the clipboard for a support "
                         "request")),
                (self.open_log_folder_action, self.tr("Open &log folder"),
                 self.tr("Show the folder with the app's log files")),
                (self.about_action, self.tr("&About {app}").format(app=APP_NAME), self.tr("Version and licence"))):
            action.setText(text)
            action.setStatusTip(tip)
            action.setToolTip(tip)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Retranslate the menu when the app's language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def _add(self, name: str) -> QAction:
        action = self.menu.addAction("")
        action.setObjectName(name)
        return action

    def _connect_signals(self) -> None:
        self.copy_diagnostics_action.triggered.connect(self._on_copy_diagnostics_action_triggered)
        self.open_log_folder_action.triggered.connect(self._on_open_log_folder_action_triggered)
        self.about_action.triggered.connect(self._on_about_action_triggered)

    def diagnostics_text(self) -> str:
        """The redacted diagnostics text, built here and now (blocking: for the self-test and tests)."""
        server, outbox = self._server_url_getter, self._outbox_state_getter
        return self._build(qt_versions(), server() if server else None, outbox() if outbox else None)

    def _on_copy_diagnostics_action_triggered(self) -> None:
        # The getters read the window (GUI thread); flushing and reading the log and looking up the
        # keyring backend touch the disk, so the text is built on a worker.
        server, outbox, versions = self._server_url_getter, self._outbox_state_getter, qt_versions()
        server_now = server() if server else None
        outbox_now = outbox() if outbox else None
        self.copy_diagnostics_action.setEnabled(False)
        def build_diagnostics() -> str:
            return self._build(versions, server_now, outbox_now)

        self._ops.run(build_diagnostics, on_success=self._on_diagnostics_built, on_failure=self._on_diagnostics_failed,
                      owner=self._window)

    @staticmethod
    def _build(versions: dict[str, str], server: Any, outbox: Any) -> str:
        from desktop import diagnostics  # with platform and ssl: loaded when first asked for, not at start (issue 11)

        logs.flush()
        return diagnostics.build_diagnostics(extra_versions=versions, server_url_getter=lambda: server,
                                             outbox_state_getter=lambda: outbox,
                                             log_path=logs.current_log_file() or logs.log_file())

    def _on_diagnostics_built(self, text: str) -> None:
        self.copy_diagnostics_action.setEnabled(True)
        QGuiApplication.clipboard().setText(text)
        self._window.statusBar().showMessage(self.tr("Diagnostics copied to the clipboard."), COPIED_MESSAGE_MS)

    def _on_diagnostics_failed(self, error: BaseException) -> None:
        self.copy_diagnostics_action.setEnabled(True)
        self._window.statusBar().showMessage(self.tr("Could not collect the diagnostics: {error}").format(error=error),
                                              COPIED_MESSAGE_MS)

    def _on_open_log_folder_action_triggered(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))

    def _on_about_action_triggered(self) -> None:
        if self.about_dialog is None:
            from desktop.views.about_dialog import AboutDialog  # imported when first opened, not at start

            self.about_dialog = AboutDialog(self._window)
            self.about_dialog.finished.connect(self._on_about_dialog_finished)
        self.about_dialog.show()
        self.about_dialog.raise_()
        self.about_dialog.activateWindow()

    def _on_about_dialog_finished(self, _result: int) -> None:
        self.about_dialog.deleteLater()
        self.about_dialog = None


def install_help_menu(window: QMainWindow, *, server_url_getter: Callable[[], Any] | None = None,
                      outbox_state_getter: Callable[[], Any] | None = None, ops: Ops | None = None) -> HelpMenu:
    """Add the Help menu to ``window``'s menu bar (after its other menus).

    Args:
        window: the main window.
        server_url_getter: returns the current server URL or label, for the diagnostics.
        outbox_state_getter: returns the offline outbox's state (mapping or text), for the diagnostics.
        ops: the app's background runner, on which the diagnostics text is built (default: its own).

    Returns:
        The :class:`HelpMenu` (a child of ``window``); ``window.findChild(QMenu, "menuHelp")`` finds the menu.
    """
    existing = window.findChild(HelpMenu)
    if existing is not None:
        window.menuBar().removeAction(existing.menu.menuAction())
        existing.setParent(None)
        existing.menu.deleteLater()
        existing.deleteLater()
    return HelpMenu(window, server_url_getter, outbox_state_getter, ops)

