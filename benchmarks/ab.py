"""A/B of two commits: which of them paints the account sooner, measured in one loop on one machine.

On a shared VM the bare window's own time moves by a factor of two between runs of ``run_all.py``,
more than most changes to the start path. Here the base commit (``--base``, default ``HEAD~1``) is
checked out in a temporary git worktree and, in every round, the bare window, the base and this
checkout are started one after the other in the same scenario (the order of the two apps alternates
from round to round), after the same warm-up round. Each app runs from its own folder (``python -m
desktop`` with that folder first on ``sys.path``) on its own home, with bytecode compiled as
``run_all.py`` does. The medians of *start → values painted* and their ratios to the bare window are
printed, with the change in per cent, and the same for the peak resident memory of each process.

Usage: python benchmarks/ab.py [--base REV] [--runs 9] [--scenario remote] [--scenario first_run] [--quick]
(scenarios: ``remote``, ``sandbox``, ``first_run``; default ``remote`` and ``sandbox``).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import measure
from measure import BARE, ROOT, SETTLE_S, Run, run
from run_all import compile_sources
from scenarios import APP, scenarios

#: The scenarios an A/B can run (the trickling server has no paint to time).
CHOICES = ("remote", "sandbox", "first_run")


@contextlib.contextmanager
def checked_out(rev: str) -> Iterator[Path]:
    """A temporary git worktree of ``rev`` (detached, removed on exit), its modules compiled to bytecode.

    Raises:
        SystemExit: ``rev`` is not a commit of this repository.
    """
    with tempfile.TemporaryDirectory(prefix="cxdesk-ab-") as tmp:
        folder = Path(tmp) / "base"
        added = subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(folder), rev],
                               capture_output=True, text=True)
        if added.returncode != 0:
            raise SystemExit(f"cannot check out {rev}: {added.stderr.strip()}")
        try:
            compile_sources(folder)
            yield folder
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(folder)], capture_output=True)


def own_home(env: dict[str, str], side: str) -> dict[str, str]:
    """The environment with a home of its own for ``side`` where the scenario's home is the sandbox's.

    A remote profile's home is shared (both read its cache, neither writes what the other reads first);
    the sandbox's is not, since each app's service writes its own database.
    """
    if "CXDESK_HOME" in env and "PYTHON_KEYRING_BACKEND" not in env:
        return {**env, "CXDESK_HOME": f"{env['CXDESK_HOME']}-{side}"}
    return env


def measure_ab(base: Path, keys: list[str], runs: int, warm_up: int,
               settle: float) -> dict[str, dict[str, list[Run]]]:
    """Every round: bare window, then both apps in alternating order; the runs per scenario and side."""
    folders = {"base": base, "this": ROOT}
    results: dict[str, dict[str, list[Run]]] = {}
    with scenarios() as every:
        for key in keys:
            print(f"running: {every[key].name} ...", file=sys.stderr, flush=True)
            kept: dict[str, list[Run]] = {"bare": [], "base": [], "this": []}
            for round_ in range(warm_up + runs):
                got = {"bare": run([sys.executable, "-c", BARE], {**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                                   settle=settle)}
                for side in (("base", "this") if round_ % 2 else ("this", "base")):
                    measure.ROOT = folders[side]  # the app's working folder: its own ``desktop`` package
                    try:
                        got[side] = run(APP, own_home(every[key].env(), side), settle=settle)
                    finally:
                        measure.ROOT = ROOT
                if round_ >= warm_up:
                    for side, result in got.items():
                        kept[side].append(result)
            results[key] = kept
    return results


def compared(label: str, runs: dict[str, list[Run]], figure: str, unit: str, digits: int) -> str:
    """One printed line: the median of ``figure`` (a :class:`measure.Run` field) for the bare window and both sides."""
    bare, before, after = (statistics.median(getattr(r, figure) or 0.0 for r in runs[side])
                           for side in ("bare", "base", "this"))
    return (f"{label}: bare window {bare:.{digits}f} {unit}; base {before:.{digits}f} {unit} ({before / bare:.2f}x); "
            f"this {after:.{digits}f} {unit} ({after / bare:.2f}x); change {100 * (after - before) / before:+.1f} %")


def main(argv: list[str] | None = None) -> None:
    """Check the base out, run the rounds, print two lines per scenario (paint time, peak memory)."""
    sys.stdout.reconfigure(encoding="utf-8")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="HEAD~1", help="the commit to compare with (default HEAD~1)")
    parser.add_argument("--runs", type=int, default=9, help="rounds per scenario (default 9)")
    parser.add_argument("--scenario", action="append", choices=CHOICES, help="repeatable; default remote, sandbox")
    parser.add_argument("--quick", action="store_true", help="no warm-up, a short settle: only proves the script works")
    args = parser.parse_args(argv)
    warm_up, settle = (0, 0.2) if args.quick else (1, SETTLE_S)
    compile_sources()
    with checked_out(args.base) as base:
        results = measure_ab(base, args.scenario or ["remote", "sandbox"], args.runs, warm_up, settle)
    print(f"- base {args.base} against this checkout; {args.runs} rounds after {warm_up} warm-up round(s), medians")
    for key, runs in results.items():
        print(compared(key, runs, "paint", "s", 3))
        print(compared(f"{key}, peak RSS", runs, "peak_mib", "MiB", 1))


if __name__ == "__main__":
    main()
