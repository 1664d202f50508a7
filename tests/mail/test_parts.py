"""The engine's small parts: message building, envelope addresses, AUTH choice, the result's JSON."""

from __future__ import annotations

from email import message_from_bytes, policy

import pytest
import truststore

from desktop.domain.errors import FieldError
from desktop.domain.smtp import SmtpSettings
from desktop.mail import SmtpConfig, SmtpResult, Step, default_context
from desktop.mail.auth import offered_mechanisms, usable_mechanisms
from desktop.mail.message import build_message, check_header_text, data_block, envelope_address
from desktop.mail.transcript import Redactor


def test_data_block_stuffs_dots_and_ends_with_the_terminator():
    assert data_block(b"a\r\n.b\r\n.\r\nc") == b"a\r\n..b\r\n..\r\nc\r\n.\r\n"
    assert data_block(b".first\r\n") == b"..first\r\n.\r\n"


@pytest.mark.parametrize(("address", "smtputf8", "expected"), [
    ("noc@carrier.example", False, "noc@carrier.example"),
    ("noc@bücher.example", False, "noc@xn--bcher-kva.example"),
    ("noc@bücher.example", True, "noc@xn--bcher-kva.example"),
    ("jörg@bücher.example", True, "jörg@bücher.example"),
    ("jörg@example.com", False, None),
])
def test_envelope_address(address, smtputf8, expected):
    assert envelope_address(address, smtputf8=smtputf8) == expected


@pytest.mark.parametrize("text", ["a\r\nBcc: x@example.com", "a\nb", "a\rb", "a\x00b", "a\u2028b", "a\x85b"])
def test_header_text_with_a_line_break_or_control_character_is_refused(text):
    with pytest.raises(FieldError, match="one line"):
        check_header_text(text, "subject")
    with pytest.raises(FieldError):
        build_message("a@example.com", "b@example.com", text, "body", utf8=False)


def test_the_message_has_crlf_lines_and_encoded_headers_without_smtputf8():
    raw = build_message("noc@xn--bcher-kva.example", "b@example.com", "Prüfung ✓", "Grüße\n.dot\n", utf8=False)

    assert raw.isascii() and b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    assert b"=?utf-8?" in raw  # RFC 2047
    message = message_from_bytes(raw, policy=policy.default)
    assert message["Subject"] == "Prüfung ✓" and message["Message-ID"].endswith("@xn--bcher-kva.example>")
    assert message.get_content().replace("\r\n", "\n") == "Grüße\n.dot\n"


def test_auth_mechanisms_prefer_plain_and_read_the_old_auth_equals_form():
    assert offered_mechanisms({"AUTH": "login plain CRAM-MD5"}) == ["LOGIN", "PLAIN", "CRAM-MD5"]
    assert offered_mechanisms({"AUTH=": "LOGIN"}) == ["LOGIN"]
    assert usable_mechanisms(["LOGIN", "PLAIN", "CRAM-MD5"]) == ["PLAIN", "LOGIN"]
    assert usable_mechanisms(["CRAM-MD5", "XOAUTH2"]) == []


def test_redactor_masks_every_secret_and_ignores_tiny_ones():
    redact = Redactor(["s3cr3t-pass", "czNjcjN0LXBhc3M=", "ab"])
    assert redact("x s3cr3t-pass y czNjcjN0LXBhc3M= ab") == "x ******** y ******** ab"


def test_result_json_round_trip():
    result = SmtpResult(ok=False, summary="Login refused: …", transcript=[Step("AUTH", "failed", "Login refused",
                                                                                "AUTH PLAIN ********", "535 no")],
                        error_stage="AUTH", error_kind="login_refused", error_field="password")

    data = result.to_json()

    assert data == {"ok": False, "summary": "Login refused: …",
                    "transcript": [{"stage": "AUTH", "outcome": "failed", "detail": "Login refused",
                                    "command": "AUTH PLAIN ********", "reply": "535 no"}],
                    "error": {"stage": "AUTH", "kind": "login_refused", "field": "password"}}
    assert SmtpResult.from_json(data) == result
    assert "error" not in SmtpResult(ok=True, summary="fine").to_json()


def test_the_default_context_is_the_os_trust_store_and_verifies():
    context = default_context()
    assert isinstance(context, truststore.SSLContext)
    assert context.check_hostname and context.verify_mode.name == "CERT_REQUIRED"


def test_config_from_saved_settings_knows_the_password_only_when_one_is_saved():
    saved = SmtpSettings(from_address="noc@carrier.example", username="noc", password_set=True,
                         server="mail.example.com:587")

    assert SmtpConfig.from_settings(saved, "s3cret").password == "s3cret"
    assert SmtpConfig.from_settings(SmtpSettings(username="noc"), "").password is None
    assert "s3cret" not in repr(SmtpConfig.from_settings(saved, "s3cret"))
