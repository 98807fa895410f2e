"""Reading one page ahead: the next page of a walk travels while the current one is worked on."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncGenerator, AsyncIterator
from typing import TypeVar

T = TypeVar("T")


async def read_ahead(pages: AsyncIterator[T]) -> AsyncGenerator[T, None]:
    """The items of ``pages`` in their order, with the read of the next one already
    started when an item is handed out.

    At most one read is in flight, and only after the previous one ended, so the
    source sees the same sequence of calls as a plain ``async for``. A failed read
    is raised where its item would have been handed out. When the consumer stops
    early, the read in flight is cancelled and the source closed.
    """

    async def next_page() -> T:
        return await anext(pages)

    pending: asyncio.Task[T] | None = asyncio.ensure_future(next_page())
    try:
        while pending is not None:
            try:
                page = await pending
            except StopAsyncIteration:
                pending = None
                return
            pending = asyncio.ensure_future(next_page())
            yield page
    finally:
        if pending is not None and not pending.done():
            pending.cancel()
            with contextlib.suppress(asyncio.CancelledError, StopAsyncIteration, Exception):
                await pending
        close = getattr(pages, "aclose", None)
        if close is not None:
            await close()
