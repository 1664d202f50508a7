"""desktop.db imports only the standard library (its __init__ says so), checked in a fresh interpreter."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent

CODE = """
import sys
before = set(sys.modules)
import desktop.db, desktop.db.migrations, desktop.db.transaction
new = {name.split('.')[0] for name in set(sys.modules) - before} - {'desktop'}
ours = sorted(name for name in set(sys.modules) - before
              if name.startswith('desktop.') and not name.startswith('desktop.db'))
foreign = sorted(name for name in new if name not in sys.stdlib_module_names)
print(ours, foreign)
sys.exit(1 if ours or foreign else 0)
"""


def test_the_package_imports_only_the_standard_library():
    result = subprocess.run([sys.executable, "-c", CODE], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
