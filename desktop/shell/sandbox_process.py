"""The sandbox's account service in a child process (issue 11): started at once, never waited for at quit.

:class:`SandboxProcess` starts ``cxdesk --sandbox-service DB`` (from source: ``python -m desktop
--sandbox-service DB``; frozen: the app's own executable), the child described in
:mod:`desktop.server.child`. Its first line gives the address and the sandbox user's sign-in within
milliseconds (the socket listens before the service loads), so the app builds its client and shows
its window from the cache while the child loads FastAPI and uvicorn on the other core;
:meth:`SandboxProcess.wait_ready` then waits for the ``ready`` line and the tokens it hands the app
(:class:`ReadyTokens`). The GUI process never imports the service.

The child serves until its standard input closes: :meth:`SandboxProcess.abandon` (at quit) and
:meth:`SandboxProcess.stop` (switching profile) close the pipe; if the app dies, the operating
system closes it. Every method that reads from the child runs on a worker, within a deadline.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from desktop.paths import log_dir
from desktop.server import SignInDetails

log = logging.getLogger("desktop")

#: The file in the log folder that receives the child's standard error (rewritten at each start).
SERVICE_LOG = "sandbox-service.log"
#: Seconds to wait for the child's first line (its address): it comes before anything heavy is imported.
ADDRESS_TIMEOUT_S = 20.0
#: Seconds to wait for the service to answer (a first run creates and seeds the database).
READY_TIMEOUT_S = 60.0


@dataclass(frozen=True)
class ReadyTokens:
    """What the child's ``ready`` line hands the app: the sandbox user's tokens, issued for this app.

    Attributes:
        refresh_token: the refresh token (a JWT, audience ``cxdesk@<hostname>``).
        access_token: an access token traded for it (``None`` if the child sent none: the client then
            fetches one with ``GET auth/jwt``).
    """

    refresh_token: str
    access_token: str | None


def service_command(db_path: Path) -> list[str]:
    """The command line of the sandbox's child: the frozen app itself, or ``python -m desktop``, with the flag."""
    program = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "desktop"]
    return [*program, "--sandbox-service", str(db_path)]


class SandboxProcess:
    """The sandbox service's child process; what the app needs of it (address, sign-in, stop, abandon).

    Args:
        db_path: the sandbox's database (the child creates and seeds it when new).

    Attributes:
        db_path: as given.
        process: the child (``None`` before :meth:`spawn`).
    """

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.process: subprocess.Popen[bytes] | None = None
        self._details: SignInDetails | None = None

    @property
    def running(self) -> bool:
        """Whether the child is alive."""
        return self.process is not None and self.process.poll() is None

    def sign_in_details(self) -> SignInDetails:
        """The sandbox user's sign-in to this service (after :meth:`spawn`).

        Raises:
            RuntimeError: the child has not reported its address.
        """
        if self._details is None:
            raise RuntimeError("The sandbox service has not started.")
        return self._details

    def start(self) -> SandboxProcess:
        """Start the child without waiting for it (a few milliseconds: e.g. before Qt loads); return ``self``.

        Raises:
            OSError: the child could not be started, or the log folder not written.
        """
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # Windows: no console window for a python.exe child
        # The child's stderr (uvicorn's warnings, a traceback) goes to a log file: a windowed app has no
        # stderr to hand down (Windows would give the child a pipe nobody reads).
        log_dir().mkdir(parents=True, exist_ok=True)
        with open(log_dir() / SERVICE_LOG, "wb") as errors:
            self.process = subprocess.Popen(service_command(self.db_path), stdin=subprocess.PIPE,  # noqa: S603
                                            stdout=subprocess.PIPE, stderr=errors, creationflags=flags)
        return self

    def spawn(self, timeout: float = ADDRESS_TIMEOUT_S) -> SignInDetails:
        """:meth:`start` the child unless it was, and read its address and sign-in (on a worker: up to ``timeout`` s).

        Raises:
            OSError: the child could not be started.
            RuntimeError: it reported an error, ended, or said nothing within ``timeout`` seconds.
        """
        if self.process is None:
            self.start()
        first = self._read_line(timeout)
        try:
            self._details = SignInDetails(first["base_url"], first["email"], first["password"])
        except (KeyError, TypeError) as error:
            raise RuntimeError(f"The sandbox service gave no address: {first!r}") from error
        log.info("sandbox service: process %s on %s", self.process.pid, self._details.base_url)
        return self._details

    def wait_ready(self, timeout: float = READY_TIMEOUT_S) -> ReadyTokens:
        """Wait until the service answers (on a worker: up to ``timeout`` seconds); the tokens it hands the app.

        The tokens are the sandbox user's, issued by the child for this app (:mod:`desktop.server.child`):
        the client uses them instead of a password sign-in (issue 11).

        Raises:
            RuntimeError: it reported an error, ended, was not ready within ``timeout`` seconds, or
                sent no refresh token.
        """
        message = self._read_line(timeout)
        token = message.get("refresh_token")
        if message.get("ready") is not True or not isinstance(token, str) or not token:
            raise RuntimeError("The sandbox service did not say it was ready.")
        access = message.get("access_token")
        return ReadyTokens(token, access if isinstance(access, str) and access else None)

    def stop(self, timeout: float = 5.0) -> None:
        """Close the child's input (it stops) and wait up to ``timeout`` seconds, then kill it; safe to call twice."""
        process = self.process
        if process is None:
            return
        self._close_input(process)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            log.warning("The sandbox service did not stop within %.1f s; killing it", timeout)
            process.kill()
            process.wait(timeout)

    def abandon(self) -> None:
        """The app is quitting: close the child's input (it stops by itself) and do not wait for it."""
        if self.process is not None:
            self._close_input(self.process)

    def _read_line(self, timeout: float) -> dict[str, Any]:
        """The child's next protocol line; the child is killed if none comes within ``timeout`` seconds."""
        process = self.process
        assert process is not None and process.stdout is not None  # noqa: S101 - spawn() set them
        expired = threading.Event()

        def give_up() -> None:
            expired.set()
            process.kill()

        watchdog = threading.Timer(timeout, give_up)
        watchdog.daemon = True
        watchdog.start()
        try:
            line = _readline(process.stdout)
        finally:
            watchdog.cancel()
        if not line:
            why = f"said nothing within {timeout:g} s" if expired.is_set() else f"ended (exit code {process.wait()})"
            raise RuntimeError(f"The sandbox service {why}.")
        try:
            message = json.loads(line)
        except ValueError as error:
            raise RuntimeError(f"The sandbox service said something unexpected: {line[:200]!r}") from error
        if not isinstance(message, dict):
            raise RuntimeError(f"The sandbox service said something unexpected: {line[:200]!r}")
        if "error" in message:
            raise RuntimeError(f"The sandbox service could not start: {message['error']}")
        return message

    @staticmethod
    def _close_input(process: subprocess.Popen[bytes]) -> None:
        try:
            if process.stdin is not None:
                process.stdin.close()
        except OSError:
            pass  # already gone


def _readline(stream: IO[bytes]) -> str:
    """One line of the child's output as text (``""`` at end-of-file)."""
    return stream.readline().decode("utf-8", "replace").strip()
