"""Opening the edit dialogs over the main window: on the version it shows, through its session.

:class:`AccountEditors` is owned by :class:`~desktop.views.main_window.MainWindow` (composition: it
sees the window only through the narrow :class:`EditorWindow` interface). It builds an edit dialog
(company or contact: the account; the SMTP details) on the version the window shows and the
window's :class:`~desktop.session.AccountSession`, lets the offline support configure it (the app's
sign-in; an edit queued in the outbox), opens it window-modal and answers what it reports: a save is
shown and cached; a dialog closed without saving may have seen a newer version (412) or left a Save
running, so what it edited is loaded again.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtWidgets import QDialog, QWidget

from desktop.api import Versioned
from desktop.ops import Ops
from desktop.session import AccountSession
from desktop.views.offline import OfflineSupport

if TYPE_CHECKING:  # the edit dialogs are imported when first opened (by the window), not at start
    from desktop.views.edit_dialog import EditDialog

_D = TypeVar("_D", bound="EditDialog")


class EditorWindow(Protocol):
    """The main window as :class:`AccountEditors` sees it (a QWidget too: the dialogs' parent)."""

    def show_part(self, part: str, value: object) -> None:
        """Show one part (``account``, ``smtp``, ``packages``)."""
        ...

    def refresh(self) -> None:
        """Load every part again from the server."""
        ...

    def reload_part(self, part: str) -> None:
        """Load one part again."""
        ...

    def open_dialog(self, dialog: QDialog) -> QDialog:
        """Show a dialog window-modal and delete it once closed."""
        ...


class AccountEditors:
    """The main window's edit dialogs: each opened on the window's session, and what each saved shown.

    Args:
        window: the main window (a QWidget: the dialogs' parent).
        ops: the application's background runner (the dialogs save through it).
        session: the window's account session (the dialogs save, or queue, through it).
        offline: the window's offline support (configures each dialog, caches what it saved).
    """

    def __init__(self, window: EditorWindow, ops: Ops, session: AccountSession, offline: OfflineSupport) -> None:
        self._window = window
        self._parent: QWidget = window  # type: ignore[assignment]  # the window is a QWidget
        self._ops = ops
        self._session = session
        self._offline = offline
        self._open: set[EditDialog] = set()

    def open(self, dialog_class: type[_D], current: Versioned[Any]) -> _D:
        """Open an edit dialog (window-modal) on ``current``, the version of its resource the window shows."""
        dialog = dialog_class(self._ops, self._session, current, self._parent)
        part = dialog.RESOURCE  # the part the window shows it in: "account" or "smtp"
        self._offline.configure_editor(dialog)  # the outbox when offline (never a password), re-sign-in
        dialog.saved.connect(partial(self._on_dialog_saved, part))
        dialog.rejected.connect(partial(self._on_dialog_rejected, part))
        self._open.add(dialog)
        dialog.finished.connect(partial(self._on_dialog_finished, dialog))
        self._window.open_dialog(dialog)
        return dialog

    def _on_dialog_finished(self, dialog: EditDialog, _result: int) -> None:
        self._open.discard(dialog)

    def queue_on_quit(self) -> None:
        """The window is closing: each open dialog whose Save still waits for the server queues it in the outbox."""
        for dialog in list(self._open):
            dialog.queue_on_quit()

    def _on_dialog_saved(self, part: str, current: Versioned[Any]) -> None:
        self._window.show_part(part, current)
        self._offline.answer_saved(part, current)

    def _on_dialog_rejected(self, part: str) -> None:
        # a cancelled dialog may have seen a newer version (412) or left a save running
        if part == "account":
            self._window.refresh()
        else:
            self._window.reload_part(part)
