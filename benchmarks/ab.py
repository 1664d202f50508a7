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
from measure import BARE, ROOT, SETTLE_S, run
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
               settle: float) -> dict[str, dict[str, list[float]]]:
    """Every round: bare window, then both apps in alternating order; per scenario, the paint times (s) per side
    and the peak memory (MiB) under ``"<side> MiB"``."""
    folders = {"base": base, "this": ROOT}
    results: dict[str, dict[str, list[float]]] = {}
    with scenarios() as every:
        for key in keys:
            print(f"running: {every[key].name} ...", file=sys.stderr, flush=True)
            times: dict[str, list[float]] = {"bare": [], "base": [], "this": []}
            for round_ in range(warm_up + runs):
                bare = run([sys.executable, "-c", BARE], {**os.environ, "QT_QPA_PLATFORM": "offscreen"}, settle=settle)
                got = {}
                for side in (("base", "this") if round_ % 2 else ("this", "base")):
                    measure.ROOT = folders[side]  # the app's working folder: its own ``desktop`` package
                    try:
                        got[side] = run(APP, own_home(every[key].env(), side), settle=settle)
                    finally:
                        measure.ROOT = ROOT
                if round_ >= warm_up:
                    times["bare"].append(bare.paint or 0.0)
                    times.setdefault("bare MiB", []).append(bare.peak_mib or 0.0)
                    for side, result in got.items():
                        times[side].append(result.paint or 0.0)
                        times.setdefault(f"{side} MiB", []).append(result.peak_mib or 0.0)
            results[key] = times
    return results


def main(argv: list[str] | None = None) -> None:
    """Check the base out, run the rounds, print one line per scenario."""
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
    for key, times in results.items():
        bare, before, after = (statistics.median(times[side]) for side in ("bare", "base", "this"))
        print(f"{key}: bare window {bare:.3f} s; base {before:.3f} s ({before / bare:.2f}x); "
              f"this {after:.3f} s ({after / bare:.2f}x); change {100 * (after - before) / before:+.1f} %")
        bare, before, after = (statistics.median(times[f"{side} MiB"]) for side in ("bare", "base", "this"))
        print(f"{key}, peak RSS: bare window {bare:.1f} MiB; base {before:.1f} MiB ({before / bare:.2f}x); "
              f"this {after:.1f} MiB ({after / bare:.2f}x); change {100 * (after - before) / before:+.1f} %")


if __name__ == "__main__":
    main()
