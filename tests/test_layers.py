"""The Qt-free layers never import PySide6 (design §1), checked in a fresh interpreter."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT_FREE = ["domain", "api", "server", "store", "mail", "db"]


@pytest.mark.parametrize("layer", QT_FREE)
def test_layer_imports_no_qt(layer):
    package = ROOT / "desktop" / layer
    if not package.exists():
        pytest.skip(f"desktop/{layer} does not exist yet")
    modules = [f"desktop.{layer}" + ("" if p.stem == "__init__" else f".{p.stem}")
               for p in package.glob("*.py")]
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules)
            + "bad = [m for m in sys.modules if m.startswith('PySide6') or m.startswith('shiboken')]\n"
            + "print(bad); sys.exit(1 if bad else 0)\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_outbox_sender_imports_no_qt_and_the_store_no_api():
    """desktop/sync.py sends the outbox through the API; desktop/store itself talks to no server (design §1)."""
    code = ("import sys\nimport desktop.sync\n"
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))]\n"
            "print(bad); sys.exit(1 if bad else 0)\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    store_code = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "desktop" / "store").glob("*.py"))
    assert "from desktop.api" not in store_code and "import desktop.api" not in store_code
