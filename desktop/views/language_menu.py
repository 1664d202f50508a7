"""View > Language: follow the system's language, or show the app in English, German or French (issue 12, point 3).

:func:`install_language_menu` adds the View menu to the main window's menu bar, before Help. A choice
takes effect at once (:func:`desktop.translation.apply_language`: every window gets a
``LanguageChange`` and says its text again) and is kept in the settings folder for the next start
(:func:`desktop.translation.write_choice`, on a worker of the ``disk`` lane: the GUI thread never
waits on the disk).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow

from desktop import translation
from desktop.domain.locales import OFFERED_LANGUAGES
from desktop.ops import Ops

log = logging.getLogger("desktop")


class LanguageMenu(QObject):
    """The View menu with its Language submenu; created by :func:`install_language_menu`.

    Args:
        window: the main window.
        ops: the runner the choice is written with (``disk`` lane).
        choice: the language kept in the settings (``""``: the system's).
        settings: the settings file (default: :func:`desktop.translation.settings_path`).

    Signals:
        language_changed(str): the user chose; the argument is the language now shown.

    Attributes:
        menu, language_menu: the View menu and its Language submenu.
        actions: the Language submenu's actions by choice (``""``, ``"en"``, ``"de"``, ``"fr"``).
    """

    language_changed = Signal(str)

    def __init__(self, window: QMainWindow, ops: Ops, choice: str, settings: Path | None = None) -> None:
        super().__init__(window)
        self._ops = ops
        self._settings = settings
        self.menu = window.menuBar().addMenu("")
        self.menu.setObjectName("menuView")
        help_menu = window.findChild(QObject, "menuHelp")
        if help_menu is not None:  # View comes before Help
            window.menuBar().insertMenu(help_menu.menuAction(), self.menu)  # type: ignore[attr-defined]
        self.language_menu = self.menu.addMenu("")
        self.language_menu.setObjectName("menuLanguage")
        group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        for code in ("", *OFFERED_LANGUAGES):
            action = self.language_menu.addAction("")
            action.setObjectName(f"actionLanguage{code.upper() or 'System'}")
            action.setCheckable(True)
            action.setChecked(code == choice)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, code=code: self.choose(code))
            self.actions[code] = action
        self.retranslate()
        window.installEventFilter(self)  # LanguageChange: retranslate

    def retranslate(self) -> None:
        """Give the menus their text in the app's language; each language keeps its own name."""
        self.menu.setTitle(self.tr("Vie&w"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.actions[""].setText(self.tr("&System default ({language})").format(
            language=translation.LANGUAGE_NAMES[translation.system_language()]))
        for code, mnemonic_name in (("en", "&English"), ("de", "&Deutsch"), ("fr", "&Français")):
            self.actions[code].setText(mnemonic_name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Retranslate the menus when the app's language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def choose(self, choice: str) -> None:
        """Show the app in ``choice`` (``""``: the system's language) now, and keep the choice."""
        self.actions[choice].setChecked(True)
        translation.note_choice(choice)
        shown = translation.apply_language(translation.effective_language(None, choice))
        settings = self._settings

        def keep_choice() -> None:
            translation.write_choice(choice, settings)

        self._ops.run(keep_choice, lane="disk",
                      on_failure=lambda error: log.warning("Could not keep the language choice: %s", error))
        self.language_changed.emit(shown)


def install_language_menu(window: QMainWindow, ops: Ops, choice: str | None = None,
                          settings: Path | None = None) -> LanguageMenu:
    """Add View > Language to ``window``'s menu bar (before Help).

    Args:
        window: the main window.
        ops: the application's background runner.
        choice: the language kept in the settings (default: read by :func:`desktop.translation.current_choice`).
        settings: the settings file (default: :func:`desktop.translation.settings_path`).
    """
    return LanguageMenu(window, ops, translation.current_choice() if choice is None else choice, settings)
