"""The cyclic garbage collector waits while the app starts (issue 11).

Starting creates some 50 000 objects that the collector tracks: FastAPI's and pydantic's in the
sandbox's child, Qt's wrappers and the app's own in the GUI process. Almost all of them live as long
as the process, yet the collector keeps scanning them as they pile up: measured on the two-core
machine, about 110 collections and 25 ms before a remote profile's first paint, and about 90 ms of
the sandbox child's 0.8 s start. Reference counting still frees everything that is not in a cycle;
a full collection at the first paint found only 63 to 208 unreachable objects.

:func:`pause_collection` is called first thing in :func:`desktop.app.main`; :func:`resume_collection`
when the main window has first painted (:mod:`desktop.shell.launcher`), at the latest after
:data:`RESUME_AT_LATEST_S` (a sign-in dialog first, say), and in the sandbox's child once its service
answers. Resuming first moves every object alive to the permanent generation (:func:`gc.freeze`,
the pattern the Python documentation gives for objects that live until the process ends): the next
collection then scans only what was made since, instead of all 50 000 objects (about 30 ms) just as
the window starts loading or the service answers its first request. The price is that a cycle made
during the start and dropped later is not collected.
"""

from __future__ import annotations

import gc

#: Seconds after the start at which the collector runs again in any case (the GUI process's timer).
RESUME_AT_LATEST_S = 5.0

_paused = False


def pause_collection() -> None:
    """Stop automatic collection until :func:`resume_collection`; a no-op if it is already disabled.

    A collector switched off by someone else (``gc.disable()`` before the app started) is left off
    by :func:`resume_collection` too.
    """
    global _paused  # noqa: PLW0603 - one process-wide switch, as the collector itself is
    if gc.isenabled():
        gc.disable()
        _paused = True


def collection_paused() -> bool:
    """Whether :func:`pause_collection` paused the collector and nothing has resumed it yet."""
    return _paused


def resume_collection() -> None:
    """Freeze what the start made (:func:`gc.freeze`) and let the collector run again, if it was paused here.

    Safe to call again: only the first call after :func:`pause_collection` does anything.
    """
    global _paused  # noqa: PLW0603
    if not _paused:
        return
    _paused = False
    gc.freeze()
    gc.enable()
