"""A package's front door loaded on first use (PEP 562), one mechanism for three packages.

:mod:`desktop.api`, :mod:`desktop.store` and :mod:`desktop.server` use it (issue 11, "instant start").

A package lists where each public name lives and installs the two module functions this returns::

    __getattr__, __dir__ = lazy_exports(__all__, {"Name": "package.module", ...}, globals())

Importing the package then loads none of those modules; the first ``package.Name`` (or
``from package import Name``) imports ``package.module`` and keeps the value in the package's
namespace, so later look-ups never reach ``__getattr__`` again. Standard library only, Qt-free.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from typing import Any


def lazy_exports(names: Iterable[str], homes: Mapping[str, str], namespace: dict[str, Any]
                 ) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of a package whose public names load on first use (PEP 562).

    Args:
        names: the package's public names (its ``__all__``), for ``dir()``.
        homes: each public name's module, by absolute module name.
        namespace: the package's ``globals()``; a loaded name is stored there.

    Returns:
        ``(__getattr__, __dir__)``. ``__getattr__`` raises ``AttributeError`` for a name not in
        ``homes`` (and whatever importing its module raises).
    """
    public = tuple(names)
    package = namespace.get("__name__", "?")

    def __getattr__(name: str) -> Any:  # noqa: N807 - the module-level hook's own name
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(home), name)
        namespace[name] = value  # later look-ups skip this function
        return value

    def __dir__() -> list[str]:  # noqa: N807 - the module-level hook's own name
        return sorted({*namespace, *public})

    return __getattr__, __dir__
