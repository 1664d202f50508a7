"""What the window says about each network problem of issue 8: the real cause, never a permission."""

from datetime import UTC, datetime, timedelta

import pytest

from desktop.api.errors import (
    CertificateProblem,
    DeadlineExceeded,
    ForeignAnswer,
    PermissionDenied,
    Redirected,
    RetryLater,
    UnexpectedAnswer,
    Unreachable,
)
from desktop.views.formats import time_of_day
from desktop.views.messages import describe_error


@pytest.mark.parametrize("error, says, never", [
    (DeadlineExceeded("x", deadline=20, host="api.example.com"), ["api.example.com", "20 seconds"], ["refused"]),
    (CertificateProblem("x", kind="untrusted", issuer="Contoso Inspection CA", host="api.example.com"),
     ["not secure", "“Contoso Inspection CA”", "does not trust", "root certificate"], ["network connection"]),
    (CertificateProblem("x", kind="expired", issuer="R3", host="api.example.com"),
     ["expired", "date and time"], ["network connection"]),
    (CertificateProblem("x", kind="hostname", issuer=None, host="api.example.com"),
     ["another name", "an unknown issuer"], ["network connection"]),
    (Redirected("x", location="http://evil.example/api/", status=307), ["redirect to http://evil.example/api/",
                                                                        "Nothing was sent there"], []),
    (ForeignAnswer("x", kind="captive_portal", host="api.example.com", title="Guest Wi-Fi", status=200),
     ["sign-in page (“Guest Wi-Fi”)", "web browser"], ["may only", "permission", "view the account"]),
    (ForeignAnswer("x", kind="blocked", host="api.example.com", title="Access Denied", status=403),
     ["proxy or firewall", "api.example.com", "“Access Denied”"], ["may only", "permission", "view the account"]),
    (ForeignAnswer("x", kind="page", host="api.example.com", status=200), ["web page", "server address"], []),
    (UnexpectedAnswer("The answer had the wrong shape.", endpoint="setup/account", status=200),
     ["setup/account", "not what this app expects"], ["TypeError"]),
])
def test_each_network_problem_names_its_cause(error, says, never):
    text = describe_error(error)
    for part in says:
        assert part in text
    for part in never:
        assert part not in text


def test_retry_after_is_said_in_local_time(qapp):
    soon = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(minutes=3)
    text = describe_error(RetryLater("busy", retry_at=soon, status=503))
    assert f"asks to retry after {time_of_day(soon)}" in text
    if soon.astimezone().date() == datetime.now().astimezone().date():  # today: the time alone
        assert str(soon.astimezone().minute).zfill(2) in time_of_day(soon)
        assert str(soon.astimezone().year) not in time_of_day(soon)
    assert "asks to be tried again later" in describe_error(RetryLater("busy", status=429))


def test_network_problems_are_unreachable_so_edits_wait_in_the_outbox():
    # The account service gave no verdict: the window queues the edit and retries, as when offline.
    for error in (RetryLater("x"), Redirected("x"), ForeignAnswer("x", kind="blocked"),
                  CertificateProblem("x", kind="untrusted"), DeadlineExceeded("x", deadline=20)):
        assert isinstance(error, Unreachable)
    assert not isinstance(PermissionDenied("x", status=403), Unreachable)
