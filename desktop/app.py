"""Start-up of CX Account Desk: command line, logging, the sandbox or a remote server, the main window.

``cxdesk`` with no arguments starts the embedded account service on ``127.0.0.1`` and a free port,
with the sandbox database in the platformdirs data folder, signs in and shows the account.
``cxdesk --server URL`` signs in to another server. ``cxdesk --screenshot FILE`` loads the account,
saves a PNG of the main window and exits 0 (works with ``QT_QPA_PLATFORM=offscreen``).
``cxdesk --self-test`` checks the installation (:mod:`desktop.selftest`) and exits non-zero on a failure.
Nothing here waits on the network on the GUI thread: the service is started and signed in to on a
worker through :class:`desktop.ops.Ops`.
"""

from __future__ import annotations

import argparse
import logging
import sys
from dataclasses import dataclass
from pathlib import Path

from desktop import APP_NAME, __version__

log = logging.getLogger("desktop")

#: How long ``--screenshot`` waits for the account before giving up, in milliseconds.
SCREENSHOT_TIMEOUT_MS = 60_000


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Parse the command line (``sys.argv[1:]`` when ``argv`` is ``None``)."""
    parser = argparse.ArgumentParser(prog="cxdesk", description=f"{APP_NAME}: manage your ConnexCS account.")
    parser.add_argument("--server", metavar="URL",
                        help="API base URL of another server, e.g. https://app.connexcs.com/api/cp/ "
                             "(default: the embedded sandbox)")
    parser.add_argument("--screenshot", metavar="FILE", type=Path,
                        help="load the account, save a PNG of the main window to FILE and exit")
    parser.add_argument("--sandbox-db", metavar="PATH", type=Path,
                        help="the sandbox database (default: in the app's data folder)")
    parser.add_argument("--self-test", nargs="?", const="-", metavar="REPORT",
                        help="check this installation (sandbox, Qt plugins, forms, TLS, keyring), print one "
                             "line per check, also write them to REPORT if given, and exit 1 on a failure")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(argv)


@dataclass
class Session:
    """What the window works with: a client, a label for the server and, for the sandbox, its service."""

    client: object
    server_label: str
    sandbox: object | None = None


def start_sandbox(db_path: Path) -> Session:
    """Start the embedded account service on a free loopback port and sign in as the sandbox user.

    Runs on a worker thread (it binds a socket, opens SQLite and makes two HTTP requests).

    Raises:
        RuntimeError: the service did not start.
        desktop.api.ApiError: signing in failed.
    """
    from desktop.api import AccountClient
    from desktop.server import EmbeddedServer
    from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD

    sandbox = EmbeddedServer(db_path, sandbox=True)
    sandbox.start()
    client = AccountClient(sandbox.base_url)
    try:
        client.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
    except Exception:
        sandbox.stop()
        raise
    return Session(client, f"Sandbox ({sandbox.base_url})", sandbox)


class Launcher:
    """Drives start-up on the GUI thread: start or sign in, then open the main window.

    For ``--screenshot`` it saves the window once the account is shown and quits with 0, or quits
    with 1 if loading fails or takes longer than SCREENSHOT_TIMEOUT_MS.
    """

    def __init__(self, app, args: argparse.Namespace) -> None:
        from desktop.ops import Ops

        self.app = app
        self.args = args
        self.ops = Ops(app)
        self.session: Session | None = None
        self.window = None
        self.sign_in_dialog = None

    def start(self) -> None:
        """Begin start-up; returns at once, the rest happens through the event loop."""
        if self.args.screenshot:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, lambda: self._fail("timed out loading the account"))
        if self.args.server:
            self._sign_in_remote(self.args.server)
            return
        from desktop.paths import sandbox_db_path

        db_path = self.args.sandbox_db or sandbox_db_path()
        log.info("starting the sandbox account service on %s", db_path)
        self.ops.run(lambda: start_sandbox(db_path), on_success=self._open_window,
                     on_failure=self._on_boot_failed)

    def _sign_in_remote(self, url: str) -> None:
        from desktop.api import AccountClient
        from desktop.views.sign_in_dialog import SignInDialog

        client = AccountClient(url)
        self.sign_in_dialog = SignInDialog(self.ops, client, server_label=url)
        self.sign_in_dialog.accepted.connect(lambda: self._open_window(Session(client, url)))
        self.sign_in_dialog.rejected.connect(self.app.quit)
        self.sign_in_dialog.show()

    def _open_window(self, session: Session) -> None:
        from desktop.views.main_window import MainWindow

        self.session = session
        self.window = MainWindow(self.ops, session.client, server_label=session.server_label,
                                 sandbox=session.sandbox is not None)
        from desktop.views.help_menu import install_help_menu

        # The outbox's state joins the diagnostics once the window offers outbox_state() (until then: "not available").
        install_help_menu(self.window, server_url_getter=lambda: session.server_label,
                          outbox_state_getter=lambda: getattr(self.window, "outbox_state", lambda: None)())
        if self.args.screenshot:
            self.window.loaded.connect(self._save_screenshot)
            self.window.load_failed.connect(self._fail)
        self.window.show()
        self.window.refresh()

    def _save_screenshot(self) -> None:
        path = self.args.screenshot
        path.parent.mkdir(parents=True, exist_ok=True)
        if not self.window.grab().save(str(path)):
            self._fail(f"could not write {path}")
            return
        print(f"saved {path}")
        self.app.exit(0)

    def _on_boot_failed(self, error: BaseException) -> None:
        log.error("start-up failed", exc_info=error)
        if self.args.screenshot:
            self._fail(str(error))
            return
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APP_NAME, f"The sandbox account service could not start:\n\n{error}")
        self.app.exit(1)

    def _fail(self, reason: str) -> None:
        print(f"{APP_NAME}: {reason}", file=sys.stderr)
        self.app.exit(1)

    def shutdown(self) -> None:
        """Stop the sandbox service (if any) once the event loop has ended."""
        self.ops.wait_for_done(5000)
        if self.session is not None and self.session.sandbox is not None:
            self.session.sandbox.stop()


def main(argv: list[str] | None = None) -> int:
    """Run the app; returns the process exit code."""
    args = parse_args(argv)
    if args.self_test:
        from desktop.selftest import run_self_test

        return run_self_test(args.self_test)
    from desktop.logs import setup_logging, shutdown_logging

    setup_logging()
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from desktop.forms import resources_rc  # noqa: F401  (registers :/icons/…)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("CX Account Desk")
    app.setWindowIcon(QIcon(":/icons/app.svg"))
    from desktop.crash import install_crash_handlers

    install_crash_handlers(app)
    launcher = Launcher(app, args)
    launcher.start()
    code = app.exec()
    launcher.shutdown()
    shutdown_logging()
    return code


if __name__ == "__main__":
    sys.exit(main())
