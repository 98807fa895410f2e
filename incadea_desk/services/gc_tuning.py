"""The garbage collector during a bulk walk: collect the young generation less often.

CPython collects its youngest generation each time the number of live container
objects (dicts, lists, models) has grown by 700 since the last collection, and
every tenth of those walks the next generation too. A keep-importing walk holds
a page or two of workorders and their Claire batches while it works, a few
thousand objects each, so at the default threshold it collects after almost
every page, and each collection walks the pages still held. Measured over a
10,000-workorder walk (docs/benchmarks.md): 2,300 collections took 0.9 s, a
sixth of the walk's CPU, and found next to no garbage, because almost
everything a walk makes is freed by reference counting the moment it is done
with.

While at least one walk runs, the threshold of the youngest generation is
:data:`BULK_THRESHOLD`; the last walk to end puts back what was there before. The
setting is the process's: it holds for every thread, the window's included,
which during a walk allocates far less than the walk does.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

BULK_THRESHOLD = 20_000
"""Net new container objects between two collections of the youngest generation
during a walk. It must sit above what a walk holds at once (the pages and batches
in flight), or every collection walks those again: over 10,000 workorders, 5,000
gave 196 collections (0.27 s), 10,000 gave 72 (0.28 s), 20,000 gave 4-7 (0.04 s).
What then waits for a collection is the little a walk leaves in reference cycles
(a retry loop's state per request: no bodies, see ``http.RemoteHttp``)."""

_lock = threading.Lock()
_walks = 0
_before: tuple[int, int, int] | None = None


@contextlib.contextmanager
def bulk_allocations() -> Iterator[None]:
    """Raise the youngest generation's threshold for the duration of the block.

    Blocks may nest and overlap (two walks, two threads): the threshold goes back
    when the last of them ends. A threshold already higher is left as it is.
    """
    global _walks, _before
    with _lock:
        if _walks == 0:
            _before = gc.get_threshold()
            young, *older = _before
            if young and young < BULK_THRESHOLD:
                gc.set_threshold(BULK_THRESHOLD, *older)
        _walks += 1
    try:
        yield
    finally:
        with _lock:
            _walks -= 1
            if _walks == 0 and _before is not None:
                gc.set_threshold(*_before)
                _before = None
