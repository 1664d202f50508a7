"""Every kind of file the app keeps below ``CXDESK_HOME``, written for real: for tests of odd folders.

:func:`write_every_file` runs, in the current ``CXDESK_HOME``, what a session does to the disk: the
start-up folder check, the log, ``profiles.json``, the embedded account service's database (signed in
to and read through the API client), a profile's offline database (cache and outbox), the pending
sign-outs file, and the single-instance lock with its local socket (a second claim is refused and
reaches the first). Used by tests/test_unicode_paths.py and tests/test_long_paths.py.
"""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime
from pathlib import Path

from desktop import logs, paths
from desktop.api import AccountClient
from desktop.server import EmbeddedServer
from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD
from desktop.shell.instance import SingleInstance
from desktop.shell.instance_client import lock_path, request_raise
from desktop.store import OfflineStore, Profiles, TokenStore, profile_db_path
from desktop.store.pending_sign_outs import FILE_NAME as PENDING_FILE
from desktop.store.pending_sign_outs import PendingSignOuts

#: The account's name in the seeded sandbox database.
ACCOUNT_NAME = "Dana Whitfield"


def write_every_file(qtbot, profile_name: str = "Zoë's desk") -> dict[str, Path]:
    """Write each kind of file of the app in the current ``CXDESK_HOME``; returns ``{what: path}``.

    Needs a ``QApplication`` (the single-instance lock is Qt's). Asserts along the way that each part
    works: the account loads through the client, the cache gives back what was saved, a second claim
    of the profile is refused and its raise request is answered by the first.
    """
    paths.check_folders()
    log_file = logs.setup_logging(console=False)
    assert log_file is not None, "the log file opens"
    files: dict[str, Path] = {"log": log_file}
    try:
        with EmbeddedServer(paths.sandbox_db_path(), sandbox=True) as server:
            files["service database"] = paths.sandbox_db_path()
            profile = Profiles().add(profile_name, server.base_url, SANDBOX_EMAIL)
            files["profiles"] = paths.config_dir() / "profiles.json"
            client = AccountClient(server.base_url, timeout=(2.0, 10.0))
            try:
                client.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
                account = client.get_account()
            finally:
                client.close()
        assert account.value.name == ACCOUNT_NAME
        logging.getLogger("desktop").info("loaded the account of %s", profile_name)

        pending = PendingSignOuts(paths.data_dir() / PENDING_FILE)
        pending.add(TokenStore.username(profile.id, SANDBOX_EMAIL))
        assert PendingSignOuts(pending.path).users() == {TokenStore.username(profile.id, SANDBOX_EMAIL)}
        files["pending sign-outs"] = pending.path
        store = OfflineStore.open(profile)
        try:
            store.cache.save("account", account.value.to_json(), account.etag, datetime.now(UTC))
            entry = store.outbox.enqueue("account", {"name": "Zoë Åström"}, {"name": ACCOUNT_NAME}, account.etag)
            assert store.cache.load("account").data["name"] == ACCOUNT_NAME
            assert store.outbox.get(entry).changes == {"name": "Zoë Åström"}
        finally:
            store.close()
        files["offline database"] = profile_db_path(profile)

        first, second = SingleInstance(profile.id), SingleInstance(profile.id)
        try:
            assert first.try_claim(), "the profile's lock is taken"
            files["lock"] = lock_path(profile.id)
            assert files["lock"].exists()
            assert not second.try_claim(), "a second claim is refused"
            answers: list = []
            thread = threading.Thread(target=lambda: answers.append(request_raise(profile.id)))
            with qtbot.waitSignal(first.raise_requested, timeout=10000):
                thread.start()
            thread.join(10)
            assert answers == [True], "the first instance answered through its local socket"
        finally:
            second.release()
            first.release()
        logs.flush()
    finally:
        logs.shutdown_logging()
    assert f"loaded the account of {profile_name}" in log_file.read_text(encoding="utf-8")
    return files
