"""The shared base of the dialogs that edit a resource's fields (company, contact, SMTP details).

Each line edit of the form is paired with a key (``contact.email``) and the shared validator of
that key (:data:`desktop.domain.validators.ACCOUNT_VALIDATORS` by default), so a value is judged
here exactly as the account service judges it (design §1, §3). The dialog validates as the user
types, enables Save only for valid changes, sends only the changed keys with their normalised
values and handles every answer of the ``PUT``: the new version, field errors (422), a newer
version on the server (412) and everything else, without losing a typed character. It edits the
Account (``PUT setup/account``) unless a subclass overrides the hooks :meth:`values_of`,
:meth:`_request` and :meth:`_fetch` for another resource.

No answer (the server cannot be reached) and 401 have a way out when the owner provides it: the
offline outbox and the app's sign-in (:class:`~desktop.views.save_fallbacks.SaveFallbacks`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from desktop.api import AccountClient, Conflict, ValidationFailed, Versioned
from desktop.domain.errors import FieldError
from desktop.domain.merge import three_way_merge
from desktop.domain.validators import ACCOUNT_VALIDATORS, Validator
from desktop.ops import Job, Ops, mark_closed
from desktop.views.messages import (
    clicked_choice,
    conflict_message,
    describe_error,
    field_title,
    grow_to_fit,
    show_field_error,
    style_notice,
    unsaved_changes_box,
)
from desktop.views.save_fallbacks import SaveFallbacks


@dataclass
class _Field:
    """One edited key with its widgets."""

    key: str
    edit: QLineEdit
    error: QLabel
    title: str


class EditDialog(QDialog, SaveFallbacks):
    """A dialog that edits some fields of a resource (the account by default) and saves them with a ``PUT``.

    Subclasses pass their compiled form and set :attr:`FIELDS`; the form must have, for each
    prefix, ``<prefix>Label``, ``<prefix>Edit`` and ``<prefix>Error``, plus ``messageFrame``,
    ``messageLabel``, ``statusLabel`` and a ``buttonBox`` with Save and Cancel.

    Signals:
        saved(object): the new ``Versioned`` resource after a successful save (then the dialog
            is accepted).
        queued(int): the outbox entry id after the changes were saved on this computer to be
            sent later (then the dialog is accepted); see :meth:`enable_offline`.

    Attributes:
        question_box: the open "Save / Discard / Cancel" question about unsaved changes, or ``None``.
        abandon_box: the open question about a Save still waiting for the server, or ``None``.

    Args:
        form: a fresh ``Ui_…`` object; the dialog owns it as ``self.ui``.
        ops: the application's background runner.
        client: a signed-in account API client.
        current: the resource as shown, with its ETag; the fields start with its values.
        parent: the parent window.
        validators: the validator of each dotted key (default: the shared ACCOUNT_VALIDATORS);
            a key without one is sent as typed and judged by the server alone.
    """

    saved = Signal(object)
    queued = Signal(int)

    #: key (dotted for the Account) -> widget-name prefix in the form; set by each subclass.
    FIELDS: dict[str, str] = {}
    #: key -> how messages name the field, where that differs from its label.
    TITLES: dict[str, str] = {}
    #: keys whose typed values are never repeated in a message (e.g. a password).
    SECRET_KEYS: frozenset[str] = frozenset()

    #: The compiled form class (``Ui_…``); set by each subclass.
    FORM: type
    #: The validators used when none are passed; the SMTP dialog has its own.
    VALIDATORS: dict[str, Validator] = ACCOUNT_VALIDATORS

    def __init__(self, ops: Ops, client: AccountClient, current: Versioned[Any],
                 parent: QWidget | None = None, *, validators: dict[str, Validator] | None = None) -> None:
        super().__init__(parent)
        self.ui = self.FORM()
        self.ui.setupUi(self)
        self._ops = ops
        self._client = client
        self._validators = self.VALIDATORS if validators is None else validators
        self._etag = current.etag
        self._started_from = current.value
        self._original = {key: self.values_of(current.value)[key] for key in self.FIELDS}
        self._server_errors: dict[str, str] = {}
        self._saving = False
        self._resent_once = False
        self._discarding = False
        self._save_job: Job | None = None
        self.abandon_box: QMessageBox | None = None
        self.question_box: QMessageBox | None = None
        self._fields = [self._make_field(key, prefix) for key, prefix in self.FIELDS.items()]
        self._by_key = {field.key: field for field in self._fields}
        self._save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        style_notice(self.ui.messageFrame)
        self.ui.messageFrame.hide()
        for field in self._fields:
            field.edit.setText(self._original[field.key])
            field.edit.setAccessibleName(field.title)
        self._connect_signals()
        self.resize(self.minimumWidth(), 0)
        self._refresh_state()
        if self._fields:
            self._fields[0].edit.setFocus()

    def _make_field(self, key: str, prefix: str) -> _Field:
        label: QLabel = getattr(self.ui, f"{prefix}Label")
        return _Field(key, getattr(self.ui, f"{prefix}Edit"), getattr(self.ui, f"{prefix}Error"),
                      self.TITLES.get(key) or label.text().replace("&", ""))

    def _connect_signals(self) -> None:
        for field in self._fields:
            field.edit.textChanged.connect(lambda _text, key=field.key: self._on_field_edit_text_changed(key))
        self.ui.buttonBox.accepted.connect(self._on_button_box_accepted)
        self.ui.buttonBox.rejected.connect(self._on_button_box_rejected)

    # -- the resource (hooks for subclasses that edit something other than the Account) ------

    def values_of(self, value: Any) -> dict[str, str]:
        """The text of every key of :attr:`FIELDS` in a version of the resource (an Account here)."""
        return value.editable_values()

    def _request(self, changes: dict[str, str], etag: str | None) -> Callable[[], Versioned[Any]]:
        """The work of one Save (built on the GUI thread, run on a worker): ``PUT`` the changes."""
        client = self._client

        def save_account() -> Versioned[Any]:
            return client.update_account(changes, etag)

        return save_account

    def _fetch(self) -> Versioned[Any]:
        """Load the current version (on a worker), after a 412 whose body had none."""
        return self._client.get_account()

    def _conflict_version(self, error: Conflict) -> Versioned[Any] | None:
        """The server's current version carried by a 412, or ``None`` when the body has none."""
        if error.current is None or error.current_etag is None:
            return None
        return Versioned(error.current, error.current_etag)

    # -- state -------------------------------------------------------------------------------

    def field_edit(self, key: str) -> QLineEdit:
        """The line edit of a dotted key (``contact.email``).

        Raises:
            KeyError: the dialog does not edit that key.
        """
        return self._by_key[key].edit

    def field_error(self, key: str) -> str:
        """The message shown under a field, ``""`` when it is fine.

        Raises:
            KeyError: the dialog does not edit that key.
        """
        return self._by_key[key].error.text()

    def message(self) -> str:
        """The message shown at the top of the dialog (``""`` when none)."""
        return self.ui.messageLabel.text() if self.ui.messageFrame.isVisibleTo(self) else ""

    @property
    def etag(self) -> str | None:
        """The ETag a Save sends in ``If-Match`` (adopted from the server after a conflict)."""
        return self._etag

    def changes(self) -> tuple[dict[str, str], dict[str, str]]:
        """Judge the fields against the values shown when the dialog opened (or after a conflict).

        Returns:
            ``(changes, errors)``: the normalised value of each valid changed key, and the
            validator's message for each invalid one. An untouched field is never an error.
        """
        changes: dict[str, str] = {}
        errors: dict[str, str] = {}
        for field in self._fields:
            text, original = field.edit.text(), self._original[field.key]
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

    def _refresh_state(self) -> None:
        changes, errors = self.changes()
        for field in self._fields:
            text = errors.get(field.key) or self._server_errors.get(field.key, "")
            show_field_error(field.edit, field.error, text)
            field.edit.setEnabled(not self._saving)
        self._save_button.setEnabled(bool(changes) and not errors and not self._saving)
        self.ui.statusLabel.setText("Saving…" if self._saving else "")
        grow_to_fit(self)

    def _show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageFrame.setVisible(bool(text))
        grow_to_fit(self)

    def _on_field_edit_text_changed(self, key: str) -> None:
        self._server_errors.pop(key, None)
        self._refresh_state()

    # -- saving ------------------------------------------------------------------------------

    def _on_button_box_accepted(self) -> None:
        self.save()

    def save(self) -> bool:
        """Send the valid changes (only the changed keys, normalised) with ``If-Match``.

        Returns:
            Whether a request was started (``False`` when nothing changed, a value is invalid
            or a save is already running).
        """
        changes, errors = self.changes()
        if self._saving or errors or not changes:
            return False
        if self._enqueue is not None and self._queue_first:
            return self._queue(changes, behind_earlier=True)
        request = self._request(changes, self._etag)
        self._saving = True
        self._refresh_state()
        self._save_job = self._ops.run(request, on_success=self._on_save_succeeded, on_failure=self._on_save_failed,
                                       owner=self, lane="save")
        return True

    def _on_save_succeeded(self, result: Versioned[Any]) -> None:
        self._save_ended()
        self._saving = False
        self.saved.emit(result)
        self.accept()

    def _on_save_failed(self, error: BaseException) -> None:
        self._save_ended()
        self._saving = False
        if self._fall_back(error):  # queued offline, or signing in again
            return
        if isinstance(error, ValidationFailed):
            keys = {field.key for field in self._fields}
            self._server_errors = {k: v for k, v in error.fields.items() if k in keys}
            others = [f"{self.TITLES.get(k) or field_title(k)}: {v}" for k, v in error.fields.items()
                      if k not in keys]
            text = "The server did not accept some values; see the messages under the fields."
            if others or not self._server_errors:
                text = "The server did not accept the change. " + ("; ".join(others) or error.message)
            self._show_message(text)
        elif isinstance(error, Conflict) and error.status == 412:
            current = self._conflict_version(error)
            if current is not None:
                self._adopt(current)
            else:
                self._show_message("The values were changed elsewhere; loading the current ones…")
                self._ops.run(self._fetch, on_success=self._adopt, on_failure=self._on_save_failed, owner=self,
                              lane="save")
        else:
            self._show_message(describe_error(error))
        self._refresh_state()
        self._focus_first_problem()

    def _adopt(self, current: Versioned[Any]) -> None:
        """Judge a 412 by the one "already applied" rule (:func:`desktop.domain.merge.three_way_merge`, as the outbox).

        The typed changes (mine) meet the server's newer version (theirs), against the values the
        dialog started from (base):

        - the server already holds every typed value: that is a save (``saved`` with the server's
          version, the dialog closes);
        - no clash: untouched fields show the server's values, typed ones stay, and the fields the
          server does not hold yet are sent once more with the new ETag (once: a busy server cannot
          make it loop);
        - a clash (a field changed on both sides to different values; a typed write-only secret,
          the SMTP password, always counts as one): the dialog shows the server's values and asks.
        """
        theirs = self.values_of(current.value)
        mine = self.changes()[0]
        merged = three_way_merge(self._original, mine, theirs, write_only=self.SECRET_KEYS)
        if merged.applied:
            self._saving = False
            self.saved.emit(current)
            self.accept()
            return
        self._started_from = current.value
        titles = {f.key: f.title for f in self._fields}
        refreshed = [f.title for f in self._fields if f.key not in mine and theirs[f.key] != self._original[f.key]]
        typed = {key: self._by_key[key].edit.text() for key in mine if key not in self.SECRET_KEYS}
        self._original = {key: theirs[key] for key in self.FIELDS}
        self._etag = current.etag
        for field in self._fields:
            if field.key not in mine:
                field.edit.setText(theirs[field.key])
        if merged.clean and not self._resent_once:
            self._resent_once = True
            if self.save():  # sends merged.to_send: the typed values the server does not hold yet
                return
        self._resent_once = False
        self._show_message(conflict_message(titles, typed, theirs, refreshed))
        self._refresh_state()

    def _focus_first_problem(self) -> None:
        for field in self._fields:
            if field.error.text():
                field.edit.setFocus()
                return

    # -- closing -----------------------------------------------------------------------------

    def _on_button_box_rejected(self) -> None:
        self.reject()

    def reject(self) -> None:
        """Close without saving; with unsaved changes, ask first (Save / Discard / Cancel).

        While a Save waits for the server, ask whether to abandon it instead
        (:meth:`~desktop.views.save_fallbacks.SaveFallbacks.ask_abandon`).
        """
        if self.save_running:
            self.ask_abandon()
            return
        changes, errors = self.changes()
        if self._saving or self._discarding or not (changes or errors):
            super().reject()
            return
        if self.question_box is None:
            self.question_box = self._make_question_box(list(changes) + list(errors), bool(errors))
        self.question_box.open()

    def _make_question_box(self, keys: list[str], invalid: bool) -> QMessageBox:
        names = ", ".join(f.title for f in self._fields if f.key in keys)
        box = unsaved_changes_box(self, f"Save your changes to {names} before closing?",
                                  "Some values are not valid yet: correct them before saving, or discard."
                                  if invalid else None)
        box.finished.connect(self._on_question_box_finished)
        return box

    def _on_question_box_finished(self, _result: int) -> None:
        box, self.question_box = self.question_box, None
        if box is None:
            return
        choice = clicked_choice(box)
        box.deleteLater()
        if choice == QMessageBox.StandardButton.Save:
            self.save()
        elif choice == QMessageBox.StandardButton.Discard:
            self._discarding = True
            super().reject()

    def done(self, result: int) -> None:
        """Close the dialog; results of requests still running are dropped from now on."""
        mark_closed(self)
        super().done(result)
