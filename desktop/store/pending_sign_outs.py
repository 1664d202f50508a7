"""Sign Outs the keychain could not complete yet, remembered on disk without any secret (issue 8, point 8).

When Sign Out cannot delete a refresh token (the keychain is locked or does not answer), the token
stays in the keychain; if nothing remembered that, unlocking the keychain would sign the user back
in at the next start. So the keychain user name of the entry (``<profile id>:<e-mail>``, no token)
is written to a small JSON file, and :class:`desktop.store.TokenStore` deletes the entry before it
reads any token for that user; only a successful delete (or a new token written over it) clears the mark.

The file is rewritten whole through a temporary file and ``os.replace`` (atomic on one volume), so
a crash leaves the old or the new list, never half of one.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from pathlib import Path

log = logging.getLogger(__name__)

#: The file's name in the app's data folder.
FILE_NAME = "pending-sign-outs.json"


class PendingSignOuts:
    """The keychain user names whose Sign Out is not complete.

    Args:
        path: the JSON file (``None``: kept in memory only, e.g. for a store made by a test).

    Safe to use from several threads. Disk errors are logged, never raised: the list in memory
    still holds for this session.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._users: set[str] | None = None

    def _load(self) -> set[str]:
        if self._users is None:
            self._users = set()
            if self.path is not None:
                try:
                    data = json.loads(self.path.read_text(encoding="utf-8"))
                    self._users = {str(user) for user in data.get("users", [])}
                except FileNotFoundError:
                    pass
                except (OSError, ValueError, AttributeError) as error:
                    log.warning("Could not read the pending sign-outs in %s: %s", self.path, error)
        return self._users

    def __contains__(self, user: str) -> bool:
        with self._lock:
            return user in self._load()

    def users(self) -> set[str]:
        """A copy of the keychain user names whose Sign Out is pending."""
        with self._lock:
            return set(self._load())

    def add(self, user: str) -> None:
        """Remember that ``user``'s token must still be deleted."""
        with self._lock:
            users = self._load()
            if user not in users:
                users.add(user)
                self._save(users)

    def discard(self, user: str) -> None:
        """Forget the mark of ``user`` (its token was deleted or replaced)."""
        with self._lock:
            users = self._load()
            if user in users:
                users.discard(user)
                self._save(users)

    def _save(self, users: set[str]) -> None:
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_name(self.path.name + ".tmp")
            temporary.write_text(json.dumps({"users": sorted(users)}, indent=1), encoding="utf-8")
            os.replace(temporary, self.path)
        except OSError as error:
            log.warning("Could not write the pending sign-outs to %s: %s", self.path, error)
