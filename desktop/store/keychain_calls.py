"""Keychain calls with a deadline, and what their failures mean (issue 8, point 8).

A keyring backend call can block for good: a Secret Service that is on the D-Bus but never answers
(a stopped or stuck ``gnome-keyring-daemon``, an unlock prompt nobody sees) leaves keyring waiting
in a blocking read without a timeout, and neither keyring nor jeepney offer one. So each call runs
on a daemon thread of its own and the caller waits at most :data:`KEYCHAIN_DEADLINE` seconds for
it. A call that overran is abandoned (a thread cannot be killed; being a daemon thread it never
keeps the app from quitting) and :class:`KeychainHung` is raised. While an abandoned call is still
blocked, later calls fail at once instead of piling up one more hung thread each; once it
returns (the keychain woke up), calls go through again.

:func:`classify` turns a backend's exception into one of the states the user is told about:
locked, no keychain, or refused (see :class:`Problem`); :data:`MESSAGES` words each state, and
:func:`unusable_reason` judges a backend that cannot keep a secret at all.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from desktop.domain.normalised import QT_TRANSLATE_NOOP, Notice

if TYPE_CHECKING:  # keyring loads with the first keychain call, on a worker (issue 11)
    from keyring.backend import KeyringBackend

T = TypeVar("T")

KEYCHAIN_DEADLINE = 3.0
"""Seconds a caller waits for one keychain operation (issue 8: "about 3 s")."""

NO_KEYCHAIN, LOCKED, HUNG, REFUSED = "no keychain", "locked", "not answering", "refused"
"""The states of :class:`Problem`. (Docstrings, not ``#:`` comments: ``pyside6-lupdate`` would give those to the
translators of the next translatable text.)"""

#: What the user is told when there is no keychain to keep tokens in. Like :data:`MESSAGES`, a template of
#: the ``Notice`` translation context: the views show it in the user's language
#: (``desktop.views.field_notices.translated``).
SESSION_ONLY_MESSAGE = QT_TRANSLATE_NOOP("Notice", "No keychain is available: you stay signed in for this session "
                                                   "only.")
#: What the user is told, by :class:`Problem` kind: templates of :func:`problem_notice`'s notices.
MESSAGES = {
    NO_KEYCHAIN: SESSION_ONLY_MESSAGE,
    LOCKED: QT_TRANSLATE_NOOP("Notice", "The keychain is locked: you stay signed in for this session only. "
                                        "Unlock the keychain and start the app again to stay signed in."),
    HUNG: QT_TRANSLATE_NOOP("Notice", "The keychain did not answer within {seconds} seconds: you stay signed in "
                                      "for this session only. If it asks for a password in another window, "
                                      "answer it and start the app again."),
    REFUSED: QT_TRANSLATE_NOOP("Notice", "The keychain refused to keep the sign-in token ({detail}): you stay "
                                         "signed in to this profile for this session only."),
}


class KeychainHung(Exception):
    """The keychain did not answer within the deadline (or an earlier call is still blocked)."""


@dataclass(frozen=True)
class Problem:
    """Why the keychain did not do what was asked.

    Attributes:
        kind: :data:`NO_KEYCHAIN`, :data:`LOCKED`, :data:`HUNG` or :data:`REFUSED`.
        detail: technical detail for the log and Help > Diagnostics (never a secret).
    """

    kind: str
    detail: str

    @property
    def global_(self) -> bool:
        """Whether it concerns the whole keychain (every profile), not one entry."""
        return self.kind != REFUSED


def unusable_reason(backend: KeyringBackend) -> str | None:
    """Why a keyring backend cannot keep a token safely across sessions, or ``None`` when it can.

    Refused: keyring's ``fail`` backend (none installed), its ``null`` backend (stores nothing), a
    chainer with no backend to chain, and ``keyrings.alt`` backends (they keep secrets in a file).
    A chainer is judged by the backend it writes to (its first one).
    """
    from keyring.backends import chainer, fail, null  # loaded by the keychain call that found ``backend``

    if isinstance(backend, fail.Keyring):
        return "no keychain backend is available"
    if isinstance(backend, null.Keyring):
        return "the null keyring stores nothing"
    if isinstance(backend, chainer.ChainerBackend):
        chained = list(backend.backends)
        return unusable_reason(chained[0]) if chained else "no keychain backend is available"
    if type(backend).__module__.startswith("keyrings.alt"):
        return f"{backend_label(backend)} would keep the token in a file"
    return None


def backend_label(backend: KeyringBackend) -> str:
    """A short name of a backend for diagnostics, e.g. ``macOS Keyring`` or ``fail Keyring``."""
    try:
        return str(backend.name)
    except Exception:  # a third-party backend's name property may fail
        return type(backend).__name__


def _names(error: BaseException) -> set[str]:
    return {cls.__name__ for cls in type(error).__mro__}


def classify(error: BaseException) -> Problem:
    """The state a keyring backend's exception means.

    ``KeyringLocked`` (keyring's Secret Service backend when the collection stays locked) and
    secretstorage's ``LockedException`` mean locked; ``InitError``/``NoKeyringError`` and D-Bus
    failures to reach the service (secretstorage's ``SecretServiceNotAvailableException``, jeepney's
    ``DBusErrorResponse`` for a missing service, a refused socket) mean no keychain; anything else
    is a refusal of this one entry (e.g. a credential too large for Windows Credential Manager).
    The classes are matched by name so that Linux-only modules are not imported elsewhere.
    """
    from keyring.errors import InitError, KeyringLocked, NoKeyringError  # loaded by the call that failed

    names = _names(error)
    detail = type(error).__name__
    if isinstance(error, KeyringLocked) or "LockedException" in names:
        return Problem(LOCKED, detail)
    if isinstance(error, (InitError, NoKeyringError)) or names & {
            "SecretServiceNotAvailableException", "DBusErrorResponse", "ConnectionRefusedError",
            "FileNotFoundError"}:
        return Problem(NO_KEYCHAIN, detail)
    return Problem(REFUSED, detail)


def problem_notice(problem: Problem, seconds: float) -> Notice:
    """What the user is told about ``problem``: a :class:`~desktop.domain.normalised.Notice` (English; translatable).

    Args:
        problem: what the keychain did.
        seconds: the deadline of one keychain operation, for :data:`HUNG`'s sentence.
    """
    return Notice(MESSAGES[problem.kind], seconds=f"{seconds:g}", detail=problem.detail)


class DeadlineRunner:
    """Runs keychain operations one at a time, each on a daemon thread, waiting at most ``seconds``.

    Args:
        seconds: the deadline of one operation (default :data:`KEYCHAIN_DEADLINE`).

    Operations are serialised (the backends are not all thread-safe, and an ordered write then
    delete must not be reordered). A caller first waits up to ``seconds`` for its turn, then up
    to ``seconds`` for its own operation, so it never waits more than twice the deadline.
    """

    def __init__(self, seconds: float = KEYCHAIN_DEADLINE) -> None:
        self.seconds = seconds
        self._turn = threading.Lock()
        self._hung: threading.Thread | None = None

    @property
    def hung(self) -> bool:
        """Whether an abandoned operation is still blocked in the keychain."""
        hung = self._hung
        return hung is not None and hung.is_alive()

    def call(self, operation: Callable[[], T]) -> T:
        """Run ``operation()`` on a daemon thread and return its result (or raise its exception).

        Raises:
            KeychainHung: it did not finish within the deadline (it is abandoned), an earlier one is
                still blocked, or the previous caller's turn did not end in time.
        """
        if not self._turn.acquire(timeout=self.seconds):
            raise KeychainHung("an earlier keychain call is still running")
        try:
            if self.hung:
                raise KeychainHung("an earlier keychain call is still blocked")
            outcome: dict[str, object] = {}
            done = threading.Event()

            def run() -> None:
                try:
                    outcome["result"] = operation()
                except BaseException as error:  # noqa: BLE001 - handed to the caller
                    outcome["error"] = error
                finally:
                    done.set()

            thread = threading.Thread(target=run, name="keychain-call", daemon=True)
            thread.start()
            if not done.wait(self.seconds):
                self._hung = thread
                raise KeychainHung(f"no answer within {self.seconds:g} s")
        finally:
            self._turn.release()
        if "error" in outcome:
            raise outcome["error"]  # type: ignore[misc]
        return outcome["result"]  # type: ignore[return-value]
