"""Typed answers of test e-mail, test SMS and the sandbox outboxes (issue 10, point 4): parsed in `api`, a missing or
mistyped field is an UnexpectedAnswer naming the endpoint and the field."""

from __future__ import annotations

import pytest

from desktop.api import (
    AccountClient,
    AnswerShapeError,
    CaughtEmail,
    EmailTestResult,
    KeptSms,
    SmsTestResult,
    TranscriptStep,
    UnexpectedAnswer,
)
from desktop.views.messages import describe_error
from tests import sandbox_fixtures

sandbox, sandbox_client = sandbox_fixtures.sandbox, sandbox_fixtures.sandbox_client

STEP = {"stage": "EHLO", "outcome": "ok", "detail": "The server greeted us.", "command": "EHLO desk",
        "reply": "250 mail.example.com"}
EMAIL_OK = {"ok": True, "summary": "The test e-mail was accepted.", "transcript": [STEP]}
EMAIL_FAILED = {"ok": False, "summary": "Login refused.", "transcript": [],
                "error": {"stage": "AUTH", "kind": "login_refused"}}
SMS = {"ok": True, "summary": "Kept.", "provider": "sandbox", "provider_status": "stored", "message_id": "7"}
CAUGHT = {"id": "3", "received_at": "2025-03-03T09:00:00Z", "mail_from": "noc@example.com",
          "rcpt_tos": ["a@example.com", "b@example.com"], "subject": "Test", "text": "Hello"}
KEPT = {"id": "4", "created_at": "2025-03-03T09:00:00Z", "from": "Northwind", "to": "+447911123456",
        "body": "Hi", "status": "stored"}


def without(data: dict, key: str) -> dict:
    return {name: value for name, value in data.items() if name != key}


# -- the parsers --------------------------------------------------------------------------------------------------


def test_valid_answers_become_frozen_dataclasses():
    assert EmailTestResult.from_json(EMAIL_OK) == EmailTestResult(
        ok=True, summary="The test e-mail was accepted.",
        transcript=(TranscriptStep("EHLO", "ok", "The server greeted us.", "EHLO desk", "250 mail.example.com"),))
    failed = EmailTestResult.from_json(EMAIL_FAILED)
    assert (failed.ok, failed.transcript, failed.error_stage, failed.error_kind) == (False, (), "AUTH",
                                                                                       "login_refused")
    assert SmsTestResult.from_json(SMS) == SmsTestResult(True, "Kept.", "sandbox", "stored", "7")
    assert CaughtEmail.from_json(CAUGHT) == CaughtEmail("3", "2025-03-03T09:00:00Z", "noc@example.com",
                                                        ("a@example.com", "b@example.com"), "Test", "Hello")
    assert KeptSms.from_json(KEPT) == KeptSms("4", "2025-03-03T09:00:00Z", "Northwind", "+447911123456", "Hi",
                                              "stored")
    with pytest.raises(AttributeError):
        SmsTestResult.from_json(SMS).ok = False  # type: ignore[misc]


def test_optional_keys_may_be_absent_or_null():
    assert SmsTestResult.from_json(without(SMS, "message_id")).message_id is None
    assert SmsTestResult.from_json({**SMS, "message_id": None}).message_id is None
    assert EmailTestResult.from_json({**EMAIL_OK, "error": None}).error_kind is None
    step = EmailTestResult.from_json({**EMAIL_OK, "transcript": [without(without(STEP, "command"), "reply")]})
    assert step.transcript[0].command == "" and step.transcript[0].reply == ""


@pytest.mark.parametrize(("parse", "data", "detail"), [
    (EmailTestResult.from_json, without(EMAIL_OK, "summary"), '"summary" is missing'),
    (EmailTestResult.from_json, without(EMAIL_OK, "ok"), '"ok" is missing'),
    (EmailTestResult.from_json, without(EMAIL_OK, "transcript"), '"transcript" is missing'),
    (EmailTestResult.from_json, {**EMAIL_OK, "transcript": [without(STEP, "stage")]}, '"stage" is missing'),
    (SmsTestResult.from_json, without(SMS, "provider_status"), '"provider_status" is missing'),
    (CaughtEmail.from_json, without(CAUGHT, "text"), '"text" is missing'),
    (KeptSms.from_json, without(KEPT, "to"), '"to" is missing'),
], ids=["email-summary", "email-ok", "email-transcript", "email-step-stage", "sms-provider-status", "caught-text",
        "kept-to"])
