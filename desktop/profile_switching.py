"""Moving between profiles and signing out: the part of :class:`desktop.launcher.Launcher` after start-up.

File > Profiles… and File > Sign Out first close the main window (which may ask about unsaved
edits); only once it has closed does the launcher open the other profile, or forget the refresh
token and ask for a sign-in (design §4). A profile another process has open is brought to the
front there instead (:mod:`desktop.instance`).

Sign Out (issue 8, point 8) revokes the refresh token on the server (``POST auth/jwt/revoke``) and
deletes it from the keychain, both on workers. The sign-in dialog shows once the keychain has
answered (or its deadline passed); what could not be done is added to its notice: a server without
revoke ("signing out was local only"), or a keychain that could not delete the token (the Sign
Out is then remembered and completed before the next read of a token).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import Qt

from desktop.credentials import NOT_REMOVED
from desktop.instance import SingleInstance, request_raise
from desktop.instance_lock import LockHolder
from desktop.store import Profile

log = logging.getLogger("desktop")


@dataclass
class NextStep:
    """What to do once the window has closed: open another profile, or sign out."""

    kind: str  # "switch" or "sign_out"
    profile: Profile | None = None
    instance: SingleInstance | None = None


class ProfileSwitching:
    """Mixin of :class:`desktop.launcher.Launcher`: the Profiles window, switching profiles, signing out.

    It uses the launcher's ``window``, ``session``, ``profiles``, ``credentials``, ``ops``,
    ``instance``, ``one_per_profile``, ``profiles_dialog`` and ``sign_in_dialog`` attributes and its
    ``open_profile``, ``bring_to_front``, ``_show_sign_in`` and ``_finish`` methods.

    Attributes:
        sign_out_notes: what the server's answer to a Sign Out added before the sign-in dialog showed.
    """

    sign_out_notes: tuple[str, ...] = ()

    def show_profiles(self) -> None:
        """Open the Profiles window: over the main window (window-modal), or on its own when none is open."""
        from desktop.views.profiles_dialog import ProfilesDialog

        if self.profiles_dialog is not None:
            self.profiles_dialog.raise_()
            self.profiles_dialog.activateWindow()
            return
        parent = self.window
        in_use = self.session.profile.id if parent is not None and self.session and self.session.profile else None
        dialog = ProfilesDialog(self.profiles, self.credentials.existing_store, parent, ops=self.ops, in_use=in_use)
        dialog.finished.connect(lambda _result: self._on_profiles_dialog_finished(dialog))
        self.profiles_dialog = dialog
        if parent is not None:
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.open()
        else:
            dialog.show()

    def _on_profiles_dialog_finished(self, dialog) -> None:
        self.profiles_dialog = None
        chosen = dialog.chosen_profile
        dialog.deleteLater()
        if chosen is not None:
            self.switch_to(chosen)
        elif self.window is None and self.sign_in_dialog is None:
            self._finish()  # the chooser shown after a cancelled sign-in was closed too

    def switch_to(self, profile: Profile) -> None:
        """Open another profile in this process: close the window (it may ask first), then open the profile's.

        When another process has that profile open, it is brought to the front and this window stays.
        """
        current = self.session.profile if self.window is not None and self.session else None
        if current is not None and current.id == profile.id:
            self.bring_to_front()
            return
        instance = None
        if self.instance is not None and self.instance.profile_id == profile.id:
            instance = self.instance  # back to the profile this process holds (after a cancelled sign-in)
        elif self.one_per_profile:
            instance = SingleInstance(profile.id, self)
            if not instance.try_claim():
                holder = instance.holder_elsewhere()  # another computer's lock on a shared data folder
                if holder is None or not self._take_over(profile, instance, holder):
                    instance.deleteLater()
                    if holder is None:
                        self._open_elsewhere(profile, current)
                    return
        if self.window is None:
            self._switch_now(profile, instance)
            return
        self._next = NextStep("switch", profile, instance)
        if not self.window.close() and instance not in (None, self.instance) and self._next is not None:
            instance.release()  # kept open for now; the profile is claimed again if it closes later
            instance.deleteLater()
            self._next = NextStep("switch", profile, None)

    def _take_over(self, profile: Profile, instance: SingleInstance, holder: LockHolder) -> bool:
        """Ask whether to take over a profile another computer seems to hold; whether this process holds it now."""
        from desktop.instance_startup import ask_take_over

        taken = ask_take_over(instance, profile.name, holder, parent=self.window)
        if taken is None and self.window is not None:
            self.window.statusBar().showMessage(
                f"{profile.name} is still open on {holder.host or 'another computer'}: close it there first.", 10_000)
        return bool(taken)

    def _open_elsewhere(self, profile: Profile, current: Profile | None) -> None:
        if current is not None:
            profiles = self.profiles

            def record_current_as_last_used() -> None:
                profiles.set_last_used(current.id)  # this window still shows the current profile

            self.ops.run(record_current_as_last_used, lane="disk",
                         on_failure=lambda error: log.warning("Could not record the last used profile: %s", error))
        def raise_other_instance() -> bool | None:
            return request_raise(profile.id)

        self.ops.run(raise_other_instance, on_success=lambda answered: self._on_raised_elsewhere(profile, answered))

    def _on_raised_elsewhere(self, profile: Profile, answered: bool | None) -> None:
        text = (f"{profile.name} is open in another window; brought it to the front." if answered else
                f"{profile.name} is open in another window, which does not answer.")
        if self.window is not None:
            self.window.statusBar().showMessage(text, 10_000)
        else:
            print(text)
            self._finish()

    def _switch_now(self, profile: Profile, instance: SingleInstance | None) -> None:
        if self.one_per_profile:
            if instance is None:
                instance = SingleInstance(profile.id, self)
                if not instance.try_claim():  # taken by another start meanwhile
                    instance.deleteLater()
                    self._open_elsewhere(profile, None)
                    return
            if instance is not self.instance:
                if self.instance is not None:
                    self.instance.release()
                    self.instance.deleteLater()
                self._adopt_instance(instance)
        self.session = None
        log.info("switching to profile %s", profile.id)
        self.open_profile(profile)

    def _adopt_instance(self, instance: SingleInstance) -> None:
        self.instance = instance
        instance.raise_requested.connect(self.bring_to_front)

    def sign_out(self) -> None:
        """File > Sign Out: close the window (it may ask first), then forget the token and ask for a sign-in."""
        session = self.session
        if self.window is None or session is None or session.profile is None or session.profile.is_sandbox:
            return
        self._next = NextStep("sign_out")
        self.window.close()

    def _sign_out_now(self) -> None:
        profile = self.profile
        old_client = self.session.client if self.session else None
        self.sign_out_notes = ()
        log.info("signing out of profile %s", profile.id)
        if old_client is not None:
            self.credentials.revoke(old_client, lambda text: self._after_revoke(profile, text))
        self.credentials.forget(profile, lambda removed: self._after_sign_out(profile, removed))

    def _after_revoke(self, profile: Profile, text: str) -> None:
        """The server answered the revoke: add what went wrong, if anything, where the user looks."""
        if not text:
            return
        dialog = self.sign_in_dialog
        if dialog is not None and self.profile is not None and self.profile.id == profile.id:
            dialog.set_notice(" ".join(filter(None, (dialog.notice(), text))))
        elif self.window is not None:
            self.window.statusBar().showMessage(text, 30_000)
        else:
            self.sign_out_notes = (*self.sign_out_notes, text)  # the dialog is not shown yet

    def _after_sign_out(self, profile: Profile, removed: bool) -> None:
        notes = [f"Signed out of {profile.name}.", *self.sign_out_notes]
        self.sign_out_notes = ()
        if not removed:
            notes.append(NOT_REMOVED)
        client = self.credentials.new_client(profile)
        self._opening = {"profile": profile, "client": client, "store": self._stores.get(profile.id)}
        self._show_sign_in(profile, client, " ".join(notes))
