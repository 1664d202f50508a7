"""SMS gateways of the account service: a Twilio-compatible REST gateway and the sandbox outbox (design §5).

Every gateway has one method, :meth:`SmsGateway.send`, which never raises for a provider or network
problem: it returns an :class:`SmsOutcome` whose ``summary`` says in plain words what happened and
what to change. The gateway is chosen when the service starts (``create_app(sms_gateway=…)`` or
``cxdesk-server --sms-gateway sandbox|twilio``); the provider's account SID and auth token come
from the environment (:data:`ENV_ACCOUNT_SID`, :data:`ENV_AUTH_TOKEN`), never from the database,
and are never logged or returned.
"""

from __future__ import annotations

import logging
import os
import socket
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

from desktop.domain.models import format_timestamp
from desktop.server.repository import Repository
from desktop.server.twilio_errors import explain_refusal

if TYPE_CHECKING:  # requests loads with the first message sent, not with the service (issue 11: the sandbox's start)
    import requests

log = logging.getLogger(__name__)

#: The gateways ``--sms-gateway`` accepts.
SMS_GATEWAYS = ("sandbox", "twilio")
ENV_ACCOUNT_SID = "CXDESK_TWILIO_ACCOUNT_SID"
ENV_AUTH_TOKEN = "CXDESK_TWILIO_AUTH_TOKEN"
DEFAULT_TWILIO_BASE_URL = "https://api.twilio.com"
#: (connect, read) seconds for one request to the provider: together under the app's 20 s read limit,
#: so the person waiting gets the service's explanation rather than a timeout of their own.
DEFAULT_TIMEOUT = (5.0, 10.0)


@dataclass(frozen=True)
class SmsOutcome:
    """What became of one SMS.

    Attributes:
        ok: whether the gateway accepted the message (delivery to the phone is reported later).
        provider: ``"twilio"`` or ``"sandbox"``.
        provider_status: the provider's word for the message (``queued``, ``stored``) or for the
            failure (``error 21211``, ``HTTP 502``, ``unreachable``, ``no answer``).
        message_id: the provider's id of the message, or ``None`` when none was given.
        summary: one plain paragraph: what happened and, on failure, what to change.
    """

    ok: bool
    provider: str
    provider_status: str
    message_id: str | None
    summary: str

    def to_json(self) -> dict[str, Any]:
        """Return the ``test-sms`` answer ``{ok, summary, provider, provider_status, message_id?}``."""
        data: dict[str, Any] = {"ok": self.ok, "summary": self.summary, "provider": self.provider,
                                "provider_status": self.provider_status}
        if self.message_id is not None:
            data["message_id"] = self.message_id
        return data


class SmsGateway(ABC):
    """Sends one SMS; implementations never raise for a provider or network problem."""

    #: The provider's short name, as in :attr:`SmsOutcome.provider`.
    provider: str = ""

    @abstractmethod
    def send(self, from_: str, to: str, body: str) -> SmsOutcome:
        """Send ``body`` from ``from_`` (E.164 or an alphanumeric sender) to ``to`` (E.164)."""

    @property
    def description(self) -> str:
        """One line for the service's start-up output (no secrets)."""
        return self.provider


class SandboxSmsGateway(SmsGateway):
    """Stores every message in the service's database (table ``sms_outbox``) instead of sending it.

    ``clock`` returns the current aware UTC time (the service's clock).
    """

    provider = "sandbox"

    def __init__(self, repository: Repository, clock: Callable[[], datetime]) -> None:
        self.repository = repository
        self.clock = clock

    @property
    def description(self) -> str:
        """One line for the service's start-up output."""
        return "sandbox (messages are kept in the service's SMS outbox, none is sent)"

    def send(self, from_: str, to: str, body: str) -> SmsOutcome:
        """Store the message with status ``stored`` and return its id as the message id."""
        with self.repository.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO sms_outbox (created_at, sender, recipient, body, status) VALUES (?, ?, ?, ?, 'stored')",
                (format_timestamp(self.clock()), from_, to, body))
        message_id = str(cursor.lastrowid)
        return SmsOutcome(True, self.provider, "stored", message_id,
                          f"The test SMS from {from_} to {to} is in the sandbox's SMS outbox (message {message_id}). "
                          "The sandbox sends no real SMS; open the SMS outbox to read it.")


