"""Add or edit a profile: its name, the account API's address and the e-mail to sign in with (design §4).

Each field is judged as the user types, with the store's own rules (:mod:`desktop.store.profiles`):
the address is normalised with :func:`~desktop.store.profiles.normalise_base_url` and the form
shows what will be saved (``app.example.com`` → ``https://app.example.com/api/cp/``); plain
``http://`` to a host that is not loopback is a warning, not a refusal (:attr:`Profile.insecure`).
Save is enabled only when every value is valid and something changed; the store judges again on
Save and a :class:`~desktop.store.ProfileError` lands at its ``field``. ``profiles.json`` is
written on a worker (``Ops``' ``"disk"`` lane, under the store's cross-process lock); meanwhile the
fields are read-only and Save is disabled, and a failed write is shown in the form with everything
typed still there.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QMessageBox, QWidget

from desktop.domain.errors import FieldError
from desktop.domain.validators import check_email_address, validate_email_address
from desktop.forms.ui_profile_edit_dialog import Ui_ProfileEditDialog
from desktop.ops import Ops
from desktop.store import FileBusy, Profile, ProfileError, Profiles, normalise_base_url
from desktop.store.profiles import MAX_NAME
from desktop.views.field_notices import error_message, notice_message
from desktop.views.messages import clicked_choice, grow_to_fit, show_field_error, style_notice, unsaved_changes_box
from desktop.views.window_fit import fit_on_show

FIELDS = ("name", "base_url", "email")
TITLES = {"name": QT_TRANSLATE_NOOP("ProfileEditDialog", "Name"),
          "base_url": QT_TRANSLATE_NOOP("ProfileEditDialog", "Server address"),
          "email": QT_TRANSLATE_NOOP("ProfileEditDialog", "E-mail")}
INSECURE = QT_TRANSLATE_NOOP("ProfileEditDialog", "Warning: plain http:// is not encrypted: your sign-in and the "
                             "account's details can be read on the way. Use https:// unless this server is on a "
                             "network you trust.")


class ProfileEditDialog(QDialog):
    """The Add Profile / Edit Profile form.

    Args:
        profiles: the saved profiles (the new or changed profile is written there on Save).
        profile: the profile to edit, or ``None`` to add one. The sandbox keeps its name and
            address: only its e-mail can change.
        parent: the parent window.
        lock_address: keep the address and e-mail as they are (e.g. for the profile open now,
            whose signed-in session belongs to that server and user); only the name can change.
        ops: the application's background runner, which writes ``profiles.json`` (keyword-only, required).

    Signals:
        saved(object): the saved :class:`~desktop.store.Profile`; the dialog is accepted just after.

    Attributes:
        question_box: the open "Save / Discard / Cancel" question about unsaved changes, or ``None``.
    """

    saved = Signal(object)

    def __init__(self, profiles: Profiles, profile: Profile | None = None, parent: QWidget | None = None, *,
                 lock_address: bool = False, ops: Ops) -> None:
        super().__init__(parent)
        self._ops = ops
        self._saving = False
        self.ui = Ui_ProfileEditDialog()
        self.ui.setupUi(self)
        fit_on_show(self)  # never larger than the screen it opens on (issue 12)
        self._profiles = profiles
        self._profile = profile
        self._others = [p for p in profiles.list() if profile is None or p.id != profile.id]
        self._sandbox = profile is not None and profile.is_sandbox
        self._locked = {"base_url", "email"} if lock_address and not self._sandbox else set()
        if self._sandbox:
            self._locked = {"name", "base_url"}
        self._edits = {"name": self.ui.nameEdit, "base_url": self.ui.urlEdit, "email": self.ui.emailEdit}
        self._labels = {"name": self.ui.nameError, "base_url": self.ui.urlError, "email": self.ui.emailError}
        self._original = {"name": profile.name, "base_url": profile.base_url or "",
                          "email": profile.email} if profile else dict.fromkeys(FIELDS, "")
        self._touched: set[str] = set()
        self._save_errors: dict[str, str] = {}
        self._closing = False
        self._save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.question_box: QMessageBox | None = None
        self.setWindowTitle("Edit Profile" if profile else "Add Profile")
        style_notice(self.ui.messageFrame)
        self.ui.messageFrame.hide()
        for key, edit in self._edits.items():
            edit.setText(self._original[key])
            edit.setEnabled(key not in self._locked)
        if self._sandbox:
            self.ui.urlEdit.setPlaceholderText("Built-in account service on this computer")
        self._connect_signals()
        self.resize(self.minimumWidth(), 0)
        self._refresh_state()
        next(edit for key, edit in self._edits.items() if key not in self._locked).setFocus()

    def _connect_signals(self) -> None:
        for key, edit in self._edits.items():
            edit.textEdited.connect(lambda _text, key=key: self._on_field_edit_text_edited(key))
        self.ui.buttonBox.accepted.connect(self._on_button_box_accepted)
        self.ui.buttonBox.rejected.connect(self._on_button_box_rejected)

    # -- judging -------------------------------------------------------------------------------

    def field_edit(self, field: str) -> QLineEdit:
        """The line edit of ``name``, ``base_url`` or ``email`` (the names of :attr:`ProfileError.field`)."""
        return self._edits[field]

    def field_error(self, field: str) -> str:
        """The error shown at a field (``""`` when it is fine; a note of what is changed is no error)."""
        label = self._labels[field]
        return label.text() if label.isVisibleTo(self) and self._edits[field].actions() else ""

    def saved_url(self) -> str:
        """The normalised address shown under the address field (``""`` while it is not valid)."""
        return self.ui.urlHint.property("saved_url") or ""

    def warning(self) -> str:
        """The warning shown under the address (plain ``http://`` to a remote host), ``""`` when none."""
        return self.ui.urlWarning.text() if self.ui.urlWarning.isVisibleTo(self) else ""

    def judge(self) -> tuple[dict[str, str], dict[str, str]]:
        """Judge every field as the store will.

        Returns:
            ``(values, errors)``: each field's value as it would be saved, and a message for each
            field that cannot be saved (also for fields the user has not touched yet).
        """
        values: dict[str, str] = {}
        errors: dict[str, str] = {}
        name = " ".join(self.ui.nameEdit.text().split())
        values["name"] = name
        if not name:
            errors["name"] = self.tr("Enter a name for this profile, e.g. Northwind production.")
        elif len(name) > MAX_NAME:
            errors["name"] = self.tr("Use at most {count} characters.").format(count=MAX_NAME)
        elif any(other.name.casefold() == name.casefold() for other in self._others):
            errors["name"] = self.tr("A profile called {name} already exists; choose another name.").format(name=name)
        values["base_url"] = ""
        if not self._sandbox:
            try:
                values["base_url"] = normalise_base_url(self.ui.urlEdit.text())
            except ProfileError as error:
                errors["base_url"] = error.message
        values["email"] = ""
        if self.ui.emailEdit.text().strip():
            try:
                values["email"] = validate_email_address(self.ui.emailEdit.text())
            except FieldError as error:
                errors["email"] = error_message(error)
        return values, errors

    def changes(self) -> dict[str, str]:
        """The fields whose value to save differs from the profile's (every filled field when adding)."""
        values, _errors = self.judge()
        return {key: value for key, value in values.items()
                if key not in self._locked and value != self._original[key]}

    def _email_notice(self) -> str:
        """What the store will change in the typed e-mail (``Saved as dana@example.com. …``), ``""`` for nothing."""
        try:
            typed = self.ui.emailEdit.text()
            return notice_message(typed, check_email_address(typed, required=False))
        except FieldError:
            return ""

    def _refresh_state(self) -> None:
        values, errors = self.judge()
        for key, label in self._labels.items():
            text = self._save_errors.get(key) or (errors.get(key, "") if key in self._touched else "")
            notice = "" if text or key != "email" else self._email_notice()
            show_field_error(self._edits[key], label, text, notice=notice)
        url = values["base_url"] if "base_url" not in errors else ""
        self.ui.urlHint.setProperty("saved_url", url)
        if self._sandbox:
            hint = self.tr("The sandbox always uses the built-in account service on this computer.")
        elif "base_url" in self._locked:
            hint = self.tr("Saved as {address}. This profile is open now: close it to change its address or "
                           "e-mail.").format(address=url)
        else:
            hint = self.tr("Saved as {address}").format(address=url) if url else ""
        self.ui.urlHint.setText(hint)
        self.ui.urlHint.setVisible(bool(hint))
        insecure = bool(url) and Profile("new", "new", url).insecure
        self.ui.urlWarning.setText(self.tr(INSECURE) if insecure else "")
        self.ui.urlWarning.setVisible(insecure)
        problems = set(errors) | set(self._save_errors)
        self._save_button.setEnabled(not problems and bool(self.changes()) and not self._saving)
        grow_to_fit(self)

    def _on_field_edit_text_edited(self, key: str) -> None:
        self._touched.add(key)
        self._save_errors.pop(key, None)
        self._refresh_state()

    # -- saving and closing --------------------------------------------------------------------

    def _on_button_box_accepted(self) -> None:
        self.save()

    def save(self) -> bool:
        """Start writing the profile to ``profiles.json`` on a worker; returns whether the write started.

        When it is written, ``saved`` is emitted and the dialog is accepted; when it fails, the
        reason is shown (at the field for a value the store refuses) and the form stays open.
        """
        if self._saving or not self._save_button.isEnabled():
            return False
        values, _errors = self.judge()
        profiles, profile_id = self._profiles, self._profile.id if self._profile is not None else None
        changed = {key: values[key] for key in FIELDS if key not in self._locked}

        def write_profile() -> Profile:
            if profile_id is None:
                return profiles.add(values["name"], values["base_url"], values["email"])
            return profiles.edit(profile_id, **changed)

        self._set_saving(True)
        self._ops.run(write_profile, on_success=self._on_written, on_failure=self._on_write_failed, owner=self,
                      lane="disk")
        return True

    def saving(self) -> bool:
        """Whether the profile is being written now."""
        return self._saving

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        for edit in self._edits.values():
            edit.setReadOnly(saving)
        self._refresh_state()

    def _on_written(self, profile: Profile) -> None:
        self._set_saving(False)
        self._closing = True
        self.saved.emit(profile)
        self.accept()

    def _on_write_failed(self, error: BaseException) -> None:
        self._set_saving(False)
        if isinstance(error, ProfileError):
            self._save_errors[error.field] = error.message
            self._touched.add(error.field)
            self._refresh_state()
            self._edits.get(error.field, self.ui.nameEdit).setFocus()
        elif isinstance(error, KeyError):
            self._show_message(self.tr("This profile was removed meanwhile (in another window); close this one."))
        elif isinstance(error, FileBusy):
            self._show_message(self.tr("The profile was not saved: {reason}").format(reason=error))
        elif isinstance(error, OSError):
            self._show_message(self.tr("The profiles could not be saved in {path}: {reason}. Check that the folder "
                                       "can be written to.").format(path=self._profiles.path,
                                                                    reason=error.strerror or error))
        else:
            self._show_message(self.tr("The profile was not saved: {reason}").format(reason=error))

    def _show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageFrame.setVisible(bool(text))
        grow_to_fit(self)

    def _on_button_box_rejected(self) -> None:
        self.reject()

    def reject(self) -> None:
        """Close without saving; with unsaved changes, ask first (Save / Discard / Cancel).

        While the profile is being written, nothing happens: the form closes when the write succeeds.
        """
        if self._saving:
            return
        if self._closing or not self.unsaved():
            super().reject()
            return
        if self.question_box is None:
            self.question_box = self._make_question_box()
        self.question_box.open()

    def unsaved(self) -> bool:
        """Whether closing would lose something typed: a change to save, or a typed value not valid yet."""
        _values, errors = self.judge()
        typed = {key for key, edit in self._edits.items()
                 if key not in self._locked and edit.text() != self._original[key]}
        return bool(self.changes()) or bool(typed & set(errors))

    def _make_question_box(self) -> QMessageBox:
        _values, errors = self.judge()
        names = ", ".join(self.tr(TITLES[key]) for key in errors)
        box = unsaved_changes_box(self, self.tr("Save this profile before closing?"),
                                  self.tr("Some values are not valid yet ({fields}): correct them before saving, or "
                                          "discard.").format(fields=names) if errors else None)
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
            self._closing = True
            super().reject()
