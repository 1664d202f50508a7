"""Every path of the account API in one place, to match against the platform's spec (``api-spec/v3``).

Paths are relative to the base URL ``<host>/api/cp/`` (design §2).
"""


class Paths:
    """Every path of the account API, relative to the base URL ``<host>/api/cp/``."""

    REFRESH_TOKEN = "auth/jwt/refresh"
    ACCESS_TOKEN = "auth/jwt"
    REVOKE_TOKEN = "auth/jwt/revoke"
    ACCOUNT = "setup/account"
    PACKAGES = "setup/account/package"
    PACKAGE_OFFERS = "setup/account/package/offer"
    BILLING_METHOD = "setup/account/billing-method"
    AGREEMENT = "setup/account/agreement"
    SMTP = "setup/account/smtp"
    TEST_EMAIL = "setup/account/smtp/test-email"
    TEST_SMS = "setup/account/smtp/test-sms"
    SANDBOX_EMAIL_OUTBOX = "sandbox/outbox/email"
    SANDBOX_SMS_OUTBOX = "sandbox/outbox/sms"
    CUSTOMERS = "customer"
    ROUTES = "routing"

    @staticmethod
    def package(package_id: int) -> str:
        """The path of one of the account's packages."""
        return f"setup/account/package/{int(package_id)}"

    @staticmethod
    def route(route_id: int) -> str:
        """The path of one ingress route."""
        return f"routing/{int(route_id)}"
