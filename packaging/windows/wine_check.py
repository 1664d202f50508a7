"""The Windows check, run by ``.ci/run`` on Linux: the real Windows app, built, installed and tested under wine.

Steps (each timed; the first failure stops the check with exit code 1):

1. a wine prefix with python.org's CPython 3.11 for x64 and the app's ``win_amd64`` wheels, installed
   offline, and the app installed from this repository (``wine_env.py``);
2. the two test-only DLL stand-ins for wine 8's gaps (``standins.py``), in the prefix only;
3. ``build.spec`` frozen by PyInstaller under wine, and the frozen ``cxdesk.exe --self-test`` run;
4. the installer built from ``cxdesk.nsi`` (x64), installed silently (``/S``) for the user, the
   installed app self-tested, uninstalled silently, and the folder, shortcut and uninstall key gone;
5. the README's test suite run by the Windows interpreter, offscreen; tests that cannot run under wine
   carry ``@pytest.mark.wine_gap("...")`` and are counted (the aim is under 5 % of the suite).

Needs Debian's ``wine``, ``nsis`` and ``gcc-mingw-w64-x86-64-win32`` (``.ci/run`` installs them) and the
package registries. Its work folder is in the user's cache folder (``--work``; a clone's own, reused by
the next run); ``--steps`` runs only some steps of an existing work folder (e.g. ``--steps tests``).
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ElementTree
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from standins import build as build_standins  # noqa: E402
from wine_env import WineError, WineMachine  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
APP_NAME = "CX Account Desk"
UNINSTALL_KEY = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\cxdesk"
#: Qt's offscreen platform on Windows has no font database of its own: without a font folder it draws every
#: character as a box. Debian's DejaVu fonts (fonts-dejavu-core) stand in for Windows' fonts under wine.
FONTS = Path("/usr/share/fonts/truetype/dejavu")
WINE_GAP_LIMIT = 0.05  # share of the suite that may be skipped for wine's gaps
TOOLS = {"wine": "wine", "wineserver": "wine", "makensis": "nsis",
         "x86_64-w64-mingw32-gcc": "gcc-mingw-w64-x86-64-win32"}


class WindowsCheck:
    """The steps of the check on one :class:`WineMachine`."""

    def __init__(self, machine: WineMachine) -> None:
        self.machine = machine
        self.dist = machine.work / "dist"
        self.setup_exe = machine.work / "CX-Account-Desk-setup.exe"
        self.offscreen = {"QT_QPA_PLATFORM": "offscreen"}
        if FONTS.is_dir():
            self.offscreen["QT_QPA_FONTDIR"] = machine.windows_path(FONTS)

    def prepare(self) -> None:
        """Prefix, interpreter, wheels, the app, and the DLL stand-ins; then import Qt and pydantic-core."""
        machine = self.machine
        machine.boot()
        machine.fetch_python()
        machine.install(machine.download_wheels())
        qt_core = machine.python_dir / "Lib" / "site-packages" / "PySide6" / "Qt6Core.dll"
        for dll in build_standins(qt_core, machine.work / "standins"):
            shutil.copy2(dll, machine.system32() / dll.name)
        machine.run(f'"{machine.python}" -c "import sys, PySide6.QtCore as q, pydantic_core as p; '
                    "print(sys.version.split()[0], 'Qt', q.qVersion(), 'pydantic-core', p.__version__)\"")

    def freeze(self) -> None:
        """Freeze ``build.spec`` under wine into the work folder's ``dist`` and self-test ``cxdesk.exe``."""
        machine = self.machine
        shutil.rmtree(self.dist, ignore_errors=True)
        machine.run(f'"{machine.python}" -m PyInstaller build.spec --noconfirm --log-level WARN '
                    f'--distpath "{machine.windows_path(self.dist)}" '
                    f'--workpath "{machine.windows_path(machine.work / "pyinstaller")}"', variables=self.offscreen,
                    limit=1200)
        self.self_test(machine.windows_path(self.dist / "cxdesk" / "cxdesk.exe"), "frozen")
        self.screenshot(machine.windows_path(self.dist / "cxdesk" / "cxdesk.exe"))

    def screenshot(self, exe: str) -> None:
        """Save the frozen app's window on the sandbox account as ``window.png`` in the work folder (look at it)."""
        picture = self.machine.work / "window.png"
        picture.unlink(missing_ok=True)
        home = self.machine.windows_path(self.machine.work / "screenshot-home")
        self.machine.run(f'start "" /wait "{exe}" --screenshot "{self.machine.windows_path(picture)}"',
                         variables={**self.offscreen, "CXDESK_HOME": home}, limit=300)
        _expect(picture.is_file() and picture.stat().st_size > 10_000, f"screenshot of the Windows app: {picture}")

    def self_test(self, exe: str, label: str) -> None:
        """Run ``exe --self-test report`` (a windowed program: the report file carries its lines)."""
        report = self.machine.work / f"selftest-{label}.txt"
        report.unlink(missing_ok=True)
        code, _ = self.machine.run(f'start "" /wait "{exe}" --self-test "{self.machine.windows_path(report)}"',
                                   variables=self.offscreen, limit=300, check=False)
        print(f"--- self-test of the {label} app ({exe}) ---")
        print(report.read_text(encoding="utf-8") if report.exists() else "(no report written)")
        if code != 0:
            raise WineError(f"the {label} app's self-test exited with {code}")

    def installer(self) -> None:
        """Build the x64 installer, install silently, self-test, uninstall silently, check nothing is left."""
        machine = self.machine
        _run_linux([sys.executable, str(ROOT / "packaging" / "windows" / "make_installer.py"),
                    "--dist", str(self.dist / "cxdesk"), "--out", str(self.setup_exe)])
        local = machine.run("echo %LOCALAPPDATA%", echo=False)[1].strip()
        roaming = machine.run("echo %APPDATA%", echo=False)[1].strip()
        install_dir = machine.drive_c(local) / "Programs" / APP_NAME
        shortcut = machine.drive_c(roaming) / "Microsoft" / "Windows" / "Start Menu" / "Programs" / f"{APP_NAME}.lnk"
        machine.run(f'"{machine.windows_path(self.setup_exe)}" /S', limit=300)
        machine.wait_idle()
        _expect((install_dir / "cxdesk.exe").is_file(), f"installed: {install_dir / 'cxdesk.exe'}")
        _expect(shortcut.is_file(), f"Start-menu shortcut: {shortcut.name}")
        _expect(self._has_key(), f"uninstall key: {UNINSTALL_KEY}")
        self.self_test(f"{local}\\Programs\\{APP_NAME}\\cxdesk.exe", "installed")
        machine.run(f'"{local}\\Programs\\{APP_NAME}\\uninstall.exe" /S', limit=300)
        machine.wait_idle()  # NSIS's uninstaller re-starts itself from TEMP so that it can delete itself
        _expect(not install_dir.exists(), f"uninstalled: {install_dir} is gone")
        _expect(not shortcut.exists(), "uninstalled: the shortcut is gone")
        _expect(not self._has_key(), "uninstalled: the uninstall key is gone")

    def _has_key(self) -> bool:
        return self.machine.run(f'reg query "{UNINSTALL_KEY}" >nul 2>nul', echo=False, check=False)[0] == 0

    def tests(self) -> None:
        """Run the test suite with the Windows interpreter; count the wine-gap skips."""
        machine = self.machine
        junit = machine.work / "tests.xml"
        junit.unlink(missing_ok=True)
        code, _ = machine.run(f'"{machine.python}" -m pytest -p no:cacheprovider -q -rfE '
                              f'--junitxml="{machine.windows_path(junit)}"',
                              variables=self.test_variables(),
                              limit=3600, check=False)
        counts, reasons = count_results(junit)
        for reason, times in sorted(reasons.items(), key=lambda item: (not item[0].startswith("wine gap"), item[0])):
            print(f"  skipped {times:3d}x: {reason}")
        share = counts["wine gap"] / max(counts["tests"], 1)
        print(f"under wine: {counts['tests']} tests, {counts['failed']} failed, {counts['skipped']} skipped, "
              f"of which {counts['wine gap']} for wine gaps ({share:.1%}; limit {WINE_GAP_LIMIT:.0%})")
        if code != 0:
            raise WineError(f"the test suite under wine exited with {code}")
        _expect(share < WINE_GAP_LIMIT, f"wine-gap skips under {WINE_GAP_LIMIT:.0%}")


    def test_variables(self) -> dict[str, str]:
        """The Windows test run's environment: offscreen, the frozen build, a home of its own.

        ``CI`` and ``PYTHONIOENCODING`` are cleared. Under CI a missing makensis or gnome-keyring fails a
        test instead of skipping it, and those are Linux's parts, which the Linux run of the suite requires.
        """
        return {**self.offscreen, "CXDESK_BUNDLE": self.machine.windows_path(self.dist / "cxdesk"),
                "CXDESK_HOME": self.machine.windows_path(self.machine.work / "home"), "CI": "",
                "PYTHONIOENCODING": ""}  # the tests' own processes print in Windows' code page, as on a desk


