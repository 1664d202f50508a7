"""What a field's message says about a valid value the validators changed (issue 12 point 5).

The domain's checkers return the value that is saved and a :class:`~desktop.domain.normalised.Notice`
for each change made to the text as typed. :func:`notice_message` turns them into the field's message,
in the user's language, shown where errors show (no warning icon: nothing is wrong); while the field
still shows the typed text, the message says the form that will be saved too.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit

from desktop.domain.errors import FieldError
from desktop.domain.normalised import QT_TRANSLATE_NOOP, Normalised, Notice

#: The translation context of the domain's notices (their English templates are the source texts).
CONTEXT = "Notice"
#: The notice of a change that a plain validator (no notices of its own) made.
SAVED_AS = QT_TRANSLATE_NOOP("Notice", "Saved as {value}.")
# The translation context of the domain's field errors (their English templates are the source texts).
# (A plain comment: pyside6-lupdate would give a '#:' one to the next translated text.)
ERROR_CONTEXT = "FieldError"


def translated(notice: str) -> str:
    """A notice in the user's language (a plain string is translated as it is)."""
    if isinstance(notice, Notice):
        return notice.fill(QCoreApplication.translate(CONTEXT, notice.template))
    return QCoreApplication.translate(CONTEXT, notice)


def error_message(error: FieldError) -> str:
    """A validator's :class:`~desktop.domain.errors.FieldError` in the user's language, for under its field.

    The English template is translated in the ``FieldError`` context and filled in with the error's
    values (a reason quoted from a library, such as email-validator's, stays in English).
    """
    return error.fill(QCoreApplication.translate(ERROR_CONTEXT, error.template))


def notice_message(typed: str, result: Normalised, applied: Iterable[str] = ()) -> str:
    """The field message for a valid value: what was changed, and the saved form when the field differs.

    Args:
        typed: the text the field shows.
        result: the checker's answer for that text.
        applied: notices of a change already made to the field's text (it was replaced by its saved
            form; judging that form again says nothing more).

    Returns:
        ``""`` when the value is saved exactly as shown and nothing needs to be said.
    """
    notices = list(dict.fromkeys([*applied, *result.notices]))
    parts = [translated(notice) for notice in notices]
    if result.value != typed.strip():
        parts.insert(0, translated(Notice(SAVED_AS, value=result.value or "—")))
    return " ".join(parts)


def changed_name(title: str) -> str:
    """The accessible name of a field's message label while it says what was changed (``OCN: what was changed``)."""
    return QCoreApplication.translate("FieldNotices", "{title}: what was changed").format(title=title)


class SavedForm:
    """One field's saved form: put in the field when the user leaves it, with what was changed to get it.

    Attributes:
        applied: the notices of the changes made when the field was given its saved form; they are
            said until the user types in the field again (judging the saved form says nothing more).
    """

    def __init__(self, edit: QLineEdit) -> None:
        self._edit = edit
        self._putting = False
        self.applied: tuple[str, ...] = ()

    def edited(self) -> None:
        """The field's text changed: unless :meth:`put` changed it, forget what was said."""
        if not self._putting:
            self.applied = ()

    def put(self, result: Normalised) -> None:
        """Show ``result.value`` (the checker's answer for the field's text) in the field, remembering its notices."""
        text = self._edit.text()
        if result.value == text:
            return
        notices = result.notices if result.value == text.strip() or result.notices else (
            Notice(SAVED_AS, value=result.value),)
        self.applied = tuple(dict.fromkeys([*self.applied, *notices]))
        self._putting = True
        try:
            self._edit.setText(result.value)
        finally:
            self._putting = False

    def message(self, result: Normalised) -> str:
        """The field's message for a valid value (see :func:`notice_message`)."""
        return notice_message(self._edit.text(), result, self.applied)
