"""Start-up benchmark: ``cxdesk`` on the sandbox against a bare PySide6 window, in one run.

The sandbox scenarios of ``run_all.py`` alone (warm database, and a first run that creates it):
each program is started as a child process (offscreen Qt), the same warm-up runs for both, then
interleaved runs. The clock stops when the account's values are painted (the bare window: when it
has painted), see :mod:`measure`; the quit (``SIGTERM`` → process gone) and the peak RSS are
reported beside, not counted as start-up. Prints medians and ratios (app / bare window).

Usage: python benchmarks/startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scenarios import compare, scenarios  # noqa: E402  (benchmarks/ is not a package)


def main() -> None:
    """Run the sandbox scenarios and print their medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with scenarios() as every:
        for key in ("sandbox", "first_run"):
            app, bare = compare(every[key], args.runs, warm_up=1)
            print(f"{every[key].name}: {args.runs} runs each after one warm-up, offscreen, medians")
            for figure, unit in (("paint", "s"), ("quit", "s"), ("peak_mib", "MiB")):
                values = [[getattr(r, figure) for r in runs] for runs in (app, bare)]
                if any(None in v for v in values):
                    continue
                a, b = (statistics.median(v) for v in values)
                print(f"  {figure:9s} cxdesk {a:8.3f} {unit:3s}  bare {b:8.3f} {unit:3s}  ratio {a / b:.2f} x")


if __name__ == "__main__":
    main()
