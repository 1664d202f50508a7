"""Issue 13, points 4 and 9: a relay with its own certificate, trusted deliberately by its SHA-256 fingerprint.

Real peers: aiosmtpd with STARTTLS and implicit TLS, certificates from a trustme authority that the OS
trust store does not know. The engine's default context (the OS trust store) is used throughout, as in
the service, so the certificate is untrusted unless it is pinned.
"""

from __future__ import annotations

import hashlib
import ssl

import pytest
from cryptography import x509
from cryptography.x509.oid import NameOID

from desktop.domain.certificates import fingerprint, read_certificate
from desktop.domain.errors import FieldError
from desktop.domain.smtp import validate_certificate_sha256
from desktop.mail import SmtpConfig, Timeouts, check_and_send
from tests.mail.conftest import RECIPIENT, SENDER

FAST = Timeouts(resolve=2, connect=2, greeting=3, reply=3, total=15)
USERNAME, PASSWORD = "relay-user", "relay pässword"


def issued(ca, name: str = "relay.corp.example") -> tuple[ssl.SSLContext, bytes]:
    """A server context with a certificate for 127.0.0.1 and ``name`` from the test authority, and its DER."""
    cert = ca.issue_cert("127.0.0.1", name, common_name=name)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(context)
    return context, ssl.PEM_cert_to_DER_cert(cert.cert_chain_pems[0].bytes().decode())


@pytest.fixture
def relay_cert(ca):
    return issued(ca)


def test_an_untrusted_certificate_is_offered_for_trust_and_no_credentials_are_sent(mail_server, relay_cert):
    context, der = relay_cert
    server = mail_server(tls="starttls", users={USERNAME: PASSWORD}, cert=context)

    result = check_and_send(SmtpConfig(f"127.0.0.1:{server.port}", SENDER, USERNAME, PASSWORD), to=RECIPIENT,
                            timeouts=FAST)

    assert (result.error_stage, result.error_kind) == ("STARTTLS", "certificate_untrusted")
    assert result.certificate is not None
    assert result.certificate.sha256 == fingerprint(der) == ":".join(
        f"{b:02X}" for b in hashlib.sha256(der).digest())
    assert result.certificate.subject == "relay.corp.example"
    assert result.certificate.issuer and result.certificate.not_after.endswith(" UTC")
    assert "install the company's certificate authority in the trust store" in result.summary
    assert "trust this certificate" in result.summary and "the account service" in result.summary
    assert "SSL" not in result.summary
    assert b"AUTH" not in server.raw and server.inbox.envelopes == []
    assert result.to_json()["error"]["certificate"]["sha256"] == fingerprint(der)


@pytest.mark.parametrize("tls", ["starttls", "implicit"])
def test_a_pinned_certificate_is_accepted_and_the_login_and_message_go_through(mail_server, relay_cert, tls):
    context, der = relay_cert
    server = mail_server(tls=tls, users={USERNAME: PASSWORD}, cert=context)
    config = SmtpConfig(f"127.0.0.1:{server.port}", SENDER, USERNAME, PASSWORD,
                        security="implicit_tls" if tls == "implicit" else None,
                        certificate_sha256=fingerprint(der).lower().replace(":", ""))

    result = check_and_send(config, to=RECIPIENT, timeouts=FAST)

    assert result.ok, result.summary
    assert len(server.inbox.envelopes) == 1
    assert any("the certificate is the one trusted in the SMTP settings" in step.detail for step in result.transcript)
    assert "certificate trusted by its fingerprint" in result.summary


def test_a_changed_certificate_is_refused_before_anything_is_sent(mail_server, relay_cert, ca):
    _, pinned_der = relay_cert
    other, other_der = issued(ca, "relay-new.corp.example")  # the relay now shows another certificate
    server = mail_server(tls="starttls", users={USERNAME: PASSWORD}, cert=other)
    config = SmtpConfig(f"127.0.0.1:{server.port}", SENDER, USERNAME, PASSWORD,
                        certificate_sha256=fingerprint(pinned_der))

    result = check_and_send(config, to=RECIPIENT, timeouts=FAST)

    assert (result.error_stage, result.error_kind) == ("STARTTLS", "certificate_changed")
    assert result.summary.startswith("The certificate of 127.0.0.1 has changed since it was trusted")
    assert result.certificate is not None and result.certificate.sha256 == fingerprint(other_der)
    assert result.certificate.subject == "relay-new.corp.example"
    after_starttls = server.raw.split(b"STARTTLS", 1)[1]
    assert b"AUTH" not in server.raw and b"EHLO" not in after_starttls, "not one command after the handshake"
    assert server.inbox.envelopes == []


def test_read_certificate_agrees_with_the_cryptography_library(relay_cert):
    _, der = relay_cert
    expected = x509.load_der_x509_certificate(der)

    info = read_certificate(der)

    assert info.subject == expected.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value
    issuer = expected.issuer.get_attributes_for_oid(NameOID.COMMON_NAME) or \
        expected.issuer.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    assert info.issuer == issuer[0].value
    assert info.not_after == expected.not_valid_after_utc.strftime("%Y-%m-%d %H:%M UTC")
    assert read_certificate(b"\x30\x03garbage").subject == ""  # unreadable: the fingerprint only


@pytest.mark.parametrize("typed", [
    "ab" * 32, "AB:" * 31 + "AB", " ab ab " + "ab " * 29 + "ab ", "SHA256 Fingerprint=" + "AB:" * 31 + "AB",
    "sha256:" + "ab" * 32,
])
def test_a_pasted_fingerprint_is_normalised(typed):
    assert validate_certificate_sha256(typed) == "AB:" * 31 + "AB"
    assert validate_certificate_sha256(validate_certificate_sha256(typed)) == "AB:" * 31 + "AB"


@pytest.mark.parametrize("typed", ["ab" * 31, "zz" * 32, "ab" * 33, "MD5 Fingerprint=" + "AB:" * 15 + "AB"])
def test_anything_else_is_not_a_fingerprint(typed):
    with pytest.raises(FieldError, match="SHA-256 fingerprint"):
        validate_certificate_sha256(typed)
    assert validate_certificate_sha256("  ") == ""
