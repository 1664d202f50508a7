"""Typed answers of the test and sandbox endpoints (design §2, §5), parsed and checked field by field.

``POST setup/account/smtp/test-email`` → :class:`EmailTestResult`, ``POST …/test-sms`` →
:class:`SmsTestResult`, ``GET sandbox/outbox/email`` → :class:`CaughtEmail` rows and
``GET sandbox/outbox/sms`` → :class:`KeptSms` rows. Each ``from_json`` raises
:class:`AnswerShapeError` naming the field that is missing or of the wrong type;
:class:`~desktop.api.client.AccountClient` turns that into an
:class:`~desktop.api.errors.UnexpectedAnswer` naming the endpoint and the field. Keys the
contract marks optional (``error?``, ``message_id?``) may be absent or ``null``; every other key
must be there with its JSON type (a JSON boolean is never taken for text, nor text for a boolean).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop.api.answers import AnswerShapeError
from desktop.domain.certificates import CertificateInfo

__all__ = ["AnswerShapeError", "CaughtEmail", "EmailTestResult", "KeptSms", "SmsTestResult", "TranscriptStep"]


def _value(data: Mapping[str, Any], key: str) -> Any:
    if key not in data:
        raise AnswerShapeError(f'"{key}" is missing')
    return data[key]


def _text(data: Mapping[str, Any], key: str) -> str:
    value = _value(data, key)
    if not isinstance(value, str):
        raise AnswerShapeError(f'"{key}" is not text')
    return value


def _optional_text(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise AnswerShapeError(f'"{key}" is not text')
    return value


def _flag(data: Mapping[str, Any], key: str) -> bool:
    value = _value(data, key)
    if not isinstance(value, bool):
        raise AnswerShapeError(f'"{key}" is not true or false')
    return value


def _texts(data: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = _value(data, key)
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise AnswerShapeError(f'"{key}" is not a list of text')
    return tuple(value)


def _object(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise AnswerShapeError(f"{where} is not an object")
    return value


@dataclass(frozen=True)
class TranscriptStep:
    """One step of a test e-mail's SMTP conversation (``transcript[]`` of the ``test-email`` answer).

    Attributes:
        stage: the stage, e.g. ``EHLO`` or ``AUTH`` (:class:`desktop.mail.Stage`'s values).
        outcome: ``ok``, ``failed`` or ``skipped``.
        detail: a short plain-language line about what happened.
        command: what was sent (secrets masked), ``""`` when nothing or not given.
        reply: the mail server's reply, ``""`` when none or not given.
    """

    stage: str
    outcome: str
    detail: str
    command: str = ""
    reply: str = ""

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> TranscriptStep:
        """Parse ``{stage, outcome, detail, command?, reply?}``.

        Raises:
            AnswerShapeError: a field is missing or not text.
        """
        data = _object(data, "a transcript step")
        return cls(stage=_text(data, "stage"), outcome=_text(data, "outcome"), detail=_text(data, "detail"),
                   command=_optional_text(data, "command") or "", reply=_optional_text(data, "reply") or "")


@dataclass(frozen=True)
class EmailTestResult:
    """The answer of ``POST setup/account/smtp/test-email``: ``{ok, summary, transcript[], error?}``.

    Attributes:
        ok: whether the mail server accepted the test e-mail (a refusal is ``False``, not an error).
        summary: one plain paragraph: what happened and, on failure, what to change.
        transcript: every step of the SMTP conversation, in order.
        error_stage: the stage that failed (``error.stage``), or ``None``.
        error_kind: a stable code for the failure (``error.kind``, e.g. ``login_refused``), or ``None``.
        error_field: the key of the field that fixes it (``error.field``: ``from_address``, ``username``,
            ``to``…), or ``None`` (also from a service that does not send it).
        certificate: the mail server's certificate when the service's trust store refused it
            (``error.certificate``), so the user may trust it deliberately; else ``None``.
    """

    ok: bool
    summary: str
    transcript: tuple[TranscriptStep, ...]
    error_stage: str | None = None
    error_kind: str | None = None
    error_field: str | None = None
    certificate: CertificateInfo | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> EmailTestResult:
        """Parse the ``test-email`` answer.

        Raises:
            AnswerShapeError: ``ok``, ``summary`` or ``transcript`` is missing or mistyped, a step
                is malformed, or ``error`` is neither an object nor ``null``.
        """
        data = _object(data, "the answer")
        steps = _value(data, "transcript")
        if not isinstance(steps, list):
            raise AnswerShapeError('"transcript" is not a list')
        error = data.get("error")
        error = _object(error, '"error"') if error is not None else {}
        return cls(ok=_flag(data, "ok"), summary=_text(data, "summary"),
                   transcript=tuple(TranscriptStep.from_json(step) for step in steps),
                   error_stage=_optional_text(error, "stage"), error_kind=_optional_text(error, "kind"),
                   error_field=_optional_text(error, "field"), certificate=_certificate(error.get("certificate")))


def _certificate(value: Any) -> CertificateInfo | None:
    """``error.certificate``: ``{sha256, subject, issuer, not_after}`` (``sha256`` required), or ``None``.

    Raises:
        AnswerShapeError: not an object, or a field that is not text.
    """
    if value is None:
        return None
    data = _object(value, '"certificate"')
    return CertificateInfo(sha256=_text(data, "sha256"), subject=_optional_text(data, "subject") or "",
                           issuer=_optional_text(data, "issuer") or "",
                           not_after=_optional_text(data, "not_after") or "")


@dataclass(frozen=True)
class SmsTestResult:
    """The answer of ``POST setup/account/smtp/test-sms``: ``{ok, summary, provider, provider_status, message_id?}``.

    Attributes:
        ok: whether the provider accepted the SMS (delivery to the phone is reported later).
        summary: one plain paragraph: what happened and, on failure, what to change.
        provider: the SMS provider's short name (``twilio``, ``sandbox``).
        provider_status: the provider's word for the message or the failure (``queued``, ``error 21211``).
        message_id: the provider's id of the message, or ``None``.
    """

    ok: bool
    summary: str
    provider: str
    provider_status: str
    message_id: str | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SmsTestResult:
        """Parse the ``test-sms`` answer.

        Raises:
            AnswerShapeError: a field is missing or of the wrong type.
        """
        data = _object(data, "the answer")
        return cls(ok=_flag(data, "ok"), summary=_text(data, "summary"), provider=_text(data, "provider"),
                   provider_status=_text(data, "provider_status"), message_id=_optional_text(data, "message_id"))


@dataclass(frozen=True)
class CaughtEmail:
    """An e-mail the sandbox's mail catcher received (a row of ``GET sandbox/outbox/email``).

    Attributes:
        id: the message's id in the outbox.
        received_at: when it arrived, RFC 3339 UTC.
        mail_from: the envelope sender (``MAIL FROM``, RFC 5321 §4.1.1.2).
        rcpt_tos: the envelope recipients (``RCPT TO``).
        subject: the ``Subject`` header, ``""`` when none.
        text: the message's readable body (its text/plain part, decoded).
    """

    id: str
    received_at: str
    mail_from: str
    rcpt_tos: tuple[str, ...]
    subject: str
    text: str

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CaughtEmail:
        """Parse ``{id, received_at, mail_from, rcpt_tos, subject, text}``.

        Raises:
            AnswerShapeError: a field is missing or of the wrong type.
        """
        data = _object(data, "a message")
        return cls(id=_text(data, "id"), received_at=_text(data, "received_at"), mail_from=_text(data, "mail_from"),
                   rcpt_tos=_texts(data, "rcpt_tos"), subject=_text(data, "subject"), text=_text(data, "text"))


@dataclass(frozen=True)
class KeptSms:
    """An SMS the sandbox kept instead of sending (a row of ``GET sandbox/outbox/sms``).

    Attributes:
        id: the message's id in the outbox.
        created_at: when it was kept, RFC 3339 UTC.
        sender: the SMS From (the answer's ``from``): E.164 or an alphanumeric sender.
        recipient: the number it was for (the answer's ``to``), E.164.
        body: the message text.
        status: the sandbox gateway's status (``stored``).
    """

    id: str
    created_at: str
    sender: str
    recipient: str
    body: str
    status: str

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> KeptSms:
        """Parse ``{id, created_at, from, to, body, status}``.

        Raises:
            AnswerShapeError: a field is missing or of the wrong type.
        """
        data = _object(data, "a message")
        return cls(id=_text(data, "id"), created_at=_text(data, "created_at"), sender=_text(data, "from"),
                   recipient=_text(data, "to"), body=_text(data, "body"), status=_text(data, "status"))
