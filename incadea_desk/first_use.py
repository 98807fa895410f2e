"""Names a package exports but imports on first use (PEP 562), so that importing the
package does not load what only some of its users need: the window is painted before
the domain's models and checks are imported, and the demo window never loads the
sandbox's loopback server."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def imported_on_first_use(
    namespace: dict[str, Any], sources: Mapping[str, str]
) -> Callable[[str], Any]:
    """The module ``__getattr__`` of the package whose globals are ``namespace``: a name
    of ``sources`` is imported from the module it names when first asked for, and kept
    in the package from then on."""

    def __getattr__(name: str) -> Any:
        module = sources.get(name)
        if module is None:
            raise AttributeError(f"module {namespace['__name__']!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        namespace[name] = value
        return value

    return __getattr__
