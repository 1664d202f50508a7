"""Profiles: which account server to use and as whom (design §4).

A profile is a name, the API base URL (``https://app.connexcs.com/api/cp/``) and the user's
e-mail, with a stable id. Profiles live in ``profiles.json`` in :func:`desktop.paths.config_dir`;
that file never holds a secret (refresh tokens are in the OS keychain, see
:mod:`desktop.store.secrets`; passwords are never stored). The "Sandbox" profile, whose base URL is
``None`` (meaning the embedded account service of design §5), is always there and cannot be
removed or renamed.

Each profile has its own offline database (cache and outbox), :func:`profile_db_path`.
"""

from __future__ import annotations

import builtins
import re
import unicodedata
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from desktop.domain.errors import FieldError
from desktop.domain.loopback import is_loopback_url
from desktop.domain.validators import validate_email_address
from desktop.paths import config_dir, data_dir
from desktop.store.locked_json import LOCK_TIMEOUT_S, LockedJsonFile

#: The id of the always-present sandbox profile.
SANDBOX_ID = "sandbox"
SANDBOX_NAME = "Sandbox"
#: The path of the account API below a server's address (design §2).
API_PATH = "/api/cp/"
#: The longest profile name, in characters.
MAX_NAME = 60
_FILE_VERSION = 1


class ProfileError(ValueError):
    """A profile value that cannot be saved; ``field`` is ``name``, ``base_url`` or ``email``.

    ``str(error)`` is a plain-language message to show next to that field.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass(frozen=True)
class Profile:
    """One account server and user.

    Attributes:
        id: stable, file-name safe (``sandbox``, ``northwind-production-3f9a1c``); never reused.
        name: what the user calls it, unique (case-insensitive).
        base_url: the API base URL ending in ``/`` (see :func:`normalise_base_url`), or ``None``
            for the embedded sandbox service.
        email: the e-mail address to sign in with (``""`` when not known yet).
    """

    id: str
    name: str
    base_url: str | None
    email: str = ""

    @property
    def is_sandbox(self) -> bool:
        """Whether this is the sandbox profile (the embedded service)."""
        return self.id == SANDBOX_ID

    @property
    def insecure(self) -> bool:
        """Whether the URL is plain ``http://`` to a host that is not loopback (tokens would travel unencrypted)."""
        if not self.base_url or not self.base_url.startswith("http://"):
            return False
        return not is_loopback_url(self.base_url)


SANDBOX = Profile(SANDBOX_ID, SANDBOX_NAME, None, "")


def normalise_base_url(text: str) -> str:
    """Check an account API address and return it in normal form, ending in ``/``.

    ``https://`` is assumed when no scheme is typed; scheme and host become lower-case; an address
    without a path gets the API path ``/api/cp/`` (``app.connexcs.com`` gives
    ``https://app.connexcs.com/api/cp/``); any other path keeps its text and gains a trailing ``/``.

    Raises:
        ProfileError: (``field="base_url"``) empty; a scheme other than http/https; no host; a
            user name, query or fragment; a port outside 1–65535.
    """
    value = (text or "").strip()
    if not value:
        raise ProfileError("base_url", "Enter the server's address, e.g. https://app.connexcs.com/api/cp/.")
    if "://" not in value:
        value = "https://" + value
    parts = urlsplit(value)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise ProfileError("base_url", "The address starts with https:// (or http://), "
                                       "e.g. https://app.connexcs.com/api/cp/.")
    if not parts.hostname or any(ch.isspace() for ch in value):
        raise ProfileError("base_url", "Type the server's host name after https://, e.g. "
                                       "https://app.connexcs.com/api/cp/.")
    if "@" in parts.netloc:
        raise ProfileError("base_url", "Leave the user name out of the address; you sign in with your e-mail.")
    if parts.query or parts.fragment or value.endswith(("?", "#")):
        raise ProfileError("base_url", "Remove the part after '?' or '#' from the address.")
    try:
        port = parts.port
    except ValueError:
        raise ProfileError("base_url", "The port is a number from 1 to 65535, e.g. "
                                       "https://accounts.example.com:8443/api/cp/.") from None
    if port == 0:
        raise ProfileError("base_url", "The port is a number from 1 to 65535.")
    host = parts.hostname.lower()
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port is None else f"{host}:{port}"
    path = parts.path
    if path in ("", "/"):
        path = API_PATH
    elif not path.endswith("/"):
        path += "/"
    return f"{scheme}://{netloc}{path}"


