"""No form of the password ever appears in a result: not in steps, replies, the summary or the JSON."""

from __future__ import annotations

import base64
import json

import pytest
from aiosmtpd.smtp import AuthResult

from desktop.mail import SmtpConfig, Timeouts, check_and_send
from tests.mail.conftest import PASSWORD, SENDER, USERNAME

FAST = Timeouts(resolve=2, connect=2, greeting=2, reply=2, total=10)


def b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


SECRET_FORMS = [PASSWORD, b64(PASSWORD), b64(f"\x00{USERNAME}\x00{PASSWORD}"), json.dumps(PASSWORD)[1:-1]]


def assert_no_secret(result) -> None:
    texts = [json.dumps(result.to_json(), ensure_ascii=False), json.dumps(result.to_json()), repr(result)]
    for text in texts:
        for form in SECRET_FORMS:
            assert form not in text


@pytest.mark.parametrize("mechanisms", [("PLAIN", "LOGIN"), ("LOGIN",)])
@pytest.mark.parametrize("password", [PASSWORD, "wrong password"])
def test_no_form_of_the_password_in_the_result(mail_server, trusting_context, mechanisms, password):
    server = mail_server(tls="starttls", users={USERNAME: PASSWORD}, mechanisms=mechanisms)
    config = SmtpConfig(server.server, SENDER, USERNAME, password)

    result = check_and_send(config, ssl_context=trusting_context, timeouts=FAST)

    assert result.ok is (password == PASSWORD), result.summary
    assert_no_secret(result)
    assert password not in repr(config)


def test_a_server_that_echoes_the_credentials_is_masked(mail_server, trusting_context):
    def echoing(server, session, envelope, mechanism, auth_data):
        blob = b64(f"\x00{USERNAME}\x00{PASSWORD}")
        return AuthResult(success=False, handled=False,
                          message=f"535 5.7.8 Bad credentials {PASSWORD} ({b64(PASSWORD)}, {blob})")

    server = mail_server(tls="starttls", authenticator=echoing)

    result = check_and_send(SmtpConfig(server.server, SENDER, USERNAME, PASSWORD), ssl_context=trusting_context,
                            timeouts=FAST)

    assert result.error_kind == "login_refused"
    assert "535 5.7.8 Bad credentials ********" in result.summary
    assert_no_secret(result)
