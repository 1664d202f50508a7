"""What the account's helpers (offline support, changes not yet sent) need from the main window that owns them.

A narrow, explicit interface instead of a back-reference to
:class:`~desktop.views.main_window.MainWindow`: :class:`AccountWindow` names the few members the
helpers of :mod:`desktop.views.offline` and :mod:`desktop.views.unsent` use. The window is a
``QWidget`` too: the helpers' jobs and dialogs are owned by it.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QDialog, QLabel

from desktop.forms.ui_main_window import Ui_MainWindow


class AccountWindow(Protocol):
    """The main window as its account helpers see it.

    Attributes:
        ui: the window's form (the outbox bar, the Refresh action, the status bar).
        updated_status: the status-bar label that says how old the data shown is.
    """

    ui: Ui_MainWindow
    updated_status: QLabel

    @property
    def loading(self) -> bool:
        """Whether a refresh is running."""
        ...

    def refresh(self) -> None:
        """Load every part again from the server."""
        ...

    def show_part(self, part: str, value: object) -> None:
        """Show one part (``account``, ``smtp``, ``packages``)."""
        ...

    def show_problem(self, text: str) -> None:
        """Show a problem in the banner at the top of the window."""
        ...

    def show_reachable(self, reachable: bool) -> None:
        """Make what needs the server now available or not."""
        ...

    def open_dialog(self, dialog: QDialog) -> QDialog:
        """Show a dialog window-modal and delete it once closed."""
        ...
