"""What a field's message says about a valid value the validators changed (issue 12 point 5).

The domain's checkers return the value that is saved and a :class:`~desktop.domain.normalised.Notice`
for each change made to the text as typed. :func:`notice_message` turns them into the field's message,
in the user's language, shown where errors show (no warning icon: nothing is wrong); while the field
still shows the typed text, the message says the form that will be saved too.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from desktop.domain.normalised import Normalised, Notice

#: The translation context of the domain's notices (their English templates are the source texts).
CONTEXT = "Notice"


def translated(notice: str) -> str:
    """A notice in the user's language (a plain string is translated as it is)."""
    if isinstance(notice, Notice):
        return notice.fill(QCoreApplication.translate(CONTEXT, notice.template))
    return QCoreApplication.translate(CONTEXT, notice)


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
        saved_as = QCoreApplication.translate("FieldNotices", "Saved as {value}.").format(value=result.value or "—")
        parts.insert(0, saved_as)
    return " ".join(parts)
