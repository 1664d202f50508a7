"""Moving between profiles and signing out: :class:`ProfileSwitcher`, owned by the launcher after start-up.

File > Profiles… and File > Sign Out first close the main window (which may ask about unsaved
edits); only once it has closed does the launcher open the other profile, or forget the refresh
token and ask for a sign-in (design §4). A profile another process has open is brought to the
front there instead (:mod:`desktop.shell.instance`).

Sign Out (issue 8, point 8) revokes the refresh token on the server (``POST auth/jwt/revoke``) and
deletes it from the keychain, both on workers. The sign-in dialog shows once the keychain has
answered (or its deadline passed); what could not be done is added to its notice: a server without
revoke ("signing out was local only"), or a keychain that could not delete the token (the Sign
Out is then remembered and completed before the next read of a token).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt

from desktop.ops import Ops
from desktop.shell.credentials import NOT_REMOVED, Credentials
from desktop.shell.instance import SingleInstance
from desktop.shell.instance_client import request_raise
from desktop.shell.instance_lock import LockHolder
from desktop.store import Profile, Profiles

log = logging.getLogger("desktop")


translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProfileSwitcher", text)


@dataclass
class NextStep:
    """What to do once the window has closed: open another profile, or sign out."""

    kind: str  # "switch" or "sign_out"
    profile: Profile | None = None
    instance: SingleInstance | None = None


class SwitchingHost(Protocol):
    """What :class:`ProfileSwitcher` uses of its launcher (:class:`desktop.shell.launcher.Launcher`)."""

    window: Any
    session: Any
    profile: Profile | None
    profiles: Profiles
    credentials: Credentials
    ops: Ops
    instance: SingleInstance | None
    one_per_profile: bool
    sign_in_dialog: Any

    def open_profile(self, profile: Profile) -> None:
        """Open a profile (sign in or start the sandbox, then its window)."""

    def adopt_instance(self, instance: SingleInstance) -> None:
        """Hold this claim on the open profile from now on."""

    def ask_sign_in(self, profile: Profile, notice: str = "") -> None:
        """Ask for a sign-in to the profile, with this notice."""

    def bring_to_front(self) -> None:
        """Show this process's window (or the dialog it waits on) in front."""

    def finish(self) -> None:
        """Give the profile up and quit."""


