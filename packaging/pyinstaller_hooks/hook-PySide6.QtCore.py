"""Override of PyInstaller's hook: the same collection, restricted to the plugins in qt_selection."""

import sys
from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qt_selection import select  # noqa: E402

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = select(binaries)
