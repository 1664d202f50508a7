"""The account API client: one method per endpoint of design §2, on top of :class:`ApiSession`.

Paths live in :mod:`desktop.api.paths`; the JWT flow in :mod:`desktop.api.session`; deadline,
retries, redirects and trust store in :mod:`desktop.api.caller` and :mod:`desktop.api.transport`.
Every answer is parsed inside a guard: a 2xx whose JSON has another shape than the contract's
(``[]`` for an object, a missing or mistyped field) raises :class:`UnexpectedAnswer` naming the
endpoint, never ``TypeError``. A conditional PUT that was sent twice (its pooled connection was
reset, :mod:`desktop.api.caller`) and then meets a 412 whose ``current`` already holds every value
sent is a success: the first send was applied ("already applied", the rule of
:func:`desktop.domain.merge.three_way_merge` that the outbox uses too). A write-only password
cannot be compared, so a PUT carrying one never counts as already applied.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from desktop.api.answers import AnswerShapeError, decode_json, unexpected
from desktop.api.deadline import call_deadline
from desktop.api.errors import Conflict, NotFound, SignInRequired
from desktop.api.paths import Paths
from desktop.api.session import ApiSession
from desktop.api.versioned import Versioned
from desktop.domain.merge import three_way_merge
from desktop.domain.models import Account, Agreement, Customer, Package, Route, get_path, nest
from desktop.domain.packages import PackageOffer
from desktop.domain.smtp import SmtpSettings

if TYPE_CHECKING:  # loaded by the methods that parse them: not on the way to the first paint (issue 11)
    from desktop.api.results import CaughtEmail, EmailTestResult, KeptSms, SmsTestResult

T = TypeVar("T")

#: Keys the server accepts but never sends back.
WRITE_ONLY = frozenset({"password"})

__all__ = ["WRITE_ONLY", "AccountClient", "Versioned"]


class AccountClient(ApiSession):
    """Client of one account API server; see :class:`ApiSession` for the constructor.

    Every method raises a subclass of :class:`desktop.api.errors.ApiError` on failure.
    """

    def get_account(self) -> Versioned[Account]:
        """``GET setup/account``: the account and its ETag."""
        return self._versioned("GET", Paths.ACCOUNT, Account.from_json)

    def update_account(self, changes: dict[str, str], etag: str | None) -> Versioned[Account]:
        """``PUT setup/account`` with only the changed fields (flat dotted keys, e.g. ``contact.email``).

        Sends ``If-Match: <etag>`` when an ETag is known.

        Raises:
            ValidationFailed: 422, with ``fields`` keyed like ``changes``.
            Conflict: 412, the account changed on the server (``current`` holds its state).
        """
        return self._versioned("PUT", Paths.ACCOUNT, Account.from_json, etag=etag, json=nest(changes),
                               mine=changes)

    def set_billing_method(self, method: str) -> Account:
        """``PUT setup/account/billing-method``.

        Raises:
            Conflict: 409 ``billing_method_locked``, with ``locked_until``.
        """
        return _parse(Paths.BILLING_METHOD, Account.from_json,
                      self._json("PUT", Paths.BILLING_METHOD, json={"billing_method": method}))

    def get_packages(self) -> list[Package]:
        """``GET setup/account/package``: the packages applied to the account."""
        return _rows(Paths.PACKAGES, Package.from_json, self._json("GET", Paths.PACKAGES))

    def enable_call_recording(self) -> Package:
        """``POST setup/account/package`` ``{feature: call_recording}``: adds the chargeable package.

        Raises:
            Conflict: 409, call recording is already enabled.
        """
        return _parse(Paths.PACKAGES, Package.from_json,
                      self._json("POST", Paths.PACKAGES, json={"feature": "call_recording"}))

    def get_package_offers(self) -> list[PackageOffer]:
        """``GET setup/account/package/offer``: the packages that can be added, with their price."""
        return _rows(Paths.PACKAGE_OFFERS, PackageOffer.from_json, self._json("GET", Paths.PACKAGE_OFFERS))

    def disable_call_recording(self, package_id: int) -> None:
        """``DELETE setup/account/package/{id}`` of the call-recording package; every ingress route stops recording.

        A 404 after which the package is not on the account any more is success: it was removed
        already (e.g. by a first DELETE whose answer was lost), so disabling is idempotent here.

        Raises:
            Conflict: 409 ``not_removable``, the package is not the call-recording package.
            NotFound: 404 while the package is still listed (the server cannot remove it).
        """
        try:
            self._call("DELETE", Paths.package(package_id))
        except NotFound:
            if any(package.id == package_id for package in self.get_packages()):
                raise

    def get_agreement(self) -> Agreement:
        """``GET setup/account/agreement``: the platform's service agreement."""
        return _parse(Paths.AGREEMENT, Agreement.from_json, self._json("GET", Paths.AGREEMENT))

    def get_customers(self) -> list[Customer]:
        """``GET customer``: the carrier's own customers."""
        return _rows(Paths.CUSTOMERS, Customer.from_json, self._json("GET", Paths.CUSTOMERS))

    def get_routes(self, company_id: int | None = None) -> list[Route]:
        """``GET routing?company_id=N``: ingress routes (of one customer, or all)."""
        params = {"company_id": company_id} if company_id is not None else None
        return _rows(Paths.ROUTES, Route.from_json, self._json("GET", Paths.ROUTES, params=params))

    def set_route_recording(self, route_id: int, mode: str) -> Route:
        """``PUT routing/{id}`` ``{media: {call_recording: mode}}``.

        Raises:
            Conflict: 409, the account has no call-recording package yet.
            ValidationFailed: 422, an unknown mode.
        """
        body = {"media": {"call_recording": mode}}
        path = Paths.route(route_id)
        return _parse(path, Route.from_json, self._json("PUT", path, json=body))

    def get_smtp(self) -> Versioned[SmtpSettings]:
        """``GET setup/account/smtp``: the SMTP details (never the password) and their ETag."""
        return self._versioned("GET", Paths.SMTP, SmtpSettings.from_json)

    def update_smtp(self, changes: dict[str, str], etag: str | None, *, password: str | None = None
                    ) -> Versioned[SmtpSettings]:
        """``PUT setup/account/smtp`` with only the changed keys; ``password`` is write-only.

        Args:
            changes: changed keys among ``from_address``, ``username``, ``server``, ``sms_from``.
            etag: the ETag the edit was based on (sent as ``If-Match``), or ``None``.
            password: a new password, ``""`` to clear it, ``None`` to leave it unchanged (not sent).

        Raises:
            ValidationFailed: 422 with ``fields``.
            Conflict: 412, the settings changed on the server (``current`` holds its SmtpSettings).
        """
        body: dict[str, Any] = dict(changes)
        if password is not None:
            body["password"] = password
        return self._versioned("PUT", Paths.SMTP, SmtpSettings.from_json, etag=etag, json=body,
                               mine=body)

    def _versioned(self, method: str, path: str, parse: Callable[[dict[str, Any]], T], *,
                   etag: str | None = None, json: Any = None, mine: Mapping[str, str] | None = None
                   ) -> Versioned[T]:
        """A GET or a conditional PUT (``If-Match: etag``) of an editable resource, parsed with ``parse``.

        A 409/412 :class:`Conflict` gets ``current`` parsed with the same ``parse``, so a stale edit
        carries the server's state as the resource's own type. ``mine`` (the flat values sent)
        decides whether a resent PUT was already applied.
        """
        headers = {"If-Match": etag} if etag else {}
        with call_deadline(self.deadline) as call:
            try:
                response = self._call(method, path, headers=headers, json=json)
            except Conflict as conflict:
                current = conflict.body.get("current")
                try:
                    conflict.current = parse(current) if isinstance(current, dict) else None
                except (KeyError, ValueError, TypeError, AttributeError):
                    conflict.current = None
                if ((method, path) in call.resent and conflict.status == 412 and mine
                        and isinstance(current, dict) and conflict.current is not None
                        and _already_applied(mine, current)):
                    return Versioned(conflict.current, conflict.current_etag)
                raise
            return Versioned(_parse(path, parse, decode_json(response, path)), response.headers.get("ETag"))

    def test_email(self, to: str | None = None, *, settings: Mapping[str, str] | None = None,
                   password: str | None = None) -> EmailTestResult:
        """``POST setup/account/smtp/test-email``: the service sends a test with the saved settings.

        Args:
            to: the recipient (``None``: the From Address tested).
            settings: values to test instead of the saved ones (``from_address``, ``username``,
                ``server``), e.g. as typed before Save; the service judges them as a save and keeps
                the saved settings as they are.
            password: with ``settings``, a password to log in with (``""``: none; ``None``: the saved one).

        Returns:
            The outcome with the SMTP transcript; an SMTP failure is ``ok=False``, not an exception.

        Raises:
            ValidationFailed: 422, a setting the test needs is missing or invalid, or ``to`` is not an address.
            UnexpectedAnswer: the answer lacks a field or has one of the wrong type.
        """
        body: dict[str, Any] = {"to": to} if to else {}
        if settings is not None:
            body["settings"] = dict(settings) if password is None else {**settings, "password": password}
        answer = self._json("POST", Paths.TEST_EMAIL, json=body, deadline=self.long_deadline)
        from desktop.api.results import EmailTestResult

        return _parse(Paths.TEST_EMAIL, EmailTestResult.from_json, answer)

    def test_sms(self, to: str | None = None) -> SmsTestResult:
        """``POST setup/account/smtp/test-sms``: the provider's verdict on a test SMS.

        Raises:
            ValidationFailed: 422, no SMS From is saved, or ``to`` is not a phone number.
            UnexpectedAnswer: the answer lacks a field or has one of the wrong type.
        """
        body = {"to": to} if to else {}
        answer = self._json("POST", Paths.TEST_SMS, json=body)
        from desktop.api.results import SmsTestResult

        return _parse(Paths.TEST_SMS, SmsTestResult.from_json, answer)

    def get_sandbox_emails(self) -> list[CaughtEmail]:
        """``GET sandbox/outbox/email``: e-mails the sandbox's mail catcher received, newest first.

        Raises:
            NotFound: the server is not a sandbox.
            UnexpectedAnswer: a row lacks a field or has one of the wrong type.
        """
        answer = self._json("GET", Paths.SANDBOX_EMAIL_OUTBOX)
        from desktop.api.results import CaughtEmail

        return _rows(Paths.SANDBOX_EMAIL_OUTBOX, CaughtEmail.from_json, answer)

    def get_sandbox_sms(self) -> list[KeptSms]:
        """``GET sandbox/outbox/sms``: SMS messages the sandbox gateway recorded, newest first.

        Raises:
            NotFound: the server is not a sandbox.
            UnexpectedAnswer: a row lacks a field or has one of the wrong type.
        """
        answer = self._json("GET", Paths.SANDBOX_SMS_OUTBOX)
        from desktop.api.results import KeptSms

        return _rows(Paths.SANDBOX_SMS_OUTBOX, KeptSms.from_json, answer)

    def revoke_refresh_token(self) -> bool:
        """Sign Out on the server: ``POST auth/jwt/revoke`` with the refresh token (design §2), then forget both tokens.

        The tokens are forgotten whatever the answer (also when this raises).

        Returns:
            ``True`` when the server ended the refresh token (204), refused it as already unusable
            (401), or there was none; ``False`` when the server has no such endpoint (404): signing
            out was local only, the token stays valid there until it expires.

        Raises:
            Unreachable, ApiError: as for every request (the token may still be valid on the server).
        """
        with self._lock:
            refresh = self._refresh
        try:
            if refresh is None:
                return True
            self._raw("POST", Paths.REVOKE_TOKEN, headers={"Authorization": f"Bearer {refresh.token}"})
            return True
        except NotFound:
            return False
        except SignInRequired:
            return True
        finally:
            self.sign_out()


