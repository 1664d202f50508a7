"""Answers that are not the account service's: web pages from something between the PC and the server.

The account API answers JSON only (design §2), errors included. An HTML page where JSON was due
comes from a captive Wi-Fi portal, a proxy, a firewall, a CDN or a wrong address, and is never
taken as the service's verdict (an HTML 403 is not "your user may not do this").

How a page is judged (in this order):

1. ``407 Proxy Authentication Required`` (RFC 9110 §15.5.8): ``blocked`` (the proxy wants a sign-in
   this app cannot give).
2. A sign-in page: a form with a password field, or words such as "log in", "sign in", "Wi-Fi",
   "hotspot", "accept the terms": ``captive_portal`` (hotel, guest or airport networks answer every
   request with such a page, often with 200).
3. A 403, 451 or 5xx page, or words of a block page ("access denied", "blocked", "firewall", "proxy",
   names of common proxies and CDNs): ``blocked``.
4. Anything else: ``page`` (some web site answers at this address: a wrong server address?).
"""

from __future__ import annotations

import re
from html import unescape
from typing import TYPE_CHECKING

from desktop.api.errors import ForeignAnswer

if TYPE_CHECKING:  # annotations only: requests loads with the first request (issue 11)
    import requests

# Patterns as text (flags inline): ``re`` compiles and caches each at its first use, i.e. when a web page
# answered, not at start-up (issue 11).
_PASSWORD_FIELD = r"(?i)<input[^>]+type\s*=\s*[\"']?password"
_SIGN_IN_WORDS = (
    r"(?i)\b(log\s?-?in|sign\s?-?in|wi-?fi|hotspot|captive|guest (network|access)|accept (the )?terms|"
    r"terms (of use|and conditions)|authenticate to (the|this) network)\b")
_BLOCK_WORDS = (
    r"(?i)\b(access denied|blocked|forbidden|firewall|proxy|squid|zscaler|cloudflare|bluecoat|fortiguard|"
    r"web filter|content filter|policy)\b")
_TITLE = r"(?is)<title[^>]*>(.*?)</title>"
_TAGS = r"<[^>]+>"


def is_html(response: requests.Response) -> bool:
    """Whether the answer is a web page (``text/html`` or a body that starts with ``<``)."""
    content_type = response.headers.get("Content-Type", "").lower()
    if "html" in content_type:
        return True
    if "json" in content_type:
        return False
    return response.content.lstrip()[:1] == b"<"


def page_title(html: str) -> str:
    """The page's ``<title>`` as short plain text (``""`` when it has none)."""
    match = re.search(_TITLE, html)
    return " ".join(unescape(re.sub(_TAGS, " ", match.group(1))).split())[:120] if match else ""


def page_kind(status: int, html: str) -> str:
    """``"blocked"``, ``"captive_portal"`` or ``"page"`` for a page answered with ``status`` (see module doc)."""
    if status == 407:
        return "blocked"
    text = " ".join(unescape(re.sub(_TAGS, " ", html)).split())
    if re.search(_PASSWORD_FIELD, html) or re.search(_SIGN_IN_WORDS, text):
        return "captive_portal"
    if status in (403, 451) or status >= 500 or re.search(_BLOCK_WORDS, text):
        return "blocked"
    return "page"


def foreign_answer(response: requests.Response, host: str) -> ForeignAnswer:
    """The :class:`ForeignAnswer` for a web page that answered instead of the API at ``host``."""
    html = response.text or ""
    status = response.status_code
    kind = page_kind(status, html)
    title = page_title(html)
    named = f" (“{title}”)" if title else ""
    if kind == "captive_portal":
        message = (f"This network showed a sign-in page{named} instead of answering for {host}. "
                   "Open a web browser, sign in to the network, then try again.")
    elif kind == "blocked":
        message = (f"A proxy or firewall between this computer and {host} blocked the request{named}. "
                   "Ask your network administrator to allow this server.")
    else:
        message = (f"A web page{named} answered at {host} instead of the account service. "
                   "Check the server address of this profile.")
    return ForeignAnswer(message, kind=kind, host=host, title=title, status=status)
