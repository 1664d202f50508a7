"""The billing-method widget against the real service: confirm, switch, the 30-day lock and its lifting."""

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.api import Conflict
from desktop.domain.billing import LOCK_PERIOD
from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD
from desktop.session import AccountSession
from desktop.views.billing import BillingMethodWidget
from desktop.views.formats import date_time

ROOT = Path(__file__).resolve().parent.parent


def make_widget(qtbot, ops, client, account, now=None):
    widget = BillingMethodWidget(ops, AccountSession(client))
    qtbot.addWidget(widget)
    widget.set_account(account, now)
    widget.resize(620, widget.sizeHint().height())
    widget.show()
    return widget


def fit(widget):
    widget.resize(620, widget.heightForWidth(620))
    return widget


def open_confirmation(qtbot, widget):
    assert widget.ui.switchButton.isEnabled()
    qtbot.mouseClick(widget.ui.switchButton, Qt.MouseButton.LeftButton)
    box = widget.confirmation
    assert box is not None and box.isVisible()
    return box


def confirm_button(box):
    return next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)


def switch_and_wait(qtbot, widget, screenshot=None):
    """Click the switch button, accept the confirmation and return (box text, new Account)."""
    box = open_confirmation(qtbot, widget)
    text = f"{box.text()} {box.informativeText()}"
    if screenshot is not None:
        screenshot(box, "billing_confirmation")
    with qtbot.waitSignal(widget.account_changed, timeout=10000) as blocker:
        qtbot.mouseClick(confirm_button(box), Qt.MouseButton.LeftButton)
    return text, blocker.args[0]


def unlock_billing(server):
    db_path = server.app.state.repository.path
    result = subprocess.run([sys.executable, "-m", "desktop.server.cli", "unlock-billing", "--db", str(db_path)],
                            cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_switch_locks_for_30_days_until_lifted(qtbot, ops, client, server, clock, screenshot):
    account = client.get_account().value
    assert account.billing_method == "per_channel" and account.billing_method_locked_until is None
    widget = make_widget(qtbot, ops, client, account, now=clock.now)
    assert widget.ui.methodValue.text() == "Per channel"
    assert widget.ui.switchButton.text() == "&Switch to per minute…"
    assert widget.ui.lockLabel.isHidden() and widget.ui.ruleLabel.isVisible()
    assert widget.ui.rateValue.text() == "$0.00030 per minute"
    screenshot(fit(widget), "billing_unlocked")

    text, switched = switch_and_wait(qtbot, widget, screenshot)
    assert "locked for 30 days" in text
    assert date_time(clock.now + LOCK_PERIOD) in text
    assert "$0.00030 per minute" in text

    assert client.get_account().value.billing_method == "per_minute"
    assert switched.billing_method == "per_minute"
    assert switched.billing_method_locked_until == clock.now + LOCK_PERIOD
    assert widget.ui.methodValue.text() == "Per minute"
    assert widget.ui.rateValue.text() == "$0.00030 per minute"
    assert widget.ui.lockLabel.isVisible() and widget.ui.ruleLabel.isHidden()
    assert widget.ui.lockLabel.text().startswith(
        f"<b>Locked until {date_time(switched.billing_method_locked_until)}.")
    assert "support" in widget.ui.lockLabel.text()
    assert not widget.ui.switchButton.isEnabled()
    screenshot(fit(widget), "billing_locked")

    with pytest.raises(Conflict) as refused:
        client.set_billing_method("per_channel")
    assert refused.value.code == "billing_method_locked"
    assert refused.value.locked_until == switched.billing_method_locked_until

    stale = make_widget(qtbot, ops, client, replace(switched, billing_method_locked_until=None))
    open_confirmation(qtbot, stale)
    qtbot.mouseClick(confirm_button(stale.confirmation), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not stale.busy, timeout=10000)
    message = stale.ui.messageLabel.text()
    assert message.startswith("The server refused the switch")
    assert date_time(switched.billing_method_locked_until) in message
    assert stale.ui.messageFrame.isVisible() and not stale.ui.switchButton.isEnabled()
    assert client.get_account().value.billing_method == "per_minute"
    screenshot(fit(stale), "billing_refused")

    unlock_billing(server)
    unlocked = client.get_account().value
    assert unlocked.billing_method_locked_until is None
    widget.set_account(unlocked, now=clock.now)
    assert widget.ui.switchButton.isEnabled() and widget.ui.lockLabel.isHidden()
    _, back = switch_and_wait(qtbot, widget)
    assert back.billing_method == "per_channel"
    assert client.get_account().value.billing_method == "per_channel"
    assert widget.ui.rateValue.isVisible() and not widget.ui.switchButton.isEnabled()


def test_switch_is_allowed_again_after_30_days(qtbot, ops, client, clock):
    switched = client.set_billing_method("per_minute")
    widget = make_widget(qtbot, ops, client, switched, now=clock.now)
    assert not widget.ui.switchButton.isEnabled()

    clock.advance(days=30)
    client.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)  # the 30-day refresh token has expired meanwhile
    widget.set_account(switched, now=clock.now)  # the lock ends exactly 30 days after the switch
    assert widget.ui.switchButton.isEnabled() and widget.ui.lockLabel.isHidden()
    assert client.get_account().value.billing_method_locked_until is None
    _, back = switch_and_wait(qtbot, widget)
    assert back.billing_method == "per_channel"
    assert back.billing_method_locked_until == clock.now + LOCK_PERIOD


