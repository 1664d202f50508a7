"""Where the build tools find the repository's folders and PySide6's command-line tools."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "ui"
QRC_DIR = ROOT / "resources"
OUT_DIR = ROOT / "desktop" / "forms"


def tool(name: str) -> str:
    """Find a PySide6 tool beside the running interpreter, else on PATH.

    Raises:
        FileNotFoundError: the tool is not installed.
    """
    for folder in (Path(sys.executable).parent, Path(sys.prefix) / "bin", Path(sys.prefix) / "Scripts"):
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.exists():
                return str(candidate)
    found = shutil.which(name)
    if not found:
        raise FileNotFoundError(f"{name} not found: install PySide6-Essentials")
    return found