def sms_outbox(repository: Repository, limit: int = 50) -> list[dict[str, Any]]:
    """The sandbox's stored messages, newest first: ``[{id, created_at, from, to, body, status}]``."""
    with repository.transaction() as conn:
        rows = conn.execute("SELECT id, created_at, sender, recipient, body, status FROM sms_outbox "
                            "ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
    return [{"id": str(row["id"]), "created_at": row["created_at"], "from": row["sender"], "to": row["recipient"],
             "body": row["body"], "status": row["status"]} for row in rows]


class TwilioGateway(SmsGateway):
    """Sends through a Twilio-compatible REST API (Twilio's "Create a Message" resource, API 2010-04-01).

    ``POST {base_url}/2010-04-01/Accounts/{account_sid}/Messages.json`` with HTTP Basic
    authentication (RFC 7617, ``account_sid:auth_token``) and a form-encoded body
    (``application/x-www-form-urlencoded``: ``From``, ``To``, ``Body``; ``+`` travels as ``%2B``).
    A 2xx answer carries ``sid`` and ``status``; an error answer carries ``code``, ``message`` and
    ``more_info`` (https://www.twilio.com/docs/api/errors). ``timeout`` is seconds, one number or
    ``(connect, read)``.
    """

    provider = "twilio"

    def __init__(self, base_url: str, account_sid: str, auth_token: str,
                 timeout: float | tuple[float, float] = DEFAULT_TIMEOUT) -> None:
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"The SMS gateway address must be an http or https URL, not {base_url!r}.")
        self.base_url = base_url.rstrip("/")
        self.host = parts.hostname
        self.account_sid = account_sid
        self._auth_token = auth_token
        self.timeout = timeout

    def __repr__(self) -> str:
        return f"TwilioGateway({self.base_url!r}, account {_masked(self.account_sid)})"

    @property
    def description(self) -> str:
        """One line for the service's start-up output; the SID is shortened and the token left out."""
        return f"Twilio-compatible gateway at {self.base_url} (account {_masked(self.account_sid)})"

    @property
    def messages_url(self) -> str:
        """The URL of the account's Messages resource."""
        return f"{self.base_url}/2010-04-01/Accounts/{quote(self.account_sid, safe='')}/Messages.json"

    def send(self, from_: str, to: str, body: str) -> SmsOutcome:
        """Ask the provider to send the message; explain a refusal or a network failure in plain words."""
        import requests  # about 55 ms: loaded here, not while the sandbox's service starts

        try:
            response = requests.post(self.messages_url, data={"From": from_, "To": to, "Body": body},
                                     auth=(self.account_sid, self._auth_token), timeout=self.timeout,
                                     headers={"Accept": "application/json"})
        except requests.RequestException as error:
            outcome = self._network_failure(error)
            log.info("SMS gateway %s: %s", self.base_url, outcome.provider_status)
            return outcome
        data = _json_object(response)
        if 200 <= response.status_code < 300:
            status = str(data.get("status") or "accepted")
            sid = data.get("sid")
            return SmsOutcome(True, self.provider, status, str(sid) if sid else None,
                              f"The SMS provider accepted the test SMS from {from_} to {to} (status: {status}). "
                              "It reports delivery to the phone later; if none arrives, check the provider's "
                              "message log.")
        code = data.get("code")
        summary = explain_refusal(code, str(data.get("message") or ""), str(data.get("more_info") or ""),
                                  http_status=response.status_code, reason=response.reason or "",
                                  from_=from_, to=to)
        status = f"error {code}" if code is not None else f"HTTP {response.status_code}"
        log.info("SMS gateway %s refused a message: %s", self.base_url, status)
        return SmsOutcome(False, self.provider, status, None, summary)

    def _network_failure(self, error: requests.RequestException) -> SmsOutcome:
        import requests  # loaded by send

        where = f"the SMS provider at {self.host}"
        connect, read = self.timeout if isinstance(self.timeout, tuple) else (self.timeout, self.timeout)
        if isinstance(error, requests.ConnectTimeout):
            return self._failed("unreachable", f"Could not reach {where} within {connect:g} seconds: no SMS was "
                                "sent. Check the account service's network connection and the gateway address.")
        if isinstance(error, requests.Timeout):
            return self._failed("no answer", f"{where[0].upper()}{where[1:]} did not answer within {read:g} "
                                "seconds. The message may still have been sent: check the provider's message log "
                                "before you try again.")
        if isinstance(error, requests.exceptions.SSLError):
            return self._failed("TLS failed", f"The secure connection to {where} failed: its certificate could "
                                "not be verified. No SMS was sent. Check the gateway address.")
        if isinstance(error, requests.ConnectionError):
            return self._failed("unreachable", f"Could not connect to {where} ({_reason(error)}): no SMS was sent. "
                                "Check the account service's network connection and the gateway address.")
        return self._failed("failed", f"The request to {where} failed ({type(error).__name__}): no SMS was sent.")

    def _failed(self, status: str, summary: str) -> SmsOutcome:
        return SmsOutcome(False, self.provider, status, None, summary)


def twilio_from_environment(base_url: str = DEFAULT_TWILIO_BASE_URL, environ: Mapping[str, str] | None = None,
                            timeout: float | tuple[float, float] = DEFAULT_TIMEOUT) -> TwilioGateway:
    """A :class:`TwilioGateway` with the account SID and auth token from the environment.

    Raises:
        ValueError: a variable is missing or empty, or ``base_url`` is not an http(s) URL; the
            message names what to set and never holds a secret.
    """
    env = os.environ if environ is None else environ
    missing = [name for name in (ENV_ACCOUNT_SID, ENV_AUTH_TOKEN) if not env.get(name, "").strip()]
    if missing:
        raise ValueError(f"The Twilio SMS gateway needs {' and '.join(missing)} in the environment.")
    return TwilioGateway(base_url, env[ENV_ACCOUNT_SID].strip(), env[ENV_AUTH_TOKEN].strip(), timeout)


def _json_object(response: requests.Response) -> dict[str, Any]:
    """The response's JSON object, or ``{}`` when the body is not one (HTML from a proxy, text)."""
    try:
        data = response.json()
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _reason(error: BaseException) -> str:
    """A short reason for a connection failure, from the chain of errors requests and urllib3 wrap."""
    pending: list[BaseException] = [error]
    seen: set[int] = set()
    while pending:
        item = pending.pop(0)
        if id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, socket.gaierror) or "NameResolution" in type(item).__name__:
            return "the host name was not found in DNS"
        if isinstance(item, OSError) and item.strerror:
            return item.strerror.lower()
        linked = (*item.args, getattr(item, "reason", None), item.__cause__, item.__context__)
        pending.extend(link for link in linked if isinstance(link, BaseException))
    return "no connection"


def _masked(account_sid: str) -> str:
    """An account SID shortened for display: ``AC…1234``."""
    return f"{account_sid[:2]}…{account_sid[-4:]}" if len(account_sid) > 8 else "…"
