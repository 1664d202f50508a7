"""Start-up benchmark: ``cxdesk --screenshot`` against a bare PySide6 window, in one run.

Each program is started several times as a child process (offscreen Qt); the script prints the
median wall time and the median peak RSS of each and their ratios (app / baseline). The baseline is
a QApplication that shows one QMainWindow, grabs it to a PNG and exits: the floor any Qt app pays.

Usage: python benchmarks/startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import measure  # noqa: E402  (benchmarks/ is not a package)

ROOT = Path(__file__).resolve().parent.parent

BASELINE = r"""
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication(sys.argv[:1])
window = QMainWindow(); window.setCentralWidget(QLabel("baseline")); window.resize(1000, 800); window.show()
def done():
    window.grab().save(sys.argv[1]); app.exit(0)
QTimer.singleShot(0, done)
sys.exit(app.exec())
"""

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CXDESK_HOME": tmp}
        png = str(Path(tmp) / "shot.png")
        programs = {
            "baseline (bare PySide6 window)": [sys.executable, "-c", BASELINE, png],
            "cxdesk --screenshot (sandbox)": [sys.executable, "-m", "desktop", "--screenshot", png],
        }
        measure(programs["cxdesk --screenshot (sandbox)"], env)  # warm-up: creates and seeds the sandbox db
        results: dict[str, list[dict]] = {name: [] for name in programs}
        for _ in range(args.runs):  # interleaved, so both see the same machine load
            for name, command in programs.items():
                results[name].append(measure(command, env))
    medians = {name: (statistics.median(r["wall"] for r in runs), statistics.median(r["peak_mib"] for r in runs))
               for name, runs in results.items()}
    print(f"{args.runs} runs each, offscreen, medians:")
    for name, (wall, peak) in medians.items():
        print(f"  {name:34s} wall {wall:6.2f} s   peak RSS {peak:7.1f} MiB")
    (base_wall, base_peak), (app_wall, app_peak) = medians.values()
    ratio = "ratio app/baseline"
    print(f"  {ratio:34s} wall {app_wall / base_wall:6.2f} x   peak RSS {app_peak / base_peak:7.2f} x")


if __name__ == "__main__":
    main()
