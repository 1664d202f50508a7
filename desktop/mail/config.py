"""What the engine needs to talk to a mail server: the settings with the password, and the time limits.

The account service builds an :class:`SmtpConfig` from the saved settings and the stored password;
the app builds one from what the user sees (``password=None`` when it does not know the password).
:func:`check_config` judges it with the same domain rules as the dialogs before anything is sent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TypeVar

from desktop.domain.errors import FieldError
from desktop.domain.mail_addresses import validate_mail_address
from desktop.domain.smtp import (
    Security,
    SmtpEndpoint,
    SmtpSettings,
    parse_smtp_server,
    validate_certificate_sha256,
    validate_smtp_password,
    validate_smtp_username,
)
from desktop.mail import diagnosis, refusals
from desktop.mail.message import check_header_text

T = TypeVar("T")


@dataclass(frozen=True)
class SmtpConfig:
    """The SMTP details to use, with the password (kept out of ``repr``).

    Attributes:
        server: the Server field, ``host[:port]`` (see :func:`desktop.domain.smtp.parse_smtp_server`).
        from_address: the From Address: envelope sender (MAIL FROM) and ``From:`` header.
        username: the login; ``""`` sends without login.
        password: the password; ``None`` when it is not known here: the login is then not tried
            (a check still tests the connection, TLS and the login methods offered; sending is refused).
        certificate_sha256: the SHA-256 fingerprint of the server's certificate trusted deliberately
            (:mod:`desktop.domain.certificates`); ``""`` for the trust store alone.
        security: ``None`` to decide by the port as the platform does (465: implicit TLS, else STARTTLS).
            A value overrides that rule for one conversation: the tests use it because they cannot bind
            port 465 and must run implicit TLS on a free port; a support tool may use it to try the
            other mode. The saved settings have no such field.
    """

    server: str
    from_address: str
    username: str = ""
    password: str | None = field(default="", repr=False)
    security: Security | None = None
    certificate_sha256: str = ""

    @classmethod
    def from_settings(cls, settings: SmtpSettings, password: str | None) -> SmtpConfig:
        """The configuration for saved ``settings`` and the password stored beside them.

        ``password`` counts only when ``settings.password_set``; otherwise it is ``None`` (not known), so
        a login is never tried with an empty password that was never saved.
        """
        return cls(server=settings.server, from_address=settings.from_address, username=settings.username,
                   password=password if settings.password_set else None,
                   certificate_sha256=settings.certificate_sha256)


@dataclass(frozen=True)
class Timeouts:
    """Time limits in seconds.

    RFC 5321 §4.5.3.2 lets a client wait minutes for each reply; a person waits for this answer, so
    the limits are shorter, but the greeting gets a full 30 s because servers delay it on purpose
    against spam ("greet pause").

    Attributes:
        resolve: the DNS look-up of the host.
        connect: each TCP connection attempt (per address).
        greeting: the server's ``220`` greeting after the connection is made.
        reply: each other reply, and each TLS handshake.
        total: the whole conversation; every operation ends by then.
    """

    resolve: float = 10.0
    connect: float = 10.0
    greeting: float = 30.0
    reply: float = 30.0
    total: float = 60.0


@dataclass(frozen=True)
class Checked:
    """A configuration that passed :func:`check_config`, in normal form."""

    endpoint: SmtpEndpoint
    sender: str
    recipient: str
    username: str
    certificate_sha256: str = ""


def check_config(config: SmtpConfig, *, to: str | None, send: bool, subject: str) -> Checked:
    """Judge the settings, the recipient (``None``: the From Address) and the subject before connecting.

    Raises:
        SmtpFailure: at the ``settings`` stage: a value breaks its domain rule, the subject is not one
            line, or sending needs a password that is not known.
    """
    def checked(what: str, validator: Callable[[str], T], value: str) -> T:
        try:
            return validator(value)
        except FieldError as error:
            raise diagnosis.invalid_setting(what, str(error)) from None

    endpoint = checked("Server setting", parse_smtp_server, config.server)
    if config.security is not None:
        endpoint = replace(endpoint, security=config.security)
    sender = checked("From Address", validate_mail_address, config.from_address)
    recipient = checked("recipient address", validate_mail_address, to) if to else sender
    username = checked("Username", validate_smtp_username, config.username)
    if config.password is not None:
        checked("Password", validate_smtp_password, config.password)
    elif username and send:
        raise refusals.password_unknown()
    checked("subject", lambda text: check_header_text(text, "subject"), subject)
    pin = checked("trusted certificate", validate_certificate_sha256, config.certificate_sha256)
    return Checked(endpoint, sender, recipient, username, pin)
