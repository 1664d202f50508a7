"""Review the edits not yet sent: what changed, when, and what stops them (design §4).

The list shows each unsent outbox entry, oldest first (the order they are sent in): the details it
changes, when it was saved, its status (waiting, in conflict, rejected by the server) and each
changed field with its old and new value. The user may **Discard** an entry (after confirming) or,
for a conflict, press **Resolve…**: the dialog emits ``resolve_requested(entry_id)`` and the caller
opens :class:`~desktop.views.conflict_dialog.ConflictDialog`, then calls :meth:`OutboxDialog.refresh`.
Every read and discard is a call of the profile's :class:`~desktop.session.AccountSession` through
:class:`~desktop.ops.Ops`.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QTreeWidgetItem, QWidget

from desktop.forms.ui_outbox_dialog import Ui_OutboxDialog
from desktop.ops import Ops, mark_closed
from desktop.session import AccountSession
from desktop.store import CONFLICT, PENDING, REJECTED, OutboxEntry
from desktop.views.changes import (
    change_title,
    in_form_order,
    resource_phrase,
    resource_title,
    shown_value,
)
from desktop.views.formats import date_time
from desktop.views.messages import describe_error, style_notice
from desktop.views.window_fit import fit_on_show

ENTRY_ROLE = Qt.ItemDataRole.UserRole
STATUS_TEXT = {PENDING: QT_TRANSLATE_NOOP("OutboxDialog", "waiting to be sent"),
               CONFLICT: QT_TRANSLATE_NOOP("OutboxDialog", "conflict: needs your decision"),
               REJECTED: QT_TRANSLATE_NOOP("OutboxDialog", "rejected by the server")}
HELD_BACK = QT_TRANSLATE_NOOP("OutboxDialog", "held back until the conflict before it is settled")


translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return QCoreApplication.translate("OutboxDialog", text)


def summary_text(entries: list[OutboxEntry]) -> str:
    """The list's title with its mnemonic, e.g. ``2 &changes not yet sent (1 needs your decision)``."""
    if not entries:
        return translate("OutboxDialog", "No &changes waiting: everything has been sent.")
    count = len(entries)
    text = translate("OutboxDialog", "1 &change not yet sent") if count == 1 else translate("OutboxDialog", "{count} "
                                                                                                            "&changes "
                                                                                                            "not yet "
                                                                                                            "sent").format(count=count)
    conflicts = sum(entry.status == CONFLICT for entry in entries)
    rejected = sum(entry.status == REJECTED for entry in entries)
    decide = (translate("OutboxDialog", "1 needs your decision") if conflicts == 1
              else translate("OutboxDialog", "{count} need your decision"))
    notes = ([decide.format(count=conflicts)] if conflicts else []) + (
        [translate("OutboxDialog", "{count} rejected by the server").format(count=rejected)] if rejected else [])
    return text + (f" ({', '.join(notes)})" if notes else "")


def held_back(entry: OutboxEntry, entries: list[OutboxEntry]) -> bool:
    """Whether a pending entry waits for an earlier conflict of the same resource (the sender holds it back)."""
    return entry.status == PENDING and any(other.status == CONFLICT and other.resource == entry.resource
                                           and other.id < entry.id for other in entries)


def details_text(entry: OutboxEntry, entries: list[OutboxEntry]) -> str:
    """What an entry's status means and what the user can do, in plain words."""
    what = resource_phrase(entry.resource)
    if entry.status == CONFLICT and entry.conflict is not None:
        keys = in_form_order(entry.resource, entry.conflict.fields)
        fields = ", ".join(change_title(entry.resource, key) for key in keys)
        return translate("OutboxDialog", "{fields} also changed on the server after you made this change to {what}. "
                                         "Press Resolve… to "
                   "choose which values to keep; until then it is not sent.").format(fields=fields, what=what)
    if entry.status == REJECTED:
        problems = "; ".join(f"{change_title(entry.resource, key)}: {message}"
                             for key, message in entry.error_fields.items())
        said = (problems or entry.error or translate("OutboxDialog", "no reason given")).rstrip(". ")
        return translate("OutboxDialog", "The server refused this change to {what}: {reason}. It will not be sent as "
                                         "it is: discard it "
                   "and make the change again.").format(what=what, reason=said)
    if held_back(entry, entries):
        return translate("OutboxDialog", "Held back until the conflict in an earlier change to {what} is settled, "
                                         "because it may build "
                   "on it.").format(what=what)
    return translate("OutboxDialog", "Waiting to be sent; it goes as soon as the server answers.")


