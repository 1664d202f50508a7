"""Plain-language explanations of every way an SMTP conversation can fail, and what to change.

Each function returns an :class:`SmtpFailure` naming the stage, a stable ``kind`` code and a summary
that a back-office user can act on. Server replies are quoted with their code so that a mail
administrator can look them up (RFC 5321 §4.2, enhanced codes RFC 3463).
"""

from __future__ import annotations

import socket
import ssl

from desktop.domain.certificates import CertificateInfo, short
from desktop.domain.smtp import IMPLICIT_TLS_PORT, SmtpEndpoint
from desktop.mail.channel import Reply
from desktop.mail.transcript import Stage

#: OpenSSL reasons that mean the peer did not answer a TLS ClientHello with TLS at all.
_NOT_TLS_REASONS = {"WRONG_VERSION_NUMBER", "RECORD_LAYER_FAILURE", "PACKET_LENGTH_TOO_LONG", "HTTP_REQUEST",
                    "UNKNOWN_PROTOCOL", "UNEXPECTED_EOF_WHILE_READING", "RECORD_TOO_LARGE"}
#: OpenSSL reasons that mean the two sides share no TLS version (the server's are older than TLS 1.2).
_OLD_TLS_REASONS = {"UNSUPPORTED_PROTOCOL", "TLSV1_ALERT_PROTOCOL_VERSION", "NO_PROTOCOLS_AVAILABLE"}
#: OpenSSL reasons for a handshake the server ended without saying why: most often a server with no
#: certificate set up, sometimes no shared cipher; not a sign of an old TLS version.
_HANDSHAKE_REFUSED_REASONS = {"SSLV3_ALERT_HANDSHAKE_FAILURE", "NO_SHARED_CIPHER", "NO_CIPHERS_AVAILABLE"}
#: The usual submission ports and how a Server value reaches each (RFC 8314 §3.3, RFC 6409).
_USUAL_PORTS = ((587, "port 587 (STARTTLS)"), (IMPLICIT_TLS_PORT, "port 465 (TLS from the first byte)"))
#: X.509 verification codes (OpenSSL ``X509_V_ERR_*``) and what they mean to a user.
_CERT_PROBLEMS = {
    9: "it is not valid yet",
    10: "it has expired",
    18: "it is self-signed",
    19: "it is signed by a certificate authority this computer does not trust (self-signed root)",
    20: "it was issued by an unknown certificate authority",
    21: "the server does not send the intermediate certificates that link it to a trusted authority",
}
_NAME_MISMATCH_CODES = {62, 64}  # X509_V_ERR_HOSTNAME_MISMATCH, X509_V_ERR_IP_ADDRESS_MISMATCH


class SmtpFailure(Exception):
    """Why a conversation stopped.

    Attributes:
        stage: the :class:`Stage` that failed.
        kind: a stable code, e.g. ``connection_refused``, ``login_refused``.
        summary: what happened and what to change, for the user.
        detail: a short line for the failed step of the transcript (default: the summary's headline).
        reply: the server's reply that caused it (code and text), or ``""``.
        recorded: whether the failed step is already in the transcript.
        field: the key of the field that fixes it (``from_address``, ``username``, ``password``, ``server``,
            ``to`` for the test's recipient), or ``""`` when no field does.
        certificate: the server's certificate when it was refused (untrusted, or not the pinned one), so that
            the user may trust it deliberately; else ``None``.
    """

    def __init__(self, stage: Stage, kind: str, summary: str, *, detail: str = "", reply: Reply | None = None,
                 recorded: bool = False, field: str = "", certificate: CertificateInfo | None = None) -> None:
        super().__init__(summary)
        self.stage = stage
        self.kind = kind
        self.summary = summary
        self.detail = detail or summary.split(":", 1)[0]  # the headline: "Login refused", "Sender refused"…
        self.reply = reply.text if reply else ""
        self.recorded = recorded
        self.field = field
        self.certificate = certificate


