"""Quitting never waits on the network (issue 8, point 9): the real ``cxdesk`` process on a trickling server.

The app opens a remote profile whose server answers every request with ``200`` and a 600-byte body
sent one byte a second; once its requests hang there, the test asks it to quit with ``SIGTERM``
(handled as a clean quit, :mod:`desktop.shell.quitting`) and checks that it is gone long before the
trickle could end. POSIX only: a Windows GUI process gets no ``SIGTERM`` (``taskkill`` closes the
window instead).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import jwt
import pytest

from tests.file_keyring import ENV as KEYRING_ENV
from tests.file_keyring import write_token
from tests.trickle_peer import TricklePeer

ROOT = Path(__file__).resolve().parent.parent
EMAIL = "dana@example.com"
#: Generous bound for "gone": the trickle would take 600 s.
GONE_WITHIN_S = 10

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGTERM is how the test asks a GUI process to quit")


def a_refresh_token(days: int = 30) -> str:
    """A JWT the client accepts as a stored refresh token (its signature is the server's business)."""
    now = datetime.now(UTC)
    claims = {"email": EMAIL, "iat": int(now.timestamp()), "exp": int((now + timedelta(days=days)).timestamp())}
    return jwt.encode(claims, "not the key of the server, only for the test", algorithm="HS256")


def remote_profile_env(home: Path, base_url: str) -> dict[str, str]:
    """The environment of a ``cxdesk`` child whose last profile is ``base_url``, signed in (a stored token)."""
    from desktop.store import Profiles

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CXDESK_HOME": str(home),
           "PYTHON_KEYRING_BACKEND": "tests.file_keyring.FileKeyring", KEYRING_ENV: str(home / "keyring.json"),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    old = os.environ.get("CXDESK_HOME")
    os.environ["CXDESK_HOME"] = str(home)
    try:
        profiles = Profiles()
        profile = profiles.add("Trickle", base_url, EMAIL)
        profiles.set_last_used(profile.id)
    finally:
        if old is None:
            os.environ.pop("CXDESK_HOME", None)
        else:
            os.environ["CXDESK_HOME"] = old
    write_token(home / "keyring.json", profile.id, EMAIL, a_refresh_token())
    return env


def start_app(env: dict[str, str]) -> subprocess.Popen:
    """``python -m desktop`` as a user starts it, in the repository."""
    return subprocess.Popen([sys.executable, "-m", "desktop"], env=env, cwd=ROOT, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_until(condition, seconds: float) -> bool:
    """Poll ``condition()`` every 50 ms for up to ``seconds``; whether it became true."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def test_sigterm_quits_at_once_while_every_request_trickles(tmp_path):
    with TricklePeer(length=600, interval=1.0) as peer:
        env = remote_profile_env(tmp_path / "home", peer.base_url)
        app = start_app(env)
        try:
            assert wait_until(lambda: peer.requests or app.poll() is not None, 60), "the app sent no request"
            assert app.poll() is None, app.communicate()
            time.sleep(0.5)  # its request is now hanging in the trickle
            app.send_signal(signal.SIGTERM)
            gone = wait_until(lambda: app.poll() is not None, GONE_WITHIN_S)
        finally:
            if app.poll() is None:
                app.kill()
            _out, err = app.communicate(timeout=30)
        assert gone, f"still running {GONE_WITHIN_S} s after SIGTERM, with the trickle still going:\n{err}"
        assert app.returncode == 0, err
    logs = list((tmp_path / "home").rglob("cxdesk.log"))
    assert logs, "no log file"
    assert "quitting on signal SIGTERM" in logs[0].read_text(encoding="utf-8")  # the log was flushed
