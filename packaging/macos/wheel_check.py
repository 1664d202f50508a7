"""Check on any OS that the pinned PySide6 macOS wheels hold every Qt part the app's selection keeps.

The selection is ``packaging/pyinstaller_hooks/qt_selection.py`` (what build.spec keeps of PySide6);
the modules are those the app imports (``PySide6.QtXxx`` in ``desktop/``). :func:`check_names` looks
at the wheel's file names only; :func:`check_binaries` reads the Mach-O load commands of the kept
binaries (with macholib) and follows their ``@rpath`` libraries, so a framework a kept plugin links
to but the selection drops (``DROP_QT_LIBS``) is found here, not on a user's Mac. The minimum macOS
a binary was built for is its ``LC_BUILD_VERSION`` *minos* (Apple, ``<mach-o/loader.h>``).
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import tomllib
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from packaging.utils import parse_wheel_filename

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging" / "pyinstaller_hooks"))
import qt_selection  # noqa: E402

#: Where the wheels are kept between runs (``build/`` is git-ignored).
CACHE = ROOT / "build" / "macos-wheels"
#: The Mac architectures the app is built for, with the Mach-O CPU names macholib gives them.
ARCHES = {"arm64": "ARM64", "x86_64": "x86_64"}
#: The macOS that pip is told the Mac runs: new enough that pip picks the newest wheel a Mac can use.
NEWEST_MACOS = "26_0"
#: Windowing-system plugins the selection keeps for the other systems (Linux, Windows): not in a Mac wheel.
OTHER_SYSTEMS_PLUGINS = {("platforms", "xcb"), ("platforms", "windows")}
PLUGINS = "PySide6/Qt/plugins/"


@dataclass
class Result:
    """The outcome of one check: one printed line (``ok``/``FAIL``/``note``) each."""

    lines: list[str] = field(default_factory=list)
    failed: bool = False

    def add(self, ok: bool | None, name: str, detail: str) -> None:
        """Record a line; ``ok=None`` is a note that fails nothing."""
        self.lines.append(f"{'note' if ok is None else 'ok  ' if ok else 'FAIL'} {name}: {detail}")
        self.failed |= ok is False

    def extend(self, other: Result) -> None:
        """Append another result's lines (and its failure)."""
        self.lines += other.lines
        self.failed |= other.failed


def pinned_pyside6() -> str:
    """The ``PySide6-Essentials==X`` version that pyproject.toml pins.

    Raises:
        SystemExit: pyproject.toml pins no exact version.
    """
    for dependency in tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]:
        match = re.fullmatch(r"PySide6-Essentials==([\w.]+)", dependency.replace(" ", ""))
        if match:
            return match.group(1)
    raise SystemExit("pyproject.toml pins no PySide6-Essentials==<version>")


def macos_floor(wheel: Path) -> tuple[int, int]:
    """The oldest macOS a wheel's platform tag allows (``macosx_14_0_universal2`` -> ``(14, 0)``)."""
    versions = [tuple(int(n) for n in tag.platform.split("_")[1:3])
                for tag in parse_wheel_filename(wheel.name)[3] if tag.platform.startswith("macosx_")]
    return min(versions)


def download(version: str, arch: str, cache: Path = CACHE) -> list[Path]:
    """The wheels pip picks for a Mac of ``arch``: PySide6-Essentials and its shiboken6 (released together).

    Wheels already in ``cache`` are used without asking the index (PEP 425 tags: the arch itself or
    ``universal2``). Otherwise ``pip download --platform macosx_<NEWEST_MACOS>_<arch>`` fetches them.

    Raises:
        subprocess.CalledProcessError: pip found no such wheel or could not reach the index.
    """
    def fits(wheel: Path) -> bool:
        name, wheel_version, _, tags = parse_wheel_filename(wheel.name)
        platforms = {tag.platform for tag in tags}
        return name in {"shiboken6", "pyside6-essentials"} and str(wheel_version) == version and any(
            platform.endswith((f"_{arch}", "_universal2")) for platform in platforms)

    found = [wheel for wheel in sorted(cache.glob("*.whl")) if fits(wheel)]
    if {parse_wheel_filename(wheel.name)[0] for wheel in found} == {"pyside6-essentials", "shiboken6"}:
        return found
    cache.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [sys.executable, "-m", "pip", "download", "--only-binary=:all:", "--platform", f"macosx_{NEWEST_MACOS}_{arch}",
         "--python-version", "3.11", "--dest", str(cache), f"PySide6-Essentials=={version}"],
        capture_output=True, text=True, check=True)
    saved = re.findall(r"(?:Saved|File was already downloaded) (.+\.whl)", result.stdout)
    return [cache / Path(line).name for line in saved]