def seconds(value: float) -> str:
    """Format a duration for a message: ``30 s``, ``0.5 s``."""
    return f"{value:g} s"


def _at(endpoint: SmtpEndpoint) -> str:
    return f"{endpoint.display_host} port {endpoint.port}"


def other_ports(endpoint: SmtpEndpoint) -> str:
    """The usual ports other than the one typed, in words: ``port 587 (STARTTLS) or port 465 (…)``.

    A hint never suggests the port the user already typed (issue 13, point 2).
    """
    return " or ".join(words for port, words in _USUAL_PORTS if port != endpoint.port)


def invalid_setting(what: str, message: str) -> SmtpFailure:
    """A setting that cannot be used (``what`` names it: "Server", "From Address", …)."""
    return SmtpFailure(Stage.SETTINGS, "invalid_setting", f"The {what} is not valid: {message}")


def dns_failed(host: str, error: OSError) -> SmtpFailure:
    """The look-up of the host name failed: the name does not exist, or DNS is not reachable."""
    reason = error.strerror or str(error)
    if error.errno == getattr(socket, "EAI_AGAIN", None):
        return SmtpFailure(Stage.RESOLVE, "dns_failed", f"DNS look-up failed for {host} ({reason}): check this "
                           "computer's network connection, then try again.", detail=f"{host}: {reason}")
    return SmtpFailure(Stage.RESOLVE, "dns_not_found", f"Server not found: {host} does not exist in DNS ({reason}). "
                       "Check the spelling of the Server setting.", detail=f"{host}: {reason}")


def dns_no_answer(host: str, waited: float) -> SmtpFailure:
    """DNS did not answer in time."""
    return SmtpFailure(Stage.RESOLVE, "dns_timeout", f"No answer in {seconds(waited)} from DNS for {host}: check "
                       "this computer's network connection.", detail=f"{host}: no answer in {seconds(waited)}")


def connect_failed(endpoint: SmtpEndpoint, kinds: set[str], waited: float, errors: list[str]) -> SmtpFailure:
    """No address of the host took the connection; ``errors`` has each address with its reason (RFC 8305)."""
    at = _at(endpoint)
    each = f" ({'; '.join(errors)})" if len(errors) > 1 else ""
    if kinds <= {"refused"}:
        return SmtpFailure(Stage.CONNECT, "connection_refused", f"Connection refused: {at} does not take connections"
                           f"{each} (no mail server listens there, or a firewall rejects it). Check the port: try "
                           f"{other_ports(endpoint)}.", recorded=True, field="server")
    if "timeout" in kinds and kinds <= {"timeout", "refused"}:
        return SmtpFailure(Stage.CONNECT, "connect_timeout", f"No answer in {seconds(waited)}: {at} did not take the "
                           f"connection{each}. A firewall may block outgoing connections to port {endpoint.port} (many "
                           f"networks block port 25): try {other_ports(endpoint)}, or check the host name.",
                           recorded=True, field="server")
    return SmtpFailure(Stage.CONNECT, "unreachable", f"Network unreachable: {endpoint.display_host} cannot be "
                       f"reached from here ({'; '.join(errors)}). Check the network connection.", recorded=True)


def no_answer(stage: Stage, endpoint: SmtpEndpoint, waited: float, *, overall: bool) -> SmtpFailure:
    """The server stopped answering (``overall``: the whole conversation ran out of time)."""
    if overall:
        return SmtpFailure(stage, "deadline", f"Stopped after {seconds(waited)}: the conversation with "
                           f"{_at(endpoint)} took too long and was stopped at {stage}. Try again later.",
                           detail=f"stopped: the conversation's limit of {seconds(waited)} ran out")
    if stage is Stage.GREETING:
        tls = "" if endpoint.port == IMPLICIT_TLS_PORT else (
            f"If the server expects TLS from the first byte (implicit TLS), write "
            f"{endpoint.display_host}:{IMPLICIT_TLS_PORT}. ")
        return SmtpFailure(stage, "greeting_timeout", f"No answer in {seconds(waited)}: {_at(endpoint)} took "
                           f"the connection but sent no greeting (220), and nothing was sent to it. {tls}Otherwise the "
                           "server may be overloaded, or something in between (a firewall, an antivirus program) "
                           f"holds the connection: try again, or try {other_ports(endpoint)}.",
                           detail=f"no greeting in {seconds(waited)}", field="server")
    return SmtpFailure(stage, "timeout", f"No answer in {seconds(waited)} at {stage} from {_at(endpoint)}: the "
                       "server or the network is too slow right now. Try again later.",
                       detail=f"no answer in {seconds(waited)}")


