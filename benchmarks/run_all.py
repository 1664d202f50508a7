"""Every benchmark of issue 11 in one run: one table of the app against a bare PySide6 window, with the goals.

Each scenario (:mod:`scenarios`) runs the bare window and ``cxdesk`` the same number of times: the same
warm-up runs (discarded), then interleaved rounds, so both see the same machine load; the table shows
medians, and below it the paired ratios: the median and quartiles of each round's app against the bare
window started just before it, which the VM's slow drifts move less. *paint*: process start → the
account's values painted (the bare window: its first paint), see :mod:`measure` and
:mod:`desktop.shell.paint_mark`. *quit*: ``SIGTERM`` → process gone, a second after the paint (on the
trickling server: a second after its first request reached the peer). *peak RSS*: the GUI process's peak
resident set until it is asked to quit. Both sides run from bytecode, as installed copies do: pip
compiles a package's modules when it installs it and the frozen app carries them compiled, while a
source checkout run with ``PYTHONDONTWRITEBYTECODE=1`` (as on our CI machines) would compile the app's
modules from source at every start and the bare window's none. So :func:`compile_sources` compiles
``desktop/`` first, and the variable is dropped for the runs.
Below them, the floors (:mod:`floors`): what part of the goals the product's and the project's rules
take before any of the app's own code runs.
``--bundle`` also builds both frozen (``bundle.py``, PyInstaller, several minutes) and compares the
one-folder sizes and the frozen start.

Usage: python benchmarks/run_all.py [--runs 5] [--quick] [--bundle]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from floors import compare_floor, floor_lines, remote_goals  # noqa: E402
from measure import ROOT, Run  # noqa: E402  (benchmarks/ is not a package)
from scenarios import compare, scenarios  # noqa: E402

#: (scenario key, figure, label, goal, goal is a ratio (else absolute seconds)): the goals of issue 11.
ROWS = [
    ("remote", "paint", "remote profile, warm cache: start → values painted", 1.5, True),
    ("sandbox", "paint", "sandbox, warm database: start → values painted", 2.5, True),
    ("first_run", "paint", "sandbox, first run (new database): start → values painted", 4.0, True),
    ("sandbox", "quit", "quit, sandbox: SIGTERM → process gone", 0.15, False),
    ("trickle", "quit", "quit, trickling remote server: SIGTERM → process gone", 0.15, False),
    ("remote", "peak_mib", "peak RSS, remote profile", 1.5, True),
]
UNITS = {"paint": "s", "quit": "s", "peak_mib": "MiB", "size_mib": "MiB"}


def machine() -> list[str]:
    """The machine's description: CPU model, cores, RAM, OS, Python, PySide6 and Qt versions."""
    import PySide6
    from PySide6.QtCore import qVersion

    model = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        names = [line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines()
                 if line.startswith("model name")]
        model = names[0] if names else model
    return [f"CPU: {model}, {psutil.cpu_count(logical=False)} cores ({os.cpu_count()} logical)",
            f"RAM: {psutil.virtual_memory().total / 2**30:.1f} GiB",
            f"OS: {platform.platform()}",
            f"Python {platform.python_version()}, PySide6 {PySide6.__version__} (Qt {qVersion()})"]


def median(runs: list[Run], figure: str) -> float | None:
    """The median of one figure over runs (``None`` if any run lacks it, e.g. quit on Windows)."""
    values = [getattr(r, figure) for r in runs]
    return None if any(v is None for v in values) else statistics.median(values)


def row(label: str, unit: str, app: float | None, bare: float | None, goal: float, ratio_goal: bool) -> str:
    """One Markdown table row: figures, ratio, goal and whether it is met."""
    if app is None or bare is None:
        return f"| {label} | n/a | n/a | n/a | {goal_text(goal, ratio_goal)} | n/a |"
    ratio = app / bare
    met = (ratio if ratio_goal else app) <= goal
    return (f"| {label} | {app:.{3 if unit == 's' else 1}f} {unit} | {bare:.{3 if unit == 's' else 1}f} {unit} "
            f"| {ratio:.2f}x | {goal_text(goal, ratio_goal)} | {'met' if met else 'NOT met'} |")


