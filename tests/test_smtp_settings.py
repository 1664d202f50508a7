"""The SMTP details rules of desktop.domain.smtp: the Server field, the settings object, the validators."""

from __future__ import annotations

import pytest

from desktop.domain.errors import FieldError
from desktop.domain.smtp import (
    SMTP_VALIDATORS,
    SmtpEndpoint,
    SmtpSettings,
    describe,
    parse_smtp_server,
    security_for_port,
    validate_smtp_password,
    validate_smtp_server,
    validate_smtp_username,
)
from desktop.domain.validators import validate_fields


@pytest.mark.parametrize(("text", "host", "port", "security"), [
    ("mail.example.com", "mail.example.com", 25, "starttls"),
    ("  Mail.Example.COM  ", "mail.example.com", 25, "starttls"),
    ("mail.example.com:587", "mail.example.com", 587, "starttls"),
    ("mail.example.com:465", "mail.example.com", 465, "implicit_tls"),
    ("mail.example.com:25", "mail.example.com", 25, "starttls"),
    ("mail.example.com : 2525", "mail.example.com", 2525, "starttls"),
    ("mail.example.com.:587", "mail.example.com", 587, "starttls"),
    ("localhost", "localhost", 25, "starttls"),
    ("192.0.2.25", "192.0.2.25", 25, "starttls"),
    ("192.0.2.25:465", "192.0.2.25", 465, "implicit_tls"),
    ("[2001:db8::25]", "2001:db8::25", 25, "starttls"),
    ("[2001:DB8:0:0::25]:587", "2001:db8::25", 587, "starttls"),
    ("[::1]:465", "::1", 465, "implicit_tls"),
    ("2001:db8::25", "2001:db8::25", 25, "starttls"),  # bare IPv6 (issue 13, point 6): that host on port 25
    (" 2001:DB8:0:0:0:0:0:25 ", "2001:db8::25", 25, "starttls"),
    ("::1", "::1", 25, "starttls"),
    ("Bücher.Example:587", "bücher.example", 587, "starttls"),
    ("xn--bcher-kva.example", "xn--bcher-kva.example", 25, "starttls"),
    ("smtp:2525", "smtp", 2525, "starttls"),
    ("mail.example.com:0587", "mail.example.com", 587, "starttls"),
    ("a" * 63 + ".example", "a" * 63 + ".example", 25, "starttls"),
])
def test_parse_accepts(text, host, port, security):
    assert parse_smtp_server(text) == SmtpEndpoint(host, port, security)


@pytest.mark.parametrize(("text", "message"), [
    ("", "Enter the mail server's host name, e.g. mail.example.com"),
    ("   ", "Enter the mail server's host name"),
    ("smtp://mail.example.com:587", "Type only the host name, e.g. mail.example.com:587"),
    ("https://mail.example.com", "Type only the host name, e.g. mail.example.com:587"),
    ("SMTPS://mail.example.com", "without smtp:// or https://"),
    ("mail.example.com/smtp", "without a path, a user name or '@'"),
    ("user@mail.example.com", "without a path, a user name or '@'"),
    ("mail.example.com:", "Type the port number after the ':'"),
    ("[2001:db8::25]:", "Type the port number after the ':'"),
    ("mail.example.com:smtp", "The port is a number from 1 to 65535"),
    ("mail.example.com:0", "The port is a number from 1 to 65535"),
    ("mail.example.com:65536", "The port is a number from 1 to 65535"),
    ("mail.example.com:-1", "The port is a number from 1 to 65535"),
    ("mail.example.com:５８７", "The port is a number from 1 to 65535"),
    ("mail.example.com:587:25", "Put an IPv6 address in square brackets"),
    ("2001:db8::25:587", "2001:db8::25:587 can be read two ways: write [2001:db8::25]:587 for the address "
                         "2001:db8::25 on port 587, or [2001:db8::25:587] for the address 2001:db8::25:587 on "
                         "port 25."),
    ("fe80::1:25", "can be read two ways"),
    ("mail.example.com:587:1", "Put an IPv6 address in square brackets"),
    ("[2001:db8::25", "Write an IPv6 address as [address] or [address]:port"),
    ("[2001:db8::25]587", "Write an IPv6 address as [address] or [address]:port"),
    ("[mail.example.com]", "Between the brackets goes an IPv6 address"),
    ("[192.0.2.25]:587", "Write an IPv4 address without brackets"),
    (":587", "Type the host name before the ':'"),
    ("mail example.com", "Remove the spaces inside the host name"),
    ("mail\texample.com:587", "Remove the spaces inside the host name"),
    ("mail_server.example.com", "remove '_'"),
    ("mail!.example.com", "remove '!'"),
    ("mail..example.com", "an empty part between dots"),
    (".example.com", "an empty part between dots"),
    ("-mail.example.com", "cannot start or end with '-'"),
    ("mail-.example.com", "cannot start or end with '-'"),
    ("a" * 64 + ".example", "at most 63 characters"),
    (".".join(["a" * 63] * 4) + ".com", "at most 253 characters"),
    ("256.1.1.1", "Not a valid IPv4 address"),
    ("192.0.2", "Not a valid IPv4 address"),
    ("xn--zz.example", "Not a valid international host name"),
    ("bü_cher.example", "remove '_'"),
])
def test_parse_refuses_with_a_message_that_says_what_to_type(text, message):
    with pytest.raises(FieldError) as caught:
        parse_smtp_server(text)
    assert message in str(caught.value)
    with pytest.raises(FieldError):
        validate_smtp_server(text)


