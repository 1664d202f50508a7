"""SMS: the Twilio-compatible gateway against a real HTTP peer on loopback, and POST setup/account/smtp/test-sms."""

from __future__ import annotations

import base64
import json
import logging
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest

from desktop.server.sms import (
    ENV_ACCOUNT_SID,
    ENV_AUTH_TOKEN,
    TwilioGateway,
    twilio_from_environment,
)

SID = "AC0123456789abcdef0123456789abcdef"
TOKEN = "auth-token-never-shown"
INVALID_TO = {"code": 21211, "message": "The 'To' number +1555 is not a valid phone number.",
              "more_info": "https://www.twilio.com/docs/errors/21211", "status": 400}


class TwilioPeer:
    """A Twilio-compatible Messages endpoint: checks Basic auth and the form, answers with ``reply``."""

    def __init__(self) -> None:
        self.requests: list[dict] = []
        self.reply: tuple[int, str, str] = (201, "application/json",
                                            json.dumps({"sid": "SM0001", "status": "queued"}))
        peer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                peer.requests.append({"path": self.path, "headers": dict(self.headers), "raw": raw})
                expected = "Basic " + base64.b64encode(f"{SID}:{TOKEN}".encode()).decode()
                if self.headers.get("Authorization") != expected:
                    status, kind, body = 401, "application/json", json.dumps(
                        {"code": 20003, "message": "Authenticate", "status": 401})
                else:
                    status, kind, body = peer.reply
                data = body.encode()
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)

    def form(self, index: int = -1) -> dict[str, list[str]]:
        return parse_qs(self.requests[index]["raw"].decode("ascii"), strict_parsing=True)


def serve_twilio_peer():
    """Run a :class:`TwilioPeer` for the life of a fixture (``yield from serve_twilio_peer()``)."""
    peer = TwilioPeer()
    peer.thread.start()
    yield peer
    peer.server.shutdown()
    peer.server.server_close()


@pytest.fixture
def twilio():
    yield from serve_twilio_peer()


def test_the_gateway_posts_the_form_with_basic_auth_and_reads_sid_and_status(twilio):
    gateway = TwilioGateway(twilio.url + "/", SID, TOKEN, timeout=(2, 5))

    outcome = gateway.send("+442071234567", "+447911123456", "Hello & welcome: 100% +more")

    assert outcome.ok and outcome.provider == "twilio"
    assert (outcome.provider_status, outcome.message_id) == ("queued", "SM0001")
    assert outcome.to_json() == {"ok": True, "summary": outcome.summary, "provider": "twilio",
                                 "provider_status": "queued", "message_id": "SM0001"}
    [request] = twilio.requests
    assert request["path"] == f"/2010-04-01/Accounts/{SID}/Messages.json"
    assert request["headers"]["Content-Type"] == "application/x-www-form-urlencoded"
    assert b"From=%2B442071234567" in request["raw"] and b"To=%2B447911123456" in request["raw"]
    assert twilio.form() == {"From": ["+442071234567"], "To": ["+447911123456"],
                             "Body": ["Hello & welcome: 100% +more"]}


def test_a_refusal_comes_back_in_plain_words(twilio):
    twilio.reply = (400, "application/json", json.dumps(INVALID_TO))
    outcome = TwilioGateway(twilio.url, SID, TOKEN).send("Northwind", "+14155550100", "x")
    assert not outcome.ok and outcome.provider_status == "error 21211" and outcome.message_id is None
    assert outcome.summary.startswith("The To number +14155550100 is not a valid phone number")
    assert "+ and the country code" in outcome.summary


@pytest.mark.parametrize(("code", "words"), [
    (21606, "The SMS From Northwind cannot send SMS"),
    (21212, "The SMS From Northwind is not a valid sender"),
    (21408, "not allowed to send SMS to the region of +14155550100"),
    (21610, "+14155550100 has unsubscribed from messages sent by Northwind"),
])
def test_common_codes_say_what_to_change(twilio, code, words):
    twilio.reply = (400, "application/json", json.dumps({"code": code, "message": "m", "status": 400}))
    outcome = TwilioGateway(twilio.url, SID, TOKEN).send("Northwind", "+14155550100", "x")
    assert words in outcome.summary and outcome.provider_status == f"error {code}"


def test_an_unknown_code_quotes_the_providers_message(twilio):
    twilio.reply = (400, "application/json", json.dumps(
        {"code": 30410, "message": "Provider timeout", "more_info": "https://www.twilio.com/docs/errors/30410"}))
    outcome = TwilioGateway(twilio.url, SID, TOKEN).send("Northwind", "+14155550100", "x")
    assert outcome.summary == ("The SMS provider refused the message: Provider timeout (code 30410). "
                               "More about this error: https://www.twilio.com/docs/errors/30410")


def test_wrong_credentials_are_explained_and_the_token_is_never_shown(twilio, caplog):
    caplog.set_level(logging.DEBUG)
    gateway = TwilioGateway(twilio.url, SID, "wrong-token-xyz")
    outcome = gateway.send("Northwind", "+14155550100", "x")
    assert not outcome.ok and outcome.provider_status == "error 20003"
    assert "authentication failed" in outcome.summary and "auth token" in outcome.summary
    shown = outcome.summary + repr(gateway) + gateway.description
    assert "wrong-token-xyz" not in shown + caplog.text
    assert SID not in shown  # the SID is in the request's path (and urllib3's debug log), not in what we show


def test_an_html_error_page_is_explained(twilio):
    twilio.reply = (502, "text/html", "<html><body>Bad gateway</body></html>")
    outcome = TwilioGateway(twilio.url, SID, TOKEN).send("Northwind", "+14155550100", "x")
    assert not outcome.ok and outcome.provider_status == "HTTP 502"
    assert outcome.summary == ("The SMS provider had a problem and answered HTTP 502 Bad Gateway. No SMS was sent. "
                               "Try again in a few minutes.")


def test_a_closed_port_and_a_silent_peer_are_explained():
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    refused = TwilioGateway(f"http://127.0.0.1:{port}", SID, TOKEN).send("Northwind", "+14155550100", "x")
    assert not refused.ok and refused.provider_status == "unreachable"
    assert refused.summary.startswith("Could not connect to the SMS provider at 127.0.0.1 (connection refused)")

    with socket.create_server(("127.0.0.1", 0)) as silent:  # accepts (in the backlog), never answers
        url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        slow = TwilioGateway(url, SID, TOKEN, timeout=(2, 0.2)).send("Northwind", "+14155550100", "x")
    assert not slow.ok and slow.provider_status == "no answer"
    assert "did not answer within 0.2 seconds" in slow.summary and "may still have been sent" in slow.summary


def test_credentials_come_from_the_environment():
    with pytest.raises(ValueError, match=f"{ENV_ACCOUNT_SID} and {ENV_AUTH_TOKEN}"):
        twilio_from_environment(environ={})
    gateway = twilio_from_environment("https://sms.example", environ={ENV_ACCOUNT_SID: SID, ENV_AUTH_TOKEN: TOKEN})
    assert gateway.messages_url == f"https://sms.example/2010-04-01/Accounts/{SID}/Messages.json"
    assert TOKEN not in repr(gateway) + gateway.description
    with pytest.raises(ValueError, match="http or https"):
        TwilioGateway("ftp://sms.example", SID, TOKEN)
