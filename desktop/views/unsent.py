"""The main window's changes not yet sent: the bar with **Review…**, sending them, and the conflict prompts.

Design §4: edits saved while the server could not be reached wait in the profile's outbox. The bar
above the account says how many ("1 change not yet sent"), what stops them (the server away, a
conflict, a refusal with the server's message) and opens the Changes Not Yet Sent window
(:class:`~desktop.views.outbox_dialog.OutboxDialog`: discard, resolve). After each refresh that
reached the server, :meth:`UnsentChanges.flush` sends them with the window's
:meth:`AccountSession.send_outbox <desktop.session.AccountSession.send_outbox>` on a worker (in order,
each exactly once); an edit whose fields were changed on the server too opens the
:class:`~desktop.views.conflict_dialog.ConflictDialog` (never a silent overwrite). Every call of the
session runs through :class:`~desktop.ops.Ops`; this module only shows what it reports.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from desktop.api import SignInRequired, Unreachable
from desktop.ops import Ops
from desktop.session import AccountSession, FlushReport
from desktop.store import CONFLICT, REJECTED, SENT, OutboxEntry
from desktop.views.account_window import AccountWindow
from desktop.views.changes import resource_phrase
from desktop.views.messages import describe_error

if TYPE_CHECKING:  # the dialogs are imported when first opened, not at start
    from desktop.views.conflict_dialog import ConflictDialog
    from desktop.views.outbox_dialog import OutboxDialog

log = logging.getLogger(__name__)

SAVED_OFFLINE = QT_TRANSLATE_NOOP("UnsentChanges", "Saved on this computer: it will be sent when the server is back.")
SAVED_OFFLINE_MANY = QT_TRANSLATE_NOOP("UnsentChanges",
                                       "Saved on this computer: they will be sent when the server is back.")
translate = QCoreApplication.translate


def _counted(count: int, one: str, many: str) -> str:
    """``one`` (already translated) for 1, else ``many`` with ``{count}`` filled in."""
    return one if count == 1 else many.format(count=count)


def outbox_summary(entries: list[OutboxEntry]) -> str:
    """``2 changes not yet sent; 1 needs your decision; 1 refused by the server`` (``""`` when none)."""
    if not entries:
        return ""
    count = len(entries)
    conflicts = sum(entry.status == CONFLICT for entry in entries)
    rejected = sum(entry.status == REJECTED for entry in entries)
    parts = [_counted(count, translate("UnsentChanges", "1 change not yet sent"),
                      translate("UnsentChanges", "{count} changes not yet sent"))]
    if conflicts:
        parts.append(_counted(conflicts, translate("UnsentChanges", "1 needs your decision"),
                              translate("UnsentChanges", "{count} need your decision")))
    if rejected:
        parts.append(translate("UnsentChanges", "{count} refused by the server").format(count=rejected))
    return "; ".join(parts)


class UnsentHost(Protocol):
    """What :class:`UnsentChanges` needs from its owner, the window's :class:`~desktop.views.offline.OfflineSupport`.

    Attributes:
        window: the main window.
        offline: whether the server was last found unreachable.
    """

    window: AccountWindow
    offline: bool

    def show_stored(self, parts: list[str], *, live: bool = False) -> None:
        """Show parts again as cached, with the edits not yet sent on top."""
        ...

    def went_offline(self, cause: Unreachable | None = None) -> None:
        """The server stopped answering: say so and try again later."""
        ...

    def ask_sign_in(self, then: Callable[[], None]) -> bool:
        """Open the app's sign-in over the window; ``then()`` after it succeeds."""
        ...


