"""What an edit dialog's Save does when the server cannot be reached or the sign-in has expired (design §4).

:class:`SaveFallbacks` is a helper owned by :class:`~desktop.views.edit_dialog.EditDialog` (composition:
it sees the dialog only through the narrow :class:`SaveHost` interface). The rules of saving and
queueing are the :class:`~desktop.session.AccountSession`'s; this shows what it reports:

- no answer, with an outbox (the window's session): the session queued the edit with the state the
  dialog started from and its ETag; the dialog emits ``queued`` and closes (its ``queued_result``
  keeps what stood in the way, for the window's banner). A secret (the SMTP password) is never
  queued: the session refuses the whole save (:class:`~desktop.session.Rejected`) and this says why
  at the field and what stood in the way (a redirect that was not followed, a proxy's page…); every
  typed value stays, and once the user takes the password out the other changes may wait;
- 401 (:class:`~desktop.api.SignInRequired`) after :meth:`SaveFallbacks.set_sign_in`: the app's
  sign-in opens over the dialog; once it succeeds the save is sent again with the typed values, and
  when it is cancelled the dialog stays open with everything typed;
- Cancel while a Save waits for the server (issue 8, point 9) asks first (:meth:`SaveFallbacks.ask_abandon`):
  **Keep Waiting** (the default), **Put in Outbox** (with an outbox and no password among the
  changes: the edit is written to this computer at once and sent later; if the abandoned request
  lands meanwhile, the outbox finds it already applied and sends nothing twice) or **Abandon** (the
  question says whether the request already left, so the server may still apply it). An edit is
  never silently neither saved nor queued; closing the main window while a Save waits puts it in
  the outbox the same way (:meth:`SaveFallbacks.queue_on_quit`). A :class:`~desktop.session.SaveTicket`
  makes sure the abandoned request, failing later, does not queue the edit a second time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.api import SignInRequired
from desktop.ops import Job, Ops, is_closed
from desktop.session import AccountSession, Edit, Queued, Rejected, SaveTicket
from desktop.views.messages import named_cause

#: ``sign_in(parent, done)``: the app's sign-in over ``parent``; ``done(True)`` once signed in, ``done(False)`` if not.
SignIn = Callable[[QWidget, Callable[[bool], None]], None]

SECRET_NOT_QUEUED = QT_TRANSLATE_NOOP("SaveFallbacks", "The server cannot be reached, so nothing was saved. A "
                                                       "new password cannot wait on this computer to be sent "
                                                       "later: it is a secret. Everything you typed is still "
                                                       "here: save again when the server is back, or {undo} to "
                                                       "save your other changes on this computer now.")
#: As SECRET_NOT_QUEUED when something named stood in the way (issue 8): ``{cause}`` says what.
SECRET_NOT_SENT = QT_TRANSLATE_NOOP("SaveFallbacks", "{cause} So nothing was saved. A new password cannot wait "
                                                     "on this computer to be sent later: it is a secret. "
                                                     "Everything you typed is still here: save again once this "
                                                     "is solved, or {undo} to save your other changes on this "
                                                     "computer now.")
SECRET_BEHIND_QUEUE = QT_TRANSLATE_NOOP("SaveFallbacks", "Nothing was saved: earlier changes to these details "
                                                         "are still waiting on this computer, and a new "
                                                         "password cannot wait with them (it is a secret). "
                                                         "Everything you typed is still here: save the password"
                                                         " once they have been sent, or {undo} to queue your "
                                                         "other changes.")
SECRET_FIELD = QT_TRANSLATE_NOOP("SaveFallbacks", "Needs the server now: a password is never kept on this "
                                                  "computer.")
SIGN_IN_NEEDED = QT_TRANSLATE_NOOP("SaveFallbacks", "Your sign-in has expired, so nothing was saved yet. Sign "
                                                    "in again to save; your changes are kept.")
WAITING = QT_TRANSLATE_NOOP("SaveFallbacks", "Your changes to {names} were sent to the server, which has not "
                                             "answered yet.")
MAY_STILL_APPLY = QT_TRANSLATE_NOOP("SaveFallbacks", "If you abandon the save, the server may still apply it; "
                                                     "check the values after the refresh.")
OUTBOX_NOTE = QT_TRANSLATE_NOOP("SaveFallbacks", "Put in Outbox keeps it on this computer and sends it later; "
                                                 "it is never applied twice.")
NOT_SENT_YET = QT_TRANSLATE_NOOP("SaveFallbacks", "Nothing has reached the server yet: abandoning discards your"
                                                  " changes.")
ABANDONED_LATE = QT_TRANSLATE_NOOP("SaveFallbacks", "The save was abandoned after it had been sent: the server "
                                                    "may still apply it; check the values after the refresh.")
NOT_SIGNED_IN = QT_TRANSLATE_NOOP("SaveFallbacks", "You did not sign in, so nothing was saved. Your changes are"
                                                   " still here: press Save to sign in and try again, or Cancel"
                                                   " to leave them.")


translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return QCoreApplication.translate("SaveFallbacks", text)


class SaveHost(Protocol):
    """What :class:`SaveFallbacks` needs from its dialog (an :class:`~desktop.views.edit_dialog.EditDialog`).

    Attributes:
        session: the session the dialog saves through.
    """

    session: AccountSession

    def pending_edit(self) -> Edit:
        """The valid changes as the edit a Save sends (the state the dialog started from, its ETag)."""
        ...

    def field_titles(self, keys: list[str]) -> list[str]:
        """How the fields of ``keys`` are named, in the form's order."""
        ...

    def secret_undo(self, titles: list[str]) -> str:
        """How the user takes a secret out of the changes, for a message (``empty “Password”``)."""
        ...

    def show_message(self, text: str) -> None:
        """Show a message at the top of the dialog (``""`` hides it)."""
        ...

    def show_problems(self, fields: dict[str, str]) -> None:
        """Show messages under fields (on top of the validators'), then focus the first problem."""
        ...

    def set_saving(self, saving: bool, status: str = "") -> None:
        """Lock or unlock the form while something is saved; ``status`` replaces the "Saving…" line."""
        ...

    def save(self) -> bool:
        """Save again (after signing in)."""
        ...

    def close_queued(self, queued: Queued) -> None:
        """The edit waits in the outbox: tell the owner and close."""
        ...

    def close_abandoned(self) -> None:
        """Close without saving or asking (the user abandoned the Save)."""
        ...


