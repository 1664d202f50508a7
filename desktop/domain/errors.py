"""The error raised by every validator in :mod:`desktop.domain`."""


class FieldError(ValueError):
    """A value that breaks a domain rule.

    ``str(error)`` is a plain-language message meant to be shown next to the field the value
    came from; it says what is wrong and what to type instead.
    """
