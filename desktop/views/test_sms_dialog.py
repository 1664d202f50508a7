"""Test SMS: send a test message from the saved SMS From and show what the provider said.

``POST setup/account/smtp/test-sms`` (design §2) sends through the service's SMS gateway (in the
sandbox: its SMS outbox) and answers ``{ok, summary, provider, provider_status, message_id?}``. The
recipient is the account's contact mobile unless the user types another number; it is judged as
the service judges it (E.164 via phonenumbers, design §3) and shown in the form that is sent.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from desktop.api import AccountClient, SmsTestResult
from desktop.domain.normalised import Normalised
from desktop.domain.validators import check_phone
from desktop.forms.ui_test_sms_dialog import Ui_TestSmsDialog
from desktop.ops import Ops
from desktop.views.test_dialog import TestDialog

NOT_GIVEN = "—"


def validate_recipient(text: str) -> Normalised:
    """The recipient of a test SMS: a required phone number in E.164, with what was changed.

    Raises:
        FieldError: empty, no country code, or not a possible number (see :func:`check_phone`).
    """
    return check_phone(text, required=True)


class TestSmsDialog(TestDialog):
    """Test SMS: the recipient (the contact mobile by default), Send, and the provider's answer.

    Args:
        ops: the application's background runner.
        client: a signed-in account API client.
        sms_from: the saved SMS From (shown in the first line).
        mobile: the account's contact mobile, the default recipient (``""`` for none).
        parent: the main window.

    Signals:
        result_shown(bool): a result is shown; the argument is whether the provider accepted the SMS.
    """

    WAITING = QT_TRANSLATE_NOOP("TestSmsDialog", "Waiting for the server to hand the SMS to the provider…")
    ABANDONED = QT_TRANSLATE_NOOP("TestSmsDialog", "Stopped waiting. The SMS may still be sent; the provider's answer "
                                  "will not be shown.")

    def __init__(self, ops: Ops, client: AccountClient, *, sms_from: str, mobile: str,
                 parent: QWidget | None = None) -> None:
        self._client = client
        self.result: SmsTestResult | None = None
        super().__init__(Ui_TestSmsDialog(), ops, parent, recipient=mobile, validator=validate_recipient)
        intro = (self.tr("Sends a short test SMS from {sender} through the platform's SMS provider. An SMS may be "
                         "charged by the provider.") if sms_from
                 else self.tr("Sends a short test SMS from the SMS From (none is saved yet) through the platform's SMS "
                              "provider. An SMS may be charged by the provider."))
        self.ui.introLabel.setText(intro.format(sender=sms_from))
        self._show_details(None)

    def _refresh_state(self) -> None:
        super()._refresh_state()
        value, _error = self.recipient()
        hint = self.ui.recipientHint
        hint.setText(self.tr("Sent to {number} (E.164).").format(number=value)
                     if value and value != self.ui.recipientEdit.text().strip() else "")
        hint.setVisible(bool(hint.text()))

    def _request(self, to: str) -> Callable[[], SmsTestResult]:
        client = self._client

        def send_test_sms() -> SmsTestResult:
            return client.test_sms(to)

        return send_test_sms

    def clear_result(self) -> None:
        """Hide the result and the provider's answer (the recipient changed, or a new test starts)."""
        super().clear_result()
        self.result = None
        self._show_details(None)

    def _on_request_succeeded(self, answer: SmsTestResult) -> None:
        self._finish()
        self.result = answer
        self._show_details(answer)
        self.show_outcome(answer.ok, self.tr("The test SMS was accepted.") if answer.ok
                          else self.tr("The test SMS was not sent."),
                          answer.summary)

    def _show_details(self, answer: SmsTestResult | None) -> None:
        ui = self.ui
        ui.detailsWidget.setVisible(answer is not None)
        shown = (answer.provider, answer.provider_status, answer.message_id or "") if answer else ("", "", "")
        for label, text in zip((ui.providerValue, ui.providerStatusValue, ui.messageIdValue), shown, strict=True):
            label.setText(text or NOT_GIVEN)
            label.setAccessibleDescription(text or self.tr("none"))

    def details(self) -> dict[str, str]:
        """The provider's answer as shown: ``{provider, provider_status, message_id}`` (``—`` for none)."""
        ui = self.ui
        return {"provider": ui.providerValue.text(), "provider_status": ui.providerStatusValue.text(),
                "message_id": ui.messageIdValue.text()}