class ProfileSwitcher:
    """The Profiles window, switching profiles and signing out, for one launcher (by composition).

    It works through the launcher's public interface only (:class:`SwitchingHost`). The launcher
    hands each closed window's pending step back through :meth:`take_next_step` and :meth:`carry_out`.

    Args:
        launcher: the launcher whose window and profile this switches (also the parent of the
            :class:`~desktop.shell.instance.SingleInstance` claims made here).

    Attributes:
        profiles_dialog: the Profiles window while shown.
        sign_out_notes: what the server's answer to a Sign Out added before the sign-in dialog showed.
    """

    def __init__(self, launcher: SwitchingHost) -> None:
        self._launcher = launcher
        self.profiles_dialog = None
        self.sign_out_notes: tuple[str, ...] = ()
        self._next: NextStep | None = None

    def take_next_step(self) -> NextStep | None:
        """What to do now that the window has closed (``None``: quit); forgets it."""
        step, self._next = self._next, None
        return step

    def forget_next_step(self) -> None:
        """The user quits (title bar close button, File > Quit, ``SIGTERM``): nothing to do after the close."""
        self._next = None

    def carry_out(self, step: NextStep) -> None:
        """Do what was waiting for the window to close: open the other profile, or sign out."""
        if step.kind == "switch":
            self._switch_now(step.profile, step.instance)
        else:
            self._sign_out_now()

    def show_profiles(self) -> None:
        """Open the Profiles window: over the main window (window-modal), or on its own when none is open."""
        from desktop.views.profiles_dialog import ProfilesDialog

        if self.profiles_dialog is not None:
            self.profiles_dialog.raise_()
            self.profiles_dialog.activateWindow()
            return
        launcher = self._launcher
        parent = launcher.window
        session = launcher.session
        in_use = session.profile.id if parent is not None and session and session.profile else None
        dialog = ProfilesDialog(launcher.profiles, launcher.credentials.existing_store, parent, ops=launcher.ops,
                                in_use=in_use)
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
        elif self._launcher.window is None and self._launcher.sign_in_dialog is None:
            self._launcher.finish()  # the chooser shown after a cancelled sign-in was closed too

    def switch_to(self, profile: Profile) -> None:
        """Open another profile in this process: close the window (it may ask first), then open the profile's.

        When another process has that profile open, it is brought to the front and this window stays.
        """
        launcher = self._launcher
        current = launcher.session.profile if launcher.window is not None and launcher.session else None
        if current is not None and current.id == profile.id:
            launcher.bring_to_front()
            return
        instance = None
        if launcher.instance is not None and launcher.instance.profile_id == profile.id:
            instance = launcher.instance  # back to the profile this process holds (after a cancelled sign-in)
        elif launcher.one_per_profile:
            instance = SingleInstance(profile.id, launcher)
            if not instance.try_claim():
                holder = instance.holder_elsewhere()  # another computer's lock on a shared data folder
                if holder is None or not self._take_over(profile, instance, holder):
                    instance.deleteLater()
                    if holder is None:
                        self._open_elsewhere(profile, current)
                    return
        if launcher.window is None:
            self._switch_now(profile, instance)
            return
        self._next = NextStep("switch", profile, instance)
        if not launcher.window.close() and instance not in (None, launcher.instance) and self._next is not None:
            instance.release()  # kept open for now; the profile is claimed again if it closes later
            instance.deleteLater()
            self._next = NextStep("switch", profile, None)

    def _take_over(self, profile: Profile, instance: SingleInstance, holder: LockHolder) -> bool:
        """Ask whether to take over a profile another computer seems to hold; whether this process holds it now."""
        from desktop.shell.instance_startup import ask_take_over

        taken = ask_take_over(instance, profile.name, holder, parent=self._launcher.window)
        if taken is None and self._launcher.window is not None:
            self._launcher.window.statusBar().showMessage(translate("ProfileSwitcher", "{name} is still open on "
                                                                                       "{host}: close it there "
                                                              "first.").format(
                name=profile.name, host=holder.host or translate("ProfileSwitcher", "another computer")), 10_000)
        return bool(taken)

    def _open_elsewhere(self, profile: Profile, current: Profile | None) -> None:
        if current is not None:
            profiles = self._launcher.profiles

            def record_current_as_last_used() -> None:
                profiles.set_last_used(current.id)  # this window still shows the current profile

            self._launcher.ops.run(record_current_as_last_used, lane="disk",
                                   on_failure=lambda error: log.warning("Could not record the last used profile: %s",
                                                                        error))
        def raise_other_instance() -> bool | None:
            return request_raise(profile.id)

        self._launcher.ops.run(raise_other_instance,
                               on_success=lambda answered: self._on_raised_elsewhere(profile, answered))

    def _on_raised_elsewhere(self, profile: Profile, answered: bool | None) -> None:
        text = (translate("ProfileSwitcher", "{name} is open in another window; brought it to the front.") if answered
                else translate("ProfileSwitcher", "{name} is open in another window, which does not answer."))
        text = text.format(name=profile.name)
        if self._launcher.window is not None:
            self._launcher.window.statusBar().showMessage(text, 10_000)
        else:
            print(text)
            self._launcher.finish()

    def _switch_now(self, profile: Profile, instance: SingleInstance | None) -> None:
        if self._launcher.one_per_profile:
            if instance is None:
                instance = SingleInstance(profile.id, self._launcher)
                if not instance.try_claim():  # taken by another start meanwhile
                    instance.deleteLater()
                    self._open_elsewhere(profile, None)
                    return
            if instance is not self._launcher.instance:
                self._launcher.adopt_instance(instance)
        self._launcher.session = None
        log.info("switching to profile %s", profile.id)
        self._launcher.open_profile(profile)

    def sign_out(self) -> None:
        """File > Sign Out: close the window (it may ask first), then forget the token and ask for a sign-in."""
        window, session = self._launcher.window, self._launcher.session
        if window is None or session is None or session.profile is None or session.profile.is_sandbox:
            return
        self._next = NextStep("sign_out")
        window.close()

    def _sign_out_now(self) -> None:
        profile = self._launcher.profile
        old_client = self._launcher.session.client if self._launcher.session else None
        self.sign_out_notes = ()
        log.info("signing out of profile %s", profile.id)
        if old_client is not None:
            self._launcher.credentials.revoke(old_client, lambda text: self._after_revoke(profile, text))
        store = self._launcher.session.store if self._launcher.session else None
        if store is not None:  # a signed-out profile shows no account data before the next sign-in
            self._launcher.ops.run(store.forget_cached,
                                   on_failure=lambda error: log.error("The cache was not cleared: %s", error))
        self._launcher.credentials.forget(profile, lambda removed: self._after_sign_out(profile, removed))

    def _after_revoke(self, profile: Profile, text: str) -> None:
        """The server answered the revoke: add what went wrong, if anything, where the user looks."""
        if not text:
            return
        dialog, current = self._launcher.sign_in_dialog, self._launcher.profile
        if dialog is not None and current is not None and current.id == profile.id:
            dialog.add_notice(text)  # beside the keychain's notice, if any
        elif self._launcher.window is not None:
            self._launcher.window.statusBar().showMessage(text, 30_000)
        else:
            self.sign_out_notes = (*self.sign_out_notes, text)  # the dialog is not shown yet

    def _after_sign_out(self, profile: Profile, removed: bool) -> None:
        notes = [translate("ProfileSwitcher", "Signed out of {name}.").format(name=profile.name), *self.sign_out_notes]
        self.sign_out_notes = ()
        if not removed:
            notes.append(QCoreApplication.translate("Credentials", NOT_REMOVED))
        self._launcher.ask_sign_in(profile, " ".join(notes))
