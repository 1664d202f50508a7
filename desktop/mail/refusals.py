"""Plain-language explanations of what a mail server refused, once the connection works.

The counterpart of :mod:`desktop.mail.diagnosis` for the conversation itself: encryption before
login (RFC 3207, RFC 8314), the login (RFC 4954), the sender and recipients (RFC 5321 §4.2.2,
SMTPUTF8 RFC 6531) and the message.
"""

from __future__ import annotations

from desktop.domain.smtp import SmtpEndpoint
from desktop.mail.channel import Reply
from desktop.mail.diagnosis import SmtpFailure, unexpected
from desktop.mail.transcript import Stage


def starttls_refused(endpoint: SmtpEndpoint, reply: Reply) -> SmtpFailure:
    """The server offered STARTTLS but would not start it: never fall back to plain text."""
    text = (f"STARTTLS refused: {endpoint.display_host} offers STARTTLS but refused to start it ({reply.one_line}); "
            "the conversation was not continued without encryption. Try again later, or ask the mail provider.")
    return SmtpFailure(Stage.STARTTLS, "starttls_refused", text, reply=reply)


def starttls_injection(endpoint: SmtpEndpoint) -> SmtpFailure:
    """Plain-text data arrived ahead of the TLS handshake (RFC 3207 §6: possible tampering)."""
    text = (f"STARTTLS not safe: {endpoint.display_host} sent data before the TLS handshake, which can mean that "
            "someone tampers with the connection. Nothing was sent; try another network or ask the mail provider.")
    return SmtpFailure(Stage.STARTTLS, "starttls_injection", text, detail="data ahead of the TLS handshake")


def credentials_need_encryption(endpoint: SmtpEndpoint) -> SmtpFailure:
    """Credentials are set but the server offers no STARTTLS: refuse to send them in plain text."""
    host = endpoint.display_host
    text = (f"Not encrypted: {host} does not offer STARTTLS on port {endpoint.port}, so the username and password "
            f"were not sent. Use port 587 (STARTTLS) or write {host}:465 (TLS from the first byte), or ask the mail "
            "provider which port to use.")
    return SmtpFailure(Stage.STARTTLS, "no_encryption", text,
                       detail="no STARTTLS offered: the username and password were not sent in plain text")


def login_unavailable(endpoint: SmtpEndpoint) -> SmtpFailure:
    """A username is set but the server offers no AUTH."""
    text = (f"No login offered: {endpoint.display_host} does not offer a login (no AUTH) on port {endpoint.port}, "
            "but a Username is set. Clear the Username and Password if the server sends without login, or check the "
            "port (587 and 465 usually offer login).")
    return SmtpFailure(Stage.AUTH, "login_unavailable", text, detail="the server offers no AUTH")


def login_unsupported(endpoint: SmtpEndpoint, offered: list[str]) -> SmtpFailure:
    """The server offers only login methods the engine does not speak."""
    names = ", ".join(offered)
    text = (f"No supported login method: {endpoint.display_host} offers only login methods this program does not "
            f"support ({names}); it supports PLAIN and LOGIN over TLS. Ask the mail provider.")
    return SmtpFailure(Stage.AUTH, "login_unsupported", text, detail=f"offered: {names}")


def login_refused(username: str, reply: Reply) -> SmtpFailure:
    """The server refused the login (535 and other 5xx), wants another method (534), or cannot check now (4xx)."""
    if reply.code == 534:
        text = (f"Login refused: the server wants another way to log in ({reply.one_line}). The provider may need "
                "an app password, or SMTP login switched on in the account's security settings.")
        return SmtpFailure(Stage.AUTH, "login_method_refused", text, reply=reply)
    if reply.code >= 500:
        text = (f"Login refused: the server did not accept the username {username} with this password "
                f"({reply.one_line}). Check the Username and Password; some providers (Gmail, Microsoft 365) need an "
                "app password instead of the account's password.")
        return SmtpFailure(Stage.AUTH, "login_refused", text, reply=reply)
    text = f"Login not checked: the server could not check it right now ({reply.one_line}). Try again in a few minutes."
    return SmtpFailure(Stage.AUTH, "login_temporary", text, reply=reply)


def password_unknown() -> SmtpFailure:
    """Sending needs the password, which this side does not have."""
    return SmtpFailure(Stage.SETTINGS, "password_unknown", "Password needed: a Username is set but the password is "
                       "not available here, so no e-mail can be sent. Enter the password.")


def needs_smtputf8(stage: Stage, role: str, address: str) -> SmtpFailure:
    """A non-ASCII local part, and the server has no SMTPUTF8."""
    text = (f"Address not supported: the {role} {address} has non-ASCII characters before the @ and the server does "
            "not support them (no SMTPUTF8, RFC 6531). Use an address with only ASCII characters before the @.")
    return SmtpFailure(stage, "smtputf8_unsupported", text, detail=f"{address}: needs SMTPUTF8, not offered")


def _login_required(stage: Stage, reply: Reply) -> SmtpFailure:
    return SmtpFailure(stage, "login_required", f"Login required: the server takes mail only after a login "
                       f"({reply.one_line}). Enter the Username and Password.", reply=reply)


def sender_refused(endpoint: SmtpEndpoint, sender: str, username: str, reply: Reply) -> SmtpFailure:
    """The server refused MAIL FROM."""
    if reply.code == 530:
        return _login_required(Stage.MAIL, reply)
    if 500 <= reply.code < 600:
        whom = f"the login {username} may send as" if username else "the server accepts without login"
        return SmtpFailure(Stage.MAIL, "sender_refused", f"Sender refused: the server did not accept {sender} as "
                           f"sender (MAIL FROM: {reply.one_line}). Use a From Address that {whom}, usually one in "
                           "the mail provider's own domain.", reply=reply)
    return unexpected(Stage.MAIL, endpoint, reply)


def recipient_refused(endpoint: SmtpEndpoint, recipient: str, username: str, reply: Reply) -> SmtpFailure:
    """The server refused RCPT TO."""
    if reply.code == 530:
        return _login_required(Stage.RCPT, reply)
    if 500 <= reply.code < 600:
        hint = "" if username else ("; without a login most servers deliver only to their own domains (set the "
                                    "Username and Password)")
        return SmtpFailure(Stage.RCPT, "recipient_refused", f"Recipient refused: the server did not accept "
                           f"{recipient} (RCPT TO: {reply.one_line}). Check the address{hint}.", reply=reply)
    return unexpected(Stage.RCPT, endpoint, reply)


def message_refused(endpoint: SmtpEndpoint, reply: Reply, *, after_content: bool) -> SmtpFailure:
    """The server would not take the message, or rejected it once received."""
    if not after_content or not 500 <= reply.code < 600:
        return unexpected(Stage.DATA, endpoint, reply)
    return SmtpFailure(Stage.DATA, "message_rejected", f"Message rejected: the server refused the message after "
                       f"receiving it ({reply.one_line}). It may judge it spam, or the From Address's domain does not "
                       "allow this server to send for it (SPF/DMARC). Ask the mail provider.", reply=reply)
