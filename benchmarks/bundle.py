"""Bundle benchmark: the frozen app against a frozen bare PySide6 window, built in one run with the same settings.

Builds, in a temporary folder, (1) the baseline: a QMainWindow with a label that grabs itself to a PNG
and exits, frozen with the app's PyInstaller settings (one folder, windowed, the same Qt hooks,
plugin selection and exclusions), and (2) the app from ``build.spec``. Then it prints both sizes on
disk, both start-up times (``--screenshot FILE``, offscreen: the first run after the build, and the
median of the following runs, interleaved) and the ratios app / baseline. The app's time includes
starting the embedded sandbox service and loading the account, as a user's first window does.

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
from measure import measure  # noqa: E402  (benchmarks/ is not a package)

ROOT = Path(__file__).resolve().parent.parent
HOOKS = ROOT / "packaging" / "pyinstaller_hooks"

BASELINE_APP = r'''
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("baseline"))
window.resize(1000, 800)
window.show()
if "--screenshot" in sys.argv:
    target = sys.argv[sys.argv.index("--screenshot") + 1]
    QTimer.singleShot(0, lambda: app.exit(0 if window.grab().save(target) else 1))
sys.exit(app.exec())
'''

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
                    "--workpath", str(work), "--distpath", str(dist)], cwd=ROOT, check=True)
    return time.perf_counter() - start


def size_on_disk(folder: Path) -> tuple[int, int]:
    """Bytes of every file below ``folder`` (symbolic links not followed) and the number of files."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.lstat().st_size
            count += 1
    return total, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="start-ups of each after the first (default 5)")
    parser.add_argument("--keep", type=Path, help="build into this folder and keep it (default: a temporary one)")
    args = parser.parse_args()
    tmp = Path(args.keep or tempfile.mkdtemp(prefix="cxdesk-bundle-bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    try:
        (tmp / "baseline.py").write_text(BASELINE_APP, encoding="utf-8")
        spec = tmp / "baseline.spec"
        spec.write_text(BASELINE_SPEC.format(hooks=str(HOOKS), script=str(tmp / "baseline.py")), encoding="utf-8")
        builds = {"baseline (bare PySide6 window)": pyinstaller(spec, tmp / "work-baseline", tmp / "dist"),
                  "cxdesk": pyinstaller(ROOT / "build.spec", tmp / "work-app", tmp / "dist")}
        exe = ".exe" if sys.platform == "win32" else ""
        binaries = {"baseline (bare PySide6 window)": tmp / "dist" / "baseline" / f"baseline{exe}",
                    "cxdesk": tmp / "dist" / "cxdesk" / f"cxdesk{exe}"}
        home = tmp / "home"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CXDESK_HOME": str(home)}
        png = str(tmp / "shot.png")
        first = {name: measure([str(path), "--screenshot", png], env) for name, path in binaries.items()}
        runs: dict[str, list[dict]] = {name: [] for name in binaries}
        for _ in range(args.runs):  # interleaved, so both see the same machine load
            for name, path in binaries.items():
                runs[name].append(measure([str(path), "--screenshot", png], env))
        sizes = {name: size_on_disk(path.parent) for name, path in binaries.items()}
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"one-folder, windowed, same PyInstaller settings; start-up = --screenshot, offscreen; "
          f"median of {args.runs} runs after the first")
    rows = {}
    for name in binaries:
        size, files = sizes[name]
        wall = statistics.median(r["wall"] for r in runs[name])
        peak = statistics.median(r["peak_mib"] for r in runs[name])
        rows[name] = (size, wall, first[name]["wall"], peak)
        print(f"  {name:32s} size {size / 2**20:7.1f} MiB ({files:5d} files)   first start {first[name]['wall']:5.2f} s"
              f"   start {wall:5.2f} s   peak RSS {peak:6.1f} MiB   build {builds[name]:5.1f} s")
    (base_size, base_wall, base_first, base_peak), (app_size, app_wall, app_first, app_peak) = rows.values()
    label = "ratio app/baseline"
    print(f"  {label:32s} size {app_size / base_size:7.2f} x {'':13s}   first start {app_first / base_first:5.2f} x"
          f"   start {app_wall / base_wall:5.2f} x   peak RSS {app_peak / base_peak:6.2f} x")


if __name__ == "__main__":
    main()
