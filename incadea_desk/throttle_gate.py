"""One pause for every request to a remote system after it said "too many requests".

A 429 with ``Retry-After`` is the server's word for the principal, not for the one
request that got it: Business Central counts and queues requests per user
(dev-itpro/administration/operational-limits-online.md). While one request of a
parallel walk waits out that pause, the others must not keep knocking, or each of
them earns a 429 of its own; so every request of the client waits at this gate
until the pause ends.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable


class ThrottleGate:
    """Closed until a moment the server named; requests wait at :meth:`passage`."""

    def __init__(
        self,
        *,
        clock: Callable[[], float] | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._clock = clock
        self._sleep = sleep
        self._open_at = 0.0

    def _now(self) -> float:
        return self._clock() if self._clock is not None else asyncio.get_running_loop().time()

    def close_for(self, seconds: float) -> None:
        """No request passes for ``seconds`` from now (a later pause already set stays)."""
        self._open_at = max(self._open_at, self._now() + seconds)

    async def passage(self) -> None:
        """Return once the gate is open; a pause set while waiting is waited out too."""
        while (wait := self._open_at - self._now()) > 0:
            await self._sleep(wait)
