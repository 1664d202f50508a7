"""The edited fields of an edit dialog's form: each key with its line edit, its error label and its title.

:class:`EditFields` is owned by :class:`~desktop.views.edit_dialog.EditDialog` (composition). It
pairs each key with the widgets named ``<prefix>Label``, ``<prefix>Edit`` and ``<prefix>Error`` in the
compiled form, judges the typed text with the shared validators (design §1, §3: a value is judged
here exactly as the account service judges it) and shows each field's message.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit

from desktop.api import ValidationFailed
from desktop.domain.errors import FieldError
from desktop.domain.validators import Validator
from desktop.views.messages import conflict_message, field_title, show_field_error


@dataclass
class EditField:
    """One edited key with its widgets.

    Attributes:
        key: the dotted key (``contact.email``).
        edit: its line edit.
        error: the label under it that shows its problem.
        title: how messages name it.
    """

    key: str
    edit: QLineEdit
    error: QLabel
    title: str


class EditFields:
    """The fields of a form, in the form's order.

    Args:
        ui: the compiled form (``Ui_…`` after ``setupUi``).
        prefixes: key -> widget-name prefix in the form.
        titles: key -> how messages name the field, where that differs from its label.
        validators: the validator of each key; a key without one is judged by the server alone.

    Attributes:
        fields: every field, in the order of ``prefixes``.
        original: the text of each key the changes are judged against (the version shown).
    """

    def __init__(self, ui: Any, prefixes: dict[str, str], titles: dict[str, str],
                 validators: dict[str, Validator]) -> None:
        self._validators = validators
        self.fields: list[EditField] = []
        for key, prefix in prefixes.items():
            label: QLabel = getattr(ui, f"{prefix}Label")
            self.fields.append(EditField(key, getattr(ui, f"{prefix}Edit"), getattr(ui, f"{prefix}Error"),
                                         titles.get(key) or label.text().replace("&", "")))
        self._by_key = {field.key: field for field in self.fields}
        self.original: dict[str, str] = {}

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def field(self, key: str) -> EditField:
        """The field of a key.

        Raises:
            KeyError: no such field.
        """
        return self._by_key[key]

    def titles(self, keys: list[str] | dict[str, Any]) -> list[str]:
        """How the fields of ``keys`` are named, in the form's order."""
        return [field.title for field in self.fields if field.key in keys]

    def start_from(self, values: dict[str, str], *, keep: frozenset[str] | set[str] = frozenset()) -> None:
        """Judge changes against ``values`` from now on, and show them in every field not in ``keep``."""
        self.original = {field.key: values[field.key] for field in self.fields}
        for field in self.fields:
            if field.key not in keep:
                field.edit.setText(values[field.key])

    def adopt(self, theirs: dict[str, str], mine: dict[str, str], secret_keys: frozenset[str]) -> str:
        """Start from the server's newer values after a conflict: untouched fields show them, typed ones stay.

        Args:
            theirs: the text of every key in the server's version.
            mine: the changes typed (never repeated in the message when a secret).
            secret_keys: keys whose typed values are never repeated in a message.

        Returns:
            The message that names what changed on both sides (:func:`desktop.views.messages.conflict_message`).
        """
        titles = {field.key: field.title for field in self.fields}
        refreshed = [field.title for field in self.fields
                     if field.key not in mine and theirs[field.key] != self.original[field.key]]
        typed = {key: self._by_key[key].edit.text() for key in mine if key not in secret_keys}
        self.start_from(theirs, keep=set(mine))
        return conflict_message(titles, typed, theirs, refreshed)

    def judge(self) -> tuple[dict[str, str], dict[str, str]]:
        """Judge the fields against :attr:`original`.

        Returns:
            ``(changes, errors)``: the normalised value of each valid changed key, and the
            validator's message for each invalid one. An untouched field is never an error.
        """
        changes: dict[str, str] = {}
        errors: dict[str, str] = {}
        for field in self.fields:
            text, original = field.edit.text(), self.original[field.key]
            if text == original:
                continue
            validator = self._validators.get(field.key)
            try:
                value = validator(text) if validator else text.strip()
            except FieldError as error:
                errors[field.key] = str(error)
                continue
            if value != original:
                changes[field.key] = value
        return changes, errors

    def show(self, errors: dict[str, str], *, enabled: bool) -> None:
        """Show each field's message (``""``: none) and enable or disable the line edits."""
        for field in self.fields:
            show_field_error(field.edit, field.error, errors.get(field.key, ""))
            field.edit.setEnabled(enabled)

    def focus_first_problem(self) -> None:
        """Focus the first field that shows a message."""
        for field in self.fields:
            if field.error.text():
                field.edit.setFocus()
                return


def refusal_message(error: ValidationFailed, fields: EditFields, titles: dict[str, str]) -> str:
    """The message at the top of a dialog whose values the server refused (422); per-field messages go under them.

    Args:
        error: the server's refusal, with its per-field messages.
        fields: the dialog's fields (a refused key among them is named under its field).
        titles: key -> how messages name a field, where that differs from its label.
    """
    others = [f"{titles.get(k) or field_title(k)}: {v}" for k, v in error.fields.items() if k not in fields]
    if others or not any(key in fields for key in error.fields):
        return QCoreApplication.translate("EditFields", "The server did not accept the change. {reasons}").format(
            reasons="; ".join(others) or error.message)
    return QCoreApplication.translate("EditFields",
                                      "The server did not accept some values; see the messages under the fields.")
