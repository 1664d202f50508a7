"""What a validator made of a typed value: the value to save and what it changed (issue 12 point 5).

A ``check_*`` function of :mod:`desktop.domain.validators` returns a :class:`Normalised`: the value
that is stored and sent, and one :class:`Notice` for each change it made to the text as typed
(separators removed, letters upper-cased, a VAT prefix added, a trunk ``0`` removed…) or for a
fact the user should know before saving (a number that could not be confirmed for its country).
The views show the notices at the field, in the user's language, before Save; this module stays
Qt-free.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` as a source text of translation ``context`` for ``pyside6-lupdate``; return it unchanged.

    The domain stays Qt-free: this is a plain function that Qt's translation tools find by its name.
    """
    return text


class Notice(str):
    """One sentence in English that says what was changed; it *is* that text (a ``str``).

    ``template`` is the sentence with ``{name}`` placeholders and ``args`` their values, so a view
    can translate the template (``QCoreApplication.translate("Notice", notice.template)``) and fill
    it in again with :meth:`fill`.
    """

    template: str
    args: dict[str, str]

    def __new__(cls, template: str, **args: str) -> Notice:
        """Build the notice ``template.format(**args)``."""
        notice = super().__new__(cls, template.format(**args))
        notice.template = template
        notice.args = dict(args)
        return notice

    def fill(self, template: str) -> str:
        """``template`` (a translation of :attr:`template`) with this notice's values."""
        return template.format(**self.args)


@dataclass(frozen=True)
class Normalised:
    """A valid value in the form that is saved, and what was changed to get there.

    Attributes:
        value: the normalised value (validating it again returns it unchanged).
        notices: one sentence per change made to the text as typed, or per fact to know before
            saving; empty when the value was saved exactly as typed.
    """

    value: str
    notices: tuple[Notice, ...] = ()

    def with_notice(self, notice: Notice | None) -> Normalised:
        """This result with one more notice (none when ``notice`` is ``None``)."""
        return self if notice is None else Normalised(self.value, (*self.notices, notice))


#: A function that judges typed text and says what it changed (raises FieldError when invalid).
Checker = Callable[[str], Normalised]


def normalised(result: Any) -> Normalised:
    """A validator's answer as a :class:`Normalised`: plain validators return text, which has no notices."""
    return result if isinstance(result, Normalised) else Normalised(str(result))

