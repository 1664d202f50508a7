"""The step-by-step record of one SMTP conversation, and its result (the ``test-email`` answer, design §2).

A :class:`Transcript` collects :class:`Step` rows as the engine goes; every text passes through a
redactor first, so the password, its base64 form and the SASL PLAIN blob (RFC 4954, RFC 4616)
never reach a step, a summary, a log or the API answer, even if a server were to echo them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from desktop.domain.certificates import CertificateInfo

#: What replaces a secret in any text of a result.
MASK = "********"
#: Secrets shorter than this are not searched for in free text (they are never written anyway).
_MIN_SECRET = 4


class Stage(StrEnum):
    """The stages of a conversation, in order (RFC 5321 §3, RFC 3207, RFC 8314, RFC 4954)."""

    SETTINGS = "settings"
    RESOLVE = "resolve"
    CONNECT = "connect"
    TLS = "TLS"
    GREETING = "greeting"
    EHLO = "EHLO"
    STARTTLS = "STARTTLS"
    AUTH = "AUTH"
    MAIL = "MAIL"
    RCPT = "RCPT"
    DATA = "DATA"
    RSET = "RSET"
    QUIT = "QUIT"


class Outcome(StrEnum):
    """How a step ended."""

    OK = "ok"
    FAILED = "failed"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class Step:
    """One row of the transcript.

    Attributes:
        stage: a :class:`Stage` value.
        outcome: ``ok``, ``failed`` or ``skipped``.
        detail: a short plain-language line about what happened.
        command: what the client sent (secrets replaced by ``********``), or ``""``.
        reply: the server's reply, code and text, one line per reply line, or ``""``.
    """

    stage: str
    outcome: str
    detail: str
    command: str = ""
    reply: str = ""

    def to_json(self) -> dict[str, str]:
        """Return ``{stage, outcome, detail, command, reply}``."""
        return {"stage": str(self.stage), "outcome": str(self.outcome), "detail": self.detail,
                "command": self.command, "reply": self.reply}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Step:
        """Build a step from its JSON object; missing keys give ``""``."""
        return cls(**{key: str(data.get(key) or "") for key in ("stage", "outcome", "detail", "command", "reply")})


@dataclass(frozen=True)
class SmtpResult:
    """What a check or a test e-mail found.

    Attributes:
        ok: whether everything asked for worked (the message was accepted, or the check passed).
        summary: one plain paragraph: what happened and, on failure, which stage failed and what to change.
        transcript: every step, in order.
        error_stage: the :class:`Stage` that failed, or ``None``.
        error_kind: a stable code for the failure (e.g. ``login_refused``), or ``None``.
        error_field: the key of the field that fixes the failure (``from_address``, ``username``, ``to``…),
            or ``None``.
        certificate: the server's certificate when the failure is that it was refused (untrusted, or not
            the pinned one), else ``None``.
    """

    ok: bool
    summary: str
    transcript: list[Step] = field(default_factory=list)
    error_stage: str | None = None
    error_kind: str | None = None
    error_field: str | None = None
    certificate: CertificateInfo | None = None

    def to_json(self) -> dict[str, Any]:
        """Return the API's ``{ok, summary, transcript[], error?}``; ``error`` is ``{stage, kind, field}`` on failure.

        ``field`` is the key of the field that fixes the failure, or ``null``; ``certificate`` (only when the
        server's certificate was refused) is ``{sha256, subject, issuer, not_after}``.
        """
        data: dict[str, Any] = {"ok": self.ok, "summary": self.summary,
                                "transcript": [step.to_json() for step in self.transcript]}
        if not self.ok:
            data["error"] = {"stage": self.error_stage, "kind": self.error_kind, "field": self.error_field}
            if self.certificate is not None:
                data["error"]["certificate"] = self.certificate.to_json()
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SmtpResult:
        """Build a result from the API's JSON object (the inverse of :meth:`to_json`)."""
        error = data.get("error") or {}
        if not isinstance(error, dict):
            error = {"kind": str(error)}
        return cls(ok=bool(data.get("ok")), summary=str(data.get("summary") or ""),
                   transcript=[Step.from_json(step) for step in data.get("transcript") or []],
                   error_stage=error.get("stage"), error_kind=error.get("kind"), error_field=error.get("field"),
                   certificate=CertificateInfo.from_json(error["certificate"]) if error.get("certificate") else None)


class Redactor:
    """Replaces every occurrence of the given secrets in a text by :data:`MASK`."""

    def __init__(self, secrets: Iterable[str]) -> None:
        self._secrets = sorted({s for s in secrets if len(s) >= _MIN_SECRET}, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        """Return ``text`` with every secret masked."""
        for secret in self._secrets:
            text = text.replace(secret, MASK)
        return text


class Transcript:
    """Collects the steps of one conversation and builds the :class:`SmtpResult`, masking secrets."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self.steps: list[Step] = []
        self._redact = Redactor(secrets)

    def add(self, stage: Stage, outcome: Outcome, detail: str, *, command: str = "", reply: str = "") -> None:
        """Append a step (all its texts redacted)."""
        self.steps.append(Step(str(stage), str(outcome), self._redact(detail), self._redact(command),
                               self._redact(reply)))

    def succeeded(self, summary: str) -> SmtpResult:
        """The result of a conversation that did all it was asked to."""
        return SmtpResult(ok=True, summary=self._redact(summary), transcript=list(self.steps))

    def failed(self, stage: Stage, kind: str, summary: str, field: str = "",
               certificate: CertificateInfo | None = None) -> SmtpResult:
        """The result of a conversation that stopped at ``stage``.

        ``field`` is the key of the field that fixes it; ``certificate`` the server's certificate when it was
        refused (so that it may be trusted).
        """
        return SmtpResult(ok=False, summary=self._redact(summary), transcript=list(self.steps),
                          error_stage=str(stage), error_kind=kind, error_field=field or None,
                          certificate=certificate)
