"""Test Email: send a test with the saved SMTP details and show the whole SMTP conversation.

After calibre's ``gui2/wizard/send_email.py``: the test never freezes the window, and the user sees
every step (stage, outcome, command, server reply) as well as a plain summary of what happened and
what to change. **Send** asks the service (``POST setup/account/smtp/test-email``), which talks to
the mail server with the saved settings and password. **Check from this computer** runs the same
engine here (:func:`desktop.mail.check_and_send` with ``send=False``, on a worker): it shows whether
this computer's network reaches the mail server, with a password typed for this check only (never
saved; without one the login is not tried). Each result says which of the two it is. Opened from
Edit SMTP Details, both test the values as typed there (``typed``), before they are saved: the
service tests them without saving them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from desktop.api import AccountClient, EmailTestResult
from desktop.domain.mail_addresses import check_mail_address
from desktop.domain.smtp import SmtpSettings, describe
from desktop.forms.ui_test_email_dialog import Ui_TestEmailDialog
from desktop.mail import SmtpConfig, SmtpResult, Step, check_and_send
from desktop.ops import Ops
from desktop.views.test_dialog import TRUST_CERTIFICATE, TestDialog
from desktop.views.trust_certificate import pin_saved_certificate, trust_question

FROM_SERVER = QT_TRANSLATE_NOOP("TestEmailDialog", "As seen from the server")
FROM_COMPUTER = QT_TRANSLATE_NOOP("TestEmailDialog", "As seen from this computer's network")
COLUMNS = (QT_TRANSLATE_NOOP("TestEmailDialog", "Stage"), QT_TRANSLATE_NOOP("TestEmailDialog", "Outcome"),
           QT_TRANSLATE_NOOP("TestEmailDialog", "What happened"), QT_TRANSLATE_NOOP("TestEmailDialog", "Command"),
           QT_TRANSLATE_NOOP("TestEmailDialog", "Server reply"))


translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return QCoreApplication.translate("TestEmailDialog", text)


def heading(source: str, result: SmtpResult, *, sent: bool) -> str:
    """The result's first line, e.g. ``As seen from the server: the test e-mail was sent.``."""
    if sent:
        text = (translate("TestEmailDialog", "{source}: the test e-mail was sent.") if result.ok
                else translate("TestEmailDialog", "{source}: the test e-mail failed."))
    else:
        text = (translate("TestEmailDialog", "{source}: the check passed (nothing was sent).") if result.ok
                else translate("TestEmailDialog", "{source}: the check failed (nothing was sent)."))
    return text.format(source=source)


def smtp_result(answer: EmailTestResult) -> SmtpResult:
    """The service's test-email answer as the engine's :class:`SmtpResult`, so both kinds of test show alike."""
    steps = [Step(step.stage, step.outcome, step.detail, step.command, step.reply) for step in answer.transcript]
    return SmtpResult(ok=answer.ok, summary=answer.summary, transcript=steps, error_stage=answer.error_stage,
                      error_kind=answer.error_kind, error_field=answer.error_field, certificate=answer.certificate)


def transcript_text(title: str, result: SmtpResult) -> str:
    """The result as plain text for the clipboard: the heading, the summary and every step."""
    lines = [title, result.summary, ""]
    for step in result.transcript:
        lines.append(f"[{step.stage}] {step.outcome}: {step.detail}")
        lines += [f"  > {line}" for line in step.command.splitlines()]
        lines += [f"  < {line}" for line in step.reply.splitlines()]
    return "\n".join(lines)


