"""Compile Qt Designer forms (``ui/*.ui``) and resources (``resources/*.qrc``) into ``desktop/forms/``.

Run ``python -m desktop.tools.build_forms`` after editing a form; ``--check`` exits 1 when a
compiled file is out of date (``tests/test_forms.py`` runs the same check). Uses the
``pyside6-uic`` and ``pyside6-rcc`` tools of the installed PySide6. Then it updates the translation
sources and compiles them (:mod:`desktop.tools.build_translations`; ``--no-translations`` skips that).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

from desktop.tools.qt_tools import OUT_DIR, QRC_DIR, ROOT, UI_DIR
from desktop.tools.qt_tools import tool as _tool

__all__ = ["OUT_DIR", "QRC_DIR", "ROOT", "UI_DIR", "main", "stale", "targets"]


def targets() -> list[tuple[Path, Path, list[str]]]:
    """Every ``(source, compiled file, command prefix)`` pair, forms first, then resources."""
    pairs = [(ui, OUT_DIR / f"ui_{ui.stem}.py", [_tool("pyside6-uic"), "--from-imports"])
             for ui in sorted(UI_DIR.glob("*.ui"))]
    # RCC format 1 carries no file timestamps, so a fresh clone compiles to the same bytes.
    rcc = [_tool("pyside6-rcc"), "--format-version", "1"]
    pairs += [(qrc, OUT_DIR / f"{qrc.stem}_rc.py", rcc) for qrc in sorted(QRC_DIR.glob("*.qrc"))]
    return pairs


def compile_one(source: Path, command: list[str]) -> str:
    """Compile one ``.ui`` or ``.qrc`` file and return the generated Python text.

    Raises:
        subprocess.CalledProcessError: the tool refused the file.
    """
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.py"
        subprocess.run([*command, str(source), "-o", str(out)], check=True, capture_output=True)
        text = out.read_text(encoding="utf-8")
    return prune_qt_imports(text) if source.suffix == ".ui" else text


_QT_IMPORT = re.compile(r"^from (PySide6\.\w+) import \(([^)]*)\)\n", re.MULTILINE)


def prune_qt_imports(text: str) -> str:
    """Drop the Qt classes a ``pyside6-uic`` form imports but never uses (issue 11).

    uic imports the same long list into every form (gradients, ``QFontDatabase``, ``QTransform``, …).
    Importing a PySide6 class creates all of its Python enums on the spot: for the main window's form
    that was about 50 enum types (``QGradient.Preset`` alone takes about 9 ms) before the first paint.
    A name is kept when it occurs as a word in the code after the imports (from the first ``class``).
    """
    body = text[text.find("\nclass "):]

    def kept(match: re.Match[str]) -> str:
        names = [name.strip() for name in match.group(2).split(",") if name.strip()]
        used = [name for name in names if re.search(rf"\b{re.escape(name)}\b", body)]
        if not used:
            return ""
        return textwrap.fill(", ".join(used) + ")", width=80, initial_indent=f"from {match.group(1)} import (",
                             subsequent_indent="    ", break_on_hyphens=False) + "\n"

    return _QT_IMPORT.sub(kept, text)


def comparable(text: str) -> str:
    """The generated text without the lines that name the tool's version (they differ by install)."""
    return "\n".join(line for line in text.splitlines()
                     if "Qt User Interface Compiler version" not in line
                     and "Resource object code" not in line and "Created by: The Resource Compiler" not in line)


def stale() -> list[Path]:
    """The compiled files that are missing or differ from what their source compiles to now."""
    out = []
    for source, target, command in targets():
        if not target.exists() or comparable(target.read_text(encoding="utf-8")) != comparable(
                compile_one(source, command)):
            out.append(target)
    return out


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def main(argv: list[str] | None = None) -> int:
    """Compile every form and resource file; with ``--check`` only report stale ones (exit 1)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check; exit 1 when a file is stale")
    parser.add_argument("--no-translations", dest="translations", action="store_false",
                        help="do not update i18n/*.ts and desktop/forms/*.qm (desktop.tools.build_translations)")
    args = parser.parse_args(argv)
    translations = args.translations and UI_DIR == ROOT / "ui"  # not for a test's own folder of forms
    if args.check:
        bad = [f"stale: {_shown(path)}" for path in stale()]
        if translations:
            from desktop.tools import build_translations

            bad += build_translations.stale()
        for line in bad:
            print(line)
        return 1 if bad else 0
    for source, target, command in targets():
        text = compile_one(source, command)
        if target.exists() and comparable(target.read_text(encoding="utf-8")) == comparable(text):
            continue  # unchanged: leave the file (and its line endings) as they are
        target.write_text(text, encoding="utf-8", newline="\n")  # LF on Windows too, as in the repository
        print(f"{_shown(source)} -> {_shown(target)}")
    if translations:
        from desktop.tools import build_translations  # the .ts sources read the forms: after them

        for line in build_translations.build():
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
