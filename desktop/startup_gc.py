"""The cyclic garbage collector waits while the app starts (issue 11).

Starting imports a few thousand modules' worth of objects: FastAPI's and pydantic's in the
sandbox's child, Qt's wrappers and the app's own in the GUI process. Almost all of them live as long
as the process, yet the collector keeps scanning them as they pile up: measured on the two-core
machine, about 110 collections and 25 ms before a remote profile's first paint, and about 90 ms of
the sandbox child's 0.8 s start. Reference counting still frees everything that is not in a cycle,
so pausing the collector for the start only delays freeing cyclic garbage, of which a start makes
little.

:func:`pause_collection` is called first thing in :func:`desktop.app.main`; :func:`resume_collection`
when the main window has first painted (:mod:`desktop.shell.launcher`), at the latest after
:data:`RESUME_AT_LATEST_S` (a sign-in dialog first, say), and in the sandbox's child once its service
answers, where it also moves the service's objects out of the collector's way (:func:`gc.freeze`):
they live until the child ends, and a full collection scanning them would otherwise hold up one of
the app's first requests. The Python documentation describes both uses (:mod:`gc`: ``freeze``).
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


def resume_collection(*, freeze: bool = False) -> None:
    """Let the collector run again if :func:`pause_collection` paused it; safe to call again.

    Args:
        freeze: first move every object alive now to the permanent generation (:func:`gc.freeze`),
            which collections no longer scan: for a process whose start-up objects live until it
            ends (the sandbox's child).
    """
    global _paused  # noqa: PLW0603
    if not _paused:
        return
    _paused = False
    if freeze:
        gc.freeze()
    gc.enable()
