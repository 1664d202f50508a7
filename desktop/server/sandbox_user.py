"""The sandbox user's well-known sign-in, and how an embedded service hands it out (design §5).

Every database the service creates is seeded with this user (:mod:`desktop.server.seed`). It is
not a secret of anybody's: it is the sandbox's fixed, documented sign-in. This module imports
nothing heavy, so the sandbox's child process can report it before the service has loaded.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: The sandbox user (role admin): the app's sandbox profile signs in as this user by itself.
SANDBOX_EMAIL = "sandbox@example.com"
#: The sandbox user's password (documented in the README; not a secret).
SANDBOX_PASSWORD = "sandbox"


@dataclass(frozen=True)
class SignInDetails:
    """How to sign in to an embedded server as its sandbox user (design §5).

    The password is the seed's well-known sandbox password, not a secret of the user's; it is
    still left out of ``repr`` so it never reaches a log line by accident.

    Attributes:
        base_url: the API's base URL, e.g. ``http://127.0.0.1:53211/api/cp/``.
        email: the sandbox user's e-mail address.
        password: the sandbox user's password.
    """

    base_url: str
    email: str
    password: str = field(repr=False)
