"""Driving the edit dialogs as a user does: type into a field, press Save (shared by the window tests)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

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
