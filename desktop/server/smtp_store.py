"""Storage of the SMTP details and the SMTP password (tables ``smtp_settings`` and ``smtp_password``).

The password is write-only in the API but must be kept as given: the service logs in to the mail
server with it, so it cannot be hashed. It therefore lives in its own table, is read only by
:func:`stored_password` (for the test e-mail), and never takes part in a response, a log line or an
ETag. What the ETag sees instead is ``password_version``, a counter that goes up each time the
password is set, changed or cleared.

These functions work on the :class:`~desktop.server.repository.Repository`'s connection inside
:meth:`~desktop.server.repository.Repository.transaction`, so they join a caller's transaction
(read the ETag, check ``If-Match``, save) or run in one of their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.domain.smtp import SmtpSettings
from desktop.server.accounts import etag_of
from desktop.server.repository import Repository

#: The keys of ``smtp_settings`` that the API reads and writes (``password_set`` is derived).
SMTP_TEXT_KEYS: tuple[str, ...] = ("from_address", "username", "server", "sms_from", "certificate_sha256")


@dataclass(frozen=True)
class StoredSmtp:
    """The saved SMTP details of one account and the version counter of its password.

    Attributes:
        settings: what ``GET setup/account/smtp`` returns (never the password).
        password_version: how many times the password was set or cleared (0 for never).
    """

    settings: SmtpSettings
    password_version: int

    @property
    def etag(self) -> str:
        """The strong ETag of the settings: it changes when any key or the password changes."""
        return etag_of({"settings": self.settings.to_json(), "password_version": self.password_version})


def load_smtp(repository: Repository, account_id: int) -> StoredSmtp:
    """The account's SMTP details; all empty (and ``password_set`` false) when none were ever saved."""
    with repository.transaction() as conn:
        row = conn.execute("SELECT from_address, username, server, sms_from, certificate_sha256, password_version "
                           "FROM smtp_settings WHERE account_id = ?", (account_id,)).fetchone()
        has_password = conn.execute("SELECT 1 FROM smtp_password WHERE account_id = ?",
                                    (account_id,)).fetchone() is not None
    if row is None:
        return StoredSmtp(SmtpSettings(password_set=has_password), 0)
    values: dict[str, Any] = {key: row[key] for key in SMTP_TEXT_KEYS}
    return StoredSmtp(SmtpSettings(password_set=has_password, **values), int(row["password_version"]))


def save_smtp(repository: Repository, account_id: int, values: dict[str, str], *,
              password: str | None = None) -> None:
    """Store validated SMTP keys and, unless ``password`` is ``None``, the password (``""`` clears it).

    ``values`` holds keys of :data:`SMTP_TEXT_KEYS` only (the caller has validated them). The
    password's version counter goes up only when the stored password really changes.

    Raises:
        KeyError: a key outside :data:`SMTP_TEXT_KEYS` (never reaches SQL).
    """
    for key in values:
        if key not in SMTP_TEXT_KEYS:
            raise KeyError(f"not an SMTP key: {key!r}")
    with repository.transaction() as conn:
        conn.execute("INSERT INTO smtp_settings (account_id) VALUES (?) ON CONFLICT (account_id) DO NOTHING",
                     (account_id,))
        if values:
            assignments = ", ".join(f"{key} = ?" for key in values)
            conn.execute(f"UPDATE smtp_settings SET {assignments} WHERE account_id = ?",
                         (*values.values(), account_id))
        if password is None:
            return
        row = conn.execute("SELECT password FROM smtp_password WHERE account_id = ?", (account_id,)).fetchone()
        if (row["password"] if row else "") == password:
            return
        if password:
            conn.execute("INSERT INTO smtp_password (account_id, password) VALUES (?, ?) "
                         "ON CONFLICT (account_id) DO UPDATE SET password = excluded.password",
                         (account_id, password))
        else:
            conn.execute("DELETE FROM smtp_password WHERE account_id = ?", (account_id,))
        conn.execute("UPDATE smtp_settings SET password_version = password_version + 1 WHERE account_id = ?",
                     (account_id,))


def stored_password(repository: Repository, account_id: int) -> str | None:
    """The account's SMTP password, or ``None`` when none is saved. Only the test e-mail calls this."""
    with repository.transaction() as conn:
        row = conn.execute("SELECT password FROM smtp_password WHERE account_id = ?", (account_id,)).fetchone()
    return str(row["password"]) if row else None
