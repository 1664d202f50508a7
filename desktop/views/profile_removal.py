"""Removing a profile from the Profiles window: ask first, forget it, sign it out, delete its data if asked.

:class:`ProfileRemoval` asks "Remove the profile …?" (window-modal, with a check box to delete the
offline data too), removes the profile from ``profiles.json`` on ``Ops``' ``"disk"`` lane (under the
store's cross-process lock), then on a worker deletes its refresh token from the keychain and, if
ticked, its offline data (:func:`forget_profile`). It reports through signals; the Profiles window
(:class:`desktop.views.profiles_dialog.ProfilesDialog`) lists the profiles again and shows the problems.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from desktop.ops import Ops
from desktop.store import Profile, Profiles, TokenStore
from desktop.store.profiles import delete_profile_data

#: A Sign Out the keychain could not complete (locked, not answering): TokenStore remembers it and
#: deletes the token before any token is read again, at the latest at the next start (issue 8, point 8).
KEYCHAIN_SIGN_OUT_PENDING = ("{what} could not be removed from the keychain yet (is it locked?); the app "
                             "remembers this and removes it before it next reads a sign-in from the keychain, at "
                             "the latest when it next starts, so unlocking the keychain never signs you back in")


def forget_profile(profile: Profile, token_store: TokenStore | None, delete_data: bool) -> list[str]:
    """Sign a removed profile out and, if asked, delete its offline data (blocking: keychain and disk).

    Returns:
        Plain-language problems (empty when all went well); nothing is raised.
    """
    problems: list[str] = []
    if token_store is not None and not token_store.delete(profile.id, profile.email):
        problems.append(KEYCHAIN_SIGN_OUT_PENDING.format(what="its sign-in token"))
    if delete_data:
        try:
            delete_profile_data(profile)
        except OSError as error:
            problems.append(QCoreApplication.translate("ProfileRemoval", "its offline data could not be deleted "
                                                       "({reason})").format(reason=error.strerror or error))
    return problems


class ProfileRemoval(QObject):
    """The Remove flow of one Profiles window (GUI thread; the removal and clean-up run on workers).

    Args:
        profiles: the saved profiles.
        token_store: the refresh tokens (``None``: tokens are left alone).
        ops: the application's background runner.
        owner: the Profiles window: the question's parent and the owner of the background jobs (their
            outcomes are dropped once it has closed, :func:`desktop.ops.mark_closed`).

    Signals:
        removed(object): the :class:`~desktop.store.Profile` is gone from ``profiles.json`` (clean-up follows).
        problem(str): a sentence to show: the removal or its clean-up went wrong.

    Attributes:
        question_box: the open "Remove profile?" question, or ``None``.
    """

    removed = Signal(object)
    problem = Signal(str)

    def __init__(self, profiles: Profiles, token_store: TokenStore | None, ops: Ops, owner: QWidget) -> None:
        super().__init__(owner)
        self._profiles = profiles
        self._tokens = token_store
        self._ops = ops
        self._owner = owner
        self.question_box: QMessageBox | None = None

    def ask(self, profile: Profile) -> bool:
        """Ask whether to remove ``profile`` (and its offline data); returns whether it asked (one question at once)."""
        if self.question_box is not None:
            return False
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove Profile"),
                          self.tr("Remove the profile {name}?").format(name=profile.name),
                          QMessageBox.StandardButton.Cancel, self._owner)
        box.setInformativeText(self.tr("The app forgets {address} and signs you out of it on this computer. The "
                                       "account on the server is not changed.").format(address=profile.base_url))
        checkbox = QCheckBox(self.tr("Also &delete its offline data: the saved copy of the account and any changes "
                                     "not yet sent"), box)  # owned by the box, not by Python
        box.setCheckBox(checkbox)
        remove = box.addButton(self.tr("&Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: self._on_question_box_finished(
            profile, box.clickedButton() is remove, checkbox.isChecked()))
        self.question_box = box
        box.open()
        return True

    def _on_question_box_finished(self, profile: Profile, confirmed: bool, delete_data: bool) -> None:
        if self.question_box is not None:
            self.question_box.deleteLater()
        self.question_box = None
        if not confirmed:
            return
        profiles = self._profiles

        def remove_profile() -> bool:
            try:
                profiles.remove(profile.id)
            except KeyError:
                return False  # removed meanwhile: clean up all the same
            return True

        self._ops.run(remove_profile, owner=self._owner, lane="disk",
                      on_success=lambda _removed: self._on_removed(profile, delete_data),
                      on_failure=lambda error: self.problem.emit(
                          self.tr("The profile could not be removed: {reason}").format(reason=error)))

    def _on_removed(self, profile: Profile, delete_data: bool) -> None:
        self.removed.emit(profile)
        tokens = self._tokens

        def forget_removed_profile() -> list[str]:
            return forget_profile(profile, tokens, delete_data)

        self._ops.run(forget_removed_profile, owner=self._owner,
                      on_success=lambda problems: self._on_forget_done(profile, problems))

    def _on_forget_done(self, profile: Profile, problems: list[str]) -> None:
        if problems:
            self.problem.emit(self.tr("{name} was removed, but {problems}.").format(name=profile.name,
                                                                                     problems="; ".join(problems)))
