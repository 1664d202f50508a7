"""Update the translation sources (``i18n/*.ts``) and compile them into ``desktop/forms/*.qm``.

``python -m desktop.tools.build_forms`` runs this after the forms (or run it alone:
``python -m desktop.tools.build_translations``). ``pyside6-lupdate`` reads the text of the forms
(``ui/*.ui``) and every ``tr()``/``QCoreApplication.translate()`` of the app's Python code into each
``.ts`` (without line numbers, and without entries that are gone), then ``pyside6-lrelease`` compiles
each ``.ts`` into the ``.qm`` the app loads (:mod:`desktop.translation`). ``--check`` changes nothing
and exits 1 when a ``.ts`` is not what lupdate makes of the sources now, when an entry is unfinished
or obsolete, or when a ``.qm`` is not what its ``.ts`` compiles to (``tests/test_translations.py``).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from desktop.tools.qt_tools import OUT_DIR, ROOT, UI_DIR
from desktop.tools.qt_tools import tool as _tool

TS_DIR = ROOT / "i18n"
PY_DIR = ROOT / "desktop"
#: The languages translated, besides the source language English.
LANGUAGES = ("de", "fr")
#: Folders of ``desktop/`` whose code shows no text of its own (generated forms: their text comes from ``ui/``).
SKIPPED = ("forms", "server", "tools")


def sources() -> list[Path]:
    """The files lupdate reads: the forms and the app's Python modules."""
    python = [path for path in sorted(PY_DIR.rglob("*.py"))
              if path.relative_to(PY_DIR).parts[0] not in SKIPPED]
    return sorted(UI_DIR.glob("*.ui")) + python


def ts_path(language: str, folder: Path | None = None) -> Path:
    """The translation source of ``language``."""
    return (folder or TS_DIR) / f"cxdesk_{language}.ts"


def qm_path(language: str, folder: Path | None = None) -> Path:
    """The compiled translation of ``language``, where the app loads it from."""
    return (folder or OUT_DIR) / f"cxdesk_{language}.qm"  # OUT_DIR read now: a test may point it elsewhere


def lupdate(ts: Path) -> None:
    """Bring ``ts`` up to date with the sources (creating it if missing); gone entries are dropped.

    Raises:
        subprocess.CalledProcessError: lupdate failed.
    """
    ts.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as listing:
        listing.write("\n".join(str(path) for path in sources()))
    try:
        subprocess.run([_tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", "-silent",
                        f"@{listing.name}", "-ts", str(ts)], check=True, capture_output=True)
    finally:
        Path(listing.name).unlink()


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm``.

    Raises:
        subprocess.CalledProcessError: lrelease failed.
    """
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)


def problems(ts: Path) -> list[str]:
    """What is not finished in ``ts``: its unfinished, vanished and obsolete entries, in short."""
    text = ts.read_text(encoding="utf-8")
    out = []
    for kind in ("unfinished", "vanished", "obsolete"):
        count = len(re.findall(rf'type="{kind}"', text))
        if count:
            out.append(f"{ts.name}: {count} {kind} entr{'y' if count == 1 else 'ies'}")
    return out


def stale() -> list[str]:
    """Every problem of the translations, each in a line (empty: all up to date and complete)."""
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            ts, qm = ts_path(language), qm_path(language)
            if not ts.exists():
                out.append(f"missing: {_shown(ts)}")
                continue
            fresh = Path(tmp) / ts.name
            shutil.copyfile(ts, fresh)
            lupdate(fresh)
            if fresh.read_bytes() != ts.read_bytes():
                out.append(f"stale: {_shown(ts)} (the sources' text changed: run build_forms)")
            out += problems(fresh)
            compiled = Path(tmp) / qm.name
            lrelease(ts, compiled)
            if not qm.exists() or qm.read_bytes() != compiled.read_bytes():
                out.append(f"stale: {_shown(qm)}")
    return out


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def build() -> list[str]:
    """Update each ``.ts`` and compile it; returns its problems (unfinished entries) to report."""
    out = []
    for language in LANGUAGES:
        ts, qm = ts_path(language), qm_path(language)
        lupdate(ts)
        lrelease(ts, qm)
        out += problems(ts)
    return out


def main(argv: list[str] | None = None) -> int:
    """Update and compile the translations; with ``--check`` only report what is stale (exit 1)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check; exit 1 when something is stale")
    args = parser.parse_args(argv)
    lines = stale() if args.check else build()
    for line in lines:
        print(line)
    return 1 if args.check and lines else 0


if __name__ == "__main__":
    sys.exit(main())