def _parse(path: str, parse: Callable[[Any], T], data: Any) -> T:
    """``parse(data)``, with any shape error of the answer to ``path`` raised as :class:`UnexpectedAnswer`."""
    if not isinstance(data, dict):
        raise unexpected(path)
    try:
        return parse(data)
    except AnswerShapeError as error:
        raise unexpected(path, detail=str(error)) from None
    except (KeyError, TypeError, ValueError, AttributeError):
        raise unexpected(path) from None


def _rows(path: str, parse: Callable[[Any], T], data: Any) -> list[T]:
    """Each object of a JSON list answered to ``path``, parsed (:class:`UnexpectedAnswer` for another shape)."""
    if not isinstance(data, list):
        raise unexpected(path)
    return [_parse(path, parse, row) for row in data]


def _already_applied(mine: Mapping[str, str], current: dict[str, Any]) -> bool:
    """Whether the server's ``current`` JSON already holds every value of ``mine`` (design §4's rule).

    The write-only ``password`` can never be seen on the server, so a PUT carrying one is never
    already applied (:func:`desktop.domain.merge.three_way_merge`'s ``write_only``).
    """
    theirs = {key: get_path(current, key) for key in mine}
    return three_way_merge({}, mine, theirs, write_only=WRITE_ONLY).applied
