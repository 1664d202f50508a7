"""Driving the windows and dialogs as a user does: open the main window, type into a field, press Save."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from desktop.views.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton


def type_into(qtbot, dialog, key: str, text: str) -> None:
    """Replace the text of the dialog's field ``key`` by typing ``text`` (focus, select all, erase, type)."""
    edit = dialog.field_edit(key)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def save_button(dialog) -> QPushButton:
    """The dialog's Save button."""
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)


def click_save(qtbot, dialog) -> None:
    """Click the dialog's Save button."""
    qtbot.mouseClick(save_button(dialog), LEFT)


def loaded_window(qtbot, ops, client, *, server_label: str = "Sandbox", **options) -> MainWindow:
    """The main window on ``client`` (``options``: MainWindow's, e.g. ``store=``), shown at 1100×900 and loaded once."""
    window = MainWindow(ops, client, server_label=server_label, **options)
    qtbot.addWidget(window)
    window.resize(1100, 900)
    window.show()
    with qtbot.waitSignal(window.loaded, timeout=15000):
        window.refresh()
    return window
