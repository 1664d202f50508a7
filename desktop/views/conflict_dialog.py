"""Settle a conflict between an edit saved offline and a newer change on the server, field by field.

Design §4: a conflict is never settled silently. For each field changed on both sides the dialog
shows the value the edit started from ("when you started"), the user's value ("your change") and
the server's ("now on the server"), with a choice "Keep mine" / "Take theirs" and nothing chosen
beforehand; **Apply** is enabled only when every field has a choice. The dialog itself does no
I/O: after :meth:`ConflictDialog.resolve_with`, Apply runs
:meth:`AccountSession.resolve_conflict <desktop.session.AccountSession.resolve_conflict>` through
:class:`~desktop.ops.Ops`; without it, Apply
only closes the dialog and the caller reads :meth:`ConflictDialog.choices`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QButtonGroup, QDialog, QFrame, QLabel, QRadioButton, QVBoxLayout, QWidget

from desktop.forms.ui_conflict_dialog import Ui_ConflictDialog
from desktop.ops import Ops, mark_closed
from desktop.session import AccountSession, FlushReport
from desktop.store import CONFLICT, OutboxEntry
from desktop.views.changes import (
    change_title,
    in_form_order,
    resource_phrase,
    shown_value,
    with_mnemonic,
)
from desktop.views.formats import date_time
from desktop.views.messages import describe_error, grow_to_fit, style_notice
from desktop.views.window_fit import fit_on_show

MINE, THEIRS = "mine", "theirs"
#: The tallest the list of fields grows before it scrolls, in pixels.
MAX_FIELDS_HEIGHT = 360


class ConflictDialog(QDialog):
    """Ask, for each field of an outbox entry in conflict, whether to keep the user's value or the server's.

    Args:
        entry: an :class:`~desktop.store.OutboxEntry` whose ``status`` is ``conflict``.
        parent: the parent window.

    Signals:
        resolved(object): after :meth:`resolve_with`, the :class:`~desktop.session.FlushReport`
            of sending the settled entry; the dialog is accepted just after. ``report.stopped_by``
            is set when the server could not be reached (the settled edit stays queued and goes
            with the next flush); ``report.rejected`` names the entry when the server refused it.

    Raises:
        ValueError: the entry is not in conflict.
    """

    resolved = Signal(object)

    def __init__(self, entry: OutboxEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConflictDialog()
        self.ui.setupUi(self)
        fit_on_show(self)  # never larger than the screen it opens on (issue 12)
        style_notice(self.ui.messageFrame)
        self.ui.messageFrame.hide()
        self._entry = entry
        self._groups: dict[str, QButtonGroup] = {}
        self._row_widgets: list[QWidget] = []
        self._sender: tuple[Ops, AccountSession] | None = None
        self._sending = False
        self._gone = False
        self._show_entry(entry)
        self._connect_signals()
        self.resize(max(self.width(), self.minimumWidth()), 0)
        grow_to_fit(self)

    def _connect_signals(self) -> None:
        self.ui.applyButton.clicked.connect(self._on_apply_button_clicked)
        self.ui.buttonBox.rejected.connect(self._on_button_box_rejected)

    @property
    def entry(self) -> OutboxEntry:
        """The entry shown (replaced when the server changed the same fields again while sending)."""
        return self._entry

    def choices(self) -> dict[str, str]:
        """The choice made so far for each conflicting dotted key: ``"mine"`` or ``"theirs"``."""
        return {key: MINE if group.checkedId() == 0 else THEIRS
                for key, group in self._groups.items() if group.checkedId() >= 0}

    def choice_button(self, key: str, choice: str) -> QRadioButton:
        """The "Keep mine" (``"mine"``) or "Take theirs" (``"theirs"``) radio button of a field.

        Raises:
            KeyError: the field is not in conflict.
        """
        return self._groups[key].button(0 if choice == MINE else 1)

    def message(self) -> str:
        """The message shown at the top (``""`` when none)."""
        return self.ui.messageLabel.text() if self.ui.messageFrame.isVisibleTo(self) else ""

    def resolve_with(self, ops: Ops, session: AccountSession) -> None:
        """Make **Apply** settle the conflict and send it; call before showing the dialog.

        Apply then runs :meth:`AccountSession.resolve_conflict <desktop.session.AccountSession.resolve_conflict>`
        with :meth:`choices` on a worker, and emits :attr:`resolved` with its report. When the server
        changed the same fields yet again, the dialog stays open with the new values to choose from.

        Args:
            ops: the application's background runner.
            session: the profile's account session (its outbox holds the entry).
        """
        self._sender = (ops, session)

    # -- showing -------------------------------------------------------------------------------

    def _show_entry(self, entry: OutboxEntry) -> None:
        if entry.status != CONFLICT or entry.conflict is None:
            raise ValueError(f"Outbox entry {entry.id} is {entry.status}, not in conflict.")
        self._entry = entry
        for widget in self._row_widgets:
            self.ui.fieldsLayout.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._row_widgets.clear()
        self._groups.clear()
        ui = self.ui
        ui.introLabel.setText(self.tr(
            "You changed {what} while the server could not be reached ({time}). Meanwhile the same fields were "
            "changed on the server. Choose, for each field, which value to keep. Nothing is sent until you press "
            "Apply; Cancel leaves your change waiting.").format(what=resource_phrase(entry.resource),
                                                                time=date_time(entry.created_at)))
        used = {"a", "c"}  # Apply, Cancel
        for index, key in enumerate(in_form_order(entry.resource, entry.conflict.fields)):
            conflict = entry.conflict.fields[key]
            self._add_row(1 + 2 * index, conflict.field, conflict.base, conflict.mine, conflict.theirs, used)
        others = [change_title(entry.resource, key) for key in in_form_order(entry.resource, entry.changes)
                  if key not in entry.conflict.fields]
        ui.otherNote.setText(self.tr("Your other changes in this edit ({fields}) do not conflict and are sent as you "
                                     "made them.").format(fields=", ".join(others)) if others else "")
        ui.otherNote.setVisible(bool(others))
        ui.fieldsLayout.activate()
        needed = ui.fieldsWidget.sizeHint().height() + 2 * ui.scrollArea.frameWidth()
        ui.scrollArea.setMinimumHeight(min(needed, MAX_FIELDS_HEIGHT))
        self._refresh_state()

    def _add_row(self, row: int, key: str, base: str | None, mine: str, theirs: str | None, used: set[str]) -> None:
        title = change_title(self._entry.resource, key)
        line = QFrame(self.ui.fieldsWidget)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        label = QLabel(with_mnemonic(title, used), self.ui.fieldsWidget)
        label.setObjectName(f"{key.replace('.', '_')}Label")
        group = QButtonGroup(self)
        cells = []
        for choice, text, value in ((MINE, self.tr("Keep mine"), mine), (THEIRS, self.tr("Take theirs"), theirs)):
            button = QRadioButton(text)
            button.setAccessibleName(f"{title}: {text.lower()}, {shown_value(value)}")
            group.addButton(button, 0 if choice == MINE else 1)
            cells.append(self._cell(self._value(value, f"{title}: {text.lower()}"), button))
        label.setBuddy(group.button(0))
        group.idToggled.connect(self._on_choice_group_id_toggled)
        self._groups[key] = group
        base_cell = self._cell(self._value(base, self.tr("{field}: when you started").format(field=title)))
        layout = self.ui.fieldsLayout
        layout.addWidget(line, row, 0, 1, 4)
        layout.addWidget(label, row + 1, 0, Qt.AlignmentFlag.AlignTop)
        for column, cell in enumerate((base_cell, *cells), start=1):
            layout.addWidget(cell, row + 1, column)
        self._row_widgets += [line, label, base_cell, *cells]

    def _value(self, value: str | None, accessible: str) -> QLabel:
        label = QLabel(shown_value(value))
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAccessibleName(accessible)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if value in (None, ""):  # "(empty)" reads as a note, not as a value: in italics and the palette's
            font = label.font()  # placeholder colour, which stays readable (4.5:1), unlike a disabled grey
            font.setItalic(True)
            label.setFont(font)
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return label

    def _cell(self, *widgets: QWidget) -> QWidget:
        cell = QWidget(self.ui.fieldsWidget)
        layout = QVBoxLayout(cell)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for widget in widgets:  # a radio button only as wide as its text: a click beside it does nothing
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft if isinstance(widget, QRadioButton)
                             else Qt.AlignmentFlag(0))
        layout.addStretch(1)
        return cell

    def _refresh_state(self) -> None:
        choices = self.choices()
        missing = len(self._groups) - len(choices)
        for group in self._groups.values():
            for button in group.buttons():
                button.setEnabled(not self._sending)
        self.ui.applyButton.setEnabled(missing == 0 and not self._sending and not self._gone)
        if self._sending:
            text = self.tr("Sending…")
        elif missing:
            text = (self.tr("Choose a value for 1 more field.") if missing == 1
                    else self.tr("Choose a value for {count} more fields.").format(count=missing))
        else:
            text = self._summary(choices)
        self.ui.statusLabel.setText(text)

    def _summary(self, choices: dict[str, str]) -> str:
        titles = {key: change_title(self._entry.resource, key) for key in choices}
        mine = [titles[key] for key, choice in choices.items() if choice == MINE]
        theirs = [titles[key] for key, choice in choices.items() if choice == THEIRS]
        parts = []
        if mine:
            parts.append((self.tr("your value for {fields}") if len(mine) == 1
                          else self.tr("your values for {fields}")).format(fields=", ".join(mine)))
        if theirs:
            parts.append((self.tr("the server's value for {fields}") if len(theirs) == 1
                          else self.tr("the server's values for {fields}")).format(fields=", ".join(theirs)))
        return self.tr("Apply keeps {choices}.").format(choices=self.tr(" and ").join(parts))

    def _show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageFrame.setVisible(bool(text))
        grow_to_fit(self)

    # -- slots ---------------------------------------------------------------------------------

    def _on_choice_group_id_toggled(self, _id: int, _checked: bool) -> None:
        self._refresh_state()

    def _on_apply_button_clicked(self) -> None:
        self.apply()

    def _on_button_box_rejected(self) -> None:
        self.reject()

    def apply(self) -> bool:
        """Do what **Apply** does: close with the choices, or (after :meth:`resolve_with`) send them.

        Returns:
            Whether it went ahead (``False`` while a field has no choice or a send is running).
        """
        if not self.ui.applyButton.isEnabled():
            return False
        if self._sender is None:
            self.accept()
            return True
        ops, session = self._sender
        entry_id, choices = self._entry.id, self.choices()

        def settle_and_send() -> tuple[FlushReport | None, OutboxEntry | None]:
            """Settle and send; ``(None, None)`` when the entry is no longer in conflict (nothing done)."""
            return session.resolve_conflict(entry_id, choices)

        self._sending = True
        self._show_message("")
        self._refresh_state()
        ops.run(settle_and_send, on_success=self._on_resolve_succeeded, on_failure=self._on_resolve_failed, owner=self)
        return True

    def _on_resolve_succeeded(self, outcome: tuple[FlushReport | None, OutboxEntry | None]) -> None:
        report, entry = outcome
        self._sending = False
        if report is None:
            self._gone = True
            self._show_message(self.tr("This change is no longer waiting for a decision: it was discarded or settled "
                                       "elsewhere. Close this window and look at the changes not yet sent."))
            self._refresh_state()
            return
        if entry is not None and entry.status == CONFLICT and entry.conflict is not None:
            self._show_entry(entry)
            self._show_message(self.tr("The server changed these fields again while your choice was being sent. Look "
                                       "at the new values and choose again."))
            return
        self.resolved.emit(report)
        self.accept()

    def _on_resolve_failed(self, error: BaseException) -> None:
        self._sending = False
        self._show_message(describe_error(error))
        self._refresh_state()

    def done(self, result: int) -> None:
        """Close the dialog; a send still running goes on, but its result is no longer shown here."""
        mark_closed(self)
        super().done(result)