class SaveFallbacks:
    """The ways out of a failed or waiting Save, owned by an edit dialog.

    Args:
        host: the dialog (a QWidget: the parent of the questions asked here).
        ops: the application's background runner.

    Attributes:
        abandon_box: the open question about a Save still waiting for the server, or ``None``.
    """

    def __init__(self, host: SaveHost, ops: Ops) -> None:
        self._host = host
        self._widget: QWidget = host  # type: ignore[assignment]  # the host is the dialog
        self._ops = ops
        self._sign_in: SignIn | None = None
        self._save_job: Job | None = None
        self._ticket: SaveTicket | None = None
        self.abandon_box: QMessageBox | None = None

    # -- a Save still waiting for the server ------------------------------------------------------

    @property
    def save_running(self) -> bool:
        """Whether a Save's request is waiting for the server (not a write to the outbox)."""
        return self._save_job is not None

    def save_started(self, job: Job, ticket: SaveTicket) -> None:
        """A Save's request left (``job`` on the ``save`` lane); ``ticket`` is its claim on the outbox."""
        self._save_job, self._ticket = job, ticket

    def save_ended(self) -> None:
        """The Save's request answered: forget it and close an open abandon question."""
        self._save_job = self._ticket = None
        box, self.abandon_box = self.abandon_box, None
        if box is not None:
            box.done(0)
            box.deleteLater()

    def can_queue(self) -> bool:
        """Whether the edit may wait in the outbox: the session keeps one, and no secret is among the changes."""
        return self._host.session.keeps_outbox and not self._host.pending_edit().secrets

    def ask_abandon(self) -> QMessageBox:
        """Ask what to do with the Save that waits for the server: Keep Waiting, Put in Outbox or Abandon.

        Returns:
            The open question (also :attr:`abandon_box`); its buttons have the object names
            ``keepWaitingButton``, ``outboxButton`` (only with an outbox and no password change) and
            ``abandonButton``.
        """
        if self.abandon_box is not None:
            return self.abandon_box
        names = (", ".join(self._host.field_titles(list(self._host.pending_edit().changes)))
                 or translate("SaveFallbacks", "these details"))
        sent = self._save_job is not None and self._save_job.started
        box = QMessageBox(QMessageBox.Icon.Question, translate("SaveFallbacks", "Still saving"),
                          _tr(WAITING).format(names=names), QMessageBox.StandardButton.NoButton, self._widget)
        queueable = self.can_queue()
        box.setInformativeText(_tr(MAY_STILL_APPLY if sent else NOT_SENT_YET)
                               + (" " + _tr(OUTBOX_NOTE) if queueable else ""))
        box.setProperty("cxdesk_told_sent", sent)
        wait = box.addButton(translate("SaveFallbacks", "&Keep Waiting"), QMessageBox.ButtonRole.RejectRole)
        wait.setObjectName("keepWaitingButton")
        if queueable:
            box.addButton(translate("SaveFallbacks", "Put in &Outbox"),
                          QMessageBox.ButtonRole.AcceptRole).setObjectName("outboxButton")
        box.addButton(translate("SaveFallbacks", "&Abandon"),
                      QMessageBox.ButtonRole.DestructiveRole).setObjectName("abandonButton")
        box.setDefaultButton(wait)
        box.setEscapeButton(wait)
        box.finished.connect(self._on_abandon_box_finished)
        self.abandon_box = box
        box.open()
        return box

    def _on_abandon_box_finished(self, _result: int) -> None:
        box, self.abandon_box = self.abandon_box, None
        if box is None or self._save_job is None:
            return  # the save answered meanwhile (see save_ended)
        clicked = box.clickedButton()
        choice = clicked.objectName() if clicked is not None else "keepWaitingButton"
        box.deleteLater()
        if choice == "outboxButton":
            if self._leave_save() is not None:
                self.queue()
        elif choice == "abandonButton":
            told_sent = bool(box.property("cxdesk_told_sent"))
            never_sent = self._leave_save()
            if never_sent is None:  # the server was found away and the edit is being queued: that closes the dialog
                return
            self._host.close_abandoned()
            if not never_sent and not told_sent:  # it left between the question and the answer
                note = QMessageBox(QMessageBox.Icon.Information, translate("SaveFallbacks", "Save abandoned"),
                                   _tr(ABANDONED_LATE), QMessageBox.StandardButton.Ok, self._widget.parentWidget())
                note.setObjectName("abandonedLateNote")
                note.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                note.open()  # never a nested event loop: the window goes on while the note is shown

    def _leave_save(self) -> bool | None:
        """Stop waiting for the Save's answer (it is dropped) and take its claim on the outbox.

        Returns:
            Whether its request was never sent; ``None`` when the Save is queueing the edit itself
            (the server could not be reached): then its answer is awaited as usual.
        """
        if self._ticket is not None and not self._ticket.take():
            return None
        job, self._save_job, self._ticket = self._save_job, None, None
        self._host.set_saving(False)
        return job.cancel() if job is not None else True

    def queue_on_quit(self) -> bool:
        """The app is quitting: put a Save still waiting for the server in the outbox (a local write).

        The write runs on the ``disk`` lane, which quitting waits for briefly
        (:meth:`desktop.shell.launcher.Launcher.shutdown`); the network is never waited for.

        Returns:
            Whether the changes are being queued (``False``: no Save was waiting, or it cannot be
            queued: no outbox, or a password among the changes).
        """
        if self._save_job is None or not self.can_queue() or self._leave_save() is None:
            return False
        self.queue()
        return True

    def queue(self) -> None:
        """Put the edit in the outbox without trying the server (on the ``disk`` lane)."""
        session, edit = self._host.session, self._host.pending_edit()
        self._host.set_saving(True, translate("SaveFallbacks", "Saving on this computer…"))

        def queue_in_outbox() -> Queued | Rejected:
            return session.queue(edit)

        self._ops.run(queue_in_outbox, on_success=self._on_queued, on_failure=self._on_queue_failed,
                      owner=self._widget, lane="disk")

    def _on_queued(self, result: Queued | Rejected) -> None:
        self._host.set_saving(False)
        if isinstance(result, Rejected):
            self.refuse_secret(result)
        else:
            self._host.close_queued(result)

    def _on_queue_failed(self, error: BaseException) -> None:
        self._host.set_saving(False)
        self.queue_failed(error)

    def queue_failed(self, error: BaseException) -> None:
        """Say that the edit could not be written to this computer either (``fields``: at their fields)."""
        self._host.show_message(translate("SaveFallbacks", "Your changes could not be saved on this computer either "
                                                           "({error}). Everything "
                                    "you typed is still here; try again.").format(error=error))
        self._host.show_problems(dict(getattr(error, "fields", {})))

    def refuse_secret(self, rejected: Rejected) -> None:
        """Say why nothing was saved: a secret cannot wait in the outbox (and what stood in the way)."""
        undo = self._host.secret_undo(self._host.field_titles(list(rejected.secrets)))
        named = named_cause(rejected.cause)
        if rejected.behind:
            self._host.show_message(_tr(SECRET_BEHIND_QUEUE).format(undo=undo))
        elif named:
            self._host.show_message(_tr(SECRET_NOT_SENT).format(cause=named, undo=undo))
        else:
            self._host.show_message(_tr(SECRET_NOT_QUEUED).format(undo=undo))
        self._host.show_problems(dict.fromkeys(rejected.secrets, _tr(SECRET_FIELD)))

    # -- signing in again -------------------------------------------------------------------------

    def set_sign_in(self, sign_in: SignIn | None) -> None:
        """Let a Save refused with 401 open the app's sign-in over the dialog, then save again."""
        self._sign_in = sign_in

    def sign_in_again(self, error: BaseException) -> bool:
        """After a 401, open the app's sign-in (when given one); whether it did."""
        if not isinstance(error, SignInRequired) or self._sign_in is None:
            return False
        self._host.show_message(_tr(SIGN_IN_NEEDED))
        self._host.set_saving(False)
        self._sign_in(self._widget, self._on_sign_in_done)
        return True

    def _on_sign_in_done(self, signed_in: bool) -> None:
        if is_closed(self._widget):
            return
        if signed_in:
            self._host.show_message("")
            self._host.save()
        else:
            self._host.show_message(_tr(NOT_SIGNED_IN))
            self._host.set_saving(False)
