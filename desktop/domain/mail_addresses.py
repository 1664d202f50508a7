"""Addresses for the SMTP From Address and test recipients, where internal mail domains are allowed (issue 13).

Back offices send through internal relays with addresses such as ``noc@corp.local``, ``alerts@mail.lan``
or ``root@relay``. email-validator refuses special-use names (RFC 6761: ``.local``, ``.test``,
``.localhost``, ``.arpa``) and names without a dot, because they never work on the internet; through
an internal relay they do. :func:`check_mail_address` accepts them with a notice saying so, and refuses
only what can never work: a syntax error, ``.invalid`` (RFC 6761 §6.4: guaranteed never to resolve)
and ``.onion`` (RFC 7686: reachable only through Tor, never through a mail relay).

The account's contact e-mail keeps the strict rule (:func:`desktop.domain.validators.check_email_address`):
the platform writes to it from the internet.
"""

from __future__ import annotations

from desktop.domain.errors import FieldError
from desktop.domain.normalised import QT_TRANSLATE_NOOP, Normalised, Notice
from desktop.domain.validators import check_email_address

#: Top-level names that only ever work inside a network: RFC 6761/6762 special-use ones, RFC 8375's
#: home.arpa, ICANN's private-use ``.internal`` (2024), and names in common internal use.
INTERNAL_SUFFIXES = ("local", "localhost", "test", "arpa", "internal", "lan", "intranet", "corp", "home",
                     "private", "localdomain")
#: Names that can never work, internal relay or not.
NEVER_SUFFIXES = ("invalid", "onion")

#: The notice of an internal address.
INTERNAL_ONLY = QT_TRANSLATE_NOOP("Notice", "{domain} is an internal name: mail to or from it only works through "
                                  "an internal mail relay, not on the internet.")
#: The error for an address at a name that can never receive mail (.invalid, .onion…).
NEVER_DELIVERED = QT_TRANSLATE_NOOP("FieldError", "Mail to a .{suffix} name can never be delivered, not even "
                                    "through an internal relay: check the part after the @.")
#: A stand-in public domain that takes the place of an internal one while its syntax is checked.
_STAND_IN = "internal-name.example"


def is_internal_domain(domain: str) -> bool:
    """Whether ``domain`` has no dot or ends in one of :data:`INTERNAL_SUFFIXES`."""
    labels = domain.rstrip(".").lower().split(".")
    return len(labels) == 1 or labels[-1] in INTERNAL_SUFFIXES


def check_mail_address(text: str, *, required: bool = True) -> Normalised:
    """An address for the SMTP From Address or a test recipient, internal mail domains allowed.

    Returns:
        The address in its normalised form, with the notices of
        :func:`~desktop.domain.validators.check_email_address` and, for an internal domain,
        :data:`INTERNAL_ONLY`.

    Raises:
        FieldError: empty (when required), a syntax error, or a domain that can never work (``.invalid``,
            ``.onion``).
    """
    value = (text or "").strip()
    local, at, domain = value.rpartition("@")
    suffix = domain.rstrip(".").lower().rpartition(".")[2]
    if at and suffix in NEVER_SUFFIXES:
        raise FieldError(NEVER_DELIVERED, suffix=suffix)
    if not at or not is_internal_domain(domain):
        return check_email_address(text, required=required)
    stand_in = f"{local}@{domain.rstrip('.')}.{_STAND_IN}"  # the same labels, checked under a public name
    checked = check_email_address(stand_in)
    normal = checked.value[: -len(_STAND_IN) - 1]
    notices = tuple(n for n in checked.notices) + (Notice(INTERNAL_ONLY, domain=normal.rpartition("@")[2]),)
    return Normalised(normal, notices)


def validate_mail_address(text: str, *, required: bool = True) -> str:
    """The value of :func:`check_mail_address`.

    Raises:
        FieldError: see :func:`check_mail_address`.
    """
    return check_mail_address(text, required=required).value
