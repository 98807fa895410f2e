"""Several calls awaited at once, failing the way the first of them failed.

``asyncio.TaskGroup`` wraps failures in an exception group; the callers here want
the error itself (a ``RemoteError`` kind, usually), so the first one is raised as
it is, and the others' tasks are cancelled by the group.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Iterable
from typing import Any, TypeVar

A = TypeVar("A")
B = TypeVar("B")
T = TypeVar("T")


async def gather(calls: Iterable[Awaitable[T]]) -> list[T]:
    """The results of ``calls`` in their order, awaited concurrently; the first failure
    cancels the rest and is raised as itself, not wrapped in an exception group."""
    pending = list(calls)
    if not pending:
        return []
    if len(pending) == 1:
        # One call needs no task of its own, nor the two turns of the event loop (behind
        # whatever the window paints) that starting and finishing one take.
        return [await pending[0]]
    try:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(_awaited(call)) for call in pending]
    except BaseExceptionGroup as errors:
        raise errors.exceptions[0] from None
    return [task.result() for task in tasks]


async def both(first: Awaitable[A], second: Awaitable[B]) -> tuple[A, B]:
    """Two calls of different types awaited concurrently, as :func:`gather` does."""
    results: list[Any] = await gather([first, second])
    return results[0], results[1]


async def _awaited(call: Awaitable[T]) -> T:
    return await call
