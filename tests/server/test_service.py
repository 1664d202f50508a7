"""The service as a whole: agreement, OpenAPI, error shape, embedded start/stop, standalone command."""

from __future__ import annotations

import queue
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import requests

from desktop.server import EmbeddedServer
from desktop.server.embedded import bind_socket
from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD
from tests.server.helpers import TIMEOUT, sign_in

ROOT = Path(__file__).resolve().parents[2]


def test_agreement(admin):
    agreement = admin.get("setup/account/agreement").json()
    assert set(agreement) == {"title", "version", "effective_date", "html", "pdf_url"}
    assert agreement["pdf_url"] is None
    assert len(agreement["effective_date"]) == 10 and agreement["effective_date"][4] == "-"
    html = agreement["html"]
    assert html.count("<h2>") >= 5 and "<h1>" in html and "<ul>" in html
    assert len(html) > 4000


def test_openapi_document_lists_the_endpoints(service):
    root = service.base_url.removesuffix("/api/cp/")
    document = requests.get(root + "/openapi.json", timeout=TIMEOUT).json()
    paths = set(document["paths"])
    assert {"/api/cp/auth/jwt/refresh", "/api/cp/auth/jwt", "/api/cp/setup/account",
            "/api/cp/setup/account/package", "/api/cp/setup/account/billing-method",
            "/api/cp/setup/account/agreement", "/api/cp/customer", "/api/cp/routing",
            "/api/cp/routing/{route_id}"} <= paths


def test_unknown_route_and_wrong_method_are_json(admin):
    unknown = admin.get("setup/nothing-here")
    assert unknown.status_code == 404
    assert unknown.json() == {"error": "not_found", "message": "There is nothing at this address."}
    wrong = admin.request("DELETE", "setup/account")
    assert wrong.status_code == 405
    assert wrong.json()["error"] == "method_not_allowed"


def test_embedded_server_restarts_on_the_same_port_many_times(db_path, fake_clock):
    server = EmbeddedServer(db_path, clock=fake_clock)
    with server:
        base_url = server.base_url
        api = sign_in(base_url, SANDBOX_EMAIL, SANDBOX_PASSWORD)
    for _ in range(3):
        assert not server.running
        try:
            api.get("customer")
            raise AssertionError("the stopped service answered")
        except requests.ConnectionError:
            pass
        with server:
            assert server.base_url == base_url
            assert api.get("customer").status_code == 200
    api.close()


def test_two_embedded_servers_get_different_free_ports(tmp_path, template_db):
    for name in ("a.sqlite3", "b.sqlite3"):
        shutil.copyfile(template_db, tmp_path / name)
    first = EmbeddedServer(tmp_path / "a.sqlite3")
    second = EmbeddedServer(tmp_path / "b.sqlite3")
    with first, second:
        assert first.base_url != second.base_url
        assert first.base_url.startswith("http://127.0.0.1:") and first.base_url.endswith("/api/cp/")


def _read_lines(stream, lines: queue.Queue) -> None:
    for line in stream:
        lines.put(line)


def test_standalone_serve_command_creates_seeds_and_answers(tmp_path):
    db = tmp_path / "standalone.sqlite3"
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop.server.cli", "--db", str(db), "--port", "0"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    try:
        lines: queue.Queue = queue.Queue()
        threading.Thread(target=_read_lines, args=(process.stdout, lines), daemon=True).start()
        first = lines.get(timeout=30)
        base_url = first.split(": ", 1)[1].strip()
        assert base_url.startswith("http://127.0.0.1:") and base_url.endswith("/api/cp/")
        printed = "".join(lines.get(timeout=10) for _ in range(2))
        assert SANDBOX_EMAIL in printed and SANDBOX_PASSWORD in printed
        deadline = time.monotonic() + 30
        while True:
            try:
                api = sign_in(base_url, SANDBOX_EMAIL, SANDBOX_PASSWORD)
                break
            except requests.ConnectionError:
                assert time.monotonic() < deadline, "the standalone service did not answer"
                time.sleep(0.05)
        assert api.get("setup/account").json()["name"] == "Dana Whitfield"
        api.close()
    finally:
        process.terminate()
        process.wait(timeout=15)
    assert db.exists()


def test_the_listening_socket_disables_nagle():
    # Accepted connections inherit TCP_NODELAY; without it each response waits for a delayed ACK.
    sock = bind_socket("127.0.0.1", 0)
    try:
        assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0
    finally:
        sock.close()
