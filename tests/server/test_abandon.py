"""Quitting the sandbox without waiting for it (issue 11, point 3): :meth:`EmbeddedServer.abandon`.

The app's quit tells the embedded service to exit and does not join its threads (they are daemons
and end with the process); it closes the database on the way when no request holds it, so the WAL
is checkpointed and the file is tidy for the next start.
"""

from __future__ import annotations

import logging
import threading

from desktop.server import EmbeddedServer
from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD
from tests.server.helpers import sign_in

#: Generous bound for "returned": only proves it did not hang on the held database.
RETURNED_WITHIN_S = 30


def test_abandon_tells_the_service_to_exit_and_closes_the_database(db_path, fake_clock):
    server = EmbeddedServer(db_path, clock=fake_clock, sandbox=True).start()
    thread = server._thread  # noqa: SLF001 - to see it end by itself, unjoined by abandon()
    api = sign_in(server.base_url, SANDBOX_EMAIL, SANDBOX_PASSWORD)
    assert api.get("customer").status_code == 200
    api.close()
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.exists()  # the open database in WAL mode

    server.abandon()

    assert not server.running
    assert server._server is None  # noqa: SLF001
    assert thread is not None and thread.daemon  # ends with the process if still running
    assert not wal.exists(), "the database was not closed (WAL not checkpointed)"
    thread.join(RETURNED_WITHIN_S)  # here, in a test, it exits by itself
    assert not thread.is_alive()
    server.abandon()  # twice is harmless
    server.stop()  # and stop() afterwards tidies the mail catcher


def test_abandon_does_not_wait_for_a_request_that_holds_the_database(db_path, fake_clock, caplog):
    server = EmbeddedServer(db_path, clock=fake_clock).start()
    repository = server.app.state.repository
    holding, release = threading.Event(), threading.Event()

    def hold_the_database() -> None:
        with repository.transaction():
            holding.set()
            release.wait(RETURNED_WITHIN_S)

    holder = threading.Thread(target=hold_the_database, daemon=True)
    holder.start()
    assert holding.wait(RETURNED_WITHIN_S)
    done = threading.Event()
    caplog.set_level(logging.INFO, logger="desktop.server.embedded")
    try:
        quitting = threading.Thread(target=lambda: (server.abandon(), done.set()), daemon=True)
        quitting.start()
        assert done.wait(RETURNED_WITHIN_S), "abandon() waited for the request holding the database"
    finally:
        release.set()
        holder.join(RETURNED_WITHIN_S)
    assert "busy at quit" in caplog.text
    server.stop()
