"""Fixtures of the account-service tests: the real service on loopback, a fresh database per test.

Seeding hashes two passwords with scrypt and stopping uvicorn takes a few tenths of a second, so
a seeded database is built once per session and one server runs for the session; before each
test the server's database is replaced by a fresh copy of the seeded one and its clock is reset.
Tests that stop or restart a server start their own on ``db_path``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.server import EmbeddedServer, create_app
from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD, VIEWER_EMAIL, VIEWER_PASSWORD
from desktop.server.throttle import SignInThrottle
from tests.server.helpers import FakeClock, sign_in


@pytest.fixture(scope="session")
def template_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "account.sqlite3"
    create_app(path, clock=FakeClock()).state.repository.close()
    return path


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db_path(tmp_path, template_db):
    path = tmp_path / "account.sqlite3"
    shutil.copyfile(template_db, path)
    return path


@pytest.fixture(scope="session")
def shared_service(tmp_path_factory, template_db):
    path = tmp_path_factory.mktemp("shared") / "account.sqlite3"
    shutil.copyfile(template_db, path)
    with EmbeddedServer(path, clock=FakeClock()) as running:
        yield running


@pytest.fixture
def service(shared_service, template_db, fake_clock):
    """The running service with a freshly seeded database and ``fake_clock`` as its clock."""
    assert shared_service.running, "a test stopped the shared service; start your own on db_path"
    repository = shared_service.app.state.repository
    repository.close()  # no request is in flight between tests; the next one reopens the file
    for suffix in ("-wal", "-shm"):
        Path(f"{repository.path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(template_db, repository.path)
    shared_service.app.state.clock = fake_clock
    shared_service.app.state.sign_in_throttle = SignInThrottle()  # no failed sign-ins of earlier tests
    yield shared_service
    repository.close()


@pytest.fixture
def admin(service):
    api = sign_in(service.base_url, SANDBOX_EMAIL, SANDBOX_PASSWORD)
    yield api
    api.close()


@pytest.fixture
def viewer(service):
    api = sign_in(service.base_url, VIEWER_EMAIL, VIEWER_PASSWORD)
    yield api
    api.close()