def closed(stage: Stage, endpoint: SmtpEndpoint, reason: str = "") -> SmtpFailure:
    """The server hung up without an answer (``reason``: the socket's words when it reset, for the transcript)."""
    return SmtpFailure(stage, "closed", f"Connection closed: {_at(endpoint)} hung up at {stage} without "
                       "an answer. The server may refuse this computer's network; check the port, or ask the "
                       "mail provider.",
                       detail="the server closed the connection" + (f" ({reason})" if reason else ""))


def not_smtp(stage: Stage, endpoint: SmtpEndpoint, text: str) -> SmtpFailure:
    """The peer does not talk SMTP."""
    return SmtpFailure(stage, "not_smtp", f"Not a mail server: {_at(endpoint)} answered, but not in SMTP "
                       f"(it said '{text[:60]}'). Check the port.", detail=f"not an SMTP reply: {text[:60]!r}")


def network_error(stage: Stage, endpoint: SmtpEndpoint, error: OSError) -> SmtpFailure:
    """The connection broke (reset, unreachable…)."""
    reason = error.strerror or str(error) or type(error).__name__
    return SmtpFailure(stage, "network", f"Connection broken at {stage}: the connection to {_at(endpoint)} "
                       f"failed ({reason}). Try again; if it keeps happening, check the port and the network.",
                       detail=reason)


def tls_failed(stage: Stage, endpoint: SmtpEndpoint, error: ssl.SSLError, *,
               trust_store: str = "the account service") -> SmtpFailure:
    """The TLS handshake failed: wrong port, untrusted certificate, wrong name or an old server.

    ``trust_store`` names the computer whose trust store judged the certificate (the account service's for
    Test Email, ``"this computer"`` for a check from this computer).
    """
    host = endpoint.display_host
    where_trusted = f"It was checked against the trust store of {trust_store}."
    if isinstance(error, ssl.SSLCertVerificationError):
        message = (error.verify_message or str(error)).rstrip(".")
        if error.verify_code in _NAME_MISMATCH_CODES or "mismatch" in message.lower():
            return SmtpFailure(stage, "certificate_name_mismatch", f"The certificate of the server is not valid "
                               f"for the name {host} ({message}): write the host name the certificate was issued "
                               "for (as in your mail provider's instructions), not an IP address or an alias.",
                               detail=f"certificate not valid for {host}: {message}")
        problem = _CERT_PROBLEMS.get(error.verify_code, "it could not be verified")
        return SmtpFailure(stage, "certificate_untrusted", f"The certificate of {host} is not trusted: {problem}. "
                           f"Nothing was sent. {where_trusted} If this is your company's own mail relay, either "
                           "install the company's certificate authority in the trust store of the computer that "
                           "sends, or trust this certificate deliberately. Otherwise use the host name your mail "
                           "provider gives, or ask them for a certificate from a public certificate authority.",
                           detail=f"certificate of {host} not trusted: {message}")
    reason = error.reason or str(error)
    detail = f"TLS handshake failed: {reason}"  # OpenSSL's words stay in the transcript, not in the summary
    if stage is Stage.STARTTLS:
        return starttls_failed(endpoint, _tls_cause(error, reason), detail)
    if stage is Stage.TLS and (reason in _NOT_TLS_REASONS or isinstance(error, ssl.SSLEOFError)):
        return SmtpFailure(stage, "not_tls", f"TLS handshake with {host} failed: port {endpoint.port} does not speak "
                           "TLS from the first byte: use port 587 (STARTTLS) or check the port.", detail=detail,
                           field="server")
    if reason in _OLD_TLS_REASONS:
        return SmtpFailure(stage, "tls_outdated", f"TLS handshake with {host} failed: the server seems to offer "
                           "only TLS versions that are no longer safe (older than TLS 1.2, RFC 8996). Ask the mail "
                           "provider to update it.", detail=detail)
    return SmtpFailure(stage, "tls_failed", f"TLS handshake with {host} failed: {_tls_cause(error, reason)}. Check "
                       "the port, or ask the mail provider.", detail=detail)


