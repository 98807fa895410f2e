"""The sites of one importer share its DMS requests in turns: a free place goes to the next
waiting site, not to the site that queued the most requests first."""

from __future__ import annotations

import asyncio

from incadea_desk.fair_turns import FairTurns


async def _requests(turns: FairTurns, site: str, count: int, served: list[str]) -> None:
    async def one() -> None:
        async with turns.seat(site):
            served.append(site)
            await asyncio.sleep(0)

    await asyncio.gather(*(one() for _ in range(count)))


async def test_a_site_with_one_request_waits_for_one_turn_not_for_the_busy_site_queue() -> None:
    turns = FairTurns(1)
    served: list[str] = []
    busy = asyncio.create_task(_requests(turns, "busy", 10, served))
    await asyncio.sleep(0)  # the busy site has queued all ten
    await _requests(turns, "small", 1, served)
    await busy
    assert served.index("small") <= 2
    assert served.count("busy") == 10


async def test_no_more_than_the_limit_are_in_flight_across_sites() -> None:
    turns = FairTurns(2)
    inside, most = 0, 0

    async def request(site: str) -> None:
        nonlocal inside, most
        async with turns.seat(site):
            inside += 1
            most = max(most, inside)
            await asyncio.sleep(0)
            inside -= 1

    await asyncio.gather(*(request(f"site{n % 3}") for n in range(30)))
    assert most == 2
    assert inside == 0


async def test_a_cancelled_wait_gives_its_place_to_the_next_site() -> None:
    turns = FairTurns(1)
    first = turns.seat("a")
    await first.__aenter__()
    waiting = asyncio.create_task(turns.seat("b").__aenter__())
    await asyncio.sleep(0)
    waiting.cancel()
    await asyncio.sleep(0)
    served: list[str] = []
    later = asyncio.create_task(_requests(turns, "c", 1, served))
    await asyncio.sleep(0)
    await first.__aexit__(None, None, None)
    await asyncio.wait_for(later, 5)
    assert served == ["c"]
