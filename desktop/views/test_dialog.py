"""The shared base of the Test Email and Test SMS dialogs: a recipient, Send, a busy bar, the outcome.

A test needs the server now (design §4: never queued). The request runs through
:class:`~desktop.ops.Ops`, so the window never freezes; while it runs a busy progress bar turns and
**Cancel** abandons the wait: the job is cancelled, so its result is dropped when it arrives (the
server may still finish the test). Closing the dialog drops it too (:func:`~desktop.ops.mark_closed`).
The outcome is shown in plain words with an icon and a heading, so success and failure never differ
by colour alone; the colours come from the palette. A result that mentions the SMTP details or the
SMS outbox has a button that opens them (:func:`follow_up_for`; the dialog closes and emits
``follow_up_requested``); a result is cleared as soon as its input changes, so it never describes
other values than those shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QStyle, QWidget

from desktop.api import ValidationFailed
from desktop.domain.errors import FieldError
from desktop.domain.normalised import Normalised, normalised
from desktop.ops import Job, Ops, mark_closed
from desktop.views.edit_fields import AnyValidator
from desktop.views.field_notices import SavedForm, error_message
from desktop.views.messages import describe_error, grow_to_fit, show_field_error, style_notice
from desktop.views.window_fit import fit_on_show

#: The heading of an outcome when the request itself failed (no answer, refused values…).
NOT_RUN = QT_TRANSLATE_NOOP("TestDialog", "The test could not be run.")
#: The follow-ups a result may offer, with their button's text.
SMTP_DETAILS, SMS_OUTBOX, TRUST_CERTIFICATE = "smtp", "sms_outbox", "trust_certificate"
FOLLOW_UP_TEXT = {SMTP_DETAILS: QT_TRANSLATE_NOOP("TestDialog", "Edit SMTP Details…"),
                  SMS_OUTBOX: QT_TRANSLATE_NOOP("TestDialog", "Open SMS Outbox"),
                  TRUST_CERTIFICATE: QT_TRANSLATE_NOOP("TestDialog", "Trust This Certificate…")}
#: The keys of the SMTP details (a 422 naming one is fixed in Edit SMTP Details).
SMTP_KEYS = frozenset({"from_address", "username", "password", "server", "sms_from"})
#: Words that name the SMTP details (or one of their fields) in a summary.
SMTP_WORDS = ("smtp details", "smtp settings", "sms from", "from address", "username", "password", "server setting",
              "server field", "check the port")


def follow_up_for(text: str, fields: Iterable[str] = ()) -> str:
    """What a result offers to open: :data:`SMS_OUTBOX`, :data:`SMTP_DETAILS` or ``""`` (nothing it mentions)."""
    lowered = text.casefold()
    if "sms outbox" in lowered:
        return SMS_OUTBOX
    if SMTP_KEYS.intersection(fields) or any(word in lowered for word in SMTP_WORDS):
        return SMTP_DETAILS
    return ""


def refusal_text(error: BaseException) -> str:
    """Plain text for a failed test request; a 422 gives the service's own sentences (they say what to save)."""
    if isinstance(error, ValidationFailed) and error.fields:
        return " ".join(message.strip() for message in error.fields.values())
    return describe_error(error)


