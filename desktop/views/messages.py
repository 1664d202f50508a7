"""Plain-language text for every failure a view can meet, and the look of in-window notices.

:func:`describe_error` turns each typed error of :mod:`desktop.api.errors` into one or two
sentences that say what happened and what the user can do; anything else gets a generic
sentence. :func:`style_notice` gives a banner or badge its colours from the palette (the
tool-tip roles), so it follows light and dark mode without a hard-coded colour.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QWidget

from desktop.api.errors import (
    ApiError,
    CertificateProblem,
    Conflict,
    DeadlineExceeded,
    ForeignAnswer,
    NotFound,
    PermissionDenied,
    PreconditionRequired,
    Redirected,
    RetryLater,
    ServerError,
    SignInRequired,
    SignInThrottled,
    UnexpectedAnswer,
    Unreachable,
    ValidationFailed,
)
from desktop.views.formats import date_time, format_quantity, time_of_day
from desktop.views.tints import tint, untint
from desktop.views.window_fit import fit_to_screen

#: How the window labels each Account key (dotted), for messages that name a field.
FIELD_TITLES: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Messages", "Name"), "company": QT_TRANSLATE_NOOP("Messages", "Company"),
    "company_reg_id": QT_TRANSLATE_NOOP("Messages", "Company Registration ID"), "ocn": "OCN", "frn": "FRN",
    "vat_reg_id": QT_TRANSLATE_NOOP("Messages", "VAT Registration ID"),
    "contact.email": QT_TRANSLATE_NOOP("Messages", "E-mail"), "contact.phone": QT_TRANSLATE_NOOP("Messages", "Phone"),
    "contact.mobile": QT_TRANSLATE_NOOP("Messages", "Mobile"), "address": QT_TRANSLATE_NOOP("Messages", "Address"),
    "currency": QT_TRANSLATE_NOOP("Messages", "Currency"),
    "balance": QT_TRANSLATE_NOOP("Messages", "Account balance"),
    "billing_method": QT_TRANSLATE_NOOP("Messages", "Billing method"),
}
translate = QCoreApplication.translate


def field_title(key: str) -> str:
    """The label of a dotted Account key (``contact.email`` → ``E-mail``); unknown keys as they are."""
    title = FIELD_TITLES.get(key) or FIELD_TITLES.get(key.split(".")[0])
    return translate("Messages", title) if title else key


def _sentence(text: str) -> str:
    """Trim ``text`` and end it with a full stop unless it already ends a sentence."""
    text = " ".join(str(text).split())
    if text and text[-1] not in ".!?…":
        text += "."
    return text


def sign_in_wait_message(error: SignInThrottled, now: datetime | None = None) -> str:
    """The sign-in dialog's message for a 429 to a password: the wait as a time and as minutes.

    ``Try again in 4 minutes, at 14:07.`` (the clock time in the user's zone and locale,
    :func:`~desktop.views.formats.time_of_day`); without a ``Retry-After`` the server named no time.
    """
    head = translate(
        "Messages", "Too many failed sign-ins for this address or from this computer: the server refuses every "
                    "password, the right one too, until the wait is over.")
    if error.retry_at is None:
        return head + " " + translate("Messages", "Try again later.")
    seconds = (error.retry_at - (now or datetime.now(UTC))).total_seconds()
    minutes = max(1, math.ceil(seconds / 60))
    when = time_of_day(error.retry_at, now)
    if minutes == 1:
        wait = translate("Messages", "Try again in a minute, at {time}.").format(time=when)
    else:
        wait = translate("Messages", "Try again in {minutes} minutes, at {time}.").format(
            minutes=minutes, time=when)
    return head + " " + wait


def describe_error(error: BaseException) -> str:
    """Return a plain-text explanation of ``error`` for a banner or a message box.

    Args:
        error: an :class:`~desktop.api.errors.ApiError` subclass, or any other exception
            (which gets a generic sentence naming it, never a traceback).

    Returns:
        One or two sentences: what happened, then what to do about it.
    """
    network = describe_network_problem(error)
    if network:
        return network
    if isinstance(error, SignInRequired):
        return translate("Messages", "The server did not accept the sign-in (it may have expired or been withdrawn). "
                         "Sign in again to continue.")
    if isinstance(error, PermissionDenied):
        return translate("Messages", "Your user may not make this change: it can only view the account. "
                         "Ask an administrator of the account to make it.")
    if isinstance(error, ValidationFailed):
        details = "; ".join(f"{field_title(key)}: {message}" for key, message in error.fields.items())
        if details:
            return _sentence(translate("Messages", "The server refused some values. {details}").format(details=details))
        return _sentence(translate("Messages", "The server refused the values. {reason}").format(reason=error.message))
    if isinstance(error, Conflict):
        if error.locked_until is not None:
            return translate("Messages", "The billing method was changed less than 30 days ago; it can be changed "
                             "again from {time}.").format(time=date_time(error.locked_until))
        if error.status == 412:
            return translate("Messages", "The account was changed elsewhere since it was loaded. "
                             "Refresh to see the current values, then make the change again.")
        return _sentence(translate("Messages", "The server refused the change because of the account's current state: "
                                   "{reason}").format(reason=error.message))
    if isinstance(error, PreconditionRequired):
        return translate("Messages", "The server needs to know which version of the account is being changed. "
                         "Refresh and try again.")
    if isinstance(error, NotFound):
        return _sentence(translate("Messages", "The server does not offer this (404). {reason}").format(
            reason=error.message))
    if isinstance(error, UnexpectedAnswer):
        return translate("Messages", "The server's answer to {endpoint} is not what this app expects ({reason}). This "
                                     "app and "
                         "the server may not match; if it keeps happening, contact technical support.").format(
            endpoint=error.endpoint, reason=_sentence(error.message).rstrip("."))
    if isinstance(error, ServerError):
        return _sentence(translate("Messages", "{reason} Try again in a few minutes; if it keeps happening, contact "
                                               "technical "
                                   "support").format(reason=_sentence(error.message)))
    if isinstance(error, ApiError):
        status = f" ({error.status})" if error.status else ""
        return _sentence(translate("Messages", "The server refused the request{status}: {reason}").format(
            status=status, reason=error.message))
    return _sentence(translate("Messages", "Something unexpected went wrong ({error}). Try again; if it keeps "
                                           "happening, contact "
                               "technical support").format(error=f"{type(error).__name__}: {error}"))


def _named(host: str) -> str:
    return host or translate("Messages", "the server")


def named_cause(error: BaseException | None) -> str:
    """What stood in the way, if it has a name (:func:`describe_network_problem`); else ``""``.

    Named: a proxy's page, a certificate, a deadline, Retry-After, a redirect. Not named: a plain
    "no answer" (:class:`~desktop.api.Unreachable` itself) or ``None``.
    """
    if error is None or type(error) is Unreachable:
        return ""
    return describe_network_problem(error)


def describe_network_problem(error: BaseException) -> str:
    """What stood between the app and the account service, in plain words; ``""`` for other errors.

    Each kind of :class:`~desktop.api.Unreachable` names the real cause (issue 8): a call past its
    deadline, a certificate refused by kind and issuer, a ``Retry-After`` (with the local time to
    try again), a redirect that was not followed, a page of a captive portal, proxy or firewall.
    Nothing here ever says that the user lacks a permission: only the service's own 403 does.
    """
    if isinstance(error, DeadlineExceeded):
        seconds = format_quantity(f"{error.deadline:g}")  # 7.5 → "7,5" in French
        return translate("Messages", "{host} did not finish answering within {seconds} seconds. The network may be "
                         "very slow, or something in between holds the answer back. Try again later.").format(
            host=_named(error.host), seconds=seconds)
    if isinstance(error, CertificateProblem):
        issuer = f"“{error.issuer}”" if error.issuer else translate("Messages", "an unknown issuer")
        host = _named(error.host)
        if error.kind == "untrusted":
            return translate("Messages", "The connection to {host} is not secure: its certificate comes from {issuer}, "
                                         "which "
                             "this computer does not trust. On an office network a firewall that inspects encrypted "
                             "traffic may be in between: ask your IT department to install its root certificate in "
                             "this computer's certificate store.").format(host=host, issuer=issuer)
        if error.kind == "expired":
            return translate("Messages", "The certificate of {host} (from {issuer}) has expired or is not valid yet. "
                                         "Check that "
                             "this computer's date and time are right; if they are, the server's certificate must be "
                             "renewed.").format(host=host, issuer=issuer)
        if error.kind == "hostname":
            return translate("Messages", "The certificate presented for {host} (from {issuer}) was issued for another "
                                         "name. "
                             "Check the server address of this profile; a proxy or firewall may be answering in its "
                             "place.").format(host=host, issuer=issuer)
        return _sentence(translate("Messages", "The secure connection to {host} failed. {reason}").format(
            host=host, reason=error.message))
    if isinstance(error, SignInThrottled):
        return sign_in_wait_message(error)
    if isinstance(error, RetryLater):
        if error.retry_at is not None:
            return translate("Messages", "The server is busy and asks to retry after {time}. Nothing was changed on "
                             "it; try again then.").format(time=time_of_day(error.retry_at))
        return translate("Messages", "The server is busy and asks to be tried again later. Nothing was changed on it; "
                         "try again then.")
    if isinstance(error, Redirected):
        where = translate("Messages", " to {address}").format(address=error.location) if error.location else ""
        return translate("Messages", "The server answered with a redirect{where} instead of an answer. The redirect "
                                     "was not "
                         "followed. Nothing was sent there. Check the server address of this profile; a sign-in page "
                         "of this network may be in the way.").format(where=where)
    if isinstance(error, ForeignAnswer):
        host, title = _named(error.host), f" (“{error.title}”)" if error.title else ""
        if error.kind == "captive_portal":
            return translate("Messages", "This network shows its own sign-in page{title} instead of {host}. Sign in to "
                                         "the "
                             "network in a web browser (as on hotel or guest Wi-Fi), then try again.").format(
                title=title, host=host)
        if error.kind == "blocked":
            return translate("Messages", "A proxy or firewall between this computer and {host} blocked the request and "
                                         "answered "
                             "with its own page{title}. Ask your IT department to allow {host}.").format(
                title=title, host=host)
        return translate("Messages", "{host} answered with a web page{title} instead of the account API. Check the "
                                     "server "
                         "address of this profile.").format(title=title, host=host)
    if isinstance(error, Unreachable):
        return translate("Messages", "The server could not be reached. {reason} Check the network connection and try "
                         "again.").format(reason=_sentence(error.message))
    return ""


def conflict_message(titles: dict[str, str], typed: dict[str, str], theirs: dict[str, str],
                     refreshed: list[str]) -> str:
    """Explain a 412 to the user: the account changed elsewhere, field by field (design §4).

    Args:
        titles: the label of each dotted key.
        typed: what the user typed, for each key they changed.
        theirs: the server's current value of every key.
        refreshed: labels of fields the user had not touched that now show the server's value.

    Returns:
        Plain text with one line per changed field, ending with what Save will now do.
    """
    lines = [translate("Messages", "The account was changed elsewhere while you were editing. Your typed values are "
                                   "kept.")]
    for key, mine in typed.items():
        lines.append(translate("Messages", "• {field}: on the server now {theirs}; yours {yours}.").format(
            field=titles.get(key, key), theirs=_quoted(theirs.get(key, "")), yours=_quoted(mine)))
    if refreshed:
        lines.append(translate("Messages", "Fields you had not changed now show the server's values: {fields}.").format(
            fields=", ".join(refreshed)))
    lines.append("\n" + translate("Messages", "Press Save again to replace the server's values with yours, or Cancel "
                                              "to keep the "
                                  "server's."))
    return "\n".join(lines)


def _quoted(value: str) -> str:
    return f"“{value}”" if value else translate("Messages", "(empty)")


def grow_to_fit(window: QWidget) -> None:
    """Make a dialog tall enough (never shorter) for its word-wrapped messages at its current width.

    Never taller than its screen's available area (:func:`~desktop.views.window_fit.fit_to_screen`).
    """
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(window.width())
    else:
        needed = layout.totalSizeHint().height()
    if needed > window.height():
        window.resize(window.width(), needed)
        if window.isWindow():
            fit_to_screen(window)


def style_notice(widget: QWidget) -> None:
    """Give a banner or badge the palette's tool-tip colours (a notice look that follows dark mode).

    The widget fills its background; its text uses the matching tool-tip text colour. Notices
    should also carry a warning icon and words, so that colour is never the only sign.
    """
    widget.setAutoFillBackground(True)
    widget.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
    widget.setForegroundRole(QPalette.ColorRole.ToolTipText)
    for child in widget.findChildren(QWidget):
        child.setForegroundRole(QPalette.ColorRole.ToolTipText)


def unsaved_changes_box(parent: QWidget, question: str, invalid_note: str | None = None) -> QMessageBox:
    """The question a dialog with unsaved edits asks before it closes: Save, Discard or Cancel.

    Cancel is the default (Frescobaldi's rule: nothing closes silently). With ``invalid_note`` the
    Save button is disabled and the note says why: an invalid value can only be corrected or
    discarded. Open it with ``box.open()`` and read the answer with :func:`clicked_choice`.
    """
    buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
               | QMessageBox.StandardButton.Cancel)
    box = QMessageBox(QMessageBox.Icon.Question, translate("Messages", "Unsaved changes"), question, buttons, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    if invalid_note:
        box.setInformativeText(invalid_note)
        box.button(QMessageBox.StandardButton.Save).setEnabled(False)
    return box


def clicked_choice(box: QMessageBox) -> QMessageBox.StandardButton | None:
    """The standard button the user chose in ``box`` (``None`` when it was closed another way)."""
    clicked = box.clickedButton()
    return box.standardButton(clicked) if clicked else None


def show_field_error(edit: QLineEdit, label: QLabel, text: str, *, notice: str = "") -> None:
    """Show (or clear, with ``""``) a field's error message next to the field.

    The text goes under the field, in the error colour derived from the palette (:func:`tint`), and into
    its accessible description (screen readers); a warning icon inside the field means colour is never
    the only sign. Without an error, ``notice`` (what was changed in a valid value, issue 12 point 5)
    is shown in the same place in the label's own colour, without the icon.
    """
    shown = text or notice
    if text:
        tint(label, "error")
    else:
        untint(label)
    label.setText(shown)
    label.setVisible(bool(shown))
    edit.setAccessibleDescription(shown)
    for action in edit.actions():
        edit.removeAction(action)
    if text:
        edit.addAction(QIcon(":/icons/warning.svg"), QLineEdit.ActionPosition.TrailingPosition)

