"""Start-up of CX Account Desk: command line, logging, the profile to open, sign-in, the main window.

``cxdesk`` opens the profile used last (the built-in sandbox the first time): the sandbox starts the
embedded account service on ``127.0.0.1`` and a free port and signs in by itself; a remote profile
uses the refresh token kept in the keychain, or asks for a sign-in. ``cxdesk --profile NAME_OR_ID``
opens another profile; ``cxdesk --server URL`` finds (or adds) the profile of that address.
One process runs per profile (:mod:`desktop.instance`): a second start of the same profile brings
the first one's window to the front and exits 0. File > Profiles… switches this process to another
profile (one profile per window); File > Sign Out forgets the stored token.

``cxdesk --screenshot FILE`` loads the account, saves a PNG of the main window and exits 0 (works
with ``QT_QPA_PLATFORM=offscreen``). ``cxdesk --self-test`` checks the installation
(:mod:`desktop.selftest`) and exits non-zero on a failure. Nothing here waits on the network, the
keychain or the offline database on the GUI thread: that work runs through :class:`desktop.ops.Ops`.
"""

from __future__ import annotations

import argparse
import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from desktop import APP_NAME, __version__

if TYPE_CHECKING:
    from desktop.server import EmbeddedServer
    from desktop.store import OfflineStore, Profile, Profiles

log = logging.getLogger("desktop")

#: How long ``--screenshot`` waits for the account before giving up, in milliseconds.
SCREENSHOT_TIMEOUT_MS = 60_000


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Parse the command line (``sys.argv[1:]`` when ``argv`` is ``None``)."""
    parser = argparse.ArgumentParser(prog="cxdesk", description=f"{APP_NAME}: manage your ConnexCS account.")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--profile", metavar="NAME_OR_ID",
                       help="open this profile (its name or id; default: the profile used last, the sandbox "
                            "the first time)")
    which.add_argument("--server", metavar="URL",
                       help="open the profile of this API address, adding one if there is none, e.g. "
                            "https://app.connexcs.com/api/cp/")
    parser.add_argument("--screenshot", metavar="FILE", type=Path,
                        help="load the account, save a PNG of the main window to FILE and exit")
    parser.add_argument("--sandbox-db", metavar="PATH", type=Path,
                        help="the sandbox database (default: in the app's data folder); opens the sandbox "
                             "unless --profile or --server says otherwise")
    parser.add_argument("--self-test", nargs="?", const="-", metavar="REPORT",
                        help="check this installation (sandbox, Qt plugins, forms, TLS, keyring), print one "
                             "line per check, also write them to REPORT if given, and exit 1 on a failure")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(argv)


class StartupError(Exception):
    """The command line names something that cannot be opened; ``str(error)`` says what, in plain words."""


def find_profile(profiles: Profiles, name_or_id: str) -> Profile:
    """The profile with this id, or else this name (case-insensitive).

    Raises:
        StartupError: no such profile (the message lists the profiles there are).
    """
    wanted = name_or_id.strip()
    listed = profiles.list()
    for match in (lambda p: p.id == wanted, lambda p: p.name.casefold() == wanted.casefold()):
        found = next((p for p in listed if match(p)), None)
        if found is not None:
            return found
    names = ", ".join(p.name for p in listed)
    raise StartupError(f"There is no profile called {wanted!r}. The profiles are: {names}.")


def profile_for_server(profiles: Profiles, url: str) -> Profile:
    """The profile of an API address, adding one (named after the host) when there is none.

    Raises:
        StartupError: the address is not usable (the message says why).
    """
    from desktop.store import ProfileError, normalise_base_url

    try:
        base_url = normalise_base_url(url)
    except ProfileError as error:
        raise StartupError(f"--server {url}: {error}") from None
    found = next((p for p in profiles.list() if p.base_url == base_url), None)
    if found is not None:
        return found
    host = urlsplit(base_url).netloc
    taken = {p.name.casefold() for p in profiles.list()}
    name = next(n for n in (host, *(f"{host} ({i})" for i in range(2, 1000))) if n.casefold() not in taken)
    return profiles.add(name, base_url)


def choose_profile(profiles: Profiles, args: argparse.Namespace) -> Profile:
    """The profile the command line asks for.

    ``--profile``, else ``--server``, else the sandbox for ``--sandbox-db``, else the profile used last.

    Raises:
        StartupError: an unknown profile or an unusable address.
    """
    if getattr(args, "profile", None):
        return find_profile(profiles, args.profile)
    if getattr(args, "server", None):
        return profile_for_server(profiles, args.server)
    if getattr(args, "sandbox_db", None):
        from desktop.store import SANDBOX_ID

        return profiles.get(SANDBOX_ID)
    return profiles.last_used()


@dataclass
class Session:
    """What a window works with: a client, the server's label, the sandbox service, the profile, its offline store."""

    client: object
    server_label: str
    sandbox: EmbeddedServer | None = None
    profile: Profile | None = None
    store: OfflineStore | None = None


