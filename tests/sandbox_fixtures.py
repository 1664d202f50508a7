"""Fixtures for tests that need the app's sandbox: the account service with its mail catcher and outboxes.

Bind them in a test module with ``sandbox = sandbox_fixtures.sandbox`` (pytest finds fixtures by name).
"""

from __future__ import annotations

import pytest

from desktop.api import AccountClient
from desktop.server import EmbeddedServer
from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD


@pytest.fixture
def sandbox(tmp_path, clock):
    """The account service as the app's sandbox: with its mail catcher and outboxes."""
    with EmbeddedServer(tmp_path / "sandbox.sqlite3", sandbox=True, clock=clock) as running:
        yield running


@pytest.fixture
def sandbox_client(sandbox):
    """A client signed in to the sandbox as its administrator."""
    api = AccountClient(sandbox.base_url, timeout=(2.0, 10.0))
    api.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
    yield api
    api.close()
