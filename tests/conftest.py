"""Shared fixtures: the real account service on loopback, a signed-in client, the ops runner.

Qt runs offscreen. Screenshots go to ``screenshots/`` (git-ignored) through the ``screenshot``
fixture; look at them after a run.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

if not os.environ.get("QT_QPA_PLATFORM"):  # unset or empty: no display here
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
# The app's folders (platformdirs) go to a throw-away place so tests never touch a user's data.
os.environ.setdefault("CXDESK_HOME", str(Path(__file__).resolve().parent.parent / ".pytest_cache" / "home"))

import pytest

from tests.heartbeat import Heartbeat
from tests.wine import MARKER as WINE_GAP_MARKER
from tests.wine import skip_wine_gaps

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS = ROOT / "screenshots"


@pytest.fixture(autouse=True)
def _no_heartbeat_left_running():
    """After each test, stop a responsiveness heartbeat that a failed check left running (and its ``gc.freeze``)."""
    yield
    Heartbeat.stop_all()


def pytest_configure(config: pytest.Config) -> None:
    """Register the ``wine_gap`` marker (tests/wine.py)."""
    config.addinivalue_line("markers", WINE_GAP_MARKER)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under wine, skip the tests marked ``wine_gap``, naming the gap."""
    skip_wine_gaps(items)


class Clock:
    """A settable clock for the service: ``clock.now`` is returned; ``advance(days=…)`` moves it."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC).replace(microsecond=0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        from datetime import timedelta

        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A fresh folder for all of the app's files (``CXDESK_HOME``): profiles, caches, logs, locks."""
    folder = tmp_path / "home"
    monkeypatch.setenv("CXDESK_HOME", str(folder))
    return folder


@pytest.fixture
def server(tmp_path, clock):
    """The real account service on 127.0.0.1 and a free port, with a fresh seeded database."""
    from desktop.server import EmbeddedServer

    with EmbeddedServer(tmp_path / "account.sqlite3", clock=clock) as running:
        yield running


@pytest.fixture
def client(server):
    """An AccountClient signed in to ``server`` as the sandbox administrator."""
    from desktop.api import AccountClient
    from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD

    api = AccountClient(server.base_url, timeout=(2.0, 10.0))
    api.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
    yield api
    api.close()


@pytest.fixture
def other_client(server):
    """A second signed-in client: "another user" changing the account meanwhile."""
    from desktop.api import AccountClient
    from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD

    api = AccountClient(server.base_url, timeout=(2.0, 10.0))
    api.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
    yield api
    api.close()


@pytest.fixture
def hostile(server):
    """A hostile-network proxy (tests/hostile_peer.py) on 127.0.0.1 in front of ``server``; ``.mode(...)``."""
    from tests.hostile_peer import HostilePeer

    with HostilePeer(server.base_url) as peer:
        yield peer


@pytest.fixture
def ops(qapp):
    """The application's background runner; waits for its workers at the end of the test."""
    from desktop.ops import Ops

    runner = Ops()
    yield runner
    runner.wait_for_done(15000)


@pytest.fixture
def screenshot():
    """``screenshot(widget, name)`` saves ``screenshots/<name>.png`` and returns its path."""
    SCREENSHOTS.mkdir(exist_ok=True)

    def save(widget, name: str) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        from desktop.views.grab import grab_settled

        assert grab_settled(widget).save(str(path)), f"could not save {path}"
        return path

    return save


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Keep the run's exit status for :func:`pytest_unconfigure`."""
    session.config.stash[_EXIT_STATUS] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """End the test process with pytest's exit status, without the interpreter's final garbage collection.

    Twice in this project's history a run whose every test passed then aborted at interpreter exit with
    "Fatal Python error: none_dealloc" while the collector freed the last Qt wrappers (a reference
    count error inside a C extension; not reproduced on demand, cause not found). The verdict is
    pytest's, reported above; what follows it is only tearing down. The app itself ends the same way
    (:func:`desktop.shell.quitting.end_process`).
    """
    import sys

    status = config.stash.get(_EXIT_STATUS, None)
    if status is None:
        return
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


_EXIT_STATUS = pytest.StashKey[int]()
