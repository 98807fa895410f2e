"""Reading one page ahead: the next read starts while the consumer works on the current page."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from incadea_desk.services.read_ahead import read_ahead


class Source:
    """Pages 0..count-1; each read waits until the test lets it finish."""

    def __init__(self, count: int, fail_at: int | None = None) -> None:
        self.count = count
        self.fail_at = fail_at
        self.log: list[str] = []
        self.closed = False
        self.reading = 0

    async def pages(self) -> AsyncIterator[int]:
        try:
            for index in range(self.count):
                self.log.append(f"read {index}")
                self.reading += 1
                await asyncio.sleep(0)
                self.reading -= 1
                if index == self.fail_at:
                    raise ConnectionError(f"page {index}")
                yield index
        finally:
            self.closed = True


async def test_pages_arrive_in_order_and_the_next_read_starts_before_the_work() -> None:
    source = Source(4)
    seen = []
    async for page in read_ahead(source.pages()):
        assert source.reading <= 1
        await asyncio.sleep(0)  # the consumer waits on something, e.g. Claire
        source.log.append(f"worked on {page}")
        seen.append(page)
    assert seen == [0, 1, 2, 3]
    # Each read was under way while the consumer worked on the page before it.
    for page in range(3):
        assert source.log.index(f"read {page + 1}") < source.log.index(f"worked on {page}")
    assert source.closed


async def test_a_failed_read_is_raised_after_the_pages_before_it() -> None:
    source = Source(5, fail_at=2)
    seen: list[int] = []

    async def consume() -> None:
        async for page in read_ahead(source.pages()):
            seen.append(page)

    with pytest.raises(ConnectionError, match="page 2"):
        await consume()
    assert seen == [0, 1]
    assert source.closed


async def test_stopping_early_cancels_the_read_in_flight_and_closes_the_source() -> None:
    source = Source(10)
    pages = read_ahead(source.pages())
    async for page in pages:
        if page == 1:
            break
    await pages.aclose()
    assert source.closed
    assert "read 3" not in source.log
