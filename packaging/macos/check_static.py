"""Check the macOS build on paper, on any OS (no Mac, no Qt): the PySide6 wheels, Info.plist and the dmg recipe.

Usage (``.ci/run`` runs it on Linux)::

    python packaging/macos/check_static.py

1. The PySide6-Essentials wheels (the version pyproject.toml pins, and its shiboken6) that pip picks
   for an arm64 and an x86_64 Mac (cached in ``build/macos-wheels``) hold every Qt plugin and module
   the selection keeps, and every library those load (``wheel_check.py``).
2. The Info.plist keys build.spec merges (``Info.plist.part``) keep the promises of the READMEs: dark
   mode (``NSRequiresAquaSystemAppearance`` false), Retina (``NSHighResolutionCapable`` true) and a
   minimum macOS (``LSMinimumSystemVersion``) that is the README's and no lower than the wheels need.
3. ``make_dmg.sh`` calls only commands and options that exist on macOS (``dmg_commands.py``).

One line per check (``ok``, ``FAIL``, or ``note``); exit code 1 when a check fails.
"""

from __future__ import annotations

import argparse
import plistlib
import re
import subprocess
import sys

import dmg_commands
import wheel_check
from wheel_check import ROOT, Result

MACOS = ROOT / "packaging" / "macos"
#: The keys whose values the READMEs promise (dark mode, Retina).
PROMISED = {"NSRequiresAquaSystemAppearance": False, "NSHighResolutionCapable": True}
README_MINIMUM = re.compile(r"\*\*macOS (\d+(?:\.\d+)?) or newer\*\*")


def version(text: str) -> tuple[int, int]:
    """``"14.4"`` -> ``(14, 4)``; ``"14"`` -> ``(14, 0)``."""
    numbers = [int(n) for n in text.split(".")[:2]]
    return numbers[0], numbers[1] if len(numbers) > 1 else 0


def check_plist(keys: dict, spec: str, readme: str, floor: tuple[int, int] | None) -> Result:
    """Check the Info.plist keys against the READMEs' promises and the wheels' minimum macOS.

    Args:
        keys: the keys build.spec merges into the app's Info.plist (``Info.plist.part``).
        spec: the text of build.spec, which must merge them and override none of them.
        readme: the text of README.md, which says "**macOS X or newer**".
        floor: the oldest macOS the wheels and Qt's binaries allow (``None``: not known, not checked).
    """
    result = Result()
    for key, value in PROMISED.items():
        result.add(keys.get(key) is value, f"Info.plist {key}", f"{keys.get(key)!r} (want {value!r})")
    overridden = [key for key in [*PROMISED, "LSMinimumSystemVersion"] if key in spec]
    result.add("Info.plist.part" in spec and not overridden, "build.spec merges Info.plist.part",
               f"and sets {', '.join(overridden)} itself" if overridden else "and overrides none of its keys")
    minimum = keys.get("LSMinimumSystemVersion")
    if not isinstance(minimum, str) or not re.fullmatch(r"\d+(\.\d+)*", minimum):
        result.add(False, "Info.plist LSMinimumSystemVersion", f"{minimum!r} is not a version")
        return result
    promised = README_MINIMUM.search(readme)
    result.add(bool(promised) and version(promised.group(1)) == version(minimum), "README's macOS minimum",
               f"README says {promised.group(1) if promised else 'nothing'}, Info.plist says {minimum}")
    if floor is not None:
        result.add(version(minimum) >= floor, "Info.plist LSMinimumSystemVersion",
                   f"{minimum}; the wheels need macOS {floor[0]}.{floor[1]} or newer")
    return result


def check_wheels(result: Result) -> tuple[int, int] | None:
    """Download (or reuse) the wheels for each Mac architecture and check them; return the macOS they need."""
    pinned = wheel_check.pinned_pyside6()
    modules = wheel_check.app_qt_modules()
    floor: tuple[int, int] | None = (0, 0)
    checked: set[str] = set()
    for arch in wheel_check.ARCHES:
        try:
            wheels = wheel_check.download(pinned, arch)
        except subprocess.CalledProcessError as error:
            result.add(False, f"PySide6-Essentials {pinned} for {arch}", (error.stderr or "").strip()[-300:])
            floor = None
            continue
        result.add(True, f"PySide6-Essentials {pinned} for {arch}", ", ".join(wheel.name for wheel in wheels))
        for wheel in wheels:
            if wheel.name.startswith("pyside6_essentials") and wheel.name not in checked:
                checked.add(wheel.name)  # a universal2 wheel serves both architectures
                result.extend(wheel_check.check_names(wheel, modules))
        binaries, qt_floor = wheel_check.check_binaries(wheels, arch, modules)
        result.extend(binaries)
        if floor is not None:
            floor = max(floor, qt_floor, *(wheel_check.macos_floor(wheel) for wheel in wheels))
    return floor


def main(argv: list[str] | None = None) -> int:
    """Run every check; print one line each. Returns 1 when one failed, else 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-wheels", action="store_true", help="skip the wheel check (no download)")
    args = parser.parse_args(argv)
    result = Result()
    floor = None if args.no_wheels else check_wheels(result)
    keys = plistlib.loads((MACOS / "Info.plist.part").read_bytes())
    result.extend(check_plist(keys, (ROOT / "build.spec").read_text(encoding="utf-8"),
                              (ROOT / "README.md").read_text(encoding="utf-8"), floor))
    problems = dmg_commands.check_script(MACOS / "make_dmg.sh")
    result.add(not problems, "make_dmg.sh", "; ".join(problems) or "bash -n, and every command exists on macOS")
    print("\n".join(result.lines))
    return 1 if result.failed else 0


if __name__ == "__main__":
    sys.exit(main())
