"""No secret at rest (design §4): after a real session, no file of the app holds a password or a token.

The session signs in with a password through the app's own start-up (Launcher, sign-in dialog, main
window with its offline store, the log written by desktop.logs), saves an SMTP password, sends a test
e-mail and a test SMS through the sandbox service, then quits. Every file below CXDESK_HOME (data,
cache, config, log) is then read byte by byte for the sign-in password, the SMTP password, the refresh
and access tokens and the Basic credentials, each also base64-, JSON-, URL- and UTF-16-encoded. The
service's own database is outside CXDESK_HOME: it must keep the SMTP password to send mail.
"""

from __future__ import annotations

import base64
import json
from urllib.parse import quote

import pytest
from PySide6.QtCore import Qt

from desktop import logs
from desktop.server import EmbeddedServer
from desktop.server.auth import hash_password
from desktop.server.seed import SANDBOX_ACCOUNT_ID
from desktop.shell.args import parse_args
from desktop.shell.launcher import Launcher
from desktop.store import Profiles
from desktop.store.secrets import SERVICE
from tests.memory_keyring import MemoryKeyring, using_keyring

USER_EMAIL = "ops.lead@northwind-telecom.example"
SIGN_IN_PASSWORD = "Sign-in-Pässwörd-4471!"
SMTP_PASSWORD = "S3cret-Pässword!"
ACCOUNT_NAME = "Dana Whitfield"


def encodings(secret: str) -> dict[str, bytes]:
    """Every form in which ``secret`` could sit in a file, by name.

    Base64 is taken at the three byte alignments a secret can have inside a longer encoded text,
    keeping only the characters that depend on the secret's bytes alone.
    """
    raw = secret.encode()
    forms = {"utf-8": raw, "json": json.dumps(secret).strip('"').encode(), "url": quote(secret, safe="").encode(),
             "utf-16-le": secret.encode("utf-16-le")}
    for offset in range(3):
        for name, encode in (("base64", base64.b64encode), ("base64url", base64.urlsafe_b64encode)):
            text = encode(b"\0" * offset + raw)
            first = -(-offset * 8 // 6)  # the first character made of the secret's bits only
            last = (offset + len(raw)) * 8 // 6  # the characters before it are complete too
            forms[f"{name}@{offset}"] = text[first:last].rstrip(b"=")
    return forms


def test_encodings_find_a_secret_inside_a_larger_base64_text():
    secret = "S3cret-Pässword!"
    for prefix in (b"", b"x", b"xy", b"xyz"):
        blob = base64.b64encode(prefix + b'{"password": "' + secret.encode() + b'"}')
        assert any(form in blob for form in encodings(secret).values()), prefix


@pytest.fixture
def logging_to_home(home):
    logs.setup_logging(console=False)
    yield home / "log" / logs.LOG_FILE_NAME
    logs.shutdown_logging()


@pytest.fixture
def service(tmp_path):
    """The sandbox account service, its database outside the app's folders, with a user of our own."""
    with EmbeddedServer(tmp_path / "service" / "account.sqlite3", sandbox=True) as running:
        running.app.state.repository.add_user(SANDBOX_ACCOUNT_ID, USER_EMAIL, hash_password(SIGN_IN_PASSWORD),
                                              "admin")
        yield running


def test_no_password_or_token_is_written_to_any_file_of_the_app(home, service, logging_to_home, qapp, qtbot):
    keychain = MemoryKeyring()
    with using_keyring(keychain):
        profile = Profiles().add("Northwind", service.base_url, USER_EMAIL)
        launcher = Launcher(qapp, parse_args(["--profile", "Northwind"]), one_per_profile=True)
        assert launcher.start() is None
        try:
            qtbot.waitUntil(lambda: launcher.sign_in_dialog is not None, timeout=10000)
            dialog = launcher.sign_in_dialog
            dialog.ui.passwordEdit.insert(SIGN_IN_PASSWORD)  # pasted: QTest cannot type ä and ö
            qtbot.mouseClick(dialog.ui.signInButton, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: launcher.window is not None, timeout=10000)
            window = launcher.window
            qtbot.waitUntil(lambda: window.company_section.ui.nameValue.text() == ACCOUNT_NAME, timeout=10000)

            client = launcher.session.client
            smtp = client.get_smtp()
            saved = client.update_smtp({}, smtp.etag, password=SMTP_PASSWORD)
            assert saved.value.password_set
            email = client.test_email()
            sms = client.test_sms("+14155550100")
            assert email.ok and sms.ok, (email, sms)
            assert client.get_sandbox_emails() and client.get_sandbox_sms()
            with qtbot.waitSignal(window.loaded, timeout=10000):
                window.refresh()  # the SMTP details (password set) go to the offline cache too
            access_token = client._access.token  # the live access token, to look for it
            refresh_tokens = list(keychain.entries.values())
            assert list(keychain.entries) == [(SERVICE, f"{profile.id}:{USER_EMAIL}")]
        finally:
            if launcher.window is not None:
                launcher.window.close()
            launcher.shutdown()
    logs.flush()
    logs.shutdown_logging()

    files = [path for path in home.rglob("*") if path.is_file()]
    contents = {path: path.read_bytes() for path in files}
    # The scan means something: the log, the settings and the offline cache are there and are read.
    log_text = contents[logging_to_home].decode()
    assert f"This process holds profile {profile.id}" in log_text
    assert USER_EMAIL.encode() in contents[home / "config" / "profiles.json"]
    offline = b"".join(data for path, data in contents.items() if path.parent == home / "data" / "offline")
    assert ACCOUNT_NAME.encode() in offline, "the account was cached"
    assert b"password_set" in offline, "and so were the SMTP details"

    basic = base64.b64encode(f"{USER_EMAIL}:{SIGN_IN_PASSWORD}".encode()).decode()
    secrets = {"sign-in password": SIGN_IN_PASSWORD, "SMTP password": SMTP_PASSWORD, "Basic credentials": basic,
               "access token": access_token, **{f"refresh token {i}": t for i, t in enumerate(refresh_tokens)}}
    found = [f"{what} ({form}) in {path.relative_to(home)}"
             for what, secret in secrets.items() for form, needle in encodings(secret).items()
             for path, data in contents.items() if needle in data]
    assert found == [], found
