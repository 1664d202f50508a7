"""The app's sandbox child issues and accepts tokens for this app only (issue 14, point 6)."""

from __future__ import annotations

import requests

from desktop.api import AccountClient
from desktop.shell.sandbox_process import SandboxProcess


def test_the_sandbox_serves_this_apps_audience_and_refuses_another(home, tmp_path):
    sandbox = SandboxProcess(tmp_path / "sandbox.sqlite3")
    try:
        details = sandbox.spawn()
        sandbox.wait_ready()
        client = AccountClient(details.base_url)  # audience cxdesk@<hostname>
        client.sign_in(details.email, details.password)
        assert client.get_account().value.id == 1021
        client.close()
        other = requests.post(details.base_url + "auth/jwt/refresh", auth=(details.email, details.password),
                              json={"audience": "another-app@localhost"}, timeout=10)
        assert other.status_code == 422 and "audience" in other.json()["fields"]
    finally:
        sandbox.stop()
