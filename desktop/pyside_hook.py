"""PySide6's ``__feature__`` import hook, switched off once Qt is loaded (issue 11).

PySide6 replaces ``builtins.__import__`` with a hook that serves ``from __feature__ import snake_case,
true_property`` (Qt for Python documentation, "The __feature__ import"). The hook runs Python code for
every ``import`` statement, and for every module first imported after PySide6 it reads the module's
whole source (``inspect.getsource``) to see whether the text "PySide6" occurs in it. Run from source,
that cost this app 60–90 ms and 6–7 MiB of cached source lines before its first paint.

The app uses neither feature (``tests/test_start_imports.py`` checks that none of its modules imports
``__feature__``), so :func:`drop_feature_hook` puts back the interpreter's own ``__import__``, which
PySide6 keeps as ``builtins.__orig_import__``. Nothing else changes: a module that PySide6's feature
table does not list gets the default selection (no feature), as every module of this app had before.
"""

from __future__ import annotations

import builtins


def drop_feature_hook() -> bool:
    """Restore the interpreter's ``__import__`` if PySide6's ``__feature__`` hook is installed.

    Call it after PySide6 is imported (importing PySide6 installs the hook). Safe to call again, and
    a no-op when the hook is not there (another Qt binding, or a PySide6 that no longer installs it).

    Returns:
        bool: ``True`` if the hook was removed by this call.
    """
    hook = getattr(builtins, "__feature_import__", None)
    original = getattr(builtins, "__orig_import__", None)
    if hook is None or original is None or builtins.__import__ is not hook:
        return False
    builtins.__import__ = original
    return True
