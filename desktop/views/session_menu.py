"""File > Profiles… and File > Sign Out, added to the main window from outside (like the Help menu).

The window's owner (:class:`desktop.shell.launcher.Launcher`) calls :func:`install_session_menu` once after
creating the window and connects :attr:`SessionMenu.profiles_requested` and
:attr:`SessionMenu.sign_out_requested`; what they do (close this window, open another profile, forget
the refresh token) is the owner's business, so the window stays one profile's view.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QWidget

from desktop.views.field_notices import translated

SANDBOX_SIGN_OUT_TIP = QT_TRANSLATE_NOOP("SessionMenu", "The sandbox signs in by itself; there is nothing to sign out "
                                                        "of.")


class SessionMenu(QObject):
    """Owns the File menu's "Profiles…" and "Sign Out" actions; created by :func:`install_session_menu`.

    Signals:
        profiles_requested(): the user chose File > Profiles….
        sign_out_requested(): the user chose File > Sign Out.
        quit_requested(): the user chose File > Quit (the window closes itself; this only tells the owner).

    Attributes:
        menu: the File menu.
        profiles_action, sign_out_action: the added actions.
    """

    profiles_requested = Signal()
    sign_out_requested = Signal()
    quit_requested = Signal()

    def __init__(self, window: QMainWindow, *, can_sign_out: bool) -> None:
        super().__init__(window)
        self.menu = window.findChild(QMenu, "menuFile") or window.menuBar().addMenu(self.tr("&File"))
        self._quit_action = window.findChild(QAction, "actionQuit")
        before = self._quit_action if self._quit_action in self.menu.actions() else None
        self._can_sign_out = can_sign_out
        self.profiles_action = self._add("actionProfiles", before)
        self.sign_out_action = self._add("actionSignOut", before)
        self.sign_out_action.setEnabled(can_sign_out)
        self.retranslate()
        window.installEventFilter(self)  # LanguageChange: retranslate
        self._separator = self.menu.insertSeparator(before) if before is not None else self.menu.addSeparator()
        self._connect_signals()

    def retranslate(self) -> None:
        """Give the actions their text in the app's language."""
        sign_out_tip = (self.tr("Forget this computer's sign-in for this profile and sign in again")
                        if self._can_sign_out else self.tr(SANDBOX_SIGN_OUT_TIP))
        for action, text, tip in (
                (self.profiles_action, self.tr("&Profiles…"),
                 self.tr("Open another account server, or add, edit and remove profiles")),
                (self.sign_out_action, self.tr("Sign &Out"), sign_out_tip)):
            action.setText(text)
            action.setStatusTip(tip)
            action.setToolTip(tip)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Retranslate the actions when the app's language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def _add(self, name: str, before: QAction | None) -> QAction:
        action = QAction(self.menu)
        action.setObjectName(name)
        if before is not None:
            self.menu.insertAction(before, action)
        else:
            self.menu.addAction(action)
        return action

    def _connect_signals(self) -> None:
        self.profiles_action.triggered.connect(self._on_profiles_action_triggered)
        self.sign_out_action.triggered.connect(self._on_sign_out_action_triggered)
        if self._quit_action is not None:
            self._quit_action.triggered.connect(self._on_quit_action_triggered)

    def _on_profiles_action_triggered(self) -> None:
        self.profiles_requested.emit()

    def _on_sign_out_action_triggered(self) -> None:
        self.sign_out_requested.emit()

    def _on_quit_action_triggered(self) -> None:
        self.quit_requested.emit()


def install_session_menu(window: QMainWindow, *, can_sign_out: bool = True) -> SessionMenu:
    """Add "Profiles…" and "Sign Out" to ``window``'s File menu, above Quit.

    Args:
        window: the main window (its File menu is the ``QMenu`` named ``menuFile``; one is added if missing).
        can_sign_out: ``False`` for the sandbox, which signs in by itself (the action is shown disabled).

    Returns:
        The :class:`SessionMenu` (a child of ``window``).
    """
    return SessionMenu(window, can_sign_out=can_sign_out)


class KeychainNotice(QLabel):
    """The status bar's keychain notice: keeps the notice as given and says it in the app's language.

    The notice (a :class:`~desktop.store.keychain_calls.Notice` template, or plain text) is translated
    when set and again after View > Language (``LanguageChange``), as the rest of the window is.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._notice = ""
        self.setObjectName("sessionOnlyNotice")
        self.setWordWrap(True)
        self._retranslate()

    def set_notice(self, notice: str) -> None:
        """Show ``notice`` in the app's language (:func:`desktop.views.field_notices.translated`)."""
        self._notice = notice
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Say the notice again after View > Language."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("SessionMenu", "Keychain"))
        self.setText(translated(self._notice))


def show_keychain_notice(window: QMainWindow, notice: str) -> None:
    """Show (or replace) the keychain's notice (no keychain, locked, not answering) in the status bar.

    ``notice``: untranslated (:meth:`desktop.shell.credentials.Credentials.notice_for`), so that it
    follows View > Language (:class:`KeychainNotice`).
    """
    label = window.findChild(KeychainNotice, "sessionOnlyNotice")
    if label is None:
        label = KeychainNotice(window.statusBar())
        window.statusBar().addPermanentWidget(label)
    label.set_notice(notice)
