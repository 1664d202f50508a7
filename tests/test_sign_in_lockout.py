"""The sign-in dialog shows the wait after too many failed passwords (issue 14, point 5), typed for real.

The dialog talks to the real service on loopback; its clock is moved instead of waiting.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from desktop.api import AccountClient, SignInRequired, SignInThrottled
from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD
from desktop.server.throttle import LOCKOUT, MAX_FAILURES
from desktop.views.formats import time_of_day
from desktop.views.sign_in_dialog import SignInDialog

LEFT = Qt.MouseButton.LeftButton


def press_sign_in(qtbot, dialog: SignInDialog, password: str) -> None:
    dialog.ui.passwordEdit.clear()
    qtbot.keyClicks(dialog.ui.passwordEdit, password)
    assert dialog.ui.signInButton.isEnabled()
    qtbot.mouseClick(dialog.ui.signInButton, LEFT)


def test_the_dialog_gives_the_wait_as_a_time_and_signs_in_after_it(qapp, qtbot, ops, server, clock):
    client = AccountClient(server.base_url, timeout=(2.0, 10.0))
    dialog = SignInDialog(ops, client, server_label="Sandbox")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.ui.emailEdit, SANDBOX_EMAIL)
    for n in range(MAX_FAILURES):
        press_sign_in(qtbot, dialog, f"wrong password {n}")
        qtbot.waitUntil(lambda: "refused" in dialog.message().lower(), timeout=10000)
    sent = datetime.now(UTC)
    press_sign_in(qtbot, dialog, SANDBOX_PASSWORD)
    qtbot.waitUntil(lambda: "too many failed sign-ins" in dialog.message().lower(), timeout=10000)
    message = dialog.message()
    minutes = int(LOCKOUT.total_seconds() // 60)
    assert f"Try again in {minutes} minutes, at " in message
    times = {time_of_day(sent + LOCKOUT + timedelta(seconds=s)) for s in (-1, 0, 1, 2)}
    assert any(f"at {when}." in message for when in times), (message, times)
    assert dialog.isVisible() and not client.signed_in

    clock.advance(seconds=LOCKOUT.total_seconds())  # the service's clock: the wait is over
    with qtbot.waitSignal(dialog.signed_in, timeout=10000) as signed_in:
        press_sign_in(qtbot, dialog, SANDBOX_PASSWORD)
    assert signed_in.args == [SANDBOX_EMAIL] and client.signed_in
    client.close()


def test_the_client_names_the_wait_on_its_clock(server):
    client = AccountClient(server.base_url, timeout=(2.0, 10.0))
    for n in range(MAX_FAILURES):
        try:
            client.sign_in(SANDBOX_EMAIL, f"wrong {n}")
        except SignInRequired:
            pass
    before = datetime.now(UTC)
    try:
        client.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
    except SignInThrottled as error:
        assert error.status == 429 and error.retry_at is not None
        assert before + LOCKOUT - timedelta(seconds=2) <= error.retry_at <= datetime.now(UTC) + LOCKOUT
    else:
        raise AssertionError("the right password was accepted during the wait")
    finally:
        client.close()
