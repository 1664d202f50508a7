"""What the frozen one-folder bundle carries, and why (issue 11, point 4).

Reads a built bundle (``dist/cxdesk``, from ``pyinstaller build.spec``) and PyInstaller's report of
modules it could not find (``build/build/warn-build.txt``), and prints one Markdown table: each
top-level part of the bundle, its size and the reason it is there (:data:`WHY`). A part of 1 MiB or
more with no reason is listed as "unexplained" and makes the report fail (exit code 1), so a
dependency that drags in a large library is noticed; so does a module of the app itself that
PyInstaller could not find (a lazily imported module missing from the build would fail at run time).

Usage: python packaging/bundle_report.py [--bundle dist/cxdesk] [--warn build/build/warn-build.txt]
"""

from __future__ import annotations

import argparse
import fnmatch
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: (glob on the part's name, why the bundle carries it), first match wins.
WHY: list[tuple[str, str]] = [
    ("cxdesk", "the bootloader and the archive of the app's and its libraries' bytecode (PYZ)"),
    ("cxdesk.exe", "the bootloader and the archive of the app's and its libraries' bytecode (PYZ)"),
    ("PySide6", "Qt 6: Core, Gui, Widgets, Network (one process per profile), Svg (icons), ICU (text); "
                "only the plugins and libraries the app uses (packaging/pyinstaller_hooks/qt_selection.py)"),
    ("shiboken6", "PySide6's binding runtime"),
    ("libpython3*", "the Python interpreter"),
    ("python3*.dll", "the Python interpreter"),
    ("python3.*", "the standard library's extension modules (lib-dynload)"),
    ("base_library.zip", "the standard library's modules the bootloader needs before the PYZ"),
    ("pydantic_core", "FastAPI's validation, for the sandbox's account service (the app's executable run as "
                      "its own child, desktop.server.child)"),
    ("stdnum", "VAT and company-number rules (python-stdnum)"),
    ("babel", "CLDR data for money and dates, for the offered languages only (desktop/domain/locales.py)"),
    ("libcrypto*", "OpenSSL: TLS for HTTPS and for SMTP with STARTTLS or implicit TLS"),
    ("libssl*", "OpenSSL: TLS for HTTPS and for SMTP with STARTTLS or implicit TLS"),
    ("libsqlite3*", "SQLite: the offline store and the sandbox's database"),
    ("libstdc++*", "the C++ runtime Qt links against"),
    ("desktop", "the app's compiled forms and data files (its bytecode is in the PYZ)"),
    ("certifi", "imported by requests at start; the app verifies with the system's trust store (truststore)"),
    ("charset_normalizer", "requests' dependency (text encodings of answers)"),
    ("libQt6*", "a Qt 6 library of the selection above (in PySide6's folder; this is the link to it)"),
    ("Qt6*.dll", "a Qt 6 library of the selection above"),
    ("libicu*", "ICU, which Qt 6 uses for Unicode text, collation and locales"),
    ("libgio*", "GLib's GIO: Qt's xcb platform plugin and D-Bus integration (Linux)"),
    ("libglib*", "GLib: Qt's event loop integration and xcb platform plugin (Linux)"),
    ("libX11*", "X11: Qt's xcb platform plugin (Linux)"),
    ("libgcrypt*", "linked by systemd's client library, which D-Bus uses (Linux)"),
    ("*.pyd", "a standard-library or library extension module (Windows)"),
    ("lib*.so*", "a system library that Qt's platform plugin or the interpreter links against (Linux)"),
    ("*.dylib", "a system library that Qt or the interpreter links against (macOS)"),
    ("*.dll", "a runtime library that Qt or the interpreter links against (Windows)"),
]

#: A part this large (bytes) needs a reason in :data:`WHY`.
EXPLAIN_FROM = 1024 * 1024


@dataclass(frozen=True)
class Part:
    """One top-level part of the bundle: its name, size in bytes and the reason it is carried (``""``: none)."""

    name: str
    size: int
    why: str


def size_of(path: Path) -> int:
    """Bytes on disk of a file, or of every file under a folder."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def reason(name: str) -> str:
    """Why the bundle carries a part called ``name`` (``""`` when :data:`WHY` has no reason)."""
    return next((why for pattern, why in WHY if fnmatch.fnmatch(name, pattern)), "")


def parts(bundle: Path) -> list[Part]:
    """The bundle's top-level parts (the executable and what is in ``_internal``), largest first."""
    internal = bundle / "_internal"
    paths = [p for p in bundle.iterdir() if p.name != "_internal"]
    paths += list(internal.iterdir()) if internal.is_dir() else []
    paths = [p for p in paths if not p.is_symlink()]  # a link to a library in PySide6's folder: counted there
    return sorted((Part(p.name, size_of(p), reason(p.name)) for p in paths), key=lambda part: -part.size)


def missing_app_modules(warn: Path) -> list[str]:
    """Modules of the app itself (``desktop.*``) that PyInstaller could not find, from its warn report."""
    if not warn.exists():
        return []
    text = warn.read_text(encoding="utf-8", errors="replace")
    return sorted(set(re.findall(r"^missing module named '?(desktop(?:\.\w+)*)'?", text, re.MULTILINE)))


def report(bundle: Path, warn: Path) -> tuple[str, list[str]]:
    """The Markdown table and the problems found (unexplained large parts, missing app modules)."""
    found = parts(bundle)
    total = sum(part.size for part in found)
    lines = [f"Bundle: {bundle} — {total / 2**20:.1f} MiB", "", "| part | MiB | why |", "|---|---:|---|"]
    small = [part for part in found if part.size < EXPLAIN_FROM]
    for part in found:
        if part.size >= EXPLAIN_FROM:
            lines.append(f"| `{part.name}` | {part.size / 2**20:.1f} | {part.why or '**unexplained**'} |")
    lines.append(f"| {len(small)} smaller parts | {sum(p.size for p in small) / 2**20:.1f} | "
                 "system libraries, small packages |")
    problems = [f"unexplained: {part.name} ({part.size / 2**20:.1f} MiB)" for part in found
                if part.size >= EXPLAIN_FROM and not part.why]
    problems += [f"PyInstaller could not find the app's module {name}" for name in missing_app_modules(warn)]
    return "\n".join(lines), problems


def main(argv: list[str] | None = None) -> int:
    """Print the report; exit code 1 when a problem was found."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "cxdesk")
    parser.add_argument("--warn", type=Path, default=ROOT / "build" / "build" / "warn-build.txt")
    args = parser.parse_args(argv)
    sys.stdout.reconfigure(encoding="utf-8")  # the table has a dash; a Windows console is cp1252
    table, problems = report(args.bundle, args.warn)
    print(table)
    for problem in problems:
        print(f"problem: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
