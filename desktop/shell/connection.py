"""What a main window works with (:class:`Session`): a signed-in client and its server's label.

A remote profile's session is put together by :class:`desktop.shell.launcher.Launcher` from the
stored refresh token or a sign-in; the sandbox's comes from :func:`start_sandbox`, which starts the
embedded account service (:class:`desktop.server.EmbeddedServer`) and signs in with the sign-in it
hands out.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.server import EmbeddedServer
    from desktop.store import OfflineStore, Profile


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
