"""The sandbox's outbox: the e-mails its mail catcher received and the SMS messages it kept (design §5).

Only the sandbox has it (``GET sandbox/outbox/email`` and ``…/sms``), so that Test Email and Test
SMS can be seen working on a machine with no outside mail server or SMS provider. Two tabs list the
messages, newest first; selecting an e-mail shows its text. Both lists load through
:class:`~desktop.ops.Ops`, together, when the window opens and on **Refresh**.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from desktop.api import AccountClient, CaughtEmail, KeptSms
from desktop.domain.models import parse_timestamp
from desktop.forms.ui_sandbox_outbox import Ui_SandboxOutbox
from desktop.ops import Ops, mark_closed
from desktop.views.formats import date_time, time_of_day
from desktop.views.messages import describe_error, style_notice
from desktop.views.window_fit import fit_on_show

EMAIL_COLUMNS = ("Received", "From", "To", "Subject")
SMS_COLUMNS = ("Time", "From", "To", "Message", "Status")


def local_time(text: str | None) -> str:
    """An RFC 3339 timestamp as a local date and time (``today at 09:00``, :func:`~desktop.views.formats.date_time`).

    Bad text is shown as it is.
    """
    try:
        value = parse_timestamp(text)
    except ValueError:
        return text or ""
    return date_time(value) if value else ""


class SandboxOutbox(QDialog):
    """The Sandbox Outbox window (modeless): E-mails and SMS tabs, and Refresh.

    Args:
        ops: the application's background runner.
        client: an account API client signed in to the sandbox.
        parent: the main window.

    Signals:
        loaded(): both lists of the last :meth:`refresh` are shown.
    """

    loaded = Signal()

    def __init__(self, ops: Ops, client: AccountClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SandboxOutbox()
        self.ui.setupUi(self)
        fit_on_show(self)  # never larger than the screen it opens on (issue 12)
        self._ops = ops
        self._client = client
        self._emails: list[CaughtEmail] = []
        self._pending: set[str] = set()
        self._generation = 0
        style_notice(self.ui.messageFrame)
        self.ui.messageFrame.hide()
        for table, columns in ((self.ui.emailView, EMAIL_COLUMNS), (self.ui.smsView, SMS_COLUMNS)):
            table.setColumnCount(len(columns))
            table.setHorizontalHeaderLabels(columns)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        sms = self.ui.smsView  # the message wraps in its own column; the status stays in view
        sms.horizontalHeader().setStretchLastSection(False)
        sms.horizontalHeader().setSectionResizeMode(SMS_COLUMNS.index("Message"), QHeaderView.ResizeMode.Stretch)
        sms.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        sms.setWordWrap(True)
        self.ui.emailSplitter.setSizes([220, 260])
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.refreshButton.clicked.connect(self._on_refresh_button_clicked)
        self.ui.emailView.itemSelectionChanged.connect(self._on_email_view_item_selection_changed)
        self.ui.buttonBox.rejected.connect(self._on_button_box_rejected)

    def message(self) -> str:
        """The problem shown above the tabs (``""`` when none)."""
        return self.ui.messageLabel.text() if self.ui.messageFrame.isVisibleTo(self) else ""

    def refresh(self) -> None:
        """Load both outboxes again (on workers); ``loaded`` follows when both are shown."""
        self._generation += 1
        generation, client = self._generation, self._client
        self._pending = {"email", "sms"}
        self.ui.refreshButton.setEnabled(False)
        self.ui.statusLabel.setText("Loading…")
        self.ui.messageFrame.hide()
        self._ops.run(client.get_sandbox_emails, owner=self,
                      on_success=lambda emails: self._on_emails_loaded(generation, emails),
                      on_failure=lambda error: self._on_part_failed(generation, "email", error))
        self._ops.run(client.get_sandbox_sms, owner=self,
                      on_success=lambda messages: self._on_sms_loaded(generation, messages),
                      on_failure=lambda error: self._on_part_failed(generation, "sms", error))

    def _on_emails_loaded(self, generation: int, emails: list[CaughtEmail]) -> None:
        if generation == self._generation:
            self.show_emails(emails)
            self._part_done("email")

    def _on_sms_loaded(self, generation: int, messages: list[KeptSms]) -> None:
        if generation == self._generation:
            self.show_sms(messages)
            self._part_done("sms")

    def _on_part_failed(self, generation: int, part: str, error: BaseException) -> None:
        if generation != self._generation:
            return
        text = (self.tr("Could not load the e-mails: {reason}") if part == "email"
                else self.tr("Could not load the SMS messages: {reason}"))
        self.ui.messageLabel.setText(text.format(reason=describe_error(error)))
        self.ui.messageFrame.show()
        self._part_done(part)

    def _part_done(self, part: str) -> None:
        self._pending.discard(part)
        if self._pending:
            return
        self.ui.refreshButton.setEnabled(True)
        emails, sms = self.ui.emailView.rowCount(), self.ui.smsView.rowCount()
        counted = self.tr("1 e-mail") if emails == 1 else self.tr("{count} e-mails").format(count=emails)
        self.ui.statusLabel.setText(self.tr("{emails}, {sms} SMS · updated {time}").format(
            emails=counted, sms=sms, time=time_of_day(datetime.now(UTC))))
        if not self.ui.messageFrame.isVisibleTo(self):
            self.loaded.emit()

    def show_emails(self, emails: Sequence[CaughtEmail]) -> None:
        """Show the caught e-mails, newest first as given."""
        self._emails = list(emails)
        _fill(self.ui.emailView, [(local_time(mail.received_at), mail.mail_from, ", ".join(mail.rcpt_tos),
                                   mail.subject) for mail in self._emails])
        if self._emails:
            self.ui.emailView.selectRow(0)
        else:
            self.ui.emailTextView.clear()

    def show_sms(self, messages: Sequence[KeptSms]) -> None:
        """Show the kept SMS messages, newest first as given."""
        _fill(self.ui.smsView, [(local_time(sms.created_at), sms.sender, sms.recipient, sms.body, sms.status)
                                for sms in messages])

    def _on_email_view_item_selection_changed(self) -> None:
        rows = self.ui.emailView.selectionModel().selectedRows()
        text = self._emails[rows[0].row()].text if rows else ""
        self.ui.emailTextView.setPlainText(text)

    def _on_refresh_button_clicked(self) -> None:
        self.refresh()

    def _on_button_box_rejected(self) -> None:
        self.reject()

    def done(self, result: int) -> None:
        """Close the window; lists still loading are dropped."""
        mark_closed(self)
        super().done(result)


def show_sandbox_outbox(shown: SandboxOutbox | None, ops: Ops, client: AccountClient,
                        parent: QWidget) -> SandboxOutbox:
    """Show the Sandbox Outbox window (modeless, one at a time) and load it.

    Args:
        shown: the window this returned last time (``None`` at first): raised again while it is open.
        ops: the application's background runner.
        client: a signed-in client of the sandbox.
        parent: the window the outbox belongs to.

    Returns:
        The outbox window shown.
    """
    outbox = shown
    if outbox is None or not shiboken6.isValid(outbox) or not outbox.isVisible():
        outbox = SandboxOutbox(ops, client, parent)
        outbox.finished.connect(outbox.deleteLater)
        outbox.show()
    outbox.raise_()
    outbox.activateWindow()
    outbox.refresh()
    return outbox


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    """Replace a table's rows with ``rows`` of text (each cell's full text is also its tool tip)."""
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, text in enumerate(values):
            item = QTableWidgetItem(str(text))
            item.setToolTip(str(text))
            table.setItem(row, column, item)
