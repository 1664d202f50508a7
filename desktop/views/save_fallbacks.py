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
  when it is cancelled the dialog stays open with everything typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from desktop.api import SignInRequired, Unreachable
from desktop.ops import is_closed
from desktop.views.messages import describe_network_problem

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
NOT_SIGNED_IN = ("You did not sign in, so nothing was saved. Your changes are still here: press Save to sign in "
                 "and try again, or Cancel to leave them.")


class SaveFallbacks:
    """The ways out of a failed Save, mixed into :class:`~desktop.views.edit_dialog.EditDialog`.

    The host provides ``queued`` (a ``Signal(int)``), ``values_of``, ``SECRET_KEYS``, ``save`` and the
    dialog's state (fields, messages, ``_ops``, ``_etag``, ``_started_from``).
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
            named = describe_network_problem(cause) if cause is not None and type(cause) is not Unreachable else ""
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
        self._ops.run(lambda: enqueue(resource, changes, base, etag), on_success=self._on_queued,
                      on_failure=self._on_queue_failed, owner=self)
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