def test_cancelling_the_confirmation_switches_nothing(qtbot, ops, client, clock):
    widget = make_widget(qtbot, ops, client, client.get_account().value, now=clock.now)
    box = open_confirmation(qtbot, widget)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert widget.confirmation is None and not widget.busy
    assert widget.ui.switchButton.isEnabled()
    assert client.get_account().value.billing_method == "per_channel"


def test_an_unreachable_server_is_reported_and_the_button_comes_back(qtbot, ops, client, server, clock):
    widget = make_widget(qtbot, ops, client, client.get_account().value, now=clock.now)
    server.stop()
    open_confirmation(qtbot, widget)
    qtbot.mouseClick(confirm_button(widget.confirmation), Qt.MouseButton.LeftButton)
    assert widget.busy and not widget.ui.switchButton.isEnabled()
    qtbot.waitUntil(lambda: not widget.busy, timeout=30000)
    assert widget.ui.messageLabel.text().startswith("The billing method was not switched. The server could not")
    assert widget.ui.switchButton.isEnabled()
    assert widget.ui.methodValue.text() == "Per channel"


def test_the_rule_and_both_rates_show_before_the_switch_is_pressed(qtbot, ops, client, clock, screenshot):
    account = client.get_account().value
    widget = make_widget(qtbot, ops, client, account, now=clock.now)
    assert widget.ui.channelRateValue.text() == "Not provided by the server"  # no packages shown yet
    channels = next(p for p in client.get_packages() if p.unit == "channel")
    widget.set_channel_rate(channels.cost)
    assert widget.confirmation is None, "nothing was pressed"
    assert widget.ui.channelRateCaption.text() == "Per-channel rate:"
    assert widget.ui.channelRateValue.isVisible() and widget.ui.channelRateValue.text() == "$2.50 per channel per month"
    assert widget.ui.rateValue.isVisible() and widget.ui.rateValue.text() == "$0.00030 per minute"
    assert widget.ui.channelRateCaption.buddy() is widget.ui.channelRateValue
    rule = widget.ui.ruleLabel
    assert rule.isVisible() and widget.ui.lockLabel.isHidden()
    assert rule.text() == ("The billing method can be switched once every 30 days: after a switch now, the next "
                           f"switch is possible from {date_time(clock.now + LOCK_PERIOD)}.")
    screenshot(fit(widget), "billing_rates_and_rule")

    switched = client.set_billing_method("per_minute")
    widget.set_account(switched, now=clock.now + LOCK_PERIOD / 2)  # the rates stay; the lock replaces the rule
    assert rule.isHidden() and widget.ui.lockLabel.isVisible()
    assert date_time(clock.now + LOCK_PERIOD) in widget.ui.lockLabel.text()
    assert widget.ui.channelRateValue.text() == "$2.50 per channel per month"
    assert widget.ui.rateValue.text() == "$0.00030 per minute"

    widget.set_account(replace(switched, per_minute_rate=None), now=clock.now + LOCK_PERIOD)
    assert rule.isVisible() and widget.ui.rateValue.text() == "Not provided by the server"


def test_the_switch_back_to_per_channel_names_the_channel_rate(qtbot, ops, client, clock):
    switched = client.set_billing_method("per_minute")
    widget = make_widget(qtbot, ops, client, switched, now=clock.now + LOCK_PERIOD)
    widget.set_channel_rate("2.50")
    box = open_confirmation(qtbot, widget)
    assert box.text() == "Switch the billing method to per channel?"
    assert "Channels will be billed at $2.50 per channel per month." in box.informativeText()
    assert "locked for 30 days" in box.informativeText()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert client.get_account().value.billing_method == "per_minute"
