"""A refresh of the account, as a state machine: rounds that never pile up (issue 8 point 9; issue 10 point 1).

A refresh loads every part (:data:`~desktop.session.parts.PARTS`) at once; a *round* is one such
refresh, from :meth:`RefreshRounds.begin` until the last part answered. The rules kept here:

- refreshes never pile up: while a round runs, :meth:`~RefreshRounds.begin` starts none; it notes that
  one more is wanted, and when the round ends the answer is :class:`RunAgain` (what changed meanwhile
  is then shown); only the last round's outcome is reported (:class:`Finished`);
- an answer of a round that is over (or a second answer of the same part) is :class:`Stale`: dropped;
- a round's failures are reported in the order of the parts, whatever order they came in.

Pure logic: no threads, no I/O, no Qt. The window calls it on the GUI thread as its jobs answer
(:class:`desktop.ops.Ops` delivers every answer there) and does what each step says.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.session.parts import PARTS


@dataclass(frozen=True)
class Pending:
    """The answer belongs to the running round, and other parts are still loading: show it and wait."""


@dataclass(frozen=True)
class Stale:
    """The answer belongs to a round that is over, or repeats a part already answered: drop it."""


@dataclass(frozen=True)
class RunAgain:
    """The round is over, and another refresh was asked for while it ran: start it now (its outcome is reported)."""


@dataclass(frozen=True)
class Finished:
    """The round is over and was the last asked for: report its outcome.

    Attributes:
        failures: each part that failed with its error, in the order of the parts (empty: all loaded).
    """

    failures: tuple[tuple[str, BaseException], ...] = ()

    @property
    def ok(self) -> bool:
        """Whether every part was loaded."""
        return not self.failures


#: What :meth:`RefreshRounds.part_loaded` and :meth:`RefreshRounds.part_failed` return.
RefreshStep = Pending | Stale | RunAgain | Finished


class RefreshRounds:
    """The refresh rounds of one window: which round runs, what it still waits for, what failed.

    Args:
        parts: the parts a round loads, in the order failures are reported (default :data:`PARTS`).
    """

    def __init__(self, parts: Iterable[str] = PARTS) -> None:
        self._parts = tuple(parts)
        self._generation = 0
        self._pending: set[str] = set()
        self._failures: dict[str, BaseException] = {}
        self._again = False

    @property
    def parts(self) -> tuple[str, ...]:
        """The parts each round loads, in order."""
        return self._parts

    @property
    def running(self) -> bool:
        """Whether a round waits for answers."""
        return bool(self._pending)

    @property
    def generation(self) -> int:
        """The number of the round running or last run (``0`` before the first)."""
        return self._generation

    def begin(self) -> int | None:
        """Start a round, unless one runs.

        Returns:
            The new round's generation: load every part of :attr:`parts` and answer with it.
            ``None`` when a round runs: none is started, and when it ends the step is :class:`RunAgain`.
        """
        if self._pending:
            self._again = True
            return None
        self._again = False
        self._generation += 1
        self._pending = set(self._parts)
        self._failures = {}
        return self._generation

    def part_loaded(self, generation: int, part: str) -> RefreshStep:
        """A part of round ``generation`` was loaded.

        Returns:
            :class:`Stale` (drop the answer), else the round's step with the part done (show the part).
        """
        return self._answered(generation, part, None)

    def part_failed(self, generation: int, part: str, error: BaseException) -> RefreshStep:
        """A part of round ``generation`` failed with ``error``.

        Returns:
            :class:`Stale` (drop it), else the round's step with the failure noted.
        """
        return self._answered(generation, part, error)

    def _answered(self, generation: int, part: str, error: BaseException | None) -> RefreshStep:
        if generation != self._generation or part not in self._pending:
            return Stale()
        if error is not None:
            self._failures[part] = error
        self._pending.discard(part)
        if self._pending:
            return Pending()
        if self._again:
            return RunAgain()
        return Finished(tuple((name, self._failures[name]) for name in self._parts if name in self._failures))