class TestEmailDialog(TestDialog):
    """Test Email: the recipient (the From Address by default), Send, Check from this computer, the transcript.

    Args:
        ops: the application's background runner.
        client: a signed-in account API client.
        settings: the saved SMTP details (for the default recipient and the local check).
        parent: the main window (or Edit SMTP Details).
        typed: values typed in Edit SMTP Details to test instead of the saved ones
            (``from_address``, ``username``, ``server``); ``None``: test the saved ones.
        typed_password: with ``typed``, the password typed there (``""``: none; ``None``: the saved one).

    Signals:
        result_shown(bool): a result is shown; the argument is whether the test or check succeeded.
        certificate_trusted(str): the user trusted the mail server's certificate (its SHA-256 fingerprint):
            with ``typed`` values it is only tested, and Edit SMTP Details saves it with the rest; else it
            has been saved in the SMTP details.
    """

    certificate_trusted = Signal(str)

    WAITING = QT_TRANSLATE_NOOP("TestEmailDialog", "Waiting for the server: it is talking to the mail server (this can "
                                "take a minute)…")
    ABANDONED = QT_TRANSLATE_NOOP("TestEmailDialog", "Stopped waiting. The server may still send the test e-mail; its "
                                  "answer will not be shown.")
    CHECKING = QT_TRANSLATE_NOOP("TestEmailDialog", "Talking to the mail server from this computer (this can take a "
                                 "minute)…")

    def __init__(self, ops: Ops, client: AccountClient, settings: SmtpSettings, parent: QWidget | None = None,
                 *, typed: Mapping[str, str] | None = None, typed_password: str | None = None) -> None:
        self._client = client
        self._typed = dict(typed) if typed is not None else None
        self._typed_password = typed_password if typed is not None else None
        if self._typed is not None:
            settings = replace(settings, **{key: self._typed[key] for key in ("from_address", "username", "server",
                                                                             "certificate_sha256")
                                            if key in self._typed})
        if self._typed_password is not None:
            settings = replace(settings, password_set=bool(self._typed_password))
        self._settings = settings
        self.result: SmtpResult | None = None
        self.trust_box: QMessageBox | None = None
        self._last_sent = True
        self._title = ""
        super().__init__(Ui_TestEmailDialog(), ops, parent, recipient=settings.from_address,
                         validator=check_mail_address)
        try:
            where = describe(settings.endpoint())
        except ValueError:
            where = settings.server or self.tr("no mail server saved")
        sender = settings.from_address or self.tr("the From Address")
        intro = (self.tr("Sends a test e-mail from {sender} with the SMTP details as typed, not saved ({server}) and "
                         "shows the whole conversation with the mail server.") if typed is not None
                 else self.tr("Sends a test e-mail from {sender} with the saved SMTP details ({server}) and shows the "
                              "whole conversation with the mail server."))
        self.ui.introLabel.setText(intro.format(sender=sender, server=where))
        logs_in = bool(settings.username)
        self.ui.passwordEdit.setEnabled(logs_in)
        self.ui.passwordHint.setText(
            self.tr("Only for the check from this computer: the saved password never leaves the server. Leave empty "
                    "to check without logging in.") if logs_in
            else self.tr("No Username is saved, so the check does not log in."))
        table = self.ui.transcriptView
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels([_tr(column) for column in COLUMNS])
        header = table.horizontalHeader()
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(2, 260)
        header.resizeSection(3, 200)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # multi-line replies
        self._show_transcript(None)

    def _connect_signals(self) -> None:
        super()._connect_signals()
        self.ui.checkButton.clicked.connect(self._on_check_button_clicked)
        self.ui.copyButton.clicked.connect(self._on_copy_button_clicked)
        self.ui.passwordEdit.textChanged.connect(self._on_password_edit_text_changed)

    def _refresh_state(self) -> None:
        super()._refresh_state()
        self.ui.checkButton.setEnabled(self.ui.sendButton.isEnabled())

    # -- the two kinds of test -----------------------------------------------------------------

    def _request(self, to: str) -> Callable[[], EmailTestResult]:
        client, typed, password = self._client, self._typed, self._typed_password

        def send_test_email() -> EmailTestResult:
            return client.test_email(to, settings=typed, password=password)

        return send_test_email

    def _on_request_succeeded(self, answer: EmailTestResult) -> None:
        self._show_result(_tr(FROM_SERVER), smtp_result(answer), sent=True)

    def _on_check_button_clicked(self) -> None:
        self.check_locally()

    def check_locally(self) -> bool:
        """Check the saved settings from this computer (on a worker), without sending.

        Returns:
            Whether the check was started (not while a test runs or with an invalid recipient).
        """
        to, error = self.recipient()
        if error or self.busy:
            return False
        settings = self._settings
        config = SmtpConfig(settings.server, settings.from_address, settings.username,
                            password=self.ui.passwordEdit.text() or self._typed_password or None,
                            certificate_sha256=settings.certificate_sha256)

        def check_from_this_computer() -> SmtpResult:
            return check_and_send(config, to=to, send=False, trust_store="this computer")

        return self._start(check_from_this_computer,
                           lambda result: self._show_result(_tr(FROM_COMPUTER), result, sent=False),
                           _tr(self.CHECKING))

    def clear_result(self) -> None:
        """Hide the result and its transcript (the recipient or the password changed, or a new test starts)."""
        super().clear_result()
        self.result = None
        self._show_transcript(None)

    def _on_password_edit_text_changed(self, _text: str) -> None:
        if not self.busy:
            self.clear_result()

    def _show_result(self, source: str, result: SmtpResult, *, sent: bool) -> None:
        self._finish()
        self.result = result
        typed = self.tr(" (the values as typed, not saved)") if self._typed is not None else ""
        self._title = heading(source + typed, result, sent=sent)
        self._show_transcript(result)
        self._last_sent = sent
        self.show_outcome(result.ok, self._title, result.summary,
                          fields=[result.error_field] if result.error_field else [],
                          offer=TRUST_CERTIFICATE if result.certificate is not None else "")

    # -- trusting the server's own certificate (issue 13, point 4) ------------------------------

    def _on_follow_up_button_clicked(self) -> None:
        if self._follow_up[0] == TRUST_CERTIFICATE and self.result is not None and self.result.certificate:
            self.ask_trust()
        else:
            super()._on_follow_up_button_clicked()

    def ask_trust(self) -> None:
        """Ask before trusting the certificate of the result shown (a window-modal box, opened)."""
        assert self.result is not None and self.result.certificate is not None
        certificate = self.result.certificate
        try:
            host = self._settings.endpoint().display_host
        except ValueError:
            host = self._settings.server
        box = trust_question(self, host, certificate)
        box.accepted.connect(lambda: self.trust(certificate.sha256))
        box.finished.connect(box.deleteLater)
        self.trust_box = box
        box.open()

    def trust(self, sha256: str) -> None:
        """Trust the certificate with fingerprint ``sha256`` and test again.

        Typed values (from Edit SMTP Details) take it for this test and hand it to that dialog, which
        saves it with the rest; the saved details are changed at once (on a worker).
        """
        self._settings = replace(self._settings, certificate_sha256=sha256)
        if self._typed is not None:
            self._typed["certificate_sha256"] = sha256
            self.certificate_trusted.emit(sha256)
            self._again()
            return
        client = self._client

        def pin_certificate() -> object:
            return pin_saved_certificate(client, sha256)

        def pinned(_saved: object) -> None:
            self.certificate_trusted.emit(sha256)
            self._again()

        self._start(pin_certificate, pinned, self.WAITING)

    def _again(self) -> None:
        """Run the last kind of test again (after trusting a certificate)."""
        self._finish()
        self.clear_result()
        if self._last_sent:
            self.send()
        else:
            self.check_locally()

    # -- the transcript ----------------------------------------------------------------------

    def _show_transcript(self, result: SmtpResult | None) -> None:
        table = self.ui.transcriptView
        steps = result.transcript if result else []
        table.setRowCount(len(steps))
        for row, step in enumerate(steps):
            for column, text in enumerate((step.stage, step.outcome, step.detail, step.command, step.reply)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)  # read-only, selectable
                item.setToolTip(text)
                if step.outcome == "failed":
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, column, item)
        self.ui.copyButton.setEnabled(bool(steps))

    def transcript_rows(self) -> list[tuple[str, ...]]:
        """The rows of the transcript as shown: (stage, outcome, what happened, command, server reply)."""
        table = self.ui.transcriptView
        return [tuple(table.item(row, column).text() for column in range(len(COLUMNS)))
                for row in range(table.rowCount())]

    def transcript_text(self) -> str:
        """The result shown as plain text (what Copy transcript puts on the clipboard); ``""`` before one."""
        return transcript_text(self._title, self.result) if self.result else ""

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.transcript_text())
        self._set_status(self.tr("The transcript is on the clipboard."))

    def done(self, result: int) -> None:
        """Close the dialog and forget the password typed for the check."""
        self.ui.passwordEdit.clear()
        super().done(result)
