"""The question an edit dialog asks when it is closed with unsaved changes: Save, Discard or Cancel.

:class:`ClosingQuestion` is owned by :class:`~desktop.views.edit_dialog.EditDialog` (composition):
it asks over the dialog (window-modal, Cancel the default: nothing closes silently) and calls back
the dialog's ``save`` or ``discard``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.views.messages import clicked_choice, unsaved_changes_box

INVALID_NOTE = QT_TRANSLATE_NOOP("ClosingQuestion",
                                 "Some values are not valid yet: correct them before saving, or discard.")


class ClosingQuestion:
    """Ask whether to save the changes of a dialog being closed.

    Args:
        dialog: the dialog the question opens over.
        save: called when the user chooses Save.
        discard: called when the user chooses Discard (close without saving).

    Attributes:
        box: the open question, or ``None``.
    """

    def __init__(self, dialog: QWidget, save: Callable[[], object], discard: Callable[[], None]) -> None:
        self._dialog = dialog
        self._save = save
        self._discard = discard
        self.box: QMessageBox | None = None

    def ask(self, names: list[str], *, invalid: bool) -> QMessageBox:
        """Open the question about the changes to the fields named ``names`` (once; again shows the same).

        ``invalid``: some values are not valid yet (then they can only be corrected or discarded).
        """
        if self.box is None:
            translate = QCoreApplication.translate
            question = translate("ClosingQuestion", "Save your changes to {fields} before closing?").format(
                fields=", ".join(names))
            self.box = unsaved_changes_box(self._dialog, question, translate("ClosingQuestion", INVALID_NOTE) if invalid
                                           else None)
            self.box.finished.connect(self._on_box_finished)
        self.box.open()
        return self.box

    def _on_box_finished(self, _result: int) -> None:
        box, self.box = self.box, None
        if box is None:
            return
        choice = clicked_choice(box)
        box.deleteLater()
        if choice == QMessageBox.StandardButton.Save:
            self._save()
        elif choice == QMessageBox.StandardButton.Discard:
            self._discard()
