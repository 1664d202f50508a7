"""Quit benchmark: SIGTERM -> process gone, for ``cxdesk`` on a trickling server vs a bare PySide6 window.

``cxdesk`` opens a remote profile (signed in with a stored token) whose server answers every
request with ``200``, ``Content-Length: 600`` and then one body byte a second, so its requests hang
(issue 8, point 9). The baseline is a QApplication showing one QMainWindow that quits on ``SIGTERM``
the same way (a wake-up socket, then closing the window). Each program is started, left to settle
for the same time after it is ready (the app: its first request hangs at the peer; the baseline: its
window is shown), sent ``SIGTERM``, and timed until the process is gone. Runs are interleaved so both
see the same machine load; the script prints the medians, absolute and as a ratio. POSIX only.

Usage: python benchmarks/quit.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.test_quit import remote_profile_env, wait_until  # noqa: E402  (the test's peer and profile set-up)
from tests.trickle_peer import TricklePeer  # noqa: E402

#: Seconds each program runs after it is ready, before SIGTERM.
SETTLE_S = 1.0

BASELINE = r"""
import signal, socket, sys
from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow(); window.setCentralWidget(QLabel("baseline")); window.resize(1000, 800); window.show()
reader, writer = socket.socketpair(); reader.setblocking(False); writer.setblocking(False)
signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
signal.signal(signal.SIGTERM, lambda *_: None)
notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)
notifier.activated.connect(lambda: (reader.recv(64), window.close()))
QTimer.singleShot(0, lambda: print("ready", flush=True))
sys.exit(app.exec())
"""


def time_quit(command: list[str], env: dict[str, str], ready) -> float:
    """Start ``command``, wait for ``ready(process)``, settle, SIGTERM; seconds from the signal until it is gone.

    Raises:
        SystemExit: it never got ready, or did not end within 120 s of the signal.
    """
    process = subprocess.Popen(command, env=env, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    try:
        if not ready(process):
            raise SystemExit(f"{command[:3]} never got ready")
        time.sleep(SETTLE_S)
        start = time.perf_counter()
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=120)
        return time.perf_counter() - start
    except subprocess.TimeoutExpired:
        raise SystemExit(f"{command[:3]} did not end within 120 s of SIGTERM") from None
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    results: dict[str, list[float]] = {"baseline (bare PySide6 window)": [], "cxdesk (trickling server)": []}
    with tempfile.TemporaryDirectory() as tmp, TricklePeer(length=600, interval=1.0) as peer:
        app_env = remote_profile_env(Path(tmp) / "home", peer.base_url)
        base_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

        def app_ready(process: subprocess.Popen) -> bool:
            seen = len(peer.requests)
            return wait_until(lambda: len(peer.requests) > seen or process.poll() is not None, 60) \
                and process.poll() is None

        def baseline_ready(process: subprocess.Popen) -> bool:
            return process.stdout.readline().strip() == "ready"

        programs = {"baseline (bare PySide6 window)": ([sys.executable, "-c", BASELINE], base_env, baseline_ready),
                    "cxdesk (trickling server)": ([sys.executable, "-m", "desktop"], app_env, app_ready)}
        for command, env, ready in programs.values():  # warm-up, alike for both
            time_quit(command, env, ready)
        for _ in range(args.runs):
            for name, (command, env, ready) in programs.items():
                results[name].append(time_quit(command, env, ready))
    medians = {name: statistics.median(times) for name, times in results.items()}
    print(f"{args.runs} runs each, offscreen, SIGTERM -> process gone, medians:")
    for name, median in medians.items():
        print(f"  {name:32s} {median * 1000:7.0f} ms   (max {max(results[name]) * 1000:.0f} ms)")
    base, app = medians.values()
    print(f"  {'ratio cxdesk/baseline':32s} {app / base:7.2f} x   (cxdesk - baseline: {(app - base) * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