class TestDialog(QDialog):
    """A dialog that sends one test to a recipient through the service and shows what happened.

    The form must have ``introLabel``, ``recipientEdit``, ``recipientError``, ``sendButton``,
    ``cancelButton``, ``progressBar``, ``statusLabel``, ``resultFrame`` (with ``resultIcon``,
    ``resultHeading``, ``summaryLabel``, ``followUpButton``) and a ``buttonBox`` with Close.

    Args:
        form: a fresh ``Ui_…`` object; the dialog owns it as ``self.ui``.
        ops: the application's background runner.
        parent: the main window.
        recipient: the recipient to start with.
        validator: judges the recipient field and returns its normalised value (a checker's notices of
            what it changed are shown under the field; when the user leaves it, it shows that value).

    Signals:
        result_shown(bool): an outcome is shown; the argument is whether the test succeeded.
        follow_up_requested(str, str): the result's button was pressed (the dialog has closed): what to
            open (:data:`SMTP_DETAILS`, :data:`SMS_OUTBOX`) and the key of the field named, if any.
    """

    result_shown = Signal(bool)
    follow_up_requested = Signal(str, str)

    def __init__(self, form, ops: Ops, parent: QWidget | None, *, recipient: str, validator: AnyValidator) -> None:
        super().__init__(parent)
        self.ui = form
        self.ui.setupUi(self)
        fit_on_show(self)  # never larger than the screen it opens on (issue 12)
        self._ops = ops
        self._validator = validator
        self._job: Job | None = None
        self._server_error = ""
        self._saved_form = SavedForm(self.ui.recipientEdit)
        self._error_shown = ""
        self._follow_up = ("", "")
        self.ui.resultFrame.hide()
        policy = self.ui.progressBar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the buttons keep their place and size
        self.ui.progressBar.setSizePolicy(policy)
        self._set_status("")
        self.ui.recipientEdit.setText(recipient)
        self._connect_signals()
        self._refresh_state()

    def _connect_signals(self) -> None:
        self.ui.recipientEdit.textChanged.connect(self._on_recipient_edit_text_changed)
        self.ui.recipientEdit.editingFinished.connect(self._on_recipient_edit_editing_finished)
        self.ui.sendButton.clicked.connect(self._on_send_button_clicked)
        self.ui.cancelButton.clicked.connect(self._on_cancel_button_clicked)
        self.ui.followUpButton.clicked.connect(self._on_follow_up_button_clicked)
        self.ui.buttonBox.rejected.connect(self._on_button_box_rejected)

    # -- state -------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Whether the dialog is waiting for an answer."""
        return self._job is not None

    def recipient(self) -> tuple[str, str]:
        """``(normalised recipient, "")`` when the field is valid, else ``("", message)``."""
        result, error = self._judge()
        return result.value, error

    def _judge(self) -> tuple[Normalised, str]:
        try:
            return normalised(self._validator(self.ui.recipientEdit.text())), ""
        except FieldError as error:
            return Normalised(""), error_message(error)

    def recipient_error(self) -> str:
        """The error shown under the recipient (``""`` when none)."""
        return self._error_shown

    def recipient_notice(self) -> str:
        """What the message under the recipient says was changed in its valid value (``""``: nothing)."""
        return "" if self._error_shown else self.ui.recipientError.text()

    def outcome_text(self) -> str:
        """The outcome shown: heading and summary (``""`` before the first one)."""
        if not self.ui.resultFrame.isVisibleTo(self):
            return ""
        return f"{self.ui.resultHeading.text()}\n{self.ui.summaryLabel.text()}"

    def _refresh_state(self) -> None:
        result, error = self._judge()
        value, error = result.value, error or self._server_error
        ui = self.ui
        notice = "" if error else self._saved_form.message(result)
        self._error_shown = error
        show_field_error(ui.recipientEdit, ui.recipientError, error, notice=notice)
        ui.recipientEdit.setEnabled(not self.busy)
        ui.sendButton.setEnabled(bool(value) and not error and not self.busy)
        ui.cancelButton.setEnabled(self.busy)
        ui.progressBar.setVisible(self.busy)
        grow_to_fit(self)

    def follow_up(self) -> str:
        """What the result shown offers to open (:data:`SMTP_DETAILS`, :data:`SMS_OUTBOX`), ``""`` for nothing."""
        return self._follow_up[0] if self.ui.followUpButton.isVisibleTo(self) else ""

    def _on_recipient_edit_text_changed(self, _text: str) -> None:
        self._saved_form.edited()
        self._server_error = ""
        self.clear_result()
        self._refresh_state()

    def _on_recipient_edit_editing_finished(self) -> None:
        if shiboken6.isValid(self) and self.isVisible():  # a field also finishes when a closed dialog is destroyed
            self.show_saved_form()

    def show_saved_form(self) -> None:
        """Put the recipient's normalised form in its field; its message keeps saying what was changed."""
        result, error = self._judge()
        if not error and not self.busy:
            self._saved_form.put(result)

    def clear_result(self) -> None:
        """Hide the result shown (its input changed, or a new test starts); subclasses clear their details too."""
        self.ui.resultFrame.hide()
        self._follow_up = ("", "")

    # -- running -----------------------------------------------------------------------------

    def _on_send_button_clicked(self) -> None:
        self.send()

    def send(self) -> bool:
        """Send the test to the recipient (on a worker).

        Returns:
            Whether a request was started (not while one runs or with an invalid recipient).
        """
        to, error = self.recipient()
        if error or self.busy:
            return False
        return self._start(self._request(to), self._on_request_succeeded, self.tr(self.WAITING))

    #: The status line while the service works; set by each subclass.
    WAITING = QT_TRANSLATE_NOOP("TestDialog", "Waiting for the server…")
    #: The status line after Cancel; set by each subclass.
    ABANDONED = QT_TRANSLATE_NOOP("TestDialog", "Stopped waiting: the answer will not be shown.")

    def _request(self, to: str) -> Callable[[], Any]:
        """The work of one Send (built on the GUI thread, run on a worker); set by each subclass."""
        raise NotImplementedError

    def _on_request_succeeded(self, result: Any) -> None:
        """Show the service's answer; set by each subclass (call :meth:`_finish` first)."""
        raise NotImplementedError

    def _start(self, work: Callable[[], Any], on_success: Callable[[Any], None], waiting: str) -> bool:
        """Run ``work`` on a worker with the busy state shown; the answer goes to ``on_success``."""
        self.clear_result()
        self._set_status(waiting)
        self._job = self._ops.run(work, on_success=on_success, on_failure=self._on_request_failed, owner=self)
        self._refresh_state()
        return True

    def _finish(self) -> None:
        self._job = None
        self._set_status("")
        self._refresh_state()

    def _on_request_failed(self, error: BaseException) -> None:
        self._finish()
        if isinstance(error, ValidationFailed) and error.fields.get("to"):
            self._server_error = error.fields["to"]
            self._refresh_state()
        fields = list(error.fields) if isinstance(error, ValidationFailed) else []
        self.show_outcome(False, QCoreApplication.translate("TestDialog", NOT_RUN), refusal_text(error), fields=fields)

    def _on_cancel_button_clicked(self) -> None:
        self.cancel()

    def cancel(self) -> bool:
        """Stop waiting: the answer of the running request is dropped when it arrives.

        Returns:
            Whether a request was running.
        """
        job = self._job
        if job is None:
            return False
        job.cancel()
        self._finish()
        self._set_status(self.tr(self.ABANDONED))
        return True

    def _set_status(self, text: str) -> None:
        self.ui.statusLabel.setText(text)
        self.ui.statusLabel.setVisible(bool(text))

    def show_outcome(self, ok: bool, heading: str, summary: str, *, fields: Iterable[str] = (),
                     offer: str = "") -> None:
        """Show an outcome: an icon and a heading that say success or failure, then the summary.

        When the summary (or a refused field among ``fields``) mentions the SMS outbox, or a failure
        mentions the SMTP details, a button opens them; ``offer`` (a key of :data:`FOLLOW_UP_TEXT`)
        chooses the button instead.
        """
        ui = self.ui
        fields = [key for key in fields if key in SMTP_KEYS]
        kind = offer or follow_up_for(summary, fields)
        if ok and kind == SMTP_DETAILS:  # e.g. "the password was not tried": nothing to fix
            kind = ""
        self._follow_up = (kind, fields[0] if fields else "")
        ui.followUpButton.setText(QCoreApplication.translate("TestDialog", FOLLOW_UP_TEXT[kind]) if kind else "")
        ui.followUpButton.setVisible(bool(kind))
        icon = QStyle.StandardPixmap.SP_DialogApplyButton if ok else QStyle.StandardPixmap.SP_MessageBoxCritical
        ui.resultIcon.setPixmap(self.style().standardIcon(icon).pixmap(32, 32))
        ui.resultIcon.setAccessibleName("Succeeded" if ok else "Failed")
        ui.resultHeading.setText(heading)
        font = ui.resultHeading.font()
        font.setBold(True)
        ui.resultHeading.setFont(font)
        ui.summaryLabel.setText(summary)
        if ok:
            ui.resultFrame.setAutoFillBackground(True)
            ui.resultFrame.setBackgroundRole(QPalette.ColorRole.Base)
            ui.resultFrame.setForegroundRole(QPalette.ColorRole.Text)
            for child in ui.resultFrame.findChildren(QWidget):
                child.setForegroundRole(QPalette.ColorRole.Text)
        else:
            style_notice(ui.resultFrame)
        ui.resultFrame.show()
        grow_to_fit(self)
        self.result_shown.emit(ok)

    def _on_follow_up_button_clicked(self) -> None:
        kind, key = self._follow_up
        self.accept()
        self.follow_up_requested.emit(kind, key)

    # -- closing -----------------------------------------------------------------------------

    def _on_button_box_rejected(self) -> None:
        self.reject()

    def done(self, result: int) -> None:
        """Close the dialog; the answer of a request still running is dropped."""
        if self._job is not None:
            self._job.cancel()
            self._job = None
        mark_closed(self)
        super().done(result)