class OutboxDialog(QDialog):
    """The "Changes Not Yet Sent" window.

    Args:
        session: the profile's :class:`~desktop.session.AccountSession` (with an offline store).
        parent: the main window.
        ops: the application's background runner (keyword-only, required): every read and
            discard runs on a worker.

    Signals:
        loaded(): the list of the last :meth:`refresh` is shown.
        changed(): an entry was discarded (the window should show the cached values again).
        resolve_requested(int): the user pressed Resolve… on this entry id (in conflict).
    """

    loaded = Signal()
    changed = Signal()
    resolve_requested = Signal(int)

    def __init__(self, session: AccountSession, parent: QWidget | None = None, *, ops: Ops) -> None:
        super().__init__(parent)
        self.ui = Ui_OutboxDialog()
        self.ui.setupUi(self)
        fit_on_show(self)  # never larger than the screen it opens on (issue 12)
        self._session = session
        self._ops = ops
        self._entries: list[OutboxEntry] = []
        self._generation = 0
        self._notice = ""
        self.question_box: QMessageBox | None = None
        style_notice(self.ui.messageFrame)
        self.ui.messageFrame.hide()
        header = self.ui.changesView.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 300)
        header.resizeSection(1, 200)
        self._connect_signals()
        self._refresh_state()
        self.refresh()

    def _connect_signals(self) -> None:
        self.ui.changesView.itemSelectionChanged.connect(self._on_changes_view_item_selection_changed)
        self.ui.refreshButton.clicked.connect(self._on_refresh_button_clicked)
        self.ui.resolveButton.clicked.connect(self._on_resolve_button_clicked)
        self.ui.discardButton.clicked.connect(self._on_discard_button_clicked)
        self.ui.buttonBox.rejected.connect(self._on_button_box_rejected)

    # -- state ---------------------------------------------------------------------------------

    def entries(self) -> list[OutboxEntry]:
        """The entries shown, oldest first."""
        return list(self._entries)

    def summary(self) -> str:
        """The list's title as read, e.g. ``2 changes not yet sent``."""
        return self.ui.changesLabel.text().replace("&", "")

    def message(self) -> str:
        """The problem shown above the list (``""`` when none)."""
        return self.ui.messageLabel.text() if self.ui.messageFrame.isVisibleTo(self) else ""

    def selected_entry(self) -> OutboxEntry | None:
        """The entry whose row (or one of whose field rows) is selected."""
        items = self.ui.changesView.selectedItems()
        entry_id = items[0].data(0, ENTRY_ROLE) if items else None
        return next((entry for entry in self._entries if entry.id == entry_id), None)

    def select_entry(self, entry_id: int) -> bool:
        """Select an entry's row; returns whether it is shown."""
        view = self.ui.changesView
        for index in range(view.topLevelItemCount()):
            item = view.topLevelItem(index)
            if item.data(0, ENTRY_ROLE) == entry_id:
                view.setCurrentItem(item)
                return True
        return False

    def refresh(self) -> None:
        """Read the unsent entries again (on a worker); ``loaded`` follows when they are shown."""
        self._generation += 1
        generation = self._generation
        self.ui.statusLabel.setText("Loading…")
        self._ops.run(self._session.entries, owner=self,
                      on_success=lambda entries: self._on_entries_loaded(generation, entries),
                      on_failure=self._on_work_failed)

    def _on_entries_loaded(self, generation: int, entries: list[OutboxEntry]) -> None:
        if generation != self._generation:
            return
        selected = self.selected_entry()
        self._entries = list(entries)
        self._show_message(self._notice)
        self._notice = ""
        self._fill(entries)
        if not (selected and self.select_entry(selected.id)) and entries:
            self.select_entry(entries[0].id)
        self.ui.statusLabel.setText("")
        self._refresh_state()
        self.loaded.emit()

    def _fill(self, entries: list[OutboxEntry]) -> None:
        view = self.ui.changesView
        view.clear()
        self.ui.changesLabel.setText(summary_text(entries))
        for entry in entries:
            status = _tr(HELD_BACK if held_back(entry, entries) else STATUS_TEXT[entry.status])
            item = QTreeWidgetItem([self.tr("{what} · saved {time} · {status}").format(
                what=resource_title(entry.resource), time=date_time(entry.created_at), status=status)])
            item.setData(0, ENTRY_ROLE, entry.id)
            item.setToolTip(0, details_text(entry, entries))
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            conflicts = entry.conflict.fields if entry.conflict else {}
            for key in in_form_order(entry.resource, entry.changes):
                value, title = entry.changes[key], change_title(entry.resource, key)
                if key in conflicts:
                    title += " (changed on the server too)"
                elif key in entry.error_fields:
                    title += " (refused)"
                child = QTreeWidgetItem([title, shown_value(entry.base.get(key)), shown_value(value)])
                child.setData(0, ENTRY_ROLE, entry.id)
                for column in range(3):
                    child.setToolTip(column, child.text(column))
                item.addChild(child)
            view.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
            item.setExpanded(True)

    def _refresh_state(self) -> None:
        entry = self.selected_entry()
        self.ui.discardButton.setEnabled(entry is not None)
        self.ui.resolveButton.setEnabled(entry is not None and entry.status == CONFLICT)
        self.ui.detailsNote.setText(details_text(entry, self._entries) if entry else "")

    def _show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageFrame.setVisible(bool(text))

    # -- slots ---------------------------------------------------------------------------------

    def _on_changes_view_item_selection_changed(self) -> None:
        self._refresh_state()

    def _on_refresh_button_clicked(self) -> None:
        self.refresh()

    def _on_resolve_button_clicked(self) -> None:
        entry = self.selected_entry()
        if entry is not None and entry.status == CONFLICT:
            self.resolve_requested.emit(entry.id)

    def _on_discard_button_clicked(self) -> None:
        entry = self.selected_entry()
        if entry is None or self.question_box is not None:
            return
        keys = in_form_order(entry.resource, entry.changes)
        changes = "\n".join(f"• {change_title(entry.resource, key)}: {shown_value(entry.base.get(key))} → "
                            f"{shown_value(entry.changes[key])}" for key in keys)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard Change"),
                          self.tr("Discard your change to {what}, saved {time}?").format(
                              what=resource_phrase(entry.resource), time=date_time(entry.created_at)),
                          QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(changes + "\n\n" + self.tr("It is never sent; the window shows the server's values "
                                                           "again."))
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: self._on_question_box_finished(entry.id, box.clickedButton() is discard))
        self.question_box = box
        box.open()

    def _on_question_box_finished(self, entry_id: int, confirmed: bool) -> None:
        if self.question_box is not None:
            self.question_box.deleteLater()
        self.question_box = None
        if not confirmed:
            return
        session = self._session
        self.ui.statusLabel.setText(self.tr("Discarding…"))
        self.ui.discardButton.setEnabled(False)

        def discard_entry() -> bool:
            return session.discard(entry_id)

        self._ops.run(discard_entry, owner=self, on_success=self._on_discard_done, on_failure=self._on_work_failed)

    def _on_discard_done(self, discarded: bool) -> None:
        if discarded:
            self.changed.emit()
        else:
            self._notice = self.tr("That change was sent to the server meanwhile, so there was nothing left to "
                                   "discard.")
        self.refresh()

    def _on_work_failed(self, error: BaseException) -> None:
        self.ui.statusLabel.setText("")
        self._show_message(self.tr("The changes on this computer could not be read or changed: {reason}").format(
            reason=describe_error(error)))
        self._refresh_state()

    def _on_button_box_rejected(self) -> None:
        self.reject()

    def done(self, result: int) -> None:
        """Close the window; work still running is no longer shown here."""
        mark_closed(self)
        super().done(result)
