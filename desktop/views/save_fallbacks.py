"""What an edit dialog's Save does when the server cannot be reached or the sign-in has expired (design §4).

:class:`SaveFallbacks` is a mixin of :class:`~desktop.views.edit_dialog.EditDialog`; the owner turns
each way out on:

- no answer (:class:`~desktop.api.Unreachable`) after :meth:`SaveFallbacks.enable_offline`: the
  changes are put in the offline outbox (through ``ops``) with the state the dialog started from and
  its ETag, ``queued`` is emitted and the dialog closes (:attr:`SaveFallbacks.queued_cause` keeps what
  stood in the way, for the window's banner). A secret (the SMTP password) is never
  queued: the whole save is refused, with the reason at the field and what stood in the way (a
  redirect that was not followed, a proxy's page…), and every typed value stays; once
  the user takes the password out, the other changes may wait in the outbox;
- 401 (:class:`~desktop.api.SignInRequired`) after :meth:`SaveFallbacks.set_sign_in`: the app's
  sign-in opens over the dialog; once it succeeds the save is sent again with the typed values, and
  when it is cancelled the dialog stays open with everything typed;
- Cancel while a Save waits for the server (issue 8, point 9) asks first (:meth:`SaveFallbacks.ask_abandon`):
  **Keep Waiting** (the default), **Put in Outbox** (with an outbox and no password among the
  changes: the edit is written to this computer at once and sent later; if the abandoned request
  lands meanwhile, the outbox finds it already applied and sends nothing twice) or **Abandon** (the
  question says whether the request already left, so the server may still apply it). An edit is
  never silently neither saved nor queued; closing the main window while a Save waits puts it in
  the outbox the same way (:meth:`SaveFallbacks.queue_on_quit`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.api import SignInRequired, Unreachable
from desktop.ops import is_closed
from desktop.views.messages import named_cause

#: ``enqueue(resource, changes, base, etag) -> entry id``: :meth:`desktop.store.Outbox.enqueue` (run on a worker).
Enqueue = Callable[[str, dict[str, str], dict[str, str], "str | None"], int]
#: ``sign_in(parent, done)``: the app's sign-in over ``parent``; ``done(True)`` once signed in, ``done(False)`` if not.
SignIn = Callable[[QWidget, Callable[[bool], None]], None]

SECRET_NOT_QUEUED = ("The server cannot be reached, so nothing was saved. A new password cannot wait on this "
                     "computer to be sent later: it is a secret. Everything you typed is still here: save again "
                     "when the server is back, or {undo} to save your other changes on this computer now.")
#: As SECRET_NOT_QUEUED when something named stood in the way (issue 8): ``{cause}`` says what.
SECRET_NOT_SENT = ("{cause} So nothing was saved. A new password cannot wait on this computer to be sent later: it "
                   "is a secret. Everything you typed is still here: save again once this is solved, or {undo} to "
                   "save your other changes on this computer now.")
SECRET_BEHIND_QUEUE = ("Nothing was saved: earlier changes to these details are still waiting on this computer, and "
                       "a new password cannot wait with them (it is a secret). Everything you typed is still here: "
                       "save the password once they have been sent, or {undo} to queue your other changes.")
SECRET_FIELD = "Needs the server now: a password is never kept on this computer."
SIGN_IN_NEEDED = "Your sign-in has expired, so nothing was saved yet. Sign in again to save; your changes are kept."
WAITING = "Your changes to {names} were sent to the server, which has not answered yet."
MAY_STILL_APPLY = "If you abandon the save, the server may still apply it; check the values after the refresh."
OUTBOX_NOTE = "Put in Outbox keeps it on this computer and sends it later; it is never applied twice."
NOT_SENT_YET = "Nothing has reached the server yet: abandoning discards your changes."
ABANDONED_LATE = ("The save was abandoned after it had been sent: the server may still apply it; check the values "
                  "after the refresh.")
NOT_SIGNED_IN = ("You did not sign in, so nothing was saved. Your changes are still here: press Save to sign in "
                 "and try again, or Cancel to leave them.")


class SaveFallbacks:
    """The ways out of a failed Save, mixed into :class:`~desktop.views.edit_dialog.EditDialog`.

    The host provides ``queued`` (a ``Signal(int)``), ``values_of``, ``SECRET_KEYS``, ``save`` and the
    dialog's state (fields, messages, ``_ops``, ``_etag``, ``_started_from``, ``_save_job``, ``abandon_box``).
    """

    #: The outbox resource the dialog edits (``"account"`` or ``"smtp"``, see desktop.store.resources).
    RESOURCE = "account"
    _enqueue: Enqueue | None = None
    _queue_first = False
    _sign_in: SignIn | None = None
    #: What kept the server away at the last Save that fell back (``None`` before one): the window names it.
    queued_cause: Unreachable | None = None

    def offline_base(self) -> dict[str, str]:
        """The editable values the dialog started from (or adopted after a 412), secrets left out."""
        return {key: value for key, value in self.values_of(self._started_from).items()
                if key not in self.SECRET_KEYS}

    def enable_offline(self, enqueue: Enqueue, *, queue_first: bool = False) -> None:
        """Let a Save that cannot reach the server put the changes in the offline outbox.

        Args:
            enqueue: :meth:`desktop.store.Outbox.enqueue` of the profile's outbox (run on a worker).
            queue_first: earlier edits of :attr:`RESOURCE` are still waiting: queue behind them
                without trying the server first, so the edits reach it in the order they were made.
        """
        self._enqueue = enqueue
        self._queue_first = queue_first

    # -- a Save still waiting for the server ------------------------------------------------------

    @property
    def save_running(self) -> bool:
        """Whether a Save's request is waiting for the server (not a write to the outbox)."""
        return self._save_job is not None

    def _save_ended(self) -> None:
        """The Save's request answered: forget it and close an open abandon question."""
        self._save_job = None
        box, self.abandon_box = self.abandon_box, None
        if box is not None:
            box.done(0)
            box.deleteLater()

    def _can_queue(self) -> bool:
        return self._enqueue is not None and not (set(self.changes()[0]) & set(self.SECRET_KEYS))

    def ask_abandon(self) -> QMessageBox:
        """Ask what to do with the Save that waits for the server: Keep Waiting, Put in Outbox or Abandon.

        Returns:
            The open question (also :attr:`abandon_box`); its buttons have the object names
            ``keepWaitingButton``, ``outboxButton`` (only with an outbox and no password change) and
            ``abandonButton``.
        """
        if self.abandon_box is not None:
            return self.abandon_box
        names = ", ".join(f.title for f in self._fields if f.key in self.changes()[0]) or "these details"
        sent = self._save_job is not None and self._save_job.started
        box = QMessageBox(QMessageBox.Icon.Question, "Still saving", WAITING.format(names=names),
                          QMessageBox.StandardButton.NoButton, self)
        queueable = self._can_queue()
        box.setInformativeText((MAY_STILL_APPLY if sent else NOT_SENT_YET) + (f" {OUTBOX_NOTE}" if queueable else ""))
        box.setProperty("cxdesk_told_sent", sent)
        wait = box.addButton("&Keep Waiting", QMessageBox.ButtonRole.RejectRole)
        wait.setObjectName("keepWaitingButton")
        if queueable:
            box.addButton("Put in &Outbox", QMessageBox.ButtonRole.AcceptRole).setObjectName("outboxButton")
        box.addButton("&Abandon", QMessageBox.ButtonRole.DestructiveRole).setObjectName("abandonButton")
        box.setDefaultButton(wait)
        box.setEscapeButton(wait)
        box.finished.connect(self._on_abandon_box_finished)
        self.abandon_box = box
        box.open()
        return box

    def _on_abandon_box_finished(self, _result: int) -> None:
        box, self.abandon_box = self.abandon_box, None
        if box is None or self._save_job is None:
            return  # the save answered meanwhile (see _save_ended)
        clicked = box.clickedButton()
        choice = clicked.objectName() if clicked is not None else "keepWaitingButton"
        box.deleteLater()
        if choice == "outboxButton":
            self._leave_save()
            self._queue(self.changes()[0])
        elif choice == "abandonButton":
            told_sent = bool(box.property("cxdesk_told_sent"))
            never_sent = self._leave_save()
            self._discarding = True
            self.reject()
            if not never_sent and not told_sent:  # it left between the question and the answer
                QMessageBox.information(self.parentWidget(), "Save abandoned", ABANDONED_LATE)

    def _leave_save(self) -> bool:
        """Stop waiting for the Save's answer (it is dropped); whether its request was never sent."""
        job, self._save_job = self._save_job, None
        self._saving = False
        return job.cancel() if job is not None else True

    def queue_on_quit(self) -> bool:
        """The app is quitting: put a Save still waiting for the server in the outbox (a local write).

        The write runs on the ``disk`` lane, which quitting waits for briefly
        (:meth:`desktop.shell.launcher.Launcher.shutdown`); the network is never waited for.

        Returns:
            Whether the changes are being queued (``False``: no Save was waiting, or it cannot be
            queued: no outbox, or a password among the changes).
        """
        if self._save_job is None or not self._can_queue():
            return False
        self._leave_save()
        return self._queue(self.changes()[0])

    def set_sign_in(self, sign_in: SignIn | None) -> None:
        """Let a Save refused with 401 open the app's sign-in over the dialog, then save again."""
        self._sign_in = sign_in

    def _fall_back(self, error: BaseException) -> bool:
        """Queue the changes after ``Unreachable``, or sign in again after a 401; whether it did either."""
        if isinstance(error, Unreachable) and self._enqueue is not None:
            self.queued_cause = error
            self._queue(self.changes()[0], cause=error)
            return True
        if isinstance(error, SignInRequired) and self._sign_in is not None:
            self._show_message(SIGN_IN_NEEDED)
            self._refresh_state()
            self._sign_in(self, self._on_sign_in_done)
            return True
        return False

    def _queue(self, changes: dict[str, str], *, behind_earlier: bool = False, cause: Unreachable | None = None
               ) -> bool:
        """Save ``changes`` in the outbox (on a worker); a secret among them refuses the whole save.

        ``cause``: what kept the server away, named in the refusal unless it is a plain "no answer".
        """
        secrets = [field for field in self._fields if field.key in changes and field.key in self.SECRET_KEYS]
        if secrets:
            self._server_errors.update({field.key: SECRET_FIELD for field in secrets})
            undo = self._secret_undo([f.title for f in secrets])
            named = named_cause(cause)
            if behind_earlier:
                self._show_message(SECRET_BEHIND_QUEUE.format(undo=undo))
            elif named:
                self._show_message(SECRET_NOT_SENT.format(cause=named, undo=undo))
            else:
                self._show_message(SECRET_NOT_QUEUED.format(undo=undo))
            self._refresh_state()
            self._focus_first_problem()
            return False
        enqueue, resource, base, etag = self._enqueue, self.RESOURCE, self.offline_base(), self._etag
        self._saving = True
        self._refresh_state()
        self.ui.statusLabel.setText("Saving on this computer…")

        def queue_in_outbox() -> int:
            return enqueue(resource, changes, base, etag)

        self._ops.run(queue_in_outbox, on_success=self._on_queued, on_failure=self._on_queue_failed, owner=self,
                      lane="disk")
        return True

    def _secret_undo(self, titles: list[str]) -> str:
        """How the user takes a secret out of the changes, for a message (``empty “Password”``)."""
        return "empty " + " and ".join(f"“{title}”" for title in titles)

    def _on_queued(self, entry_id: int) -> None:
        self._saving = False
        self.queued.emit(entry_id)
        self.accept()

    def _on_queue_failed(self, error: BaseException) -> None:
        self._saving = False
        self._server_errors.update({key: message for key, message in getattr(error, "fields", {}).items()
                                    if key in self._by_key})
        self._show_message(f"Your changes could not be saved on this computer either ({error}). Everything you "
                           "typed is still here; try again.")
        self._refresh_state()
        self._focus_first_problem()

    def _on_sign_in_done(self, signed_in: bool) -> None:
        if is_closed(self):
            return
        if signed_in:
            self._show_message("")
            self.save()
        else:
            self._show_message(NOT_SIGNED_IN)
            self._refresh_state()