def count_results(junit: Path) -> tuple[dict[str, int], Counter[str]]:
    """Counts from a pytest JUnit XML report, and how often each skip reason occurs.

    Returns:
        ``({"tests", "failed" (failures + errors), "skipped", "wine gap"}, {skip reason: count})``.
    """
    counts = {"tests": 0, "failed": 0, "skipped": 0, "wine gap": 0}
    reasons: Counter[str] = Counter()
    if not junit.exists():
        return counts, reasons
    for case in ElementTree.parse(junit).getroot().iter("testcase"):
        counts["tests"] += 1
        if case.find("failure") is not None or case.find("error") is not None:
            counts["failed"] += 1
        skipped = case.find("skipped")
        if skipped is not None:
            reason = (skipped.get("message") or "").removeprefix("Skipped: ")
            counts["skipped"] += 1
            counts["wine gap"] += reason.startswith("wine gap")
            reasons[reason] += 1
    return counts, reasons


def _expect(condition: bool, what: str) -> None:
    print(f"{'ok  ' if condition else 'FAIL'} {what}")
    if not condition:
        raise WineError(f"not so: {what}")


def _run_linux(command: list[str]) -> None:
    subprocess.run(command, check=True, cwd=ROOT)


def default_work() -> Path:
    """The work folder: in the user's cache folder, one per clone, never inside the repository.

    The wine prefix links ``Z:`` to ``/``: inside the repository, setuptools (``pip install -e .``) and
    other tools that walk the tree would follow it through the whole file system.
    """
    from platformdirs import user_cache_path

    clone = hashlib.sha256(str(ROOT).encode()).hexdigest()[:8]
    return user_cache_path("cxdesk-wine-check", appauthor=False) / clone


