"""Running under wine (the Windows check in ``.ci/run``) and the ``wine_gap`` marker.

A test marked ``@pytest.mark.wine_gap("what wine lacks")`` runs on Linux, macOS and real Windows,
and is skipped under wine with the reason ``wine gap: what wine lacks``: the gap is wine's, not
Windows' (``packaging/windows/wine_check.py`` counts these skips). Tests that do not apply to
Windows at all (POSIX signals, the Secret Service) skip with a reason of their own instead.
"""

from __future__ import annotations

import functools
import sys

import pytest

MARKER = "wine_gap(reason): skipped under wine, because of a gap of wine's (not of Windows')"


@functools.cache
def under_wine() -> bool:
    """Whether this is a Windows process under wine (its ntdll exports ``wine_get_version``)."""
    if sys.platform != "win32":
        return False
    import ctypes

    try:
        return hasattr(ctypes.WinDLL("ntdll"), "wine_get_version")
    except OSError:
        return False


def skip_wine_gaps(items: list[pytest.Item]) -> None:
    """Add a skip to every item marked ``wine_gap`` when running under wine."""
    if not under_wine():
        return
    for item in items:
        marker = item.get_closest_marker("wine_gap")
        if marker is not None:
            reason = marker.args[0] if marker.args else marker.kwargs.get("reason", "")
            item.add_marker(pytest.mark.skip(reason=f"wine gap: {reason}"))
