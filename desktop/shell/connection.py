"""What a main window works with (:class:`Session`): a signed-in client and its server's label.

A remote profile's session is put together by :class:`desktop.shell.launcher.Launcher` from the
stored refresh token or a sign-in; the sandbox's from :func:`spawn_sandbox`, which starts the
account service in a child process (:mod:`desktop.shell.sandbox_process`): the window opens on it at
once, and :func:`sign_in_to_sandbox` signs in with the refresh token the child hands out once it answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.shell.sandbox_process import SandboxProcess
    from desktop.store import OfflineStore, Profile


@dataclass
class Session:
    """What a window works with: a client, the server's label, the sandbox service, the profile, its offline store."""

    client: Any
    server_label: str
    sandbox: SandboxProcess | None = None
    profile: Profile | None = None
    store: OfflineStore | None = None
    starting: bool = False  # the sandbox's service is still loading: the client signs in once it answers
    cached: dict[str, Any] | None = None  # the cached parts, read on the worker that opened the store
    token_pending: bool = False  # opened from the cache: the stored refresh token is read after the first paint


def spawn_sandbox(db_path: Path, started: SandboxProcess | None = None) -> Session:
    """Start the sandbox's service in a child process; a session whose client is not signed in yet.

    Runs on a worker thread (it starts a process and reads its first line, which comes within
    milliseconds: :class:`~desktop.shell.sandbox_process.SandboxProcess`). The window can open on
    this session at once, from the cache; :func:`sign_in_to_sandbox` then waits for the service.
    ``started``: the child already started for this database (:func:`desktop.app.main` starts it
    before Qt loads when the sandbox opens).

    Raises:
        OSError: the child could not be started.
        RuntimeError: it gave no address.
    """
    from desktop.api import AccountClient
    from desktop.shell.sandbox_process import SandboxProcess

    sandbox = started if started is not None and started.db_path == db_path else SandboxProcess(db_path)
    if started is not None and started is not sandbox:
        started.abandon()
    details = sandbox.spawn()
    return Session(AccountClient(details.base_url), f"Sandbox ({details.base_url})", sandbox, starting=True)


def sign_in_to_sandbox(session: Session) -> None:
    """Wait until the sandbox's service answers, then sign its client in as the sandbox user (on a worker).

    The client takes the refresh token and the access token the service hands its app when it is
    ready: no password request, no scrypt hash and no ``GET auth/jwt`` on the first run's critical
    path (issue 11). The password
    (:meth:`~desktop.shell.sandbox_process.SandboxProcess.sign_in_details`) stays for the sign-in
    dialog after a Sign Out. The service is stopped when this fails.

    Raises:
        RuntimeError: the service did not start (with its reason).
        ValueError: the service's token is not a JWT.
    """
    sandbox = session.sandbox
    assert sandbox is not None  # noqa: S101 - a sandbox session
    try:
        tokens = sandbox.wait_ready()
        session.client.use_refresh_token(tokens.refresh_token, access_token=tokens.access_token)
    except Exception:
        sandbox.stop()
        raise
    session.starting = False


def start_sandbox(db_path: Path) -> Session:
    """:func:`spawn_sandbox` and :func:`sign_in_to_sandbox` in one (the self-test; on a worker).

    Raises:
        OSError, RuntimeError: the service did not start.
        desktop.api.ApiError: signing in failed.
    """
    session = spawn_sandbox(db_path)
    sign_in_to_sandbox(session)
    return session


def read_cached(client: Any, store: OfflineStore | None) -> dict[str, Any] | None:
    """The cached parts for the window's first paint (on a worker: disk); ``None`` without a store.

    The window is then built with its values, and Qt paints it once (issue 11). The main window's
    kept places (:func:`desktop.views.window_place.read_ahead`) and the user's locale data for
    formatting money and dates (:func:`desktop.views.formats.read_locale_data`) are read here too, so
    building the window reads no file.
    """
    from desktop.views.formats import read_locale_data
    from desktop.views.window_place import read_ahead

    read_ahead()  # where the main window was on these screens: the window is built next, on the GUI thread
    read_locale_data()  # the user's CLDR data read from disk here, not while the GUI thread formats the values
    if store is None:
        return None
    from desktop.session import PARTS, AccountSession

    return AccountSession(client, store).cached(PARTS)


def server_label(profile: Profile) -> str:
    """How a remote profile's server is named in the window and the sign-in dialog: ``Name (URL)``."""
    return profile.name if profile.base_url in (None, profile.name) else f"{profile.name} ({profile.base_url})"
