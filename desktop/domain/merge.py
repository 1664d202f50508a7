"""Three-way merge of one edit with the server's newer state, field by field (design §4); Qt-free, no I/O.

An edit made offline records the values it was based on (``base``), the values the user chose
(``mine``, only the fields the user changed) and later meets the server's current values
(``theirs``). For each field of ``mine``:

- the server already holds my value (``theirs == mine``): nothing to send. This is also why sending
  an edit twice (after a lost answer) changes nothing the second time;
- only I changed it (``theirs == base``): send my value;
- both changed it to different values: a conflict, settled only by the user
  (:func:`resolve`), never silently.

Fields I did not change are never sent, so another user's change to them survives. Values are
compared as text exactly; callers pass values in their normal form (the shared validators').
A field missing from ``base`` or ``theirs`` counts as unknown (``None``), which never equals text,
so it can only lead to "already applied" or a conflict, never to an overwrite.

This is the one "already applied" rule of the app (issue 8, point 5): the account session
(:mod:`desktop.session`) judges with it both a queued edit (:mod:`desktop.session.sending`) and a
``412`` answer to a Save (:meth:`desktop.session.AccountSession.save`), so the same edit meeting the
same server state gets the same verdict in both; the API client judges a conditional PUT it had to
send twice with it too (:mod:`desktop.api.client`). A write-only field (the
SMTP password: the server never sends it back) is passed as ``write_only``: its server value is
unknown, so typing one is never "already applied" and always asks.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

Choice = Literal["mine", "theirs"]


@dataclass(frozen=True)
class FieldConflict:
    """One field changed on both sides to different values.

    Attributes:
        field: the dotted key (``contact.email``).
        base: the value the edit was based on (``None`` when unknown).
        mine: the value the user saved offline.
        theirs: the server's current value (``None`` when the server did not send the field).
    """

    field: str
    base: str | None
    mine: str
    theirs: str | None

    def to_json(self) -> dict[str, str | None]:
        """``{field, base, mine, theirs}`` for storing with the outbox entry."""
        return {"field": self.field, "base": self.base, "mine": self.mine, "theirs": self.theirs}

    @classmethod
    def from_json(cls, data: Mapping[str, str | None]) -> FieldConflict:
        """The inverse of :meth:`to_json`."""
        return cls(field=str(data["field"]), base=data.get("base"), mine=str(data["mine"]),
                   theirs=data.get("theirs"))


@dataclass(frozen=True)
class MergeResult:
    """The outcome of :func:`three_way_merge`.

    Attributes:
        to_send: fields only I changed, with my values: what a conditional ``PUT`` must still send.
        already_applied: fields whose server value already equals mine (nothing to send).
        conflicts: fields changed on both sides to different values, by key.
    """

    to_send: dict[str, str] = field(default_factory=dict)
    already_applied: dict[str, str] = field(default_factory=dict)
    conflicts: dict[str, FieldConflict] = field(default_factory=dict)

    @property
    def clean(self) -> bool:
        """Whether the merge needs no decision from the user."""
        return not self.conflicts

    @property
    def applied(self) -> bool:
        """Whether the server already holds every value of the edit ("already applied"): nothing to send or ask."""
        return not self.conflicts and not self.to_send


def three_way_merge(base: Mapping[str, str], mine: Mapping[str, str], theirs: Mapping[str, str], *,
                    write_only: frozenset[str] | set[str] = frozenset()) -> MergeResult:
    """Merge my changed fields with the server's current values, against the values my edit was based on.

    Args:
        base: the flat values of the resource when the user started the edit.
        mine: the fields the user changed, with the new values (only those).
        theirs: the server's current flat values.
        write_only: fields the server never shows (a password): their values on both sides are
            unknown, so each of them in ``mine`` is a conflict.

    Returns:
        Which of my fields still need sending, which the server already holds, and which conflict.
    """
    result = MergeResult()
    for key, value in mine.items():
        before, now = (None, None) if key in write_only else (base.get(key), theirs.get(key))
        if now == value:
            result.already_applied[key] = value
        elif now == before and before is not None:
            result.to_send[key] = value
        else:
            result.conflicts[key] = FieldConflict(key, before, value, now)
    return result


def resolve(result: MergeResult, choices: Mapping[str, Choice]) -> dict[str, str]:
    """What to send once the user has settled every conflict.

    Args:
        result: a merge with conflicts.
        choices: ``"mine"`` (send my value) or ``"theirs"`` (keep the server's) for every conflicting key.

    Returns:
        The fields to send: ``to_send`` plus each conflict settled as ``"mine"``.

    Raises:
        ValueError: a conflict has no choice, a choice names a field that is not in conflict, or a
            choice is neither ``"mine"`` nor ``"theirs"``.
    """
    missing = sorted(set(result.conflicts) - set(choices))
    if missing:
        raise ValueError(f"Choose mine or theirs for: {', '.join(missing)}.")
    extra = sorted(set(choices) - set(result.conflicts))
    if extra:
        raise ValueError(f"Not in conflict: {', '.join(extra)}.")
    bad = sorted(key for key, choice in choices.items() if choice not in ("mine", "theirs"))
    if bad:
        raise ValueError(f"A choice is 'mine' or 'theirs': {', '.join(bad)}.")
    send = dict(result.to_send)
    for key, conflict in result.conflicts.items():
        if choices[key] == "mine":
            send[key] = conflict.mine
    return send
