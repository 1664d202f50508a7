"""Plain words for the refusals of a Twilio-compatible SMS gateway.

The provider answers a refused message with a numeric ``code``, a ``message`` and a ``more_info``
link (https://www.twilio.com/docs/api/errors). The codes people meet when they test an SMS sender
are turned into what happened and what to change; any other code is quoted with the provider's
own message.
"""

from __future__ import annotations

#: The longest part of a provider's message that is quoted (a proxy may send a whole page).
_MAX_QUOTE = 300

_AUTH_FAILED = ("The SMS provider refused the account service's credentials (authentication failed). No SMS was "
                "sent. The administrator of the account service must check the provider account SID and auth token "
                "it runs with.")

#: Twilio error code → explanation; ``{from_}`` and ``{to}`` are the sender and the recipient.
EXPLANATIONS: dict[int, str] = {
    20003: _AUTH_FAILED,
    20404: ("The SMS provider does not know the account the service uses (error 20404, not found). No SMS was "
            "sent. The administrator of the account service must check the provider account SID."),
    20429: ("The SMS provider is receiving too many requests from this account right now (error 20429). No SMS "
            "was sent. Wait a minute, then try again."),
    21211: ("The To number {to} is not a valid phone number for the SMS provider. No SMS was sent. Check the "
            "number: + and the country code, then the number."),
    21212: ("The SMS From {from_} is not a valid sender for the SMS provider. No SMS was sent. Set SMS From to a "
            "number with + and the country code, or a sender name of up to 11 letters, digits and spaces."),
    21606: ("The SMS From {from_} cannot send SMS through the SMS provider: it is not an SMS-capable number of "
            "the provider account. No SMS was sent. Set SMS From to one of the account's SMS-capable numbers "
            "(or a sender name where the destination country allows one)."),
    21408: ("The SMS provider account is not allowed to send SMS to the region of {to}. No SMS was sent. "
            "Enable that country in the provider's geographic permissions for SMS, or test with a number in a "
            "country that is enabled."),
    21610: ("{to} has unsubscribed from messages sent by {from_} (they replied STOP), so the provider will not "
            "send to it. They must reply START to {from_} before they get messages again; test with another "
            "number."),
    21608: ("The SMS provider account is a trial account and {to} is not one of its verified numbers. No SMS was "
            "sent. Verify the number with the provider, or upgrade the provider account."),
    21614: ("{to} is not a mobile number, so it cannot receive SMS. No SMS was sent. Test with a mobile number."),
    21612: ("The SMS provider cannot send from {from_} to {to}: this route is not supported. No SMS was sent. "
            "Try another SMS From, or ask the provider which senders can reach that country."),
}


def explain_refusal(code: object, message: str, more_info: str = "", *, http_status: int, reason: str = "",
                    from_: str, to: str) -> str:
    """The plain-language summary of a refused message.

    Args:
        code: the provider's error code (an int, or text holding one; ``None`` when missing).
        message: the provider's own message.
        more_info: the provider's link about the error, quoted for codes without an explanation here.
        http_status: the HTTP status of the answer; explains an answer without a code.
        reason: the HTTP reason phrase (``Bad Gateway``).
        from_: the SMS From that was used.
        to: the recipient.
    """
    number = _as_int(code)
    if number in EXPLANATIONS:
        return EXPLANATIONS[number].format(from_=from_, to=to)
    quoted = " ".join(message.split())[:_MAX_QUOTE]
    if number is not None:
        text = f"The SMS provider refused the message: {quoted or 'no reason given'} (code {number})."
        return text + (f" More about this error: {more_info}" if more_info.startswith("https://") else "")
    if http_status == 401:
        return _AUTH_FAILED
    said = f": {quoted}" if quoted else ""
    where = "The SMS provider" if http_status < 500 else "The SMS provider had a problem and"
    return (f"{where} answered HTTP {http_status} {reason}".rstrip() + f"{said}. No SMS was sent."
            + (" Try again in a few minutes." if http_status >= 500 else ""))


def _as_int(code: object) -> int | None:
    if isinstance(code, bool):
        return None
    if isinstance(code, int):
        return code
    if isinstance(code, str) and code.strip().isdigit():
        return int(code.strip())
    return None