@pytest.mark.parametrize(("text", "normal"), [
    ("  Mail.Example.COM  ", "mail.example.com"),
    ("mail.example.com:25", "mail.example.com:25"),
    ("MAIL.example.com : 0587", "mail.example.com:587"),
    ("mail.example.com.", "mail.example.com"),
    ("[2001:DB8:0:0::25]:587", "[2001:db8::25]:587"),
    ("[::1]", "[::1]"),
    ("2001:DB8::25", "[2001:db8::25]"),
    ("BÜCHER.example:465", "bücher.example:465"),
    ("ｍａｉｌ.example", "mail.example"),
    ("192.0.2.25:2525", "192.0.2.25:2525"),
])
def test_validate_normalises_and_is_idempotent(text, normal):
    assert validate_smtp_server(text) == normal
    assert validate_smtp_server(normal) == normal
    assert parse_smtp_server(normal) == parse_smtp_server(text)


def test_the_port_decides_the_security():
    assert security_for_port(465) == "implicit_tls"
    assert {security_for_port(port) for port in (25, 587, 2525, 466)} == {"starttls"}


def test_ascii_host_is_the_idna_form_for_dns_and_certificates():
    assert parse_smtp_server("bücher.example").ascii_host == "xn--bcher-kva.example"
    assert parse_smtp_server("[::1]").ascii_host == "::1"
    assert parse_smtp_server("[::1]").display_host == "[::1]"
    assert parse_smtp_server("192.0.2.1").is_ip_address and not parse_smtp_server("localhost").is_ip_address


@pytest.mark.parametrize(("text", "words"), [
    ("smtp.example.com:587", "smtp.example.com, port 587, STARTTLS"),
    ("mail.example.com:465", "mail.example.com, port 465, TLS from the first byte (implicit TLS)"),
    ("mail.example.com", "mail.example.com, port 25, STARTTLS when the server offers it"),
    ("[2001:db8::25]:587", "[2001:db8::25], port 587, STARTTLS"),
    ("2001:db8::25", "[2001:db8::25], port 25, STARTTLS when the server offers it"),
])
def test_describe(text, words):
    assert describe(parse_smtp_server(text)) == words


def test_settings_round_trip_without_a_password():
    data = {"from_address": "noc@carrier.example", "username": "noc", "password_set": True,
            "server": "mail.example.com:587", "sms_from": "+442071234567", "certificate_sha256": "",
            "password": "never kept"}

    settings = SmtpSettings.from_json(data)

    assert settings.to_json() == {key: value for key, value in data.items() if key != "password"}
    assert "never kept" not in repr(settings)
    assert settings.endpoint() == SmtpEndpoint("mail.example.com", 587, "starttls")
    assert SmtpSettings.from_json({}) == SmtpSettings()


def test_the_validators_the_service_uses_for_its_422s():
    clean, errors = validate_fields({"from_address": " noc@carrier.example ", "username": "  noc  ",
                                     "server": "Mail.Example.com:0587", "sms_from": "CXDesk"}, SMTP_VALIDATORS)
    assert clean == {"from_address": "noc@carrier.example", "username": "noc", "server": "mail.example.com:587",
                     "sms_from": "CXDesk"}
    assert errors == {}

    clean, errors = validate_fields({"server": "smtp://x", "from_address": "not an address", "username": "a\nb",
                                     "password": "x"}, SMTP_VALIDATORS)
    assert clean == {}
    assert errors["server"].startswith("Type only the host name")
    assert errors["from_address"].startswith("Not a valid e-mail address")
    assert "line breaks" in errors["username"]
    assert errors["password"] == "This field cannot be changed here."  # write-only, handled apart


def test_username_rules():
    assert validate_smtp_username("") == ""
    assert validate_smtp_username("  user@example.com ") == "user@example.com"
    assert validate_smtp_username("x" * 254) == "x" * 254
    for bad in ("x" * 255, "a\x00b", "a\rb"):
        with pytest.raises(FieldError):
            validate_smtp_username(bad)


def test_password_rules_keep_every_character():
    for password in ("", " leading and trailing ", "pä:ss wörd\"'€", "x" * 1024):
        assert validate_smtp_password(password) == password
    for bad in ("a\x00b", "x" * 1025):
        with pytest.raises(FieldError):
            validate_smtp_password(bad)
