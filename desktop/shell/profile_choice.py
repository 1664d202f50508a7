"""Which profile a start opens: ``--profile``, ``--server``, ``--sandbox-db`` or the profile used last.

Runs on the GUI thread at start-up (:meth:`desktop.shell.launcher.Launcher.start`); reading and adding
profiles is :class:`desktop.store.Profiles`' business.
"""

from __future__ import annotations

import argparse
from urllib.parse import urlsplit

from desktop.store import SANDBOX_ID, Profile, ProfileError, Profiles, normalise_base_url


class StartupError(Exception):
    """The command line names something that cannot be opened; ``str(error)`` says what, in plain words."""


def find_profile(profiles: Profiles, name_or_id: str) -> Profile:
    """The profile with this id, or else this name (case-insensitive).

    Raises:
        StartupError: no such profile (the message lists the profiles there are).
    """
    wanted = name_or_id.strip()
    listed = profiles.list()
    for match in (lambda p: p.id == wanted, lambda p: p.name.casefold() == wanted.casefold()):
        found = next((p for p in listed if match(p)), None)
        if found is not None:
            return found
    names = ", ".join(p.name for p in listed)
    raise StartupError(f"There is no profile called {wanted!r}. The profiles are: {names}.")


def profile_for_server(profiles: Profiles, url: str) -> Profile:
    """The profile of an API address, adding one (named after the host) when there is none.

    Raises:
        StartupError: the address is not usable (the message says why).
    """
    try:
        base_url = normalise_base_url(url)
    except ProfileError as error:
        raise StartupError(f"--server {url}: {error}") from None
    found = next((p for p in profiles.list() if p.base_url == base_url), None)
    if found is not None:
        return found
    host = urlsplit(base_url).netloc
    taken = {p.name.casefold() for p in profiles.list()}
    name = next(n for n in (host, *(f"{host} ({i})" for i in range(2, 1000))) if n.casefold() not in taken)
    return profiles.add(name, base_url)


def choose_profile(profiles: Profiles, args: argparse.Namespace) -> Profile:
    """The profile the command line asks for.

    ``--profile``, else ``--server``, else the sandbox for ``--sandbox-db``, else the profile used last.

    Raises:
        StartupError: an unknown profile or an unusable address.
    """
    if getattr(args, "profile", None):
        return find_profile(profiles, args.profile)
    if getattr(args, "server", None):
        return profile_for_server(profiles, args.server)
    if getattr(args, "sandbox_db", None):
        return profiles.get(SANDBOX_ID)
    return profiles.last_used()
