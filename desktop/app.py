"""The entry point of CX Account Desk (``cxdesk``, ``python -m desktop``): command line, logging, crash hooks.

:func:`main` parses the command line (:mod:`desktop.shell.args`), checks the folders, sets up
logging and the crash handlers, and hands over to the shell (:mod:`desktop.shell`): the launcher
opens the profile, signs in and shows the main window; ``--self-test`` runs
:mod:`desktop.shell.selftest`. Nothing else lives here, and nothing imports this module back.

``cxdesk`` opens the profile used last (the built-in sandbox the first time): the sandbox starts the
embedded account service on ``127.0.0.1`` and a free port and signs in by itself; a remote profile
uses the refresh token kept in the keychain, or asks for a sign-in. ``cxdesk --profile NAME_OR_ID``
opens another profile; ``cxdesk --server URL`` finds (or adds) the profile of that address.
One process runs per profile (:mod:`desktop.shell.instance`): a second start of the same profile brings
the first one's window to the front and exits 0. File > Profiles… switches this process to another
profile (one profile per window); File > Sign Out forgets the stored token.

``cxdesk --screenshot FILE`` loads the account, saves a PNG of the main window and exits 0 (works
with ``QT_QPA_PLATFORM=offscreen``). ``cxdesk --self-test`` checks the installation and exits
non-zero on a failure. ``CXDESK_BENCH_MARK=FILE`` (for the benchmarks) writes the time the account's
values were painted to FILE (:mod:`desktop.shell.paint_mark`). Nothing here waits on the network, the
keychain or the offline database on the GUI thread: that work runs through :class:`desktop.ops.Ops`.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from desktop import APP_NAME, __version__
from desktop.shell.args import parse_args
from desktop.startup_gc import RESUME_AT_LATEST_S, pause_collection, resume_collection

if TYPE_CHECKING:
    from desktop.shell.sandbox_process import SandboxProcess
    from desktop.store import Profile


def _printable_everywhere() -> None:
    """Never fail on printing a character the console's code page lacks (e.g. "€" on Windows' cp437 or cp932).

    Windows encodes a console or pipe in its ANSI/OEM code page, not UTF-8: an unencodable character
    would raise UnicodeEncodeError. It is written as a backslash escape instead; the report file of
    ``--self-test`` is UTF-8 and always exact.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def main(argv: list[str] | None = None) -> int:
    """Run the app; returns the process exit code, or ends the process with it once the window was open.

    After the event loop ran, the process ends at once through :func:`desktop.shell.quitting.end_process`
    (logs flushed, databases closed), never waiting for work that hangs on the network. The garbage
    collector waits while the app starts (:mod:`desktop.startup_gc`).
    """
    pause_collection()
    try:
        return _run(argv)
    finally:
        resume_collection()  # an early return (a folder problem, a profile already open elsewhere): collect again


def _run(argv: list[str] | None) -> int:
    """:func:`main` with the collector paused: the command line, then the sandbox's child, the self-test or the app."""
    _printable_everywhere()
    args = parse_args(argv)
    if args.sandbox_service:  # this process is the sandbox's service, started by the app (desktop.server.child)
        from desktop.server import serve_for_parent

        return serve_for_parent(args.sandbox_service)
    if args.self_test:
        resume_collection()  # a check of the installation that runs for a while, not a start the user waits on
        from desktop.shell.selftest import run_self_test

        return run_self_test(args.self_test)
    from desktop.paths import FolderError, check_folders

    try:
        check_folders()  # a folder too deep for the system's path limit is named here, not deep inside SQLite
    except FolderError as error:
        return _cannot_start(args, str(error))
    from desktop.logs import setup_logging, shutdown_logging

    setup_logging()
    profile, early_sandbox = _start_sandbox_early(args)  # on the other core while Qt loads here
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from desktop.pyside_hook import drop_feature_hook

    drop_feature_hook()  # PySide6's per-import source scan: 60–90 ms before the first paint (issue 11)
    from desktop.forms import resources_rc  # noqa: F401  (registers :/icons/…)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("CX Account Desk")
    app.setWindowIcon(QIcon(":/icons/app.svg"))
    from PySide6.QtCore import QTimer

    # the main window's first paint resumes the collector (the launcher); this is for a start without one
    QTimer.singleShot(round(RESUME_AT_LATEST_S * 1000), resume_collection)
    from desktop.views.palette import follow_color_scheme, use_color_scheme

    if args.color_scheme:
        use_color_scheme(app, args.color_scheme)
    else:
        scheme = follow_color_scheme(app)  # noqa: F841 - light or dark as the OS is, also when it changes (issue 12)
    from desktop.translation import start_language

    start_language(args.language)  # before the first window is built; reads one small settings file
    from desktop.crash import install_crash_handlers
    from desktop.shell.launcher import Launcher

    install_crash_handlers(app)
    # --screenshot is a tool run that ends by itself: it neither claims the profile nor raises a running window.
    launcher = Launcher(app, args, one_per_profile=not args.screenshot, early_sandbox=early_sandbox)
    from desktop.shell.paint_mark import install_paint_mark

    mark = install_paint_mark(app)  # benchmarks only (CXDESK_BENCH_MARK)
    if mark is not None:
        launcher.window_opened.connect(mark.watch)
    code = launcher.start(profile)
    if code is not None:
        launcher.shutdown()
        shutdown_logging()
        return code
    from desktop.shell.quitting import end_process, install_quit_signals

    notifier = install_quit_signals(app, launcher.quit)  # noqa: F841 - lives until the process ends
    code = app.exec()
    launcher.shutdown()  # never waits on the network
    shutdown_logging()
    end_process(code)  # without joining workers that may hang on the network: see desktop.shell.quitting


def _start_sandbox_early(args: argparse.Namespace) -> tuple[Profile | None, SandboxProcess | None]:
    """Start the sandbox's service in its child process now, if the sandbox is what this start opens (issue 11).

    The child loads FastAPI and uvicorn on the other core while this process loads Qt; the launcher
    uses it when it opens the sandbox, and it ends by itself if this process quits first (its pipe
    closes). Returns the profile the command line asks for (``None`` when it names nothing that opens:
    the launcher then says why) and the started child (``None`` for a remote profile, or when the
    child cannot be started: the launcher tries again).
    """
    from desktop.shell.profile_choice import StartupError, choose_profile
    from desktop.store import Profiles

    try:
        profile = choose_profile(Profiles(), args)
    except (StartupError, OSError, ValueError):
        return None, None
    if not profile.is_sandbox:
        return profile, None
    from desktop.paths import sandbox_db_path
    from desktop.shell.sandbox_process import SandboxProcess

    try:
        return profile, SandboxProcess(args.sandbox_db or sandbox_db_path()).start()
    except OSError:
        return profile, None


def _cannot_start(args: argparse.Namespace, reason: str) -> int:
    """Say why the app cannot start (stderr, and a message box unless it is a ``--screenshot`` run); returns 1."""
    print(f"cxdesk: {reason}", file=sys.stderr)
    if not args.screenshot:
        from PySide6.QtWidgets import QApplication, QMessageBox

        app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - the box needs one
        QMessageBox.critical(None, APP_NAME, reason)
    return 1


if __name__ == "__main__":
    sys.exit(main())
