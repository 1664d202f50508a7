"""The edited fields of an edit dialog's form: each key with its line edit, its error label and its title.

:class:`EditFields` is owned by :class:`~desktop.views.edit_dialog.EditDialog` (composition). It
pairs each key with the widgets named ``<prefix>Label``, ``<prefix>Edit`` and ``<prefix>Error`` in the
compiled form, judges the typed text with the shared validators (design §1, §3: a value is judged
here exactly as the account service judges it) and shows each field's message: the error, or what the
validators changed in a valid value (issue 12 point 5, :mod:`desktop.views.field_notices`). When the
user leaves a field, it shows the form that will be saved (:meth:`EditFields.show_saved_form`), and its
message keeps saying what was changed until the user types in it again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit

from desktop.api import ValidationFailed
from desktop.domain.errors import FieldError
from desktop.domain.normalised import Normalised, normalised
from desktop.views.field_notices import SavedForm, changed_name, error_message
from desktop.views.messages import conflict_message, field_title, show_field_error

#: A field's validator: a checker (value and notices) or a plain validator (the value only).
AnyValidator = Callable[[str], "Normalised | str"]


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
        validators: the validator of each key (a checker, whose notices are shown, or a plain
            validator); a key without one is judged by the server alone.
        secret_keys: keys whose text is never rewritten nor repeated in a message (a password).

    Attributes:
        fields: every field, in the order of ``prefixes``.
        original: the text of each key the changes are judged against (the version shown).
        errors: the error shown under each field (after :meth:`show`).
        notices: the notice message shown under each field without an error (after :meth:`show`).
    """

    def __init__(self, ui: Any, prefixes: dict[str, str], titles: dict[str, str],
                 validators: Mapping[str, AnyValidator], secret_keys: frozenset[str] = frozenset()) -> None:
        self._validators = validators
        self._secret_keys = secret_keys
        self._results: dict[str, Normalised] = {}
        self.errors: dict[str, str] = {}
        self.notices: dict[str, str] = {}
        self.fields: list[EditField] = []
        for key, prefix in prefixes.items():
            label: QLabel = getattr(ui, f"{prefix}Label")
            self.fields.append(EditField(key, getattr(ui, f"{prefix}Edit"), getattr(ui, f"{prefix}Error"),
                                         titles.get(key) or label.text().replace("&", "")))
        self._by_key = {field.key: field for field in self.fields}
        self._saved_forms = {field.key: SavedForm(field.edit) for field in self.fields}
        self._problem_names = {field.key: field.error.accessibleName() for field in self.fields}
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
                self._saved_forms[field.key].applied = ()

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
        self._results = {}
        for field in self.fields:
            text, original = field.edit.text(), self.original[field.key]
            if text == original:
                continue
            validator = self._validators.get(field.key)
            try:
                result = normalised(validator(text)) if validator else Normalised(text.strip())
            except FieldError as error:
                errors[field.key] = error_message(error)
                continue
            self._results[field.key] = result
            if result.value != original:
                changes[field.key] = result.value
        return changes, errors

    def show(self, errors: dict[str, str], *, enabled: bool) -> None:
        """Show each field's message and enable or disable the line edits.

        A field with an error shows it (with a warning icon); a changed valid field whose value the
        validators changed, or that they have a word about, shows what (see :meth:`judge`, which
        runs first); others show nothing.
        """
        self.errors = {key: text for key, text in errors.items() if text and key in self._by_key}
        self.notices = {}
        for field in self.fields:
            result = self._results.get(field.key) or Normalised(field.edit.text())
            if field.key not in self.errors and field.key not in self._secret_keys:
                message = self._saved_forms[field.key].message(result)
                if message:
                    self.notices[field.key] = message
            show_field_error(field.edit, field.error, self.errors.get(field.key, ""),
                             notice=self.notices.get(field.key, ""))
            if field.key in self.notices:  # screen readers hear what the message is
                field.error.setAccessibleName(changed_name(field.title))
            elif self._problem_names[field.key]:
                field.error.setAccessibleName(self._problem_names[field.key])
            field.edit.setEnabled(enabled)

    def edited(self, key: str) -> None:
        """The text of ``key`` changed: unless :meth:`show_saved_form` put it there, forget what it said."""
        self._saved_forms[key].edited()

    def show_saved_form(self, keys: list[str] | None = None) -> None:
        """Put the saved form of each valid changed value in its field (all fields, or ``keys``).

        The field's message keeps saying what was changed (the notices of the typed text) until the
        user types in the field again. Secret fields are never rewritten.
        """
        self.judge()
        for key, result in list(self._results.items()):
            if (keys is None or key in keys) and key not in self._secret_keys:
                self._saved_forms[key].put(result)

    def focus_first_problem(self) -> None:
        """Focus the first field that shows an error."""
        for field in self.fields:
            if field.key in self.errors:
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
