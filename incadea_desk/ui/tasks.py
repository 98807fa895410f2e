"""The window's asyncio tasks: started from thin slots, tracked, cancelled on shutdown.

Every network action of the window runs as a task here (the habit Anki's
operations follow): a ``RemoteError`` or an ``InputError`` is the advisor's
business and becomes ``failed``, so no failure goes unseen; anything else (a
``ValueError`` from a validator included) is a bug that goes to the crash
handler. The runner keeps a reference to each task until it ends, which
asyncio needs to not collect it half-way.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import QObject, Signal

from incadea_desk.errors import InputError, RemoteError


async def _waited_for(coro: Coroutine[Any, Any, Any]) -> Any:
    """A foreground action: the advisor waits for its requests (their retries are said)."""
    # The services are imported after the window's first paint; an action needs them.
    from incadea_desk.services.events import advisor_waits

    with advisor_waits():
        return await coro


class TaskRunner(QObject):
    """Runs coroutines on the qasync loop on behalf of the window."""

    busy_changed = Signal(bool, str)
    """Whether a foreground action runs, and the label of the newest one."""
    failed_action = Signal(str, object)
    """A ``RemoteError`` or ``InputError`` the advisor should read, with the name of the
    task it ended (empty for an unnamed one)."""
    finished = Signal(str, bool)
    """A named task ended (after ``busy_changed``); False if it failed, was cancelled
    or returned False."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: set[asyncio.Task[Any]] = set()
        self._foreground: dict[asyncio.Task[Any], str] = {}
        self._names: dict[asyncio.Task[Any], str] = {}
        self._closing = False

    @property
    def busy(self) -> bool:
        return bool(self._foreground)

    @property
    def tasks(self) -> frozenset[asyncio.Task[Any]]:
        return frozenset(self._tasks)

    def run(
        self,
        coro: Coroutine[Any, Any, Any],
        *,
        label: str = "",
        name: str = "",
        background: bool = False,
    ) -> asyncio.Task[Any] | None:
        """Start ``coro``; a foreground task shows ``label`` as progress until it ends,
        and a task with a ``name`` reports ``finished`` when it has ended.

        Returns ``None`` (and closes the coroutine) once shutdown has begun.
        """
        if self._closing:
            coro.close()
            return None
        task = asyncio.ensure_future(coro if background else _waited_for(coro))
        self._tasks.add(task)
        if name:
            self._names[task] = name
        if not background:
            self._foreground[task] = label
            self.busy_changed.emit(True, label)
        task.add_done_callback(self._finished)
        return task

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if self._foreground.pop(task, None) is not None:
            labels = list(self._foreground.values())
            self.busy_changed.emit(bool(labels), labels[-1] if labels else "")
        name = self._names.pop(task, "")
        ok = False
        if not task.cancelled():
            error = task.exception()
            if error is None:
                ok = task.result() is not False
            elif isinstance(error, RemoteError | InputError):
                self.failed_action.emit(name, error)
            else:
                sys.excepthook(type(error), error, error.__traceback__)
        if name:
            self.finished.emit(name, ok)

    async def shutdown(self) -> None:
        """Cancel every task and wait until each has ended; no new task starts after this."""
        self._closing = True
        pending = [task for task in self._tasks if not task.done()]
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)
