"""A real Secret Service for tests: Debian's gnome-keyring-daemon on a private D-Bus session bus.

:func:`real_keychain` (a context manager; the ``real_keychain`` fixtures wrap it) starts
``dbus-daemon --session`` and ``gnome-keyring-daemon --unlock --components=secrets --foreground``
in a temporary home (its ``login`` keyring created and unlocked with :data:`PASSWORD`, read on
stdin), points ``DBUS_SESSION_BUS_ADDRESS`` at the bus, and yields a :class:`RealKeychain` with
keyring's own Secret Service backend. Nothing touches the user's session bus or keyrings.

Without the binaries the tests skip with the reason, except on CI (``CI=true``), where they fail:
``.ci/run`` installs them.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

#: The login keyring's password.
PASSWORD = "correct horse battery staple"
BINARIES = ("dbus-daemon", "gnome-keyring-daemon")
#: A session bus without service activation: only the daemon the test starts answers, and no
#: unlock prompt (gcr-prompter) is ever spawned.
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def require_binaries() -> None:
    """Skip (fail on CI) when gnome-keyring or dbus-daemon is not installed."""
    if sys.platform != "linux":
        pytest.skip("the Secret Service (gnome-keyring) is the Linux keychain")
    missing = [name for name in BINARIES if shutil.which(name) is None]
    if not missing:
        return
    reason = (f"{' and '.join(missing)} not installed: the real-keychain tests need Debian's gnome-keyring "
              "and dbus-daemon packages (apt-get install gnome-keyring dbus-daemon)")
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(reason)
    pytest.skip(reason)


@dataclass
class RealKeychain:
    """The running Secret Service of a test."""

    bus_address: str
    daemon: subprocess.Popen
    backend: object
    env: dict[str, str]

    def collection(self):
        """The default (``login``) collection, through secretstorage on the private bus."""
        import secretstorage

        return secretstorage.get_default_collection(secretstorage.dbus_init())

    def lock(self) -> None:
        """Lock the login collection (keyring then raises KeyringLocked: no prompt can answer here)."""
        self.collection().lock()

    def unlock(self) -> None:
        """Unlock the login keyring with its password, as logging in to the desktop does.

        A prompt cannot be answered here and ``--unlock`` only reaches a daemon as it starts, so
        the daemon is restarted on the same keyring files with the password on stdin.
        """
        _end(self.daemon)
        self.daemon = _start_daemon(self.env)
        _wait_for_service()

    def stop(self) -> None:
        """Freeze the daemon (SIGSTOP): it stays on the bus and never answers."""
        self.daemon.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        """Let a frozen daemon go on (SIGCONT)."""
        self.daemon.send_signal(signal.SIGCONT)


def _wait_for_service(deadline_s: float = 15.0) -> None:
    import secretstorage

    end = time.monotonic() + deadline_s
    while True:
        try:
            connection = secretstorage.dbus_init()
            if secretstorage.check_service_availability(connection):
                secretstorage.get_default_collection(connection).is_locked()
                return
        except Exception:  # noqa: BLE001 - not up yet
            pass
        if time.monotonic() > end:
            raise RuntimeError("gnome-keyring-daemon did not come up on the private bus")
        time.sleep(0.1)


def _start_daemon(env: dict[str, str]) -> subprocess.Popen:
    daemon = subprocess.Popen(["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
                              env=env, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    daemon.stdin.write(PASSWORD.encode())
    daemon.stdin.close()
    return daemon


def _end(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGCONT)
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(10)


@contextmanager
def real_keychain(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[RealKeychain]:
    """Start a private bus and gnome-keyring in ``folder``; stop both (after SIGCONT) at the end."""
    require_binaries()
    from keyring.backends import SecretService

    runtime = folder / "run"
    runtime.mkdir(parents=True)
    runtime.chmod(0o700)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(folder), "XDG_RUNTIME_DIR": str(runtime),
           "XDG_DATA_HOME": str(folder / "data"), "XDG_CONFIG_HOME": str(folder / "config"), "LANG": "C.UTF-8"}
    config = folder / "bus.conf"
    config.write_text(BUS_CONFIG.format(folder=runtime), encoding="utf-8")
    bus = subprocess.Popen(["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    keychain = None
    try:
        address = bus.stdout.readline().strip()
        assert address.startswith("unix:"), f"dbus-daemon printed {address!r}"
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        keychain = RealKeychain(address, _start_daemon(env), SecretService.Keyring(), env)
        _wait_for_service()
        yield keychain
    finally:
        if keychain is not None:
            _end(keychain.daemon)
        _end(bus)
        if bus.stdout is not None:
            bus.stdout.close()
