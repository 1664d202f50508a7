"""The command line of ``cxdesk`` (``python -m desktop``): what to open and which tool run to do.

See ``cxdesk --help``; :func:`desktop.app.main` parses it and hands the result to the shell.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop import APP_NAME, __version__


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Parse the command line (``sys.argv[1:]`` when ``argv`` is ``None``).

    Raises:
        SystemExit: ``--help``, ``--version`` or a command line argparse refuses (exit code 2).
    """
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
    parser.add_argument("--language", choices=("en", "de", "fr"),
                        help="show the app in this language for this run (default: View > Language, else the "
                             "system's language), e.g. for screenshots")
    parser.add_argument("--color-scheme", choices=("light", "dark"),
                        help="draw the app light or dark whatever the system's colour scheme (default: follow it)")
    parser.add_argument("--sandbox-db", metavar="PATH", type=Path,
                        help="the sandbox database (default: in the app's data folder); opens the sandbox "
                             "unless --profile or --server says otherwise")
    parser.add_argument("--self-test", nargs="?", const="-", metavar="REPORT",
                        help="check this installation (sandbox, Qt plugins, forms, TLS, keyring), print one "
                             "line per check, also write them to REPORT if given, and exit 1 on a failure")
    # The sandbox's service as a child of the app (desktop.server.child): started by the app, never by a user.
    parser.add_argument("--sandbox-service", metavar="DB", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(argv)
