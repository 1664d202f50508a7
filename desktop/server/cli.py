"""``cxdesk-server``: run the account service standalone, or lift a billing-method lock.

Usage::

    cxdesk-server [serve] --db PATH [--host 127.0.0.1] [--port 8080]
    cxdesk-server unlock-billing --db PATH [--account-id N]

``serve`` (the default) creates and seeds the database when it is new and prints the API's base
URL; with ``--port 0`` the system picks a free port and the printed URL names it.
``unlock-billing`` is the administrators' override of the 30-day billing-method lock
(product.md, "General information"): it clears the date of the last switch, so the next switch
is allowed at once. It works while the service is running (the database is in WAL mode).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

import uvicorn

from desktop.domain.billing import locked_until
from desktop.domain.models import format_timestamp, parse_timestamp
from desktop.server.app import API_PREFIX, create_app
from desktop.server.embedded import bind_socket
from desktop.server.repository import Repository
from desktop.server.schema import SchemaTooNewError
from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD

_SUBCOMMANDS = ("serve", "unlock-billing")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with the ``serve`` and ``unlock-billing`` subcommands."""
    parser = argparse.ArgumentParser(prog="cxdesk-server", description="The CX Account Desk account service.")
    commands = parser.add_subparsers(dest="command", metavar="{serve,unlock-billing}")
    serve = commands.add_parser("serve", help="run the account service (the default)")
    serve.add_argument("--db", type=Path, required=True, help="SQLite database file (created when missing)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8080, help="TCP port; 0 picks a free one (default 8080)")
    unlock = commands.add_parser("unlock-billing", help="lift the 30-day billing-method lock")
    unlock.add_argument("--db", type=Path, required=True, help="SQLite database file of the service")
    unlock.add_argument("--account-id", type=int, help="the account to unlock (default: every account)")
    return parser


def serve(db: Path, host: str, port: int) -> int:
    """Run the service until interrupted (Ctrl+C or SIGTERM); return the exit status."""
    try:
        app = create_app(db)
    except (SchemaTooNewError, sqlite3.Error) as error:
        print(f"Cannot open the database {db}: {error}", file=sys.stderr)
        return 2
    try:
        sock = bind_socket(host, port)
    except OSError as error:
        print(f"Cannot listen on {host}:{port}: {error.strerror or error}", file=sys.stderr)
        return 1
    shown_host = f"[{host}]" if ":" in host else host
    print(f"CX Account Desk account service: http://{shown_host}:{sock.getsockname()[1]}{API_PREFIX}/", flush=True)
    print(f"Database: {db.resolve()}", flush=True)
    if app.state.seeded:
        print(f"New sandbox database: sign in as {SANDBOX_EMAIL} with the password {SANDBOX_PASSWORD!r}.", flush=True)
    else:
        print("Sign in with a user of this database.", flush=True)
    config = uvicorn.Config(app, log_level="info", access_log=False, lifespan="on", timeout_graceful_shutdown=5)
    try:
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        sock.close()
    return 0


def unlock_billing(db: Path, account_id: int | None) -> int:
    """Clear ``billing_method_changed_at`` of one account (or all); print what was done.

    Returns:
        0 when done, 1 when the database or account does not exist, 2 when the file cannot be used.
    """
    if not db.exists():
        print(f"There is no database at {db}.", file=sys.stderr)
        return 1
    repository = Repository(db)
    try:
        if repository.schema_version() == 0:
            print(f"{db} is not a database of the account service.", file=sys.stderr)
            return 2
        repository.migrate()
        ids = repository.account_ids() if account_id is None else [account_id]
        done: list[str] = []
        with repository.transaction():
            for account in ids:
                row = repository.account(account)
                if row is None:
                    print(f"There is no account {account} in {db}.", file=sys.stderr)
                    return 1
                changed = parse_timestamp(row["billing_method_changed_at"])
                repository.update_account(account, {"billing_method_changed_at": None})
                if changed is None:
                    state = "no switch was recorded"
                else:
                    state = (f"last switch {format_timestamp(changed)}, "
                             f"locked until {format_timestamp(locked_until(changed))}")
                done.append(f"Account {account} ({row['name']}): billing-method lock lifted ({state}); "
                            "the billing method can be switched now.")
    except (SchemaTooNewError, sqlite3.Error) as error:
        print(f"Cannot use the database {db}: {error}", file=sys.stderr)
        return 2
    finally:
        repository.close()
    print("\n".join(done) if done else f"There are no accounts in {db}.")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``cxdesk-server``; ``serve`` is assumed when no subcommand is given."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not any(arg in _SUBCOMMANDS or arg in ("-h", "--help") for arg in args[:1]):
        args.insert(0, "serve")
    options = build_parser().parse_args(args)
    if options.command == "unlock-billing":
        return unlock_billing(options.db, options.account_id)
    return serve(options.db, options.host, options.port)


if __name__ == "__main__":
    sys.exit(main())
