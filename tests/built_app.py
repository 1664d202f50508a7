"""Where the frozen one-folder build is: ``dist/cxdesk``, or ``CXDESK_BUNDLE`` (the Windows build under wine)."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = Path(os.environ.get("CXDESK_BUNDLE") or ROOT / "dist" / "cxdesk")
EXECUTABLE = BUNDLE / ("cxdesk.exe" if sys.platform == "win32" else "cxdesk")


def in_ci() -> bool:
    """Whether this run is CI's (``CI=true``), where a missing build fails instead of skipping."""
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def shown(path: Path) -> str:
    """``path`` relative to the repository when it is inside it."""
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
