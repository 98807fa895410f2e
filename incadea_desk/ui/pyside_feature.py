"""PySide6's look at every imported module, without reading its source into memory.

Once Qt is imported, PySide6 calls a hook after every import to note whether the new
module uses PySide6 (for its opt-in ``from __feature__ import snake_case``), and
answers that with ``inspect.getsource(module)``: every module imported afterwards is
read, decoded, split into lines and kept in ``linecache``. At the window's start
that is about 700 modules, some 80 ms of its start-up and 15 MB of source lines that
stay in memory (docs/benchmarks.md, "Start-up, before and after"). The same answer
comes from looking for the word in the file's bytes, which keeps nothing.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

MARKER = b"PySide6"


def _from_the_file(upstream: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return upstream(module)
        try:
            with open(path, "rb") as source:
                return MARKER in source.read()
        except OSError:
            # Not a file on disk (a zip, a frozen bundle): as PySide6 finds out.
            return upstream(module)

    uses_pyside.upstream = upstream  # type: ignore[attr-defined]
    return uses_pyside


def read_no_sources() -> None:
    """Make PySide6's import hook read the bytes of a module's file instead of its
    source lines; nothing changes where this PySide6 has no such hook. Idempotent."""
    import PySide6  # noqa: F401  (installs the hook)

    feature = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if upstream is None or hasattr(upstream, "upstream"):
        return
    feature._mod_uses_pyside = _from_the_file(upstream)  # type: ignore[union-attr]
