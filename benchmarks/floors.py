"""The floors under issue 11's goals: a bare window that does only what any start of a remote profile must.

The goals compare ``cxdesk`` with a bare PySide6 window (:data:`measure.BARE`). Some of what the app
does before and just after its first paint is not the app's own choice but the product's and the
project's rules: it checks that no other process has the profile open (Qt's local socket), reads the
offline cache (SQLite), formats the balance (babel, the rule for money) in a form whose widgets use
Qt's enums, and right after the paint it refreshes from the server (requests and urllib3 with
truststore, the rule for HTTP and retries) with the refresh token from the keychain (keyring).

:data:`FLOOR` is the bare window plus exactly that and nothing of the app: before its first paint it
imports Qt's network module and opens a local socket, reads one row of an SQLite database, touches
Qt's enum namespace and shows a balance formatted by babel; after the paint it imports the HTTP stack
and asks keyring for a secret, as the app's refresh does. It is a lower bound: the app does all of
this and more (its own modules, a window of seven sections, its settings, its logs). Its start →
first paint and its peak resident set, against the bare window in the same interleaved rounds, say
what part of each goal the rules already take before a line of the app runs.

Usage: python benchmarks/floors.py [--runs 9] [--quick]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import BARE, ROOT, SETTLE_S, Run, run  # noqa: E402  (benchmarks/ is not a package)

#: Before the first paint: what every start of a remote profile with a cache does, in the bare window.
_BEFORE_PAINT = """
import sqlite3, tempfile
from PySide6.QtCore import Qt
from PySide6.QtNetwork import QLocalSocket
from babel import Locale
from babel.numbers import format_currency
probe = QLocalSocket(); probe.connectToServer("cxdesk-floor-" + str(os.getpid())); probe.abort()  # no such server
with sqlite3.connect(os.path.join(tempfile.gettempdir(), "cxdesk-floor.sqlite3")) as db:
    db.execute("create table if not exists cache (key text primary key, value text)")
    db.execute("insert or replace into cache values ('balance', '-529.60')")
    balance = db.execute("select value from cache where key = 'balance'").fetchone()[0]
window.centralWidget().setText(format_currency(balance, "USD", locale=Locale.parse("en_US")))
window.centralWidget().setAlignment(Qt.AlignmentFlag.AlignCenter)
"""
#: After the first paint: the libraries of the refresh that follows it (no request is sent: a lower bound).
_AFTER_PAINT = """
def refresh_libraries():
    import keyring, requests, truststore, urllib3
    from urllib3.util import Retry
    requests.Session().mount("http://", requests.adapters.HTTPAdapter(max_retries=Retry(total=2)))
    keyring.get_password("cxdesk-floor", "nobody@example.com")
class AfterPaint(QObject):  # as the app (desktop.shell.first_paint): once the window's first paint pass is over
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            window.removeEventFilter(self)
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, refresh_libraries))  # after the mark's own timer
        return False
after_paint = AfterPaint(app); window.installEventFilter(after_paint)
"""
#: The floor program: :data:`measure.BARE` with the two parts above (the mark is still its first paint).
FLOOR = BARE.replace("window.show()", _BEFORE_PAINT + _AFTER_PAINT + "window.show()")
#: The figures the floor bounds, with their labels: the remote profile's rows of ``run_all.ROWS`` give the goals.
FIGURES = (("paint", "start → first paint"), ("peak_mib", "peak RSS"))


def floor_env(home: Path) -> dict[str, str]:
    """The environment of both programs: offscreen, and the remote scenario's keyring (a file under ``home``)."""
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
            "PYTHON_KEYRING_BACKEND": "tests.file_keyring.FileKeyring",
            "CXDESK_TEST_KEYRING": str(home / "keyring.json")}


def compare_floor(runs: int, warm_up: int, settle: float = SETTLE_S) -> tuple[list[Run], list[Run]]:
    """``warm_up`` discarded rounds, then ``runs`` interleaved rounds of the bare window and the floor.

    Returns:
        (the floor's runs, the bare window's runs), as :func:`scenarios.compare` returns the app's.

    Raises:
        SystemExit: a program never painted or did not quit cleanly (:func:`measure.run`).
    """
    floor: list[Run] = []
    bare: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="cxdesk-floor-") as tmp:
        env = floor_env(Path(tmp))
        for round_ in range(warm_up + runs):
            bare_run = run([sys.executable, "-c", BARE], env, settle=settle)
            floor_run = run([sys.executable, "-c", FLOOR], env, settle=settle)
            if round_ >= warm_up:
                bare.append(bare_run)
                floor.append(floor_run)
    return floor, bare


def floor_lines(floor: list[Run], bare: list[Run], goals: dict[str, float]) -> list[str]:
    """One Markdown list item per figure: the floor's median against the bare window's, and what the goal leaves.

    Args:
        floor, bare: the runs of :func:`compare_floor`.
        goals: each figure's goal as a ratio to the bare window (:func:`remote_goals`).
    """
    lines = []
    for figure, label in FIGURES:
        mine = statistics.median(getattr(r, figure) for r in floor)
        base = statistics.median(getattr(r, figure) for r in bare)
        unit, digits = ("s", 3) if figure == "paint" else ("MiB", 1)
        goal = goals[figure]
        left = round(goal * base - mine, digits)  # as shown: a budget that rounds to zero is none
        if left > 0:
            verdict = f"the goal ≤ {goal:g}x leaves {left:.{digits}f} {unit} for the app's own code"
        elif left == 0:
            verdict = f"the goal ≤ {goal:g}x leaves nothing for the app's own code"
        else:
            verdict = f"over the goal ≤ {goal:g}x by {-left:.{digits}f} {unit} before any of the app's own code"
        lines.append(f"- floor, {label}: {mine:.{digits}f} {unit} against {base:.{digits}f} {unit}, "
                     f"{mine / base:.2f}x; {verdict}")
    return lines


def remote_goals(rows: list[tuple[str, str, str, float, bool]]) -> dict[str, float]:
    """The remote profile's ratio goals by figure, from ``run_all.ROWS`` (scenario, figure, label, goal, is a ratio)."""
    return {figure: goal for key, figure, _label, goal, ratio in rows if key == "remote" and ratio}


def main(argv: list[str] | None = None) -> None:
    """Measure the floor against the bare window and print one line per goal."""
    sys.stdout.reconfigure(encoding="utf-8")  # arrows and ≤; a Windows console is cp1252
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="interleaved rounds (default 9)")
    parser.add_argument("--quick", action="store_true", help="no warm-up, a short settle: figures not comparable")
    args = parser.parse_args(argv)
    warm_up, settle = (0, 0.2) if args.quick else (1, SETTLE_S)
    from run_all import ROWS  # the goals, kept in one place (run_all imports this module)

    print("\n".join(floor_lines(*compare_floor(args.runs, warm_up, settle), remote_goals(ROWS))))


if __name__ == "__main__":
    main()
