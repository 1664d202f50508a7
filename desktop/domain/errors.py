"""The error raised by every validator in :mod:`desktop.domain`."""

from __future__ import annotations


class FieldError(ValueError):
    """A value that breaks a domain rule.

    ``str(error)`` is a plain-language message in English meant to be shown next to the field the
    value came from; it says what is wrong and what to type instead. The account service answers
    with it (422) as it is.

    ``template`` is that message with ``{name}`` placeholders and ``values`` their values (``args``
    stays the exception's own tuple, ``(str(error),)``), so a view
    can translate the template (``QCoreApplication.translate("FieldError", error.template)``, the
    templates are marked with ``QT_TRANSLATE_NOOP("FieldError", …)``) and fill it in again with
    :meth:`fill`. An error built from a finished message (no values) has that message as its
    template and is never formatted, so braces in it stay as they are.
    """

    template: str
    values: dict[str, str]

    def __init__(self, template: str, **args: object) -> None:
        """The error ``template.format(**args)`` (``template`` itself when there are none)."""
        self.template = template
        self.values = {name: str(value) for name, value in args.items()}
        super().__init__(self.fill(template))

    def fill(self, template: str) -> str:
        """``template`` (a translation of :attr:`template`) with this error's values."""
        return template.format(**self.values) if self.values else template
