"""The sandbox's outboxes: the e-mails its mail catcher received and the SMS it kept (design §5).

Mounted only when the service runs as a sandbox (``create_app(sandbox=True)``); elsewhere these
paths answer 404. Any signed-in user may read them. Lists are newest first; ``limit`` caps their
length.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from desktop.server.contract import CaughtEmail, KeptSms, answers
from desktop.server.dependencies import Reader, Repo
from desktop.server.mail_catcher import mail_outbox
from desktop.server.sms import sms_outbox

router = APIRouter(tags=["sandbox"])

Limit = Annotated[int, Query(ge=1, le=500, description="The most messages to return (newest first).")]


@router.get("/sandbox/outbox/email", **answers(list[CaughtEmail]))
def list_caught_email(user: Reader, repository: Repo, limit: Limit = 50) -> list[dict[str, Any]]:
    """The e-mails the sandbox's mail catcher received: ``[{id, received_at, mail_from, rcpt_tos, subject, text}]``.

    ``text`` is the message's readable body (its text/plain part, decoded).
    """
    return mail_outbox(repository, limit)


@router.get("/sandbox/outbox/sms", **answers(list[KeptSms]))
def list_kept_sms(user: Reader, repository: Repo, limit: Limit = 50) -> list[dict[str, Any]]:
    """The SMS the sandbox kept instead of sending: ``[{id, created_at, from, to, body, status}]``."""
    return sms_outbox(repository, limit)