class UnsentChanges(QObject):
    """The changes not yet sent, as the main window shows and sends them.

    Args:
        support: the window's offline support (whether the server is away, showing cached parts,
            signing in again).
        ops: the application's background runner.
        session: the profile's account session (with an offline store).

    Signals:
        read(): the entries were read again (:meth:`entries`, the bar).
        flushed(object): the :class:`~desktop.session.FlushReport` of a send (or of a settled conflict).

    Attributes:
        outbox_dialog: the open Changes Not Yet Sent window, or ``None``.
        conflict_dialog: the open conflict dialog, or ``None``.
    """

    read = Signal()
    flushed = Signal(object)

    def __init__(self, support: UnsentHost, ops: Ops, session: AccountSession) -> None:
        super().__init__(support)  # support is a QObject too
        self._support = support
        self._window = support.window
        self._ops = ops
        self._session = session
        self._entries: list[OutboxEntry] | None = None
        self._reads = 0
        self._flushing = False
        self.outbox_dialog: OutboxDialog | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._window.ui.reviewButton.clicked.connect(self._on_review_button_clicked)

    # -- reading and showing ------------------------------------------------------------------

    def entries(self) -> list[OutboxEntry]:
        """The changes not yet sent as last read (oldest first)."""
        return list(self._entries or [])

    def refresh(self) -> None:
        """Read the changes not yet sent again (on a worker); then the bar shows them and ``read``."""
        self._reads += 1
        number, session = self._reads, self._session
        self._ops.run(session.entries, owner=self._window,
                      on_success=lambda entries: self._on_entries_read(number, entries),
                      on_failure=lambda error: log.error("the outbox could not be read", exc_info=error))

    def _on_entries_read(self, number: int, entries: list[OutboxEntry]) -> None:
        if number != self._reads:
            return
        self._entries = list(entries)
        self.render()
        self.read.emit()

    def state(self) -> str:
        """``2 changes not yet sent; 1 needs your decision``, ``empty``, or ``not read yet``."""
        if self._entries is None:
            return translate("UnsentChanges", "not read yet")
        return outbox_summary(self._entries) or translate("UnsentChanges", "empty")

    def pending_text(self) -> str:
        """What the bar says (``""`` while it is hidden)."""
        ui = self._window.ui
        return ui.outboxLabel.text() if ui.outboxBar.isVisibleTo(self._window) else ""

    def _sentence(self, entries: list[OutboxEntry]) -> str:
        rejected = [entry for entry in entries if entry.status == REJECTED]
        if self._support.offline:
            return translate("UnsentChanges", SAVED_OFFLINE if len(entries) == 1 else SAVED_OFFLINE_MANY)
        if self._flushing:
            return translate("UnsentChanges", "Sending to the server…")
        if rejected:
            said = (rejected[-1].error or translate("UnsentChanges", "no reason given")).rstrip(". ")
            return translate("UnsentChanges", "The server refused a change to {what}: {reason}. "
                             "Press Review… to see it and discard it.").format(
                what=resource_phrase(rejected[-1].resource), reason=said)
        if any(entry.status == CONFLICT for entry in entries):
            return translate("UnsentChanges", "The same fields were changed on the server too: press Review… to "
                             "choose which values to keep. Until then the change is not sent.")
        return translate("UnsentChanges", "Waiting to be sent.")

    def render(self) -> None:
        """Show the bar while changes wait (with what stops them), hide it when none do."""
        ui, entries = self._window.ui, self._entries or []
        ui.outboxBar.setVisible(bool(entries))
        if entries:
            ui.outboxLabel.setText(f"{outbox_summary(entries)}. {self._sentence(entries)}")

    # -- sending --------------------------------------------------------------------------------

    def flush(self) -> None:
        """Send the changes not yet sent (on a worker), unless a send is already running."""
        if self._flushing:
            return
        self._flushing = True
        self.render()
        self._ops.run(self._session.send_outbox, owner=self._window, on_success=self._on_flushed,
                      on_failure=self._on_flush_failed)

    def _on_flushed(self, report: FlushReport) -> None:
        self._flushing = False
        self.handle_report(report)

    def _on_flush_failed(self, error: BaseException) -> None:
        self._flushing = False
        log.error("sending the outbox failed", exc_info=error)
        self._window.ui.statusbar.showMessage(translate(
            "UnsentChanges", "Changes saved on this computer were not sent: {error}").format(
            error=describe_error(error)))
        self.refresh()

    def handle_report(self, report: FlushReport) -> None:
        """Show what a send did: the server's answers, a refusal said, a conflict put to the user."""
        count = len([outcome for outcome in report.outcomes if outcome.status == SENT])
        if count:
            self._window.ui.statusbar.showMessage(_counted(
                count, translate("UnsentChanges", "1 change saved on this computer was sent to the server."),
                translate("UnsentChanges", "{count} changes saved on this computer were sent to the server.")), 15_000)
        if report.outcomes:  # sent: the server's answer; refused: no longer laid over the server's values
            self._support.show_stored(sorted({outcome.resource for outcome in report.outcomes}), live=True)
        stopped = report.stopped_by
        if isinstance(stopped, Unreachable):
            self._support.went_offline(stopped)
        elif isinstance(stopped, SignInRequired):
            self._support.ask_sign_in(self._window.refresh)
        elif stopped is not None:
            self._window.ui.statusbar.showMessage(translate(
                "UnsentChanges", "Changes saved on this computer were not sent: {error} They are sent with the next "
                "refresh.").format(error=describe_error(stopped)))
        if report.conflicts:
            self.open_conflict(report.conflicts[0])
        self.refresh()
        self._refresh_outbox_dialog()
        self.render()
        self.flushed.emit(report)

    # -- dialogs --------------------------------------------------------------------------------

    def open_conflict(self, entry_id: int, parent: QWidget | None = None) -> None:
        """Read an entry in conflict (on a worker) and open the conflict dialog on it (window-modal).

        Opened by a send (``parent`` ``None``), it waits while another dialog of the window is open:
        the bar and Review… offer it then.
        """
        if parent is None and QApplication.activeModalWidget() not in (None, self.outbox_dialog):
            return
        session = self._session

        def read_conflicting_entry() -> OutboxEntry:
            return session.entry(entry_id)

        self._ops.run(read_conflicting_entry, owner=self._window,
                      on_success=lambda entry: self._show_conflict(entry, parent),
                      on_failure=lambda _error: self.refresh())

    def _show_conflict(self, entry: OutboxEntry, parent: QWidget | None) -> None:
        if entry.status != CONFLICT or entry.conflict is None:
            return
        if parent is not None and not shiboken6.isValid(parent):
            parent = None
        from desktop.views.conflict_dialog import ConflictDialog  # imported when first opened, not at start

        dialog = ConflictDialog(entry, parent or self._window)
        dialog.resolve_with(self._ops, self._session)
        dialog.resolved.connect(self.handle_report)
        dialog.finished.connect(self._on_conflict_dialog_finished)
        self.conflict_dialog = dialog
        self._window.open_dialog(dialog)

    def _on_conflict_dialog_finished(self, _result: int) -> None:
        self.conflict_dialog = None
        self.refresh()
        self._refresh_outbox_dialog()

    def _refresh_outbox_dialog(self) -> None:
        if self.outbox_dialog is not None and shiboken6.isValid(self.outbox_dialog):
            self.outbox_dialog.refresh()

    def open_outbox(self) -> OutboxDialog:
        """Open the Changes Not Yet Sent window (window-modal)."""
        from desktop.views.outbox_dialog import OutboxDialog  # imported when first opened, not at start

        dialog = OutboxDialog(self._session, self._window, ops=self._ops)
        dialog.changed.connect(self._on_outbox_dialog_changed)
        dialog.resolve_requested.connect(lambda entry_id: self.open_conflict(entry_id, dialog))
        dialog.finished.connect(self._on_outbox_dialog_finished)
        self.outbox_dialog = dialog
        self._window.open_dialog(dialog)
        return dialog

    def _on_outbox_dialog_changed(self) -> None:
        self._support.show_stored(["account", "smtp"])  # a discarded edit is no longer laid on top
        self.refresh()

    def _on_outbox_dialog_finished(self, _result: int) -> None:
        self.outbox_dialog = None
        self.refresh()

    def _on_review_button_clicked(self) -> None:
        self.open_outbox()