def profile_db_path(profile: Profile | str) -> Path:
    """The offline database (cache and outbox) of a profile: ``<data_dir>/offline/<id>.sqlite3``.

    Kept apart from the embedded service's own ``sandbox.sqlite3``.
    """
    profile_id = profile.id if isinstance(profile, Profile) else str(profile)
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,80}", profile_id):
        raise ValueError(f"Not a profile id: {profile_id!r}")
    return data_dir() / "offline" / f"{profile_id}.sqlite3"


def delete_profile_data(profile: Profile | str) -> None:
    """Delete a profile's offline database (with its unsent edits) and its WAL files; missing files are fine."""
    path = profile_db_path(profile)
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        candidate.unlink(missing_ok=True)


class Profiles:
    """The saved profiles (``profiles.json``); every call reads the file, every change rewrites it atomically.

    Every call is blocking disk I/O: the views run changes through ``Ops`` (the ``"disk"`` lane).
    A change (:meth:`add`, :meth:`edit`, :meth:`remove`, :meth:`set_last_used`) is one
    read-modify-write under a lock held across processes
    (:class:`~desktop.store.locked_json.LockedJsonFile`), so two running copies of the app never lose
    each other's change; reads take no lock (the file is replaced atomically).

    Args:
        path: the file (default: ``profiles.json`` in :func:`desktop.paths.config_dir`).
        lock_timeout: how long a change waits for another process's change, in seconds; then
            :class:`~desktop.store.locked_json.FileBusy` (a ``TimeoutError``) naming the file.
    """

    def __init__(self, path: Path | None = None, *, lock_timeout: float = LOCK_TIMEOUT_S) -> None:
        self.path = Path(path) if path is not None else config_dir() / "profiles.json"
        self._file = LockedJsonFile(self.path, timeout=lock_timeout)

    # Inside this class ``list`` names the method below, so annotations spell the type builtins.list.
    def list(self) -> builtins.list[Profile]:
        """Every profile: the sandbox first, then the others by name."""
        profiles, _ = self._read()
        others = sorted((p for p in profiles if not p.is_sandbox), key=lambda p: p.name.casefold())
        return [p for p in profiles if p.is_sandbox] + others

    def get(self, profile_id: str) -> Profile:
        """The profile with this id.

        Raises:
            KeyError: no such profile.
        """
        for profile in self.list():
            if profile.id == profile_id:
                return profile
        raise KeyError(profile_id)

    def add(self, name: str, base_url: str, email: str = "") -> Profile:
        """Save a new profile and return it (with its new id).

        Raises:
            ProfileError: a name that is empty, too long or already used; a bad URL or e-mail.
            FileBusy: another process kept ``profiles.json`` locked (see ``lock_timeout``).
            OSError: the file cannot be written.
        """
        with self._file.changing():
            profiles, last = self._read()
            clean_name = _check_name(name, profiles, None)
            profile = Profile(_new_id(clean_name), clean_name, normalise_base_url(base_url), _check_email(email))
            self._write([*profiles, profile], last)
        return profile

    def edit(self, profile_id: str, *, name: str | None = None, base_url: str | None = None,
             email: str | None = None) -> Profile:
        """Change a profile's name, URL and/or e-mail (``None`` keeps a value); the id never changes.

        Raises:
            KeyError: no such profile.
            ProfileError: a bad value, or a new name or URL for the sandbox (only its e-mail may change).
            FileBusy: another process kept ``profiles.json`` locked (see ``lock_timeout``).
            OSError: the file cannot be written.
        """
        with self._file.changing():
            profiles, last = self._read()
            old = next((p for p in profiles if p.id == profile_id), None)
            if old is None:
                raise KeyError(profile_id)
            new = old
            if name is not None:
                if old.is_sandbox and name.strip() != old.name:
                    raise ProfileError("name", "The sandbox profile keeps its name.")
                new = replace(new, name=_check_name(name, profiles, profile_id))
            if base_url is not None:
                if old.is_sandbox:
                    raise ProfileError("base_url", "The sandbox always uses the built-in account service.")
                new = replace(new, base_url=normalise_base_url(base_url))
            if email is not None:
                new = replace(new, email=_check_email(email))
            self._write([new if p.id == profile_id else p for p in profiles], last)
        return new

    def remove(self, profile_id: str) -> None:
        """Forget a profile (its database and keychain entry are the caller's to delete).

        When it was the last used profile, the sandbox becomes the last used.

        Raises:
            KeyError: no such profile.
            ValueError: the sandbox profile, which is always there.
            FileBusy: another process kept ``profiles.json`` locked (see ``lock_timeout``).
            OSError: the file cannot be written.
        """
        if profile_id == SANDBOX_ID:
            raise ValueError("The sandbox profile cannot be removed.")
        with self._file.changing():
            profiles, last = self._read()
            if not any(p.id == profile_id for p in profiles):
                raise KeyError(profile_id)
            self._write([p for p in profiles if p.id != profile_id], None if last == profile_id else last)

    def last_used(self) -> Profile:
        """The profile used last; the sandbox when none was recorded or it was removed."""
        profiles, last = self._read()
        return next((p for p in profiles if p.id == last), self._sandbox(profiles))

    def set_last_used(self, profile_id: str) -> None:
        """Record the profile the user opened.

        When it already is the last used (the usual start opens that one; the first start opens the
        sandbox, the last used while none is recorded), nothing is locked or written: the lock's module
        and an fsync on a worker would compete with the first paint for the interpreter (issue 11).

        Raises:
            KeyError: no such profile.
            FileBusy: another process kept ``profiles.json`` locked (see ``lock_timeout``).
            OSError: the file cannot be written.
        """
        if self.last_used().id == profile_id:
            return
        with self._file.changing():
            profiles, _ = self._read()
            if not any(p.id == profile_id for p in profiles):
                raise KeyError(profile_id)
            self._write(profiles, profile_id)

    @staticmethod
    def _sandbox(profiles: builtins.list[Profile]) -> Profile:
        return next(p for p in profiles if p.is_sandbox)

    def _read(self) -> tuple[builtins.list[Profile], str | None]:
        data = self._file.read()
        profiles: list[Profile] = []
        for item in data.get("profiles", []) if isinstance(data, dict) else []:
            try:
                profiles.append(Profile(str(item["id"]), str(item["name"]), item.get("base_url") or None,
                                        str(item.get("email") or "")))
            except (KeyError, TypeError):
                continue
        sandbox = next((p for p in profiles if p.is_sandbox), None)
        if sandbox is None:
            profiles.insert(0, SANDBOX)
        elif sandbox.base_url is not None or sandbox.name != SANDBOX_NAME:
            profiles = [replace(p, name=SANDBOX_NAME, base_url=None) if p.is_sandbox else p for p in profiles]
        last = data.get("last_used") if isinstance(data, dict) else None
        return profiles, last if isinstance(last, str) else None

    def _write(self, profiles: builtins.list[Profile], last: str | None) -> None:
        data: dict[str, Any] = {"version": _FILE_VERSION, "last_used": last,
                                "profiles": [asdict(p) for p in profiles]}
        self._file.write(data)


def _check_name(name: str, profiles: list[Profile], own_id: str | None) -> str:
    clean = " ".join((name or "").split())
    if not clean:
        raise ProfileError("name", "Enter a name for this profile, e.g. Northwind production.")
    if len(clean) > MAX_NAME:
        raise ProfileError("name", f"Use at most {MAX_NAME} characters.")
    if any(p.name.casefold() == clean.casefold() and p.id != own_id for p in profiles):
        raise ProfileError("name", f"A profile called {clean} already exists; choose another name.")
    return clean


def _check_email(email: str) -> str:
    if not (email or "").strip():
        return ""
    try:
        return validate_email_address(email)
    except FieldError as error:
        raise ProfileError("email", str(error)) from None


def _new_id(name: str) -> str:
    """A file-name safe slug of the name plus a random suffix, so an id is never reused."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")[:40].strip("-") or "profile"
    import secrets  # hmac and hashlib come with it: only when a profile is added, not at start (issue 11)

    return f"{slug}-{secrets.token_hex(3)}"