def app_qt_modules(source: Path = ROOT / "desktop") -> set[str]:
    """The PySide6 modules the app's code imports (``QtCore``, ``QtWidgets``...)."""
    return {name for path in source.rglob("*.py")
            for name in re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8"))}


def roots(names: set[str], modules: set[str], result: Result) -> list[str]:
    """Check the wheel names for the kept plugins and the app's modules; return those binaries (the roots)."""
    plugins = {(path[len(PLUGINS):].split("/")[0], qt_selection.plugin_name(Path(path).name)): path
               for path in names if path.startswith(PLUGINS) and path.endswith(".dylib")}
    kept = [path for path in plugins.values() if qt_selection.is_kept(path)]
    for folder, wanted in qt_selection.KEEP_PLUGINS.items():
        have = sorted(name for kind, name in plugins if kind == folder)
        if wanted is None:
            result.add(bool(have), f"plugins/{folder}", ", ".join(have) or "none in the wheel")
            continue
        missing = sorted(name for name in wanted if (folder, name) not in plugins
                         and (folder, name) not in OTHER_SYSTEMS_PLUGINS)
        present = sorted(name for name in wanted if (folder, name) in plugins)
        result.add(not missing, f"plugins/{folder}",
                   f"missing {', '.join(missing)}" if missing else ", ".join(present))
    excluded = sorted(module for module in modules if f"PySide6.{module}" in qt_selection.QT_EXCLUDES)
    missing = sorted(module for module in modules if f"PySide6/{module}.abi3.so" not in names
                     or f"PySide6/Qt/lib/{module}.framework/Versions/A/{module}" not in names)
    result.add(not missing and not excluded, "modules",
               f"missing {', '.join(missing)}" if missing else f"excluded by build.spec but imported: {excluded}"
               if excluded else ", ".join(sorted(modules)) + " (bindings and frameworks)")
    return sorted(kept) + [f"PySide6/{module}.abi3.so" for module in sorted(modules) if not missing]


def check_names(wheel: Path, modules: set[str]) -> Result:
    """Check by file names only that ``wheel`` holds the kept plugins and the app's Qt modules."""
    result = Result()
    with zipfile.ZipFile(wheel) as archive:
        roots(set(archive.namelist()), modules, result)
    return result


def _macho(path: Path) -> tuple[dict[str, tuple[int, int]], list[str]]:
    """Mach-O facts of one file: ``{cpu: minos}`` per slice and the libraries it loads."""
    from macholib import mach_o  # macholib: in the `package` extra (PyInstaller's own Mach-O reader)
    from macholib.MachO import MachO

    loads = (mach_o.LC_LOAD_DYLIB, mach_o.LC_LOAD_WEAK_DYLIB, mach_o.LC_REEXPORT_DYLIB, mach_o.LC_LOAD_UPWARD_DYLIB)
    slices, libraries = {}, []
    for header in MachO(str(path)).headers:
        cpu = mach_o.CPU_TYPE_NAMES.get(header.header.cputype, str(header.header.cputype))
        for command, body, data in header.commands:
            if command.cmd == mach_o.LC_BUILD_VERSION:
                slices[cpu] = (body.minos >> 16, (body.minos >> 8) & 0xFF)
            elif command.cmd in loads:
                libraries.append(data.rstrip(b"\0").decode())
        slices.setdefault(cpu, (0, 0))
    return slices, sorted(set(libraries))


def check_binaries(wheels: list[Path], arch: str, modules: set[str]) -> tuple[Result, tuple[int, int]]:
    """Follow the kept binaries' ``@rpath`` libraries through ``wheels``; check each is kept and has ``arch``.

    Returns:
        The result and the oldest macOS the kept Qt frameworks and plugins are built for (their largest minos).
    """
    result = Result()
    with tempfile.TemporaryDirectory() as tmp:
        archives = [zipfile.ZipFile(wheel) for wheel in wheels]
        members = {name: archive for archive in archives for name in archive.namelist()}
        queue = roots(set(members), modules, Result())
        seen, problems, minos = set(), [], {}
        while queue:
            name = queue.pop()
            if name in seen:
                continue
            seen.add(name)
            slices, libraries = _macho(Path(members[name].extract(name, tmp)))
            minos[name] = max(slices.values())
            if ARCHES[arch] not in slices:
                problems.append(f"{name} has no {arch} code")
            for library in libraries:
                if not library.startswith(("@rpath/", "@loader_path/")):
                    continue  # /System/Library and /usr/lib: part of macOS
                suffix = library.split("/", 1)[1]
                found = [member for member in members if member.endswith("/" + suffix)]
                if not found:
                    problems.append(f"{name} loads {library}: not in the wheels")
                elif not qt_selection.keep_entry((found[0],)):
                    problems.append(f"{name} loads {found[0]}, which the selection drops (DROP_QT_LIBS)")
                else:
                    queue.append(found[0])
        for archive in archives:
            archive.close()
    result.add(not problems, f"linked libraries ({arch})",
               "; ".join(problems) if problems else f"{len(seen)} binaries, every @rpath library kept and {arch}")
    qt = {name: value for name, value in minos.items() if "/Qt/" in name}
    bindings = {name: value for name, value in minos.items() if "/Qt/" not in name}
    floor = max(qt.values(), default=(0, 0))
    result.add(True, f"built for ({arch})", f"Qt frameworks and plugins: macOS {floor[0]}.{floor[1]} or newer")
    newest = max(bindings.values(), default=(0, 0))
    if newest > floor:
        result.add(None, f"built for ({arch})",
                   f"the PySide6/shiboken6 modules are marked macOS {newest[0]}.{newest[1]} (LC_BUILD_VERSION minos), "
                   f"above their wheel tag; only a run on an older Mac (the workflow's runner) proves they load there")
    return result, floor
