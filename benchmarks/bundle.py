"""Bundle benchmark: the frozen app against a frozen bare PySide6 window, built in one run with the same settings.

Builds, in a temporary folder, (1) the baseline: the bare window of :data:`measure.BARE` (a
QMainWindow with a label that writes the paint mark at its first paint and quits on ``SIGTERM``),
frozen with the app's PyInstaller settings (one folder, windowed, the same Qt hooks, plugin
selection and exclusions), and (2) the app from ``build.spec``. Then it compares both sizes on disk
and both start-ups, offscreen, as ``run_all.py`` does (:func:`measure.run`: process start → the
account's values painted, the bare window's first paint; the same warm-up runs, interleaved runs,
medians; quit and peak RSS beside). The app opens the sandbox with a warm database (the warm-up
run creates it). ``run_all.py --bundle`` adds these rows to its table.

Usage: python benchmarks/bundle.py [--runs 5] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import BARE, Run, run  # noqa: E402  (benchmarks/ is not a package)

ROOT = Path(__file__).resolve().parent.parent
HOOKS = ROOT / "packaging" / "pyinstaller_hooks"

BASELINE_SPEC = r'''
import sys
sys.path.insert(0, {hooks!r})
from qt_selection import QT_EXCLUDES, keep_entry

a = Analysis([{script!r}], hookspath=[{hooks!r}], excludes=QT_EXCLUDES, noarchive=False, optimize=0)
a.binaries = [entry for entry in a.binaries if keep_entry(entry)]
a.datas = [entry for entry in a.datas if keep_entry(entry)]
pyz = PYZ(a.pure)
exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name="baseline", debug=False, strip=False, upx=False,
          console=False)
coll = COLLECT(exe, a.binaries, a.datas, strip=False, upx=False, name="baseline")
'''

def pyinstaller(spec: Path, work: Path, dist: Path) -> float:
    """Build one spec; returns the build's wall time in seconds."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", str(spec), "--noconfirm", "--log-level", "ERROR",
                    "--workpath", str(work), "--distpath", str(dist)], cwd=ROOT, check=True,
                   stdout=sys.stderr)  # the table alone on stdout
    return time.perf_counter() - start


def size_on_disk(folder: Path) -> tuple[int, int]:
    """Bytes of every file below ``folder`` (symbolic links not followed) and the number of files."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.lstat().st_size
            count += 1
    return total, count


def build(tmp: Path) -> tuple[dict[str, Path], dict[str, float]]:
    """Build the baseline and the app into ``tmp/dist``; (each one's executable, each one's build seconds)."""
    (tmp / "baseline.py").write_text(BARE, encoding="utf-8")
    spec = tmp / "baseline.spec"
    spec.write_text(BASELINE_SPEC.format(hooks=str(HOOKS), script=str(tmp / "baseline.py")), encoding="utf-8")
    builds = {"baseline": pyinstaller(spec, tmp / "work-baseline", tmp / "dist"),
              "cxdesk": pyinstaller(ROOT / "build.spec", tmp / "work-app", tmp / "dist")}
    exe = ".exe" if sys.platform == "win32" else ""
    return {name: tmp / "dist" / name / f"{name}{exe}" for name in builds}, builds


def compare_frozen(runs: int, warm_up: int = 1, settle: float = 1.0, keep: Path | None = None) -> dict:
    """Build both, then time them; ``{"size_mib" | "paint" | "quit" | "peak_mib": (app, baseline)}`` (medians).

    Also ``"files"`` (each one's file count) and ``"build_s"`` (each one's build seconds).
    """
    tmp = Path(keep or tempfile.mkdtemp(prefix="cxdesk-bundle-bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    try:
        binaries, builds = build(tmp)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CXDESK_HOME": str(tmp / "home")}
        results: dict[str, list[Run]] = {name: [] for name in binaries}
        for round_ in range(warm_up + runs):  # interleaved, so both see the same machine load
            for name, path in binaries.items():
                measured = run([str(path)], env, settle=settle)
                if round_ >= warm_up:
                    results[name].append(measured)
        sizes = {name: size_on_disk(path.parent) for name, path in binaries.items()}
    finally:
        if not keep:
            shutil.rmtree(tmp, ignore_errors=True)
    figures: dict = {"size_mib": (sizes["cxdesk"][0] / 2**20, sizes["baseline"][0] / 2**20),
                     "files": (sizes["cxdesk"][1], sizes["baseline"][1]),
                     "build_s": (builds["cxdesk"], builds["baseline"])}
    for figure in ("paint", "quit", "peak_mib"):
        values = [[getattr(r, figure) for r in results[name]] for name in ("cxdesk", "baseline")]
        figures[figure] = tuple(None if None in v else statistics.median(v) for v in values)
    return figures


def main() -> None:
    """Build both, time them, print the figures and the ratios app / baseline."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="interleaved runs of each after one warm-up (default 5)")
    parser.add_argument("--keep", type=Path, help="build into this folder and keep it (default: a temporary one)")
    args = parser.parse_args()
    figures = compare_frozen(args.runs, keep=args.keep)
    print(f"one-folder, windowed, same PyInstaller settings; offscreen; medians of {args.runs} interleaved runs "
          "after one warm-up")
    for figure in ("size_mib", "files", "paint", "quit", "peak_mib", "build_s"):
        app, base = figures[figure]
        if app is None or base is None:
            print(f"  {figure:9s} n/a")
            continue
        print(f"  {figure:9s} cxdesk {app:9.3f}   baseline {base:9.3f}   ratio {app / base:6.2f} x")


if __name__ == "__main__":
    main()
