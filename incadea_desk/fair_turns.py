"""One request budget for the sites of a dealer group, shared in fair turns.

The site importer walks every site with one DMS user, and Business Central counts
requests and their concurrency per user (dev-itpro/administration/
operational-limits-online.md). So every site's requests pass one limit of requests in
flight (``sync.dms_concurrency``) and one 429 pause (``ThrottleGate``). A first-come
queue would hand the free places to the site that asks most often, and a site with
thousands of changes would keep a site with three waiting for minutes; here a free
place goes to the next waiting site in a ring (round robin per request), so each site
gets its turn whatever the others have queued.
"""

from __future__ import annotations

import asyncio
from collections import deque
from types import TracebackType

from incadea_desk.throttle_gate import ThrottleGate


class FairTurns:
    """At most ``limit`` requests in flight across all sites, handed out site by site."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.gate = ThrottleGate()
        """The one pause after a 429, for every site (the limit is the user's)."""
        self._busy = 0
        self._waiting: dict[str, deque[asyncio.Future[None]]] = {}
        self._ring: deque[str] = deque()

    def seat(self, site: str) -> Seat:
        """Where the requests of ``site`` wait for their turn."""
        return Seat(self, site)

    async def acquire(self, site: str) -> None:
        if self._busy < self.limit and not self._ring:
            self._busy += 1
            return
        place: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        queue = self._waiting.setdefault(site, deque())
        queue.append(place)
        if site not in self._ring:
            self._ring.append(site)
        try:
            await place
        except asyncio.CancelledError:
            if place.done() and not place.cancelled():
                self.release()  # handed over as the wait was cancelled: pass it on
            elif place in queue:
                queue.remove(place)
            raise

    def release(self) -> None:
        """Hand the freed place to the next site in the ring that waits, or keep it free."""
        while self._ring:
            site = self._ring.popleft()
            queue = self._waiting.get(site, deque())
            while queue and queue[0].done():
                queue.popleft()
            if not queue:
                continue
            queue.popleft().set_result(None)
            if any(not place.done() for place in queue):
                self._ring.append(site)
            return
        self._busy -= 1


class Seat:
    """One site's way through :class:`FairTurns`: ``async with seat`` around a request."""

    def __init__(self, turns: FairTurns, site: str) -> None:
        self._turns = turns
        self.site = site
        self.gate = turns.gate

    async def __aenter__(self) -> None:
        await self._turns.acquire(self.site)

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._turns.release()