def _tls_cause(error: OSError, reason: str) -> str:
    """Why a handshake failed, in plain words (never OpenSSL's own)."""
    if reason in _OLD_TLS_REASONS:
        return "the server seems to offer only TLS versions older than TLS 1.2, which are no longer safe (RFC 8996)"
    if reason in _HANDSHAKE_REFUSED_REASONS:
        return ("the server ended the negotiation without saying why, most often because it has no certificate "
                "set up")
    if isinstance(error, ssl.SSLEOFError) or not isinstance(error, ssl.SSLError) or reason in _NOT_TLS_REASONS:
        return "the server closed the connection or answered something other than TLS during the negotiation"
    return "the two sides could not agree on a secure connection"


def starttls_failed(endpoint: SmtpEndpoint, cause: str, detail: str) -> SmtpFailure:
    """The server offered STARTTLS and said ``220`` to it, then the TLS negotiation failed (issue 13, point 2)."""
    return SmtpFailure(Stage.STARTTLS, "starttls_failed", f"STARTTLS failed: {endpoint.display_host} offered STARTTLS, "
                       f"but the TLS negotiation failed: {cause}. Nothing was sent without encryption. Ask the mail "
                       "provider, or try another port.", detail=detail)


def certificate_changed(endpoint: SmtpEndpoint, pinned: str, now: CertificateInfo) -> SmtpFailure:
    """The server's certificate is not the one pinned in the SMTP settings (issue 13, point 4)."""
    host = endpoint.display_host
    return SmtpFailure(Stage.TLS, "certificate_changed", f"The certificate of {host} has changed since it was "
                       f"trusted: the SMTP settings trust SHA-256 {short(pinned)}, the server now shows "
                       f"{short(now.sha256)}. Nothing was sent. If the administrator of {host} replaced the "
                       "certificate, check the new one with them and trust it; otherwise someone may be "
                       "intercepting the connection.", detail=f"certificate {short(now.sha256)} is not the pinned "
                       f"{short(pinned)}", certificate=now)


def greeting_refused(endpoint: SmtpEndpoint, reply: Reply) -> SmtpFailure:
    """The server greeted with something other than 220."""
    if reply.code == 421 or 400 <= reply.code < 500:
        return SmtpFailure(Stage.GREETING, "server_busy", f"Server busy: {_at(endpoint)} is busy or closing "
                           f"({reply.one_line}). Try again later.", reply=reply)
    return SmtpFailure(Stage.GREETING, "connection_rejected", f"Connection rejected: {_at(endpoint)} greeted with a "
                       f"refusal ({reply.one_line}). It may not take mail from this computer's network (for "
                       "example a home connection or an address on a blocklist). Ask the mail provider.", reply=reply)


def unexpected(stage: Stage, endpoint: SmtpEndpoint, reply: Reply) -> SmtpFailure:
    """A reply the conversation cannot go on with."""
    kind = "temporary" if 400 <= reply.code < 500 else "refused"
    later = " This is temporary: try again later." if kind == "temporary" else ""
    return SmtpFailure(stage, kind, f"Unexpected answer at {stage}: {_at(endpoint)} answered "
                       f"{reply.one_line}.{later}", reply=reply)