def start_sandbox(db_path: Path) -> Session:
    """Start the embedded account service on a free loopback port and sign in as the sandbox user.

    Runs on a worker thread (it binds a socket, opens SQLite and makes two HTTP requests).

    Raises:
        RuntimeError: the service did not start.
        desktop.api.ApiError: signing in failed.
    """
    from desktop.api import AccountClient
    from desktop.server import EmbeddedServer

    sandbox = EmbeddedServer(db_path, sandbox=True)
    sandbox.start()
    details = sandbox.sign_in_details()
    client = AccountClient(details.base_url)
    try:
        client.sign_in(details.email, details.password)
    except Exception:
        sandbox.stop()
        raise
    return Session(client, f"Sandbox ({sandbox.base_url})", sandbox)


def server_label(profile: Profile) -> str:
    """How a remote profile's server is named in the window and the sign-in dialog: ``Name (URL)``."""
    return profile.name if profile.base_url in (None, profile.name) else f"{profile.name} ({profile.base_url})"


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

    After the event loop ran, the process ends at once through :func:`desktop.quitting.end_process`
    (logs flushed, databases closed), never waiting for work that hangs on the network.
    """
    _printable_everywhere()
    args = parse_args(argv)
    if args.self_test:
        from desktop.selftest import run_self_test

        return run_self_test(args.self_test)
    from desktop.paths import FolderError, check_folders

    try:
        check_folders()  # a folder too deep for the system's path limit is named here, not deep inside SQLite
    except FolderError as error:
        return _cannot_start(args, str(error))
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
    from desktop.launcher import Launcher

    install_crash_handlers(app)
    # --screenshot is a tool run that ends by itself: it neither claims the profile nor raises a running window.
    launcher = Launcher(app, args, one_per_profile=not args.screenshot)
    code = launcher.start()
    if code is not None:
        launcher.shutdown()
        shutdown_logging()
        return code
    from desktop.quitting import end_process, install_quit_signals

    notifier = install_quit_signals(app, launcher.quit)  # noqa: F841 - lives until the process ends
    code = app.exec()
    launcher.shutdown()  # never waits on the network
    shutdown_logging()
    end_process(code)  # without joining workers that may hang on the network: see desktop.quitting


def _cannot_start(args: argparse.Namespace, reason: str) -> int:
    """Say why the app cannot start (stderr, and a message box unless it is a ``--screenshot`` run); returns 1."""
    print(f"cxdesk: {reason}", file=sys.stderr)
    if not args.screenshot:
        from PySide6.QtWidgets import QApplication, QMessageBox

        app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - the box needs one
        QMessageBox.critical(None, APP_NAME, reason)
    return 1


def __getattr__(name: str) -> object:
    """``desktop.app.Launcher`` is :class:`desktop.launcher.Launcher` (imported on first use: it needs Qt)."""
    if name == "Launcher":
        from desktop.launcher import Launcher

        return Launcher
    raise AttributeError(name)


if __name__ == "__main__":
    sys.exit(main())
