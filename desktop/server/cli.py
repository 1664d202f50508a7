"""``cxdesk-server``: run the account service standalone, or lift a billing-method lock.

Usage::

    cxdesk-server [serve] --db PATH [--host 127.0.0.1] [--port 8080] [--sandbox]
                  [--sms-gateway sandbox|twilio] [--twilio-base-url URL]
    cxdesk-server unlock-billing --db PATH [--account-id N]

``serve`` (the default) creates and seeds the database when it is new (and then names both seeded
users, the administrator and the read-only viewer) and prints the API's base URL; with ``--port 0``
the system picks a free port and the printed URL names it. ``--sandbox``
also runs the local mail catcher, points the sandbox account's SMTP Server at it and serves the
``sandbox/outbox/…`` endpoints. ``--sms-gateway`` picks how the test SMS is sent: ``sandbox``
(default; kept in the database) or ``twilio`` (a Twilio-compatible REST API at
``--twilio-base-url``, with the account SID and auth token from the environment variables
``CXDESK_TWILIO_ACCOUNT_SID`` and ``CXDESK_TWILIO_AUTH_TOKEN``). ``CXDESK_SMS_GATEWAY`` and
``CXDESK_TWILIO_BASE_URL`` give the defaults of those two options.
``unlock-billing`` is the administrators' override of the 30-day billing-method lock
(product.md, "General information"): it clears the date of the last switch, so the next switch
is allowed at once. It works while the service is running (the database is in WAL mode).

On a loopback ``--host`` (the default) the service answers only requests whose ``Host`` names
it (:mod:`desktop.server.host_check`, against DNS rebinding). With another ``--host`` it warns that
it serves plain HTTP and that a real deployment belongs behind TLS; it does not check ``Host``
then, since only the administrator knows the names the machine is reached by.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

import uvicorn
from fastapi import FastAPI

from desktop.domain.billing import locked_until
from desktop.domain.loopback import is_loopback_host
from desktop.domain.models import format_timestamp, parse_timestamp
from desktop.server.app import create_app
from desktop.server.host_check import guarded
from desktop.server.listening import api_base_url, bind_socket
from desktop.server.mail_catcher import MailCatcher, point_sandbox_at
from desktop.server.repository import Repository
from desktop.server.schema import SchemaTooNewError
from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD, VIEWER_EMAIL, VIEWER_PASSWORD
from desktop.server.sms import DEFAULT_TWILIO_BASE_URL, SMS_GATEWAYS, SmsGateway, twilio_from_environment

_SUBCOMMANDS = ("serve", "unlock-billing")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with the ``serve`` and ``unlock-billing`` subcommands."""
    parser = argparse.ArgumentParser(prog="cxdesk-server", description="The CX Account Desk account service.")
    commands = parser.add_subparsers(dest="command", metavar="{serve,unlock-billing}")
    serve = commands.add_parser("serve", help="run the account service (the default)")
    serve.add_argument("--db", type=Path, required=True, help="SQLite database file (created when missing)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=port_number, default=8080, help="TCP port; 0 picks a free one (default 8080)")
    serve.add_argument("--sandbox", action="store_true",
                       help="run the local mail catcher and the sandbox/outbox endpoints")
    serve.add_argument("--sms-gateway", default=os.environ.get("CXDESK_SMS_GATEWAY", "sandbox"),
                       help=f"how the test SMS is sent: {' or '.join(SMS_GATEWAYS)} (default: $CXDESK_SMS_GATEWAY, "
                            "else sandbox)")
    serve.add_argument("--twilio-base-url", default=os.environ.get("CXDESK_TWILIO_BASE_URL", DEFAULT_TWILIO_BASE_URL),
                       help=f"the Twilio-compatible API (default: $CXDESK_TWILIO_BASE_URL, else "
                            f"{DEFAULT_TWILIO_BASE_URL}); credentials from CXDESK_TWILIO_ACCOUNT_SID and "
                            "CXDESK_TWILIO_AUTH_TOKEN")
    serve.add_argument("--audience-app", action="append", dest="audience_apps", metavar="APP",
                       help="issue and accept tokens only for this app (the APP of an APP@hostname audience); "
                            "repeat for several (default: any well-formed audience)")
    unlock = commands.add_parser("unlock-billing", help="lift the 30-day billing-method lock")
    unlock.add_argument("--db", type=Path, required=True, help="SQLite database file of the service")
    unlock.add_argument("--account-id", type=int, help="the account to unlock (default: every account)")
    return parser


def sms_gateway_from_options(kind: str, twilio_base_url: str) -> SmsGateway | None:
    """The gateway ``--sms-gateway`` names: ``None`` for the sandbox (create_app's default).

    Raises:
        ValueError: an unknown gateway, a Twilio gateway without its credentials in the
            environment, or a base URL that is not http(s); the message says what to fix.
    """
    if kind not in SMS_GATEWAYS:
        raise ValueError(f"Unknown SMS gateway {kind!r}: use {' or '.join(SMS_GATEWAYS)}.")
    return twilio_from_environment(twilio_base_url) if kind == "twilio" else None


def serve(db: Path, host: str, port: int, *, sandbox: bool = False, sms_gateway: str = "sandbox",
          twilio_base_url: str = DEFAULT_TWILIO_BASE_URL, audience_apps: list[str] | None = None) -> int:
    """Run the service until interrupted (Ctrl+C or SIGTERM); return the exit status.

    ``audience_apps``: the apps tokens are issued and accepted for (``None``: any; issue 14, point 6).

    ``sandbox`` also runs the mail catcher; ``sms_gateway`` and ``twilio_base_url`` are the CLI options.
    """
    try:
        gateway = sms_gateway_from_options(sms_gateway, twilio_base_url)
    except ValueError as error:
        print(f"Cannot set up SMS: {error}", file=sys.stderr)
        return 2
    try:
        app = create_app(db, sandbox=sandbox, sms_gateway=gateway, audience_apps=audience_apps)
    except (SchemaTooNewError, sqlite3.Error) as error:
        print(f"Cannot open the database {db}: {error}", file=sys.stderr)
        return 2
    catcher = MailCatcher(app.state.repository, clock=lambda: app.state.clock()) if sandbox else None
    try:
        notes = [f"SMS: {app.state.sms_gateway.description}"]
        if catcher is not None:
            try:
                catcher.start()
            except (OSError, RuntimeError) as error:
                print(f"Cannot start the sandbox mail catcher: {error}", file=sys.stderr)
                return 1
            kept = "" if point_sandbox_at(app.state.repository, catcher.server) else \
                " (the sandbox account keeps the SMTP server it was given)"
            notes.append(f"Sandbox mail catcher: {catcher.server}{kept}")
        return _serve_app(app, db, host, port, notes)
    finally:
        if catcher is not None:
            catcher.stop()


#: Printed (to standard error) when ``--host`` is not a loopback address (issue 14, point 7).
PLAIN_HTTP_WARNING = ("Warning: this service speaks plain HTTP, so passwords and tokens cross the network "
                      "unencrypted. Use a non-loopback --host only for a test on a network you trust; a real "
                      "deployment belongs behind a reverse proxy that serves HTTPS (TLS) and checks the Host.")


def first_run_message() -> str:
    """What ``serve`` prints for a new database: both seeded users, their passwords and roles."""
    return (f"New sandbox database: sign in as {SANDBOX_EMAIL} with the password {SANDBOX_PASSWORD!r} "
            f"(administrator: may change the account), or as {VIEWER_EMAIL} with the password "
            f"{VIEWER_PASSWORD!r} (read-only viewer).")


def _serve_app(app: FastAPI, db: Path, host: str, port: int, notes: list[str]) -> int:
    """Bind, print where the service is (and ``notes``), serve until interrupted; return the exit status."""
    try:
        sock = bind_socket(host, port)
    except OSError as error:
        print(f"Cannot listen on {host}:{port}: {error.strerror or error}", file=sys.stderr)
        return 1
    bound_port = sock.getsockname()[1]
    print(f"CX Account Desk account service: {api_base_url(host, bound_port)}", flush=True)
    if not is_loopback_host(host):
        print(PLAIN_HTTP_WARNING, file=sys.stderr, flush=True)
    print(f"Database: {db.resolve()}", flush=True)
    if app.state.seeded:
        print(first_run_message(), flush=True)
    else:
        print("Sign in with a user of this database.", flush=True)
    for note in notes:
        print(note, flush=True)
    config = uvicorn.Config(guarded(app, host, bound_port), log_level="info", access_log=False, date_header=False,
                            lifespan="on", timeout_graceful_shutdown=5)
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


def port_number(text: str) -> int:
    """An argparse type: a TCP port, 0 (pick a free one) to 65535.

    Raises:
        argparse.ArgumentTypeError: not a number in that range.
    """
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"a port is 0 to 65535, not {port}")
    return port


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``cxdesk-server``; ``serve`` is assumed when no subcommand is given."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not any(arg in _SUBCOMMANDS or arg in ("-h", "--help") for arg in args[:1]):
        args.insert(0, "serve")
    options = build_parser().parse_args(args)
    if options.command == "unlock-billing":
        return unlock_billing(options.db, options.account_id)
    return serve(options.db, options.host, options.port, sandbox=options.sandbox, sms_gateway=options.sms_gateway,
                 twilio_base_url=options.twilio_base_url, audience_apps=options.audience_apps)


if __name__ == "__main__":
    sys.exit(main())
