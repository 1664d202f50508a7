"""Cached start benchmark: time until the account is painted, server answering at once vs after 3 s.

Two account services run as child processes (``create_app`` served by uvicorn), one of them behind
an HTTP middleware that sleeps before every request. A profile points at each; each profile's
offline cache is warmed by one full start first. Then ``cxdesk`` is started (as a child process, the
app's own Launcher and main window, offscreen Qt) several times per profile, interleaved, and the
time from starting the process until the main window paints the account's name (the Name label
shows it) is taken. With the cache shown at once, both medians should be about the same (ratio ≈ 1).
One start of each without a cache is timed last, for contrast.

Usage: python benchmarks/cached_start.py [--runs 7] [--delay 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The account service with every answer delayed by argv[2] seconds; prints its port, then serves.
SERVER = r"""
import asyncio, sys
from pathlib import Path
import uvicorn
from desktop.server.app import create_app
from desktop.server.embedded import bind_socket

delay = float(sys.argv[2])
app = create_app(Path(sys.argv[1]))

@app.middleware("http")
async def slow_down(request, call_next):
    await asyncio.sleep(delay)
    return await call_next(request)

sock = bind_socket("127.0.0.1", 0)
print(sock.getsockname()[1], flush=True)
uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False)).run(sockets=[sock])
"""

# The app, started for one profile with its refresh token in an in-memory keychain (the token comes
# from the environment: a throw-away service's). Prints "painted" when the Name label paints the
# account's name, or "loaded" once the server's answer is shown (argv[1] says which), then ends.
APP = r"""
import os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from keyring.backend import KeyringBackend

class Keychain(KeyringBackend):
    priority = -1
    def __init__(self):
        super().__init__()
        self.entries = {}
    def get_password(self, service, user):
        return self.entries.get((service, user))
    def set_password(self, service, user, password):
        self.entries[(service, user)] = password
    def delete_password(self, service, user):
        self.entries.pop((service, user), None)

mode, profile_id, email, name = sys.argv[1:5]
app = QApplication(sys.argv[:1])
from desktop.forms import resources_rc  # noqa: F401
from desktop.shell.args import parse_args
from desktop.shell.launcher import Launcher
from desktop.store import TokenStore

keychain = Keychain()
tokens = TokenStore(keychain)
tokens.set(profile_id, email, os.environ.pop("CXDESK_BENCH_TOKEN"))
launcher = Launcher(app, parse_args(["--profile", profile_id]), token_store=tokens)

def done(what):
    print(what, flush=True)
    os._exit(0)  # the measurement is taken; do not wait for requests still running

class Painted(QObject):
    def eventFilter(self, watched, event):
        if (event.type() == QEvent.Type.Paint and watched.objectName() == "nameValue"
                and watched.text() == name):
            QTimer.singleShot(0, lambda: done("painted"))  # after this paint has reached the window
        return False

if mode == "painted":
    watcher = Painted()
    app.installEventFilter(watcher)
else:
    def connect():
        if launcher.window is None:
            QTimer.singleShot(5, connect)
        else:
            launcher.window.loaded.connect(lambda: done("loaded"))
    connect()
launcher.start()
sys.exit(app.exec())
"""


def start_service(db: Path, delay: float, env: dict[str, str]) -> tuple[subprocess.Popen, str]:
    """Start a (delaying) account service; returns the process and its API base URL."""
    process = subprocess.Popen([sys.executable, "-c", SERVER, str(db), str(delay)], env=env, cwd=ROOT,
                               stdout=subprocess.PIPE, text=True)
    port = process.stdout.readline().strip()
    if not port.isdigit():
        process.kill()
        raise SystemExit(f"the account service did not start (delay {delay} s)")
    return process, f"http://127.0.0.1:{port}/api/cp/"


def run_app(mode: str, profile, name: str, token: str, env: dict[str, str], timeout: float = 60.0) -> float:
    """Start the app for ``profile``; seconds from starting the process until it prints ``mode``."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", APP, mode, profile.id, profile.email, name],
                               env={**env, "CXDESK_BENCH_TOKEN": token}, cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    try:
        line = process.stdout.readline().strip()
        elapsed = time.perf_counter() - start
        process.wait(timeout)
    finally:
        if process.poll() is None:
            process.kill()
    if line != mode:
        raise SystemExit(f"the app did not report {mode!r} (got {line!r})")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--delay", type=float, default=3.0, help="seconds the slow server waits (default 3)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CXDESK_HOME": str(Path(tmp) / "home"),
               "PYTHONPATH": str(ROOT)}
        os.environ["CXDESK_HOME"] = env["CXDESK_HOME"]
        from desktop.api import AccountClient
        from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD
        from desktop.store import Profiles
        from desktop.store.profiles import delete_profile_data

        services = {}
        try:
            for label, delay in (("server answers at once", 0.0), (f"server answers after {args.delay:g} s",
                                                                    args.delay)):
                services[label] = start_service(Path(tmp) / f"service-{delay:g}.sqlite3", delay, env)
            profiles, tokens, name = {}, {}, ""
            for label, (_process, url) in services.items():
                profiles[label] = Profiles().add(label, url, SANDBOX_EMAIL)
                client = AccountClient(url, timeout=(3.05, 30.0))
                tokens[label] = client.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
                name = client.get_account().value.name
                client.close()
            for label in services:  # warm each profile's offline cache with one full start
                run_app("loaded", profiles[label], name, tokens[label], env)
            times: dict[str, list[float]] = {label: [] for label in services}
            for _ in range(args.runs):  # interleaved, so both see the same machine load
                for label in services:
                    times[label].append(run_app("painted", profiles[label], name, tokens[label], env))
            cold = {}  # for contrast: one start each with the offline cache deleted
            for label in services:
                delete_profile_data(profiles[label])
                cold[label] = run_app("painted", profiles[label], name, tokens[label], env)
        finally:
            for process, _url in services.values():
                process.terminate()
                process.wait(10)
    medians = {label: statistics.median(values) for label, values in times.items()}
    print(f"{args.runs} starts each with a warm cache, offscreen; time until the account's name is painted:")
    for label, median in medians.items():
        spread = f"{min(times[label]):.2f}–{max(times[label]):.2f}"
        print(f"  {label:32s} median {median:6.2f} s   (min–max {spread} s)")
    fast, slow = medians.values()
    print(f"  {'ratio slow/fast':32s}        {slow / fast:6.2f} x")
    print("for contrast, one start each without a cache:")
    for label, seconds in cold.items():
        print(f"  {label:32s}        {seconds:6.2f} s")


if __name__ == "__main__":
    main()