def main(argv: list[str] | None = None) -> int:
    """Run the check; returns 0 when every step passed, 1 otherwise."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=default_work(),
                        help="work folder (wine prefix, interpreter, wheels, builds); default: %(default)s")
    parser.add_argument("--steps", default="prepare,freeze,installer,tests",
                        help="comma-separated steps to run (default: all)")
    args = parser.parse_args(argv)
    missing = [f"{tool} (apt-get install {package})" for tool, package in TOOLS.items() if not shutil.which(tool)]
    if missing:
        print("missing: " + ", ".join(missing), file=sys.stderr)
        return 1
    check = WindowsCheck(WineMachine(args.work, ROOT))
    steps: dict[str, Callable[[], None]] = {"prepare": check.prepare, "freeze": check.freeze,
                                           "installer": check.installer, "tests": check.tests}
    timings: list[tuple[str, float]] = []
    started = time.monotonic()
    try:
        for name in args.steps.split(","):
            print(f"=== wine check: {name} ===", flush=True)
            begun = time.monotonic()
            steps[name]()
            timings.append((name, time.monotonic() - begun))
    except (WineError, OSError, subprocess.SubprocessError) as exc:
        print(f"wine check FAILED in step {name}: {exc}", file=sys.stderr)
        return 1
    finally:
        check.machine.kill()
        print("timings: " + ", ".join(f"{name} {seconds:.0f} s" for name, seconds in timings)
              + f"; total {time.monotonic() - started:.0f} s")
    print("wine check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
