"""The Profiles window: the account servers the user works with, and which one to open (design §4).

The sandbox is listed first, always there, marked as built in and never removable; the profile
used last is marked and selected. Add and Edit open
:class:`~desktop.views.profile_edit_dialog.ProfileEditDialog`; Remove asks first, signs the profile
out (its refresh token leaves the keychain) and, if ticked, deletes its offline data
(:class:`~desktop.views.profile_removal.ProfileRemoval`); Open records
the last used profile and accepts with :attr:`ProfilesDialog.chosen_profile`. ``profiles.json`` is
read on the GUI thread (a small local file, replaced atomically, read without a lock) and written
through ``Ops``' ``"disk"`` lane (under the store's cross-process lock), as are the keychain and
database clean-up.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QTreeWidgetItem, QWidget

from desktop.forms.ui_profiles_dialog import Ui_ProfilesDialog
from desktop.ops import Ops, mark_closed
from desktop.store import Profile, Profiles, TokenStore
from desktop.views.field_notices import translated
from desktop.views.messages import describe_error, style_notice
from desktop.views.profile_edit_dialog import ProfileEditDialog
from desktop.views.profile_removal import KEYCHAIN_SIGN_OUT_PENDING, ProfileRemoval
from desktop.views.window_fit import fit_on_show

log = logging.getLogger(__name__)

SANDBOX_SERVER = QT_TRANSLATE_NOOP("ProfilesDialog", "Built-in sandbox (this computer)")
PROFILE_ROLE = Qt.ItemDataRole.UserRole


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + "."


class ProfilesDialog(QDialog):
    """Choose, add, edit and remove profiles.

    Args:
        profiles: the saved profiles.
        token_store: the refresh tokens; a removed profile (or one whose address or e-mail
            changes) is signed out there. ``None``: tokens are left alone.
        parent: the parent window (``None`` at start-up).
        ops: the application's background runner (keyword-only, required).
        in_use: the id of the profile open in the main window: it cannot be removed, and its
            address and e-mail cannot change while it is open.

    Signals:
        profile_chosen(object): the :class:`~desktop.store.Profile` the user opened; the dialog is
            accepted just after and :attr:`chosen_profile` holds it.
        changed(): a profile was added, edited or removed.

    Attributes:
        chosen_profile: the profile opened, or ``None``.
        edit_dialog: the Add/Edit form while it is open, or ``None``.
        question_box: the open "Remove profile?" question, or ``None``.
    """

    profile_chosen = Signal(object)
    changed = Signal()

    def __init__(self, profiles: Profiles, token_store: TokenStore | None = None, parent: QWidget | None = None,
                 *, ops: Ops, in_use: str | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProfilesDialog()
        self.ui.setupUi(self)
        fit_on_show(self)  # never larger than the screen it opens on (issue 12)
        self._profiles = profiles
        self._tokens = token_store
        self._ops = ops
        self._in_use = in_use
        self._shown: list[Profile] = []
        self._opening = False
        self.chosen_profile: Profile | None = None
        self.edit_dialog: ProfileEditDialog | None = None
        self._removal = ProfileRemoval(profiles, token_store, ops, self)
        style_notice(self.ui.messageFrame)
        self.ui.messageFrame.hide()
        header = self.ui.profilesView.header()
        header.setStretchLastSection(False)
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        keychain = token_store.message if token_store else None  # no keychain, locked, not answering
        self.ui.statusLabel.setText(translated(keychain) if keychain else "")
        self._connect_signals()
        self.reload()
        self.ui.profilesView.setFocus()

    def _connect_signals(self) -> None:
        self.ui.profilesView.itemSelectionChanged.connect(self._on_profiles_view_item_selection_changed)
        self.ui.profilesView.itemDoubleClicked.connect(self._on_profiles_view_item_double_clicked)
        self.ui.addButton.clicked.connect(self._on_add_button_clicked)
        self.ui.editButton.clicked.connect(self._on_edit_button_clicked)
        self.ui.removeButton.clicked.connect(self._on_remove_button_clicked)
        self.ui.openButton.clicked.connect(self._on_open_button_clicked)
        self.ui.buttonBox.rejected.connect(self._on_button_box_rejected)
        self._removal.removed.connect(self._on_removal_removed)
        self._removal.problem.connect(self._show_message)

    # -- the list ------------------------------------------------------------------------------

    def profiles_shown(self) -> list[Profile]:
        """The profiles listed, in order (the sandbox first)."""
        return list(self._shown)

    def selected_profile(self) -> Profile | None:
        """The selected profile, or ``None``."""
        items = self.ui.profilesView.selectedItems()
        profile_id = items[0].data(0, PROFILE_ROLE) if items else None
        return next((p for p in self._shown if p.id == profile_id), None)

    def select_profile(self, profile_id: str) -> bool:
        """Select a profile's row; returns whether it is listed."""
        item = self._item(profile_id)
        if item is not None:
            self.ui.profilesView.setCurrentItem(item)
        return item is not None

    def notes(self, profile_id: str) -> str:
        """The Notes column of a profile (e.g. ``Last used``), ``""`` when none or not listed."""
        item = self._item(profile_id)
        return item.text(3) if item is not None else ""

    def _item(self, profile_id: str) -> QTreeWidgetItem | None:
        view = self.ui.profilesView
        items = (view.topLevelItem(index) for index in range(view.topLevelItemCount()))
        return next((item for item in items if item.data(0, PROFILE_ROLE) == profile_id), None)

    def reload(self, select: str | None = None) -> None:
        """Read ``profiles.json`` again and list it; select ``select`` (default: the last used profile)."""
        self._shown = self._profiles.list()
        last = self._profiles.last_used().id
        view = self.ui.profilesView
        view.clear()
        for profile in self._shown:
            notes = [text for text, shown in ((self.tr("Last used"), profile.id == last),
                                              (self.tr("Open now"), profile.id == self._in_use),
                                              (self.tr("Not encrypted (http://)"), profile.insecure)) if shown]
            server = self.tr(SANDBOX_SERVER) if profile.is_sandbox else profile.base_url or ""
            item = QTreeWidgetItem([profile.name, server, profile.email, ", ".join(notes)])
            item.setData(0, PROFILE_ROLE, profile.id)
            if profile.is_sandbox:
                item.setToolTip(0, self.tr("The built-in account service, for trying the app out. It is always here."))
            view.addTopLevelItem(item)
        if not self.select_profile(select or last):
            self.select_profile(last)
        self._refresh_state()

    def _refresh_state(self) -> None:
        profile = self.selected_profile()
        removable = profile is not None and not profile.is_sandbox and profile.id != self._in_use
        self.ui.editButton.setEnabled(profile is not None)
        self.ui.removeButton.setEnabled(removable)
        self.ui.openButton.setEnabled(profile is not None and not self._opening)
        if profile is not None and profile.is_sandbox:
            why = self.tr("The sandbox is always here; it cannot be removed.")
        elif profile is not None and profile.id == self._in_use:
            why = self.tr("This profile is open now; open another one before removing it.")
        else:
            why = self.tr("Forget the selected profile on this computer (the account on the server is not changed).")
        self.ui.removeButton.setToolTip(why)

    @property
    def question_box(self) -> QMessageBox | None:
        """The open "Remove profile?" question, or ``None``."""
        return self._removal.question_box

    def message(self) -> str:
        """The problem shown above the list (``""`` when none)."""
        return self.ui.messageLabel.text() if self.ui.messageFrame.isVisibleTo(self) else ""

    def _show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageFrame.setVisible(bool(text))

    # -- actions -------------------------------------------------------------------------------

    def open_selected(self) -> bool:
        """Record the selected profile as the last used (on a worker), then emit ``profile_chosen`` and accept.

        Returns:
            Whether a profile was selected (it is chosen once the record is written, or could not be).
        """
        profile = self.selected_profile()
        if profile is None or self._opening:
            return False
        profiles = self._profiles

        def record_last_used() -> None:
            profiles.set_last_used(profile.id)

        self._opening = True
        self.ui.openButton.setEnabled(False)
        self._ops.run(record_last_used, owner=self, lane="disk", on_success=lambda _none: self._choose(profile),
                      on_failure=lambda error: self._on_record_failed(profile, error))
        return True

    def _on_record_failed(self, profile: Profile, error: BaseException) -> None:
        if isinstance(error, KeyError):
            self._opening = False
            self._show_message(self.tr("The profile {name} was removed meanwhile (in another window).").format(
                name=profile.name))
            self.reload()
            return
        log.warning("Could not record the last used profile: %s", error)  # the choice still stands
        self._choose(profile)

    def _choose(self, profile: Profile) -> None:
        self._opening = False
        self.chosen_profile = profile
        self.profile_chosen.emit(profile)
        self.accept()

    def add_profile(self) -> ProfileEditDialog:
        """Open the Add Profile form (window-modal) and return it."""
        return self._open_form(None)

    def edit_selected(self) -> ProfileEditDialog | None:
        """Open the Edit Profile form for the selected profile and return it (``None`` when none is selected)."""
        profile = self.selected_profile()
        return self._open_form(profile) if profile is not None else None

    def _open_form(self, profile: Profile | None) -> ProfileEditDialog:
        form = ProfileEditDialog(self._profiles, profile, self,
                                 lock_address=profile is not None and profile.id == self._in_use, ops=self._ops)
        form.saved.connect(lambda saved: self._on_edit_dialog_saved(profile, saved))
        form.finished.connect(self._on_edit_dialog_finished)
        self.edit_dialog = form
        form.open()
        return form

    def _on_edit_dialog_saved(self, before: Profile | None, after: Profile) -> None:
        self._show_message("")
        moved = before is not None and (before.base_url != after.base_url
                                        or before.email.casefold() != after.email.casefold())
        if moved and self._tokens is not None:
            tokens = self._tokens

            def delete_old_token() -> bool:
                return tokens.delete(before.id, before.email)

            self._ops.run(delete_old_token, owner=self,
                          on_success=lambda removed: self._on_sign_out_done(after, removed),
                          on_failure=lambda error: self._show_message(describe_error(error)))
        self.ui.statusLabel.setText(self.tr("Saved {name}.").format(name=after.name) + (
            " " + self.tr("Its address or e-mail changed: sign in again when you open it.") if moved else ""))
        self.reload(select=after.id)
        self.changed.emit()

    def _on_sign_out_done(self, profile: Profile, removed: bool) -> None:
        if not removed:
            self._show_message(_sentence(KEYCHAIN_SIGN_OUT_PENDING.format(
                what=f"The old sign-in token of {profile.name}")))

    def _on_edit_dialog_finished(self, _result: int) -> None:
        if self.edit_dialog is not None:
            self.edit_dialog.deleteLater()
        self.edit_dialog = None

    def remove_selected(self) -> bool:
        """Ask whether to remove the selected profile (and its offline data); returns whether it asked."""
        profile = self.selected_profile()
        if profile is None or not self.ui.removeButton.isEnabled():
            return False
        return self._removal.ask(profile)

    def _on_removal_removed(self, profile: Profile) -> None:
        self.reload()
        self.changed.emit()
        self.ui.statusLabel.setText(self.tr("Removed {name}.").format(name=profile.name))

    # -- slots ---------------------------------------------------------------------------------

    def _on_profiles_view_item_selection_changed(self) -> None:
        self._refresh_state()

    def _on_profiles_view_item_double_clicked(self, _item: QTreeWidgetItem, _column: int) -> None:
        self.open_selected()

    def _on_add_button_clicked(self) -> None:
        self.add_profile()

    def _on_edit_button_clicked(self) -> None:
        self.edit_selected()

    def _on_remove_button_clicked(self) -> None:
        self.remove_selected()

    def _on_open_button_clicked(self) -> None:
        self.open_selected()

    def _on_button_box_rejected(self) -> None:
        self.reject()

    def done(self, result: int) -> None:
        """Close the dialog; clean-up still running finishes, but is no longer reported here."""
        mark_closed(self)
        super().done(result)
