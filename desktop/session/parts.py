"""The parts of the account the window shows, and how each is cached (design §4).

``account`` (``Versioned[Account]``), ``smtp`` (``Versioned[SmtpSettings]``, never a password: only
``password_set``) and ``packages`` (``list[Package]``) are cached as the API's JSON with their ETag
in the profile's :class:`~desktop.store.OfflineStore`. :func:`stored` reads a part back with the
edits not yet sent laid on top.
"""

from __future__ import annotations

import logging
from dataclasses import asdict
from typing import Any

from desktop.api import Versioned
from desktop.domain.models import Account, Package
from desktop.domain.smtp import SmtpSettings
from desktop.session.results import Loaded
from desktop.store import OfflineStore

log = logging.getLogger(__name__)

#: What the window shows, by cache resource name, in the order it is shown.
PARTS: tuple[str, ...] = ("account", "smtp", "packages")


def to_cache(part: str, value: Any) -> tuple[Any, str | None]:
    """The JSON and ETag a part is cached as (never a password: SMTP details hold only ``password_set``)."""
    if part == "packages":
        return [asdict(package) for package in value], None
    return value.value.to_json(), value.etag


def from_cache(part: str, data: Any, etag: str | None) -> Any:
    """The inverse of :func:`to_cache`.

    Raises:
        KeyError, ValueError, TypeError: the cached JSON is not such a part.
    """
    if part == "packages":
        return [Package.from_json(row) for row in data]
    parse = Account.from_json if part == "account" else SmtpSettings.from_json
    return Versioned(parse(data), etag)


def stored(store: OfflineStore, part: str) -> Loaded | None:
    """A part as cached, with the edits not yet sent on top (blocking: run on a worker); ``None`` when none.

    Raises:
        sqlite3.Error: the database could not be read.
    """
    cached = store.shown(part)
    if cached is None:
        return None
    try:
        return Loaded(from_cache(part, cached.data, cached.etag), cached.fetched_at)
    except (KeyError, ValueError, TypeError):
        log.warning("the cached %s cannot be read; it is not shown", part)
        return None
