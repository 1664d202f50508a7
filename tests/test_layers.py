"""The layering of design §1, checked by the import-linter contracts in pyproject.toml.

The contracts (layers, Qt-free packages, who may import the server, no loops) read the source; the
fresh-interpreter check below covers what they cannot see: a module imported at run time by a
third-party library or by name, which could still load Qt under a Qt-free package.
"""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QT_FREE = ["domain", "api", "server", "store", "mail", "db", "session"]
QT_FREE_MODULES = ["diagnostics", "logs", "paths"]


def test_import_contracts_are_kept():
    """`lint-imports` keeps every contract; a broken one names the import that breaks it."""
    code = "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"
    # UTF-8 output whatever the console's code page (the contract names hold a "§").
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run([sys.executable, "-c", code, "--no-cache", "--no-logo"], cwd=ROOT, env=env,
                            capture_output=True, text=True, encoding="utf-8", errors="replace")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout, result.stdout


def test_qt_free_packages_load_no_qt_at_run_time():
    """Importing every module of the Qt-free packages in a fresh interpreter loads no PySide6 or shiboken6."""
    modules = [f"desktop.{name}" for name in QT_FREE_MODULES]
    for layer in QT_FREE:
        modules += [f"desktop.{layer}" + ("" if p.stem == "__init__" else f".{p.stem}")
                    for p in sorted((ROOT / "desktop" / layer).glob("*.py"))]
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules)
            + "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))]\n"
            + "print(bad); sys.exit(1 if bad else 0)\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