def test_a_missing_field_is_named(parse, data, detail):
    with pytest.raises(AnswerShapeError, match=detail):
        parse(data)


@pytest.mark.parametrize(("parse", "data", "detail"), [
    (EmailTestResult.from_json, {**EMAIL_OK, "ok": "yes"}, '"ok" is not true or false'),
    (EmailTestResult.from_json, {**EMAIL_OK, "ok": 1}, '"ok" is not true or false'),
    (EmailTestResult.from_json, {**EMAIL_OK, "transcript": "EHLO"}, '"transcript" is not a list'),
    (EmailTestResult.from_json, {**EMAIL_OK, "transcript": [["EHLO"]]}, "a transcript step is not an object"),
    (EmailTestResult.from_json, {**EMAIL_FAILED, "error": "login_refused"}, '"error" is not an object'),
    (SmsTestResult.from_json, {**SMS, "summary": None}, '"summary" is not text'),
    (SmsTestResult.from_json, {**SMS, "message_id": 7}, '"message_id" is not text'),
    (CaughtEmail.from_json, {**CAUGHT, "rcpt_tos": "a@example.com"}, '"rcpt_tos" is not a list of text'),
    (CaughtEmail.from_json, {**CAUGHT, "rcpt_tos": [1]}, '"rcpt_tos" is not a list of text'),
    (KeptSms.from_json, {**KEPT, "id": 4}, '"id" is not text'),
    (KeptSms.from_json, ["4"], "a message is not an object"),
], ids=["email-ok-text", "email-ok-number", "email-transcript-text", "email-step-list", "email-error-text",
        "sms-summary-null", "sms-message-id-number", "caught-rcpt-text", "caught-rcpt-numbers", "kept-id-number",
        "kept-list"])
def test_a_field_of_the_wrong_type_is_named(parse, data, detail):
    with pytest.raises(AnswerShapeError, match=detail):
        parse(data)


# -- through the client, from the real service and from a peer that answers otherwise --------------------------------


def test_the_sandbox_answers_parse_into_typed_results(sandbox_client):
    email = sandbox_client.test_email()
    sms = sandbox_client.test_sms()
    assert isinstance(email, EmailTestResult) and email.ok and email.transcript
    assert all(isinstance(step, TranscriptStep) for step in email.transcript)
    assert isinstance(sms, SmsTestResult) and sms.ok and (sms.provider, sms.provider_status) == ("sandbox", "stored")
    [caught] = sandbox_client.get_sandbox_emails()
    [kept] = sandbox_client.get_sandbox_sms()
    assert caught.rcpt_tos == ("noc@northwind-telecom.example",) and caught.text.startswith("This is a test e-mail")
    assert kept.id == sms.message_id and kept.recipient == "+447911123456"


@pytest.mark.parametrize(("path", "body", "call", "detail"), [
    ("setup/account/smtp/test-email", without(EMAIL_OK, "summary"), lambda api: api.test_email(),
     '"summary" is missing'),
    ("setup/account/smtp/test-sms", {**SMS, "ok": "true"}, lambda api: api.test_sms(), '"ok" is not true or false'),
    ("sandbox/outbox/email", [CAUGHT, without(CAUGHT, "subject")], lambda api: api.get_sandbox_emails(),
     '"subject" is missing'),
    ("sandbox/outbox/sms", [{**KEPT, "body": 5}], lambda api: api.get_sandbox_sms(), '"body" is not text'),
    ("sandbox/outbox/sms", {"messages": []}, lambda api: api.get_sandbox_sms(), ""),
], ids=["test-email-no-summary", "test-sms-ok-text", "email-outbox-no-subject", "sms-outbox-body-number",
        "sms-outbox-object"])
def test_a_malformed_answer_is_an_unexpected_answer_naming_endpoint_and_field(hostile, server, path, body, call,
                                                                               detail):
    client = AccountClient(hostile.base_url, timeout=(2.0, 5.0), deadline=5.0)
    try:
        details = server.sign_in_details()
        client.sign_in(details.email, details.password)
        hostile.mode("status", path, status=200, body=body)
        with pytest.raises(UnexpectedAnswer) as caught:
            call(client)
    finally:
        client.close()
    error = caught.value
    assert (error.endpoint, error.detail) == (path, detail)
    assert path in error.message and detail in error.message
    assert detail in describe_error(error), "the window shows which field, for a report"
