"""The billing method of the account: shown, switched after a confirmation, and its 30-day lock.

The rule (product.md, "General information"; design §3): once the method is switched it cannot be
switched again for 30 days (:data:`desktop.domain.billing.LOCK_PERIOD`); platform administrators
can lift the lock on the service side. The service is the authority: the widget shows the lock the
server reported (``billing_method_locked_until``) in the user's local time, and shows the server's
refusal (409 ``billing_method_locked``) with its date when the widget's state was out of date.
A switch needs the server now and is never queued offline (design §4): while the server cannot be
reached (:meth:`BillingMethodWidget.set_reachable`) the button is unavailable and the widget says why.
The switch is a transition of the account (it changes the account and its ETag), so it goes through
the window's :class:`~desktop.session.AccountSession` (:meth:`~desktop.session.AccountSession.switch_billing`).
Before the switch is pressed the widget shows both rates with their units (the per-channel rate is
the price of the account's channels package, :meth:`BillingMethodWidget.set_channel_rate`; the
per-minute rate is the account's) and the 30-day rule with the date from which a switch made now
could be undone, or, while locked, when the next switch is possible.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from desktop.api.errors import Conflict
from desktop.domain.billing import LOCK_PERIOD
from desktop.domain.models import Account
from desktop.forms.ui_billing_method import Ui_BillingMethodWidget
from desktop.ops import Ops
from desktop.session import AccountSession
from desktop.views.formats import date_time, format_rate
from desktop.views.messages import describe_error, style_notice
from desktop.views.package_prices import unit_text
from desktop.views.value_labels import set_value

#: The longest a QTimer can wait (about 24.8 days), in milliseconds.
_MAX_TIMER_MS = 2**31 - 1

UNREACHABLE_NOTE = QT_TRANSLATE_NOOP("BillingMethodWidget", "The server cannot be reached: switching the billing "
                                    "method needs the server now, so it is unavailable until a refresh reaches it.")
UNREACHABLE_TIP = QT_TRANSLATE_NOOP("BillingMethodWidget", "The server cannot be reached: switching the billing "
                                    "method needs the server now.")
LOCK_EXPLANATION = QT_TRANSLATE_NOOP("BillingMethodWidget", "The billing method can be switched once every 30 days. "
                                     "Platform administrators can lift the lock through technical support.")
#: Each billing method as shown (desktop.domain.billing's keys), and as a switch button and question name it.
METHOD_LABELS: dict[str, str] = {"per_channel": QT_TRANSLATE_NOOP("BillingMethodWidget", "Per channel"),
                                 "per_minute": QT_TRANSLATE_NOOP("BillingMethodWidget", "Per minute")}
SWITCH_BUTTONS: dict[str, str] = {"per_channel": QT_TRANSLATE_NOOP("BillingMethodWidget", "&Switch to per channel…"),
                                  "per_minute": QT_TRANSLATE_NOOP("BillingMethodWidget", "&Switch to per minute…")}
SWITCH_QUESTIONS: dict[str, str] = {
    "per_channel": QT_TRANSLATE_NOOP("BillingMethodWidget", "Switch the billing method to per channel?"),
    "per_minute": QT_TRANSLATE_NOOP("BillingMethodWidget", "Switch the billing method to per minute?")}
SWITCH_ANSWERS: dict[str, str] = {"per_channel": QT_TRANSLATE_NOOP("BillingMethodWidget", "Switch to per channel"),
                                  "per_minute": QT_TRANSLATE_NOOP("BillingMethodWidget", "Switch to per minute")}
translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return translate("BillingMethodWidget", text)


def other_method(method: str) -> str:
    """The billing method a switch from ``method`` leads to (``per_channel`` <-> ``per_minute``)."""
    return "per_channel" if method == "per_minute" else "per_minute"


class BillingMethodWidget(QWidget):
    """Shows the account's billing method and switches it after the user confirms the 30-day lock.

    Args:
        ops: the application's background runner; every request goes through it.
        session: the window's :class:`~desktop.session.AccountSession` (the switch goes through it).
        parent: the parent widget.

    Signals:
        account_changed(object): the :class:`Account` the server returned after a successful switch.
    """

    account_changed = Signal(object)

    def __init__(self, ops: Ops, session: AccountSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BillingMethodWidget()
        self.ui.setupUi(self)
        style_notice(self.ui.messageFrame)
        self._ops = ops
        self._session = session
        self._account: Account | None = None
        self._now: datetime | None = None
        self._channel_rate: str | None = None
        self._busy = False
        self._refused = False
        self._reachable = True
        self._tip = self.ui.switchButton.toolTip()
        self.confirmation: QMessageBox | None = None
        self._confirm_button: QPushButton | None = None
        self._lock_timer = QTimer(self)
        self._lock_timer.setSingleShot(True)
        self._connect_signals()
        self._show_message("")
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Say the form's and the widget's own text again when the app's language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._tip = self.ui.switchButton.toolTip()
            if not self._busy and not self._refused:
                self._show_message("" if self._reachable else _tr(UNREACHABLE_NOTE))
            self._render()
        super().changeEvent(event)

    def _connect_signals(self) -> None:
        self.ui.switchButton.clicked.connect(self._on_switch_button_clicked)
        self._lock_timer.timeout.connect(self._on_lock_timer_timeout)

    @property
    def account(self) -> Account | None:
        """The account shown, or ``None`` before :meth:`set_account`."""
        return self._account

    @property
    def busy(self) -> bool:
        """Whether a switch is being sent to the server."""
        return self._busy

    def set_account(self, account: Account, now: datetime | None = None) -> None:
        """Show ``account``; ``now`` (aware UTC, default: the current time) decides whether it is locked."""
        self._account = account
        self._now = now
        self._refused = False
        if not self._busy:  # a refresh during a switch keeps "Switching…" until the answer comes
            self._show_message("" if self._reachable else _tr(UNREACHABLE_NOTE))
        self._render()

    def set_channel_rate(self, cost: str | None) -> None:
        """Show ``cost`` (a decimal string, per channel per month; ``None``: not known) as the per-channel rate."""
        self._channel_rate = cost
        self._render()

    @property
    def reachable(self) -> bool:
        """Whether the last load reached the server (a switch needs it)."""
        return self._reachable

    def set_reachable(self, reachable: bool) -> None:
        """Say whether the server can be reached; while it cannot, the switch is unavailable with the reason."""
        if reachable == self._reachable:
            return
        self._reachable = reachable
        if not self._busy:
            if not reachable:
                self._show_message(_tr(UNREACHABLE_NOTE))
            elif self.ui.messageLabel.text() == _tr(UNREACHABLE_NOTE):
                self._show_message("")
        self._render()

    def is_locked(self) -> bool:
        """Whether the shown account's billing method is locked at the widget's ``now``."""
        until = self._account.billing_method_locked_until if self._account else None
        return until is not None and self._current_time() < until

    def _current_time(self) -> datetime:
        return self._now or datetime.now(UTC)

    def _render(self) -> None:
        account = self._account
        self._lock_timer.stop()
        if account is None:
            self.ui.methodValue.setText(translate("BillingMethodWidget", "Loading…"))
            for widget in (self.ui.rateCaption, self.ui.rateValue, self.ui.channelRateCaption,
                           self.ui.channelRateValue, self.ui.lockLabel, self.ui.ruleLabel):
                widget.hide()
            self.ui.switchButton.setEnabled(False)
            return
        method = account.billing_method
        self.ui.methodValue.setText(_tr(METHOD_LABELS[method]) if method in METHOD_LABELS else method)
        self._render_rates(account)
        self.ui.switchButton.setText(_tr(SWITCH_BUTTONS[other_method(method)]))
        locked = self.is_locked()
        if locked:
            until = account.billing_method_locked_until
            lock = translate("BillingMethodWidget", "<b>Locked until {time}.</b> {explanation}")
            self.ui.lockLabel.setText(lock.format(time=date_time(until), explanation=_tr(LOCK_EXPLANATION)))
            if self._now is None:  # re-check when the lock ends (in steps a QTimer can wait)
                remaining_ms = (until - datetime.now(UTC)).total_seconds() * 1000
                self._lock_timer.start(int(min(max(remaining_ms, 0) + 1000, _MAX_TIMER_MS)))
        self.ui.lockLabel.setVisible(locked)
        self.ui.ruleLabel.setVisible(not locked)
        if not locked:
            self.ui.ruleLabel.setText(self.tr(
                "The billing method can be switched once every 30 days: after a switch now, the next switch "
                "is possible from {date}.").format(date=date_time(self._current_time() + LOCK_PERIOD)))
        self.ui.switchButton.setEnabled(self._reachable and not (locked or self._busy or self._refused))
        self.ui.switchButton.setToolTip(self._tip if self._reachable else _tr(UNREACHABLE_TIP))

    def _render_rates(self, account: Account) -> None:
        """Both rates with their units, whichever method is in use (the user compares them before switching)."""
        missing = self.tr("Not provided by the server")
        for caption, value, rate, unit in (
                (self.ui.channelRateCaption, self.ui.channelRateValue, self._channel_rate, unit_text("channel", True)),
                (self.ui.rateCaption, self.ui.rateValue, account.per_minute_rate, unit_text("minute", False))):
            caption.show()
            value.show()
            set_value(value, f"{format_rate(rate, account.currency)} {unit}" if rate else missing)  # elides

    def _show_message(self, text: str, *, warning: bool = True) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageIcon.setVisible(warning)
        self.ui.messageFrame.setVisible(bool(text))

    # -- switching ---------------------------------------------------------------------------

    def _on_switch_button_clicked(self) -> None:
        if self._account is None or self._busy or self.is_locked() or not self._reachable:
            return
        self._ask_confirmation(other_method(self._account.billing_method))

    def _ask_confirmation(self, target: str) -> None:
        """Open the confirmation box (window-modal); the switch starts only when it is accepted."""
        account = self._account
        until = self._current_time() + LOCK_PERIOD
        box = QMessageBox(QMessageBox.Icon.Question, translate("BillingMethodWidget", "Switch billing method"),
                          _tr(SWITCH_QUESTIONS[target]), QMessageBox.StandardButton.NoButton, self)
        details = [translate("BillingMethodWidget", "Once switched, the billing method is locked for 30 days: you "
                             "cannot switch it again until {time}.").format(time=date_time(until))]
        if target == "per_minute" and account.per_minute_rate:
            details.append(translate("BillingMethodWidget", "Calls will be billed at {rate} per minute.").format(
                rate=format_rate(account.per_minute_rate, account.currency)))
        elif target == "per_channel" and self._channel_rate:
            details.append(self.tr("Channels will be billed at {rate} {unit}.").format(
                rate=format_rate(self._channel_rate, account.currency), unit=unit_text("channel", True)))
        box.setInformativeText(" ".join(details))
        self._confirm_button = box.addButton(_tr(SWITCH_ANSWERS[target]), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setProperty("cxdesk_target", target)
        box.finished.connect(self._on_confirmation_finished)
        self.confirmation = box
        box.open()

    def _on_confirmation_finished(self, _result: int) -> None:
        box, self.confirmation = self.confirmation, None
        if box is None:
            return
        accepted = box.clickedButton() is self._confirm_button
        target = box.property("cxdesk_target")
        box.deleteLater()
        if accepted and self._reachable:
            self._switch(target)

    def _switch(self, target: str) -> None:
        self._busy = True
        self._show_message(translate("BillingMethodWidget", "Switching the billing method…"), warning=False)
        self._render()
        session = self._session

        def switch_billing_method() -> Account:
            return session.switch_billing(target)

        self._ops.run(switch_billing_method, on_success=self._on_switch_succeeded, on_failure=self._on_switch_failed,
                      owner=self)

    def _on_switch_succeeded(self, account: Account) -> None:
        self._busy = False
        self.set_account(account)
        self.account_changed.emit(account)

    def _on_switch_failed(self, error: BaseException) -> None:
        self._busy = False
        if isinstance(error, Conflict) and error.code == "billing_method_locked":
            self._refused = True
            if error.locked_until:
                self._show_message(translate("BillingMethodWidget", "The server refused the switch: the billing method "
                                             "is locked until {time}. Platform administrators can lift the lock "
                                             "through technical support.").format(time=date_time(error.locked_until)))
            else:
                self._show_message(translate("BillingMethodWidget", "The server refused the switch: the billing method "
                                             "is locked for 30 days after the last switch. Platform administrators "
                                             "can lift the lock through technical support."))
        else:
            self._show_message(translate("BillingMethodWidget", "The billing method was not switched. {reason}").format(
                reason=describe_error(error)))
        self._render()

    def _on_lock_timer_timeout(self) -> None:
        self._render()
