"""The account's state and every transition of it, Qt-free (design §1; issue 10 point 1).

One :class:`AccountSession` per open profile owns the account's life: load (cache first, then the
server), refresh, save (try the server; when it cannot be reached, queue the edit in the outbox),
send the outbox, settle a conflict, and the one merge rule (:func:`desktop.domain.merge.three_way_merge`,
"already applied" when the server holds the typed values): every edit is merged here (the API client
only asks the same function whether a PUT it had to send twice was applied). Its methods block
(network, disk): the views run them on a worker through :class:`desktop.ops.Ops` and show what they
return, a small set of typed results (:mod:`desktop.session.results`: loaded, saved, queued,
conflicted, rejected; :class:`FlushReport` for a send). It raises the ``desktop.api`` errors and
knows nothing of widgets.

Modules: :mod:`~desktop.session.account` (the session), :mod:`~desktop.session.parts` (the cache
format of the parts the window shows), :mod:`~desktop.session.results` (the typed results),
:mod:`~desktop.session.sending` (sending the outbox, each edit exactly once) and
:mod:`~desktop.session.refresh` (refresh rounds that never pile up: the window's state machine).

It may import ``desktop.api``, ``desktop.store`` and ``desktop.domain`` only (never Qt, never the
views); importing it does no I/O.
"""

from __future__ import annotations

from desktop.session.account import AccountSession
from desktop.session.parts import PARTS, from_cache, to_cache
from desktop.session.refresh import Finished, Pending, RefreshRounds, RefreshStep, RunAgain, Stale
from desktop.session.results import (
    Conflicted,
    Edit,
    Loaded,
    Queued,
    QueueFailed,
    Rejected,
    Saved,
    SaveResult,
    SaveTicket,
)
from desktop.session.sending import ChangingTooFast, EntryOutcome, FlushReport

__all__ = [
    "PARTS",
    "AccountSession",
    "ChangingTooFast",
    "Conflicted",
    "Edit",
    "EntryOutcome",
    "Finished",
    "FlushReport",
    "Loaded",
    "Pending",
    "QueueFailed",
    "Queued",
    "RefreshRounds",
    "RefreshStep",
    "Rejected",
    "RunAgain",
    "SaveResult",
    "SaveTicket",
    "Saved",
    "Stale",
    "from_cache",
    "to_cache",
]
