"""The shared base of the dialogs that edit a resource's fields (company, contact, SMTP details).

The dialog judges each field as the user types (:class:`~desktop.views.edit_fields.EditFields`, the
shared validators: design §1, §3), enables Save only for valid changes and saves only the changed keys,
normalised, through the :class:`~desktop.session.AccountSession` (on a worker). It shows what the session
reports without losing a typed character: the new version, field errors (422), a newer version that
changed the same fields (412, judged by the session's one merge rule), everything else. The outbox
(when the session it is given keeps one: the window's), the app's sign-in and a Save left waiting
are the :class:`~desktop.views.save_fallbacks.SaveFallbacks`' (``fallbacks``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from desktop.api import ValidationFailed, Versioned
from desktop.domain.validators import ACCOUNT_CHECKS
from desktop.ops import Ops, mark_closed
from desktop.session import AccountSession, Edit, SaveTicket
from desktop.session.results import Conflicted, Queued, QueueFailed, Rejected, Saved, SaveResult
from desktop.views.closing_question import ClosingQuestion
from desktop.views.edit_fields import AnyValidator, EditFields, refusal_message
from desktop.views.messages import describe_error, grow_to_fit, style_notice
from desktop.views.save_fallbacks import SaveFallbacks, SignIn
from desktop.views.window_fit import fit_on_show


class EditDialog(QDialog):
    """A dialog that edits some fields of a resource (the account by default) and saves them with a ``PUT``.

    Subclasses set :attr:`FORM` and :attr:`FIELDS`; the form must have, for each prefix, the widgets
    of :class:`~desktop.views.edit_fields.EditFields`, plus ``messageFrame``, ``messageLabel``,
    ``statusLabel`` and a ``buttonBox`` with Save and Cancel.

    Signals:
        saved(object): the new ``Versioned`` resource after a successful save (then the dialog
            is accepted).
        queued(int): the outbox entry id after the changes were saved on this computer to be
            sent later (then the dialog is accepted; :attr:`queued_result` says more): only when the
            session keeps an outbox.

    Attributes:
        closing: the :class:`~desktop.views.closing_question.ClosingQuestion` (unsaved changes).
        fallbacks: the :class:`~desktop.views.save_fallbacks.SaveFallbacks` (outbox, sign-in, abandon).
        queued_result: the :class:`~desktop.session.Queued` of the last save that waits in the outbox.
        session: the session the dialog saves through.

    Args:
        ops: the application's background runner.
        session: the session the dialog saves through (the window's: with the profile's outbox
            when it keeps one, for a Save that cannot reach the server).
        current: the resource as shown, with its ETag; the fields start with its values.
        parent: the parent window.
        validators: the validator of each dotted key (default: :meth:`default_validators`, the shared
            checkers, whose notices of what they changed show at the fields); a key without one is
            sent as typed and judged by the server alone.
    """

    saved = Signal(object)
    queued = Signal(int)

    #: key (dotted for the Account) -> widget-name prefix in the form; set by each subclass.
    FIELDS: dict[str, str] = {}
    #: key -> how messages name the field, where that differs from its label.
    TITLES: dict[str, str] = {}
    #: keys whose typed values are never repeated in a message (e.g. a password).
    SECRET_KEYS: frozenset[str] = frozenset()

    #: The resource the dialog edits (``"account"`` or ``"smtp"``, see desktop.store.resources).
    RESOURCE = "account"
    #: The compiled form class (``Ui_…``); set by each subclass.
    FORM: type
    #: The validators used when none are passed; the SMTP dialog has its own.
    VALIDATORS: Mapping[str, AnyValidator] = ACCOUNT_CHECKS

    def __init__(self, ops: Ops, session: AccountSession, current: Versioned[Any],
                 parent: QWidget | None = None, *, validators: Mapping[str, AnyValidator] | None = None) -> None:
        super().__init__(parent)
        self.ui = self.FORM()
        self.ui.setupUi(self)
        fit_on_show(self)  # never larger than the screen it opens on (issue 12)
        self._ops = ops
        self.session = session
        self.fallbacks = SaveFallbacks(self, ops)
        self.queued_result: Queued | None = None
        self._etag = current.etag
        self._started_from = current.value
        self._server_errors: dict[str, str] = {}
        self._saving = False
        self._discarding = False
        self.closing = ClosingQuestion(self, self.save, self.close_abandoned)
        self.form_fields = EditFields(self.ui, self.FIELDS, self._titles(),
                                      self.default_validators(current.value) if validators is None else validators,
                                      self.SECRET_KEYS)
        self._fields = self.form_fields.fields
        self.form_fields.start_from(self.values_of(current.value))
        self._save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        style_notice(self.ui.messageFrame)
        self.ui.messageFrame.hide()
        for field in self._fields:
            field.edit.setAccessibleName(field.title)
        self._connect_signals()
        self.resize(self.minimumWidth(), 0)
        self._refresh_state()
        if self._fields:
            self._fields[0].edit.setFocus()

    def _titles(self) -> dict[str, str]:
        """How messages name the fields whose label says it otherwise (:attr:`TITLES`), in the app's language."""
        return {key: self.tr(title) for key, title in self.TITLES.items()}

    def _connect_signals(self) -> None:
        for field in self._fields:
            field.edit.textChanged.connect(lambda _text, key=field.key: self._on_field_edit_text_changed(key))
            field.edit.editingFinished.connect(lambda key=field.key: self._on_field_edit_editing_finished(key))
        self.ui.buttonBox.accepted.connect(self._on_button_box_accepted)
        self.ui.buttonBox.rejected.connect(self._on_button_box_rejected)

    def default_validators(self, value: Any) -> Mapping[str, AnyValidator]:
        """The validators when none are passed: :attr:`VALIDATORS` (the company dialog's depend on the account)."""
        return self.VALIDATORS

    def values_of(self, value: Any) -> dict[str, str]:
        """The text of every key of :attr:`FIELDS` in a version of the resource (an Account here)."""
        return value.editable_values()

    def set_sign_in(self, sign_in: SignIn | None) -> None:
        """Let a Save refused with 401 open the app's sign-in over the dialog, then save again."""
        self.fallbacks.set_sign_in(sign_in)

    def pending_edit(self) -> Edit:
        """The valid changes as the edit a Save sends, with the state the dialog started from and its ETag."""
        return Edit(self.RESOURCE, self.changes()[0], self.values_of(self._started_from), self._etag,
                    self.SECRET_KEYS)

    def field_edit(self, key: str) -> QLineEdit:
        """The line edit of a dotted key (``contact.email``); ``KeyError`` when the dialog does not edit it."""
        return self.form_fields.field(key).edit

    def field_error(self, key: str) -> str:
        """The error shown under a field, ``""`` when it is fine; ``KeyError`` when the dialog does not edit it."""
        self.form_fields.field(key)
        return self.form_fields.errors.get(key, "")

    def field_notice(self, key: str) -> str:
        """What a field's message says was changed in its valid value (``""``: nothing); ``KeyError`` likewise."""
        self.form_fields.field(key)
        return self.form_fields.notices.get(key, "")

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
        return self.form_fields.judge()

    def _refresh_state(self) -> None:
        changes, errors = self.changes()
        self.form_fields.show({**self._server_errors, **errors}, enabled=not self._saving)
        self._save_button.setEnabled(bool(changes) and not errors and not self._saving)
        self.ui.statusLabel.setText("Saving…" if self._saving else "")
        grow_to_fit(self)

    def show_message(self, text: str) -> None:
        """Show a message at the top of the dialog (``""`` hides it)."""
        self.ui.messageLabel.setText(text)
        self.ui.messageFrame.setVisible(bool(text))
        grow_to_fit(self)

    def show_problems(self, fields: dict[str, str]) -> None:
        """Show the server's (or the outbox's) messages under their fields, then focus the first problem."""
        self._server_errors.update({key: text for key, text in fields.items() if key in self.form_fields})
        self._refresh_state()
        self.form_fields.focus_first_problem()

    def field_titles(self, keys: list[str]) -> list[str]:
        """How the fields of ``keys`` are named, in the form's order."""
        return self.form_fields.titles(keys)

    def secret_undo(self, titles: list[str]) -> str:
        """How the user takes a secret out of the changes, for a message (``empty “Password”``)."""
        quoted = [f"“{title}”" for title in titles]
        fields = quoted[0] if len(quoted) == 1 else self.tr("{fields} and {last}").format(
            fields=", ".join(quoted[:-1]), last=quoted[-1])
        return self.tr("empty {fields}").format(fields=fields)

    def set_saving(self, saving: bool, status: str = "") -> None:
        """Lock or unlock the form while something is saved; ``status`` replaces the "Saving…" line."""
        self._saving = saving
        self._refresh_state()
        if status:
            self.ui.statusLabel.setText(status)

    def _on_field_edit_text_changed(self, key: str) -> None:
        self.form_fields.edited(key)
        self._server_errors.pop(key, None)
        self._refresh_state()

    def _on_field_edit_editing_finished(self, key: str) -> None:
        """The user left a field: show the form its value is saved in (the message says what was changed)."""
        # a field also finishes when a closed dialog is destroyed: then there is nothing to show
        if shiboken6.isValid(self) and not self._saving and self.isVisible():
            self.form_fields.show_saved_form([key])

    # -- saving ------------------------------------------------------------------------------

    def _on_button_box_accepted(self) -> None:
        self.save()

    def save(self) -> bool:
        """Save the valid changes (only the changed keys, normalised) through the session, on a worker.

        Returns:
            Whether a save was started (``False`` when nothing changed, a value is invalid or a
            save is already running).
        """
        if self._saving:
            return False
        self.form_fields.show_saved_form()  # the fields show what is saved, their messages what was changed
        changes, errors = self.changes()
        if errors or not changes:
            return False
        session, edit, ticket = self.session, self.pending_edit(), SaveTicket()

        def save_edit() -> SaveResult:
            return session.save(edit, ticket=ticket)

        self.set_saving(True)
        job = self._ops.run(save_edit, on_success=self._on_save_succeeded, on_failure=self._on_save_failed,
                            owner=self, lane="save")
        self.fallbacks.save_started(job, ticket)
        return True

    def _on_save_succeeded(self, result: SaveResult) -> None:
        self.fallbacks.save_ended()
        self._saving = False
        if isinstance(result, Saved):
            self.saved.emit(result.current)
            self.accept()
        elif isinstance(result, Queued):
            self.close_queued(result)
        elif isinstance(result, Rejected):
            self.fallbacks.refuse_secret(result)
        elif isinstance(result, Conflicted):
            self._adopt(result.current)

    def _on_save_failed(self, error: BaseException) -> None:
        self.fallbacks.save_ended()
        self._saving = False
        if self.fallbacks.sign_in_again(error):
            return
        if isinstance(error, ValidationFailed):
            self._server_errors = {k: v for k, v in error.fields.items() if k in self.form_fields}
            self.show_message(refusal_message(error, self.form_fields, self._titles()))
        elif isinstance(error, QueueFailed):  # the server could not be reached, and the outbox refused it
            self.fallbacks.queue_failed(error)
            return
        else:
            self.show_message(describe_error(error))
        self._refresh_state()
        self.form_fields.focus_first_problem()

    def _adopt(self, current: Versioned[Any]) -> None:
        """Show the server's newer version after a conflict the session could not merge (its one rule).

        Untouched fields show the server's values, typed ones stay (a typed write-only secret, the
        SMTP password, always counts as a clash), the next Save starts from this version and its
        ETag, and the message names what changed on both sides.
        """
        self._started_from, self._etag = current.value, current.etag
        self.show_message(self.form_fields.adopt(self.values_of(current.value), self.changes()[0], self.SECRET_KEYS))
        self._refresh_state()

    def close_queued(self, queued: Queued) -> None:
        """The edit waits in the outbox: emit ``queued`` and close."""
        self._saving = False
        self.queued_result = queued
        self.queued.emit(queued.entry_id)
        self.accept()

    # -- closing -----------------------------------------------------------------------------

    def _on_button_box_rejected(self) -> None:
        self.reject()

    def reject(self) -> None:
        """Close without saving; with unsaved changes, ask first (Save / Discard / Cancel).

        While a Save waits for the server, ask whether to abandon it instead
        (:meth:`~desktop.views.save_fallbacks.SaveFallbacks.ask_abandon`).
        """
        if self.fallbacks.save_running:
            self.fallbacks.ask_abandon()
            return
        changes, errors = self.changes()
        if self._saving or self._discarding or not (changes or errors):
            super().reject()
            return
        self.closing.ask(self.form_fields.titles(list(changes) + list(errors)), invalid=bool(errors))

    def close_abandoned(self) -> None:
        """Close without saving or asking (the user discarded the changes, or abandoned a waiting Save)."""
        self._discarding = True
        self.reject()

    def queue_on_quit(self) -> bool:
        """The app is quitting: put a Save still waiting in the outbox (see :meth:`SaveFallbacks.queue_on_quit`)."""
        return self.fallbacks.queue_on_quit()

    def done(self, result: int) -> None:
        """Close the dialog; results of requests still running are dropped from now on."""
        mark_closed(self)
        super().done(result)
