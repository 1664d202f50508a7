"""The embedded service is for this app only (issue 14, point 7): Host checked, plain HTTP warned about.

DNS rebinding: a web page's own name pointed at 127.0.0.1 still arrives in ``Host``; such requests
get 421 from a service on loopback. ``cxdesk-server`` on another address warns instead.
"""

from __future__ import annotations

import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests

from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD, VIEWER_EMAIL, VIEWER_PASSWORD
from tests.server.helpers import AUDIENCE, TIMEOUT
from tests.server.test_limits import raw_request

ROOT = Path(__file__).resolve().parents[2]


def sign_in_with_host(base_url: str, host: str | None) -> requests.Response:
    headers = {"Host": host} if host is not None else {}
    return requests.post(base_url + "auth/jwt/refresh", auth=(SANDBOX_EMAIL, SANDBOX_PASSWORD),
                         json={"audience": AUDIENCE}, headers=headers, timeout=TIMEOUT)


@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "localhost:{port}", "LOCALHOST:{port}", "[::1]:{port}",
                                  "127.1:{port}", "127.0.0.2:{port}"])
def test_the_loopback_names_with_the_port_are_answered(service, host):
    response = sign_in_with_host(service.base_url, host.format(port=service.port))
    assert response.status_code == 200, response.text


@pytest.mark.parametrize("host", ["attacker.example:{port}", "attacker.example", "127.0.0.1", "localhost",
                                  "127.0.0.1:1", "localhost.attacker.example:{port}", "[::1]", "[::1]x:{port}",
                                  "0.0.0.0:{port}", "127.0.0.1:{port}@evil", "[::2]:{port}", ""])
def test_any_other_host_is_refused_with_421_before_anything_is_done(service, host):
    response = sign_in_with_host(service.base_url, host.format(port=service.port))
    assert response.status_code == 421, response.text
    assert response.json()["error"] == "misdirected"
    assert "token" not in response.json()


def test_a_request_without_host_is_refused(service):
    answer = raw_request(service.base_url, "GET /api/cp/setup/account HTTP/1.0\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 421 "), answer[:200]


def run_cli(tmp_path: Path, host: str, *more: str) -> tuple[subprocess.Popen, str, list[str], queue.Queue]:
    """Start ``cxdesk-server --host host --port 0``; return it, its base URL, its first lines and stderr."""
    process = subprocess.Popen([sys.executable, "-m", "desktop.server.cli", "--db", str(tmp_path / "cli.sqlite3"),
                                "--host", host, "--port", "0", *more], cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    lines: queue.Queue = queue.Queue()
    errors: queue.Queue = queue.Queue()
    for stream, into in ((process.stdout, lines), (process.stderr, errors)):
        threading.Thread(target=lambda s=stream, q=into: [q.put(line) for line in s], daemon=True).start()
    first = lines.get(timeout=30)
    base_url = first.split(": ", 1)[1].strip()
    printed = [lines.get(timeout=10) for _ in range(2)]
    return process, base_url, printed, errors


def wait_until_answering(url: str) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            requests.get(url, timeout=TIMEOUT)
            return
        except requests.ConnectionError:
            assert time.monotonic() < deadline, "the service did not answer"
            time.sleep(0.05)


def stderr_text(errors: queue.Queue) -> str:
    text = ""
    while not errors.empty():
        text += errors.get()
    return text


def test_the_command_line_on_loopback_checks_host_and_names_both_seeded_users(tmp_path):
    process, base_url, printed, errors = run_cli(tmp_path, "127.0.0.1", "--audience-app", "cxdesk-tests")
    try:
        seeded = "".join(printed)
        for word in (SANDBOX_EMAIL, repr(SANDBOX_PASSWORD), VIEWER_EMAIL, repr(VIEWER_PASSWORD), "read-only viewer",
                     "administrator"):
            assert word in seeded, seeded
        wait_until_answering(base_url + "setup/account")
        port = base_url.split(":")[2].split("/")[0]
        assert sign_in_with_host(base_url, f"attacker.example:{port}").status_code == 421
        assert sign_in_with_host(base_url, None).status_code == 200  # AUDIENCE is cxdesk-tests@localhost
        other = requests.post(base_url + "auth/jwt/refresh", auth=(SANDBOX_EMAIL, SANDBOX_PASSWORD),
                              json={"audience": "other@localhost"}, timeout=TIMEOUT)
        assert other.status_code == 422 and "audience" in other.json()["fields"]
    finally:
        process.terminate()
        process.wait(timeout=15)
    assert "plain HTTP" not in stderr_text(errors)


def test_the_command_line_on_another_address_warns_about_plain_http(tmp_path):
    process, base_url, _printed, errors = run_cli(tmp_path, "0.0.0.0")
    try:
        port = base_url.split(":")[2].split("/")[0]
        local = f"http://127.0.0.1:{port}/api/cp/"
        wait_until_answering(local + "setup/account")
        # no Host check here: the administrator's names for the machine are not known to the service
        assert sign_in_with_host(local, f"accounts.example.com:{port}").status_code == 200
    finally:
        process.terminate()
        process.wait(timeout=15)
    warning = stderr_text(errors)
    assert "plain HTTP" in warning and "TLS" in warning, warning
