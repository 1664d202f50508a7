"""A long secret kept in several keychain entries of a size every OS store accepts (issue 8, point 8).

Windows Credential Manager keeps at most 2,560 bytes per credential blob
(``CRED_MAX_CREDENTIAL_BLOB_SIZE``), and keyring's Windows backend stores the text as UTF-16, two
bytes per character: at most 1,280 characters. A refresh JWT can be longer (the platform's claims
grow). So a secret longer than :data:`PART_CHARS` (1,200 characters: 2,400 bytes in UTF-16, with
room to spare) is split: the entry ``<user>`` holds ``cxdesk-parts:<n>`` and the entries
``<user>#1`` … ``<user>#n`` hold the parts in order. A shorter secret is kept whole in ``<user>``
as before, so existing entries stay readable. The same layout is used on every OS (the macOS
Keychain and the Secret Service take longer secrets, but one layout means one code path, tested
on a real Secret Service).

The parts are written before the entry that names them and deleted after it, so a reader never
follows a count to parts that are not there yet; parts left over from a longer secret are removed.
Every function here blocks on the keychain: run them through
:class:`desktop.store.keychain_calls.DeadlineRunner`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # keyring loads with the first keychain call, on a worker, not at start-up (issue 11)
    from keyring.backend import KeyringBackend

#: The longest secret kept in one entry (characters); see the module docstring for why.
PART_CHARS = 1200
#: What the main entry of a split secret starts with (a JWT starts with ``eyJ``).
PARTS_PREFIX = "cxdesk-parts:"


def part_user(user: str, index: int) -> str:
    """The keychain user name of part ``index`` (1-based) of ``user``'s secret."""
    return f"{user}#{index}"


def split(secret: str, size: int = PART_CHARS) -> list[str]:
    """``secret`` cut into pieces of at most ``size`` characters (one piece when it fits)."""
    return [secret[i:i + size] for i in range(0, len(secret), size)] or [""]


def _count(head: str | None) -> int:
    """How many parts the main entry names (0 for a whole secret or none)."""
    if head and head.startswith(PARTS_PREFIX):
        try:
            return max(0, int(head[len(PARTS_PREFIX):]))
        except ValueError:
            return 0
    return 0


def read(backend: KeyringBackend, service: str, user: str) -> str | None:
    """The secret of ``user``, joined from its parts if split; ``None`` when absent or a part is missing."""
    head = backend.get_password(service, user)
    count = _count(head)
    if not count:
        return head or None
    parts = [backend.get_password(service, part_user(user, i)) for i in range(1, count + 1)]
    if any(not part for part in parts):
        return None
    return "".join(parts)  # type: ignore[arg-type]


def write(backend: KeyringBackend, service: str, user: str, secret: str) -> int:
    """Keep ``secret`` for ``user`` (replacing what was there), split when longer than :data:`PART_CHARS`.

    Returns:
        How many parts were written (0: kept whole).

    Raises:
        Exception: whatever the backend raises (e.g. ``KeyringLocked``).
    """
    old = _count(backend.get_password(service, user))
    pieces = split(secret) if len(secret) > PART_CHARS else []
    for index, piece in enumerate(pieces, start=1):
        backend.set_password(service, part_user(user, index), piece)
    backend.set_password(service, user, f"{PARTS_PREFIX}{len(pieces)}" if pieces else secret)
    _delete_parts(backend, service, user, range(len(pieces) + 1, old + 1))
    return len(pieces)


def delete(backend: KeyringBackend, service: str, user: str) -> bool:
    """Remove ``user``'s secret and all its parts.

    Returns:
        Whether there was anything to remove.

    Raises:
        Exception: whatever the backend raises for a failure other than "no such entry".
    """
    from keyring.errors import PasswordDeleteError  # loaded already: ``backend`` is keyring's

    count = _count(backend.get_password(service, user))
    try:
        backend.delete_password(service, user)
        existed = True
    except PasswordDeleteError:
        existed = False
    _delete_parts(backend, service, user, range(1, count + 1))
    return existed or count > 0


def _delete_parts(backend: KeyringBackend, service: str, user: str, indexes: range) -> None:
    from keyring.errors import PasswordDeleteError  # loaded already: ``backend`` is keyring's

    for index in indexes:
        try:
            backend.delete_password(service, part_user(user, index))
        except PasswordDeleteError:
            pass