def paired(label: str, app: list[Run], bare: list[Run], figure: str) -> str:
    """One line: the median of the rounds' ratios ``app[i] / bare[i]`` and their quartiles (``n/a`` without figures)."""
    ratios = [getattr(a, figure) / getattr(b, figure) for a, b in zip(app, bare, strict=True)
              if getattr(a, figure) is not None and getattr(b, figure)]
    if not ratios:
        return f"- {label}: n/a"
    low, _middle, high = statistics.quantiles(ratios, n=4, method="inclusive") if len(ratios) > 1 else ratios * 3
    return f"- {label}: {statistics.median(ratios):.2f}x ({low:.2f}x–{high:.2f}x)"


def goal_text(goal: float, ratio_goal: bool) -> str:
    """The goal as the issue writes it."""
    return f"≤ {goal:g}x bare" if ratio_goal else f"≤ {goal:g} s"


def compile_sources(root: Path = ROOT) -> None:
    """Compile a checkout's modules (default: this one) to ``__pycache__`` as pip does; the runs keep bytecode."""
    import compileall

    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    compileall.compile_dir(str(root / "desktop"), quiet=1)
    compileall.compile_dir(str(root / "tests"), quiet=1, maxlevels=0)  # the file keyring of the remote profiles


def main(argv: list[str] | None = None) -> None:
    """Run every scenario and print the table."""
    sys.stdout.reconfigure(encoding="utf-8")  # the table has arrows and ≤; a Windows console is cp1252
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="interleaved rounds per scenario (default 5)")
    parser.add_argument("--quick", action="store_true",
                        help="no warm-up and a short settle: only proves the scripts work, figures not comparable")
    parser.add_argument("--bundle", action="store_true", help="also build both frozen and compare (minutes)")
    args = parser.parse_args(argv)
    warm_up, settle = (0, 0.2) if args.quick else (1, 1.0)
    results: dict[str, tuple[list[Run], list[Run]]] = {}
    compile_sources()
    with scenarios() as every:
        for key, scenario in every.items():
            print(f"running: {scenario.name} ...", file=sys.stderr, flush=True)
            results[key] = compare(scenario, args.runs, warm_up, settle)
    print("running: floors ...", file=sys.stderr, flush=True)
    floor = compare_floor(args.runs, warm_up, settle)
    lines = [f"- {text}" for text in machine()]
    lines += [f"- {args.runs} interleaved rounds per scenario after {warm_up} warm-up round(s), medians; "
              f"offscreen Qt; the app's modules compiled to bytecode as an installed copy has them", "",
              "| scenario | app | bare window | ratio | goal | met? |", "|---|---|---|---|---|---|"]
    for key, figure, label, goal, ratio_goal in ROWS:
        app, bare = results[key]
        lines.append(row(label, UNITS[figure], median(app, figure), median(bare, figure), goal, ratio_goal))
    lines += ["", "Paired ratios: each round's app against the bare window started just before it; median and "
              "the middle half of the rounds (less moved by the VM's drift than the ratio of the medians above):"]
    lines += [paired(label, *results[key], figure) for key, figure, label, _goal, ratio_goal in ROWS if ratio_goal]
    lines += ["", "Floors: a bare window that also does only what the product and the project's rules make every "
              "start of a remote profile do (floors.py: the single-instance socket, the SQLite cache, babel, "
              "then the refresh's HTTP stack and keyring), against the bare window in its own interleaved rounds:"]
    lines += floor_lines(*floor, remote_goals(ROWS))
    if args.bundle:
        from bundle import compare_frozen

        frozen = compare_frozen(args.runs, warm_up, settle)
        lines.append(row("frozen one-folder size", "MiB", frozen["size_mib"][0], frozen["size_mib"][1], 1.2, True))
        lines.append(row("frozen, sandbox warm database: start → values painted", "s", *frozen["paint"], 2.5, True))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
