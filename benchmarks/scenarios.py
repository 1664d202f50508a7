"""The benchmarks' scenarios: each starts ``cxdesk`` one way, interleaved with the bare PySide6 window.

A :class:`Scenario` says how to start the app (command, a fresh environment per run if it needs
one, and the sign of being ready: the paint mark, or for the trickling server a request reaching
it). :func:`compare` runs the same number of warm-up runs (discarded) of the bare window and of
the app, then ``runs`` rounds of one bare run and one app run, and returns both lists of
:class:`measure.Run`. :func:`scenarios` sets up, in one temporary folder: the sandbox (warm
database: one home kept across runs; first run: a new home every run), a remote profile on a real
account service in a child process with a warm offline cache, and a remote profile on a peer that
trickles its answers (``tests/trickle_peer.py``, as ``benchmarks/quit.py`` and ``tests/test_quit.py``).
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import count
from pathlib import Path

from measure import BARE, ROOT, SETTLE_S, Run, run

sys.path.insert(0, str(ROOT))
from tests.file_keyring import ENV as KEYRING_ENV  # noqa: E402  (the tests' keyring: a file, no Secret Service)
from tests.file_keyring import write_token  # noqa: E402
from tests.test_quit import remote_profile_env  # noqa: E402
from tests.trickle_peer import TricklePeer  # noqa: E402

#: The account service in a child process (``create_app`` served by uvicorn); prints its port, then serves.
SERVER = r"""
import sys
from pathlib import Path
import uvicorn
from desktop.server.app import create_app
from desktop.server.embedded import bind_socket
sock = bind_socket("127.0.0.1", 0)
print(sock.getsockname()[1], flush=True)
uvicorn.Server(uvicorn.Config(create_app(Path(sys.argv[1])), log_level="warning", access_log=False)).run(
    sockets=[sock])
"""

APP = [sys.executable, "-m", "desktop"]


@dataclass
class Scenario:
    """One way to start the app.

    Attributes:
        name: what it is, for the table.
        env: returns the environment of the next run (a new home for a first run).
        ready: the sign of being ready instead of the paint mark (``None``: the mark).
    """

    name: str
    env: Callable[[], dict[str, str]]
    ready: Callable[[subprocess.Popen], bool] | None = None


def compare(scenario: Scenario, runs: int, warm_up: int, settle: float = SETTLE_S) -> tuple[list[Run], list[Run]]:
    """``warm_up`` discarded runs of each, then ``runs`` interleaved rounds; (the app's runs, the bare window's)."""
    bare_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app: list[Run] = []
    bare: list[Run] = []
    for round_ in range(warm_up + runs):
        bare_run = run([sys.executable, "-c", BARE], bare_env, settle=settle)
        app_run = run(APP, scenario.env(), ready=scenario.ready, settle=settle)
        if round_ >= warm_up:
            bare.append(bare_run)
            app.append(app_run)
    return app, bare


def start_service(db: Path) -> tuple[subprocess.Popen, str]:
    """Start the account service on ``db`` in a child process; returns it and its API base URL."""
    process = subprocess.Popen([sys.executable, "-c", SERVER, str(db)], cwd=ROOT, stdout=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONPATH": str(ROOT)})
    port = process.stdout.readline().strip()
    if not port.isdigit():
        process.kill()
        raise SystemExit("the account service did not start")
    return process, f"http://127.0.0.1:{port}/api/cp/"


def signed_in_home(home: Path, url: str) -> dict[str, str]:
    """A home whose last profile is ``url``'s sandbox account, its refresh token in the file keyring; the env."""
    from desktop.api import AccountClient
    from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD
    from desktop.store import Profiles

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CXDESK_HOME": str(home),
           "PYTHON_KEYRING_BACKEND": "tests.file_keyring.FileKeyring", KEYRING_ENV: str(home / "keyring.json"),
           "PYTHONPATH": str(ROOT)}
    previous = os.environ.get("CXDESK_HOME")
    os.environ["CXDESK_HOME"] = str(home)
    try:
        profiles = Profiles()
        profile = profiles.add("Remote", url, SANDBOX_EMAIL)
        profiles.set_last_used(profile.id)
    finally:
        os.environ.pop("CXDESK_HOME") if previous is None else os.environ.__setitem__("CXDESK_HOME", previous)
    client = AccountClient(url, timeout=(3.05, 30.0))
    try:
        write_token(home / "keyring.json", profile.id, SANDBOX_EMAIL, client.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD))
    finally:
        client.close()
    return env


@contextlib.contextmanager
def scenarios() -> Iterator[dict[str, Scenario]]:
    """Set up every scenario (services, peers, homes) in a temporary folder; torn down on exit.

    Keys: ``remote``, ``sandbox``, ``first_run``, ``trickle``.
    """
    with tempfile.TemporaryDirectory(prefix="cxdesk-bench-") as tmp_name, \
            TricklePeer(length=600, interval=1.0) as peer:
        tmp = Path(tmp_name)
        service, url = start_service(tmp / "service.sqlite3")
        try:
            offscreen = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
            remote_env = signed_in_home(tmp / "remote", url)
            trickle_env = remote_profile_env(tmp / "trickle", peer.base_url)
            fresh = count()

            seen = [0]  # the peer's requests before this run

            def trickle_ready(process: subprocess.Popen) -> bool:
                return len(peer.requests) > seen[0]  # this run's first request now hangs at the peer

            def trickle_next_env() -> dict[str, str]:
                seen[0] = len(peer.requests)
                return trickle_env

            yield {
                "remote": Scenario("remote profile, warm cache", lambda: remote_env),
                "sandbox": Scenario("sandbox, warm database", lambda: {**offscreen, "CXDESK_HOME": str(tmp / "sbx")}),
                "first_run": Scenario("sandbox, first run", lambda: {**offscreen,
                                                                     "CXDESK_HOME": str(tmp / f"new-{next(fresh)}")}),
                "trickle": Scenario("remote profile, trickling server", trickle_next_env, trickle_ready),
            }
        finally:
            service.terminate()
            service.wait(10)
