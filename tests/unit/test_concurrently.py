"""Calls awaited together fail as the first of them failed, and take the rest down."""

from __future__ import annotations

import asyncio

import pytest

from incadea_desk.concurrently import both, gather
from incadea_desk.errors import Unavailable


async def _after(ticks: int, value: int) -> int:
    for _ in range(ticks):
        await asyncio.sleep(0)
    return value


async def test_results_come_in_the_order_of_the_calls() -> None:
    assert await gather([_after(3, 1), _after(0, 2), _after(1, 3)]) == [1, 2, 3]
    assert await gather([]) == []


async def test_the_first_failure_is_raised_as_itself_and_cancels_the_rest() -> None:
    cancelled = asyncio.Event()

    async def slow() -> int:
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            cancelled.set()
            raise
        return 0

    async def fails() -> int:
        raise Unavailable("The DMS cannot be reached.", "dms")

    with pytest.raises(Unavailable) as raised:
        await gather([slow(), fails()])
    assert raised.value.system == "dms"
    assert cancelled.is_set()


async def test_both_keeps_the_two_types_apart() -> None:
    async def text() -> str:
        return "SO-1"

    number, count = await both(text(), _after(1, 7))
    assert (number, count) == ("SO-1", 7)
