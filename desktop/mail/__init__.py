"""The Qt-free SMTP engine: check a mail server step by step and send a test e-mail (design §1, §3).

Used by the account service for "Test Email" (with the saved settings) and by the app for "Check
from this computer". Typical use::

    from desktop.mail import SmtpConfig, check_and_send

    result = check_and_send(SmtpConfig("mail.example.com:587", "noc@example.com", "noc", password))
    result.ok, result.summary, result.to_json()

Modules: :mod:`~desktop.mail.engine` (the conversation), :mod:`~desktop.mail.connection` (DNS and
connect), :mod:`~desktop.mail.channel` (SMTP lines with time limits), :mod:`~desktop.mail.tls`,
:mod:`~desktop.mail.auth`, :mod:`~desktop.mail.message`, :mod:`~desktop.mail.transcript` (the
result) and the plain-language messages in :mod:`~desktop.mail.diagnosis` and
:mod:`~desktop.mail.refusals`.

It may import :mod:`desktop.domain` only (never Qt); the service and the views use it.
"""

from desktop.mail.config import SmtpConfig, Timeouts
from desktop.mail.engine import check_and_send
from desktop.mail.message import DEFAULT_SUBJECT
from desktop.mail.tls import default_context
from desktop.mail.transcript import Outcome, SmtpResult, Stage, Step

__all__ = ["DEFAULT_SUBJECT", "Outcome", "SmtpConfig", "SmtpResult", "Stage", "Step", "Timeouts", "check_and_send",
           "default_context"]
