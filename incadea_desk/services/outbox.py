"""The outbox drain: send the corrections that could not reach the DMS, also after a restart.

Each item is retried with its own exponential backoff (with jitter). An item
is removed only after the DMS holds the value (or already holds as much), so
a crash between the write and the removal leads to a re-read that finds the
value written and sends nothing twice.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime

from incadea_desk.errors import NotFound, Refused, RemoteError
from incadea_desk.services.backoff import BASE_DELAY, MAX_DELAY, backoff
from incadea_desk.services.context import ServiceContext
from incadea_desk.services.events import MileageOutcomeEvent, OutboxChanged
from incadea_desk.services.mileage import MILEAGE_KIND, NOT_NOW, MileageService
from incadea_desk.store import OutboxItem

log = logging.getLogger(__name__)

__all__ = ["BASE_DELAY", "IDLE_POLL_SECONDS", "MAX_DELAY", "OutboxService", "backoff"]

IDLE_POLL_SECONDS = 300.0


class OutboxService:
    def __init__(self, context: ServiceContext, mileage: MileageService) -> None:
        self._mileage = mileage
        self._monitor = context.monitor
        self._store = context.store
        self._audit = context.audit
        self._events = context.events
        self._wake = asyncio.Event()
        self._drain_lock = asyncio.Lock()
        context.events.subscribe(self._on_event)

    def _on_event(self, event: object) -> None:
        if isinstance(event, OutboxChanged) and event.pending:
            self._wake.set()

    async def pending(self) -> list[OutboxItem]:
        """Every item that waits, oldest first (held ones included)."""
        return await self._store.outbox.all()

    async def count(self) -> int:
        return await self._store.outbox.count()

    async def drain(self, *, due_only: bool = True) -> int:
        """Try every item that is due (or every pending item); return how many the DMS now has."""
        async with self._drain_lock:
            items = await self._store.outbox.due()
            if not due_only:
                items = [i for i in await self._store.outbox.all() if i.state == "pending"]
            sent = 0
            for item in items:
                if item.key in self._mileage.in_flight:
                    continue  # the advisor's own attempt is still on its way
                if await self._send(item):
                    sent += 1
            if items:
                self._events.publish(OutboxChanged(await self._store.outbox.count()))
            return sent

    async def _send(self, item: OutboxItem) -> bool:
        if item.kind != MILEAGE_KIND or item.payload is None:
            await self._store.outbox.hold(item, "unknown_kind" if item.payload else "unreadable")
            return False
        km, confirmed = item.payload.km, item.payload.confirmed
        try:
            with self._monitor.watch("dms"):
                outcome = await self._mileage.write(item.key, km, confirmed)
        except NOT_NOW as error:
            attempts = item.attempts + 1
            await self._store.outbox.reschedule(
                item, self._store.clock() + backoff(attempts), type(error).__name__
            )
            log.info("outbox: item %s not sent (%s), attempt %s", item.id, error.code, attempts)
            return False
        except (NotFound, Refused) as error:
            await self._store.outbox.hold(item, error.code or type(error).__name__)
            await self._audit.record(
                "mileage", "held", dms_number=item.key, detail=f"code={error.code}", actor="outbox"
            )
            return False
        except RemoteError as error:
            await self._store.outbox.reschedule(
                item, self._store.clock() + backoff(item.attempts + 1), type(error).__name__
            )
            return False
        if outcome.outcome == "needs_confirmation":
            await self._store.outbox.hold(item, "needs_confirmation")
            await self._audit.record(
                "mileage", "held", dms_number=item.key, detail="needs_confirmation", actor="outbox"
            )
            self._events.publish(MileageOutcomeEvent(item.key, outcome))
            return False
        await self._store.outbox.complete(item)
        await self._audit.record(
            "mileage",
            outcome.outcome,
            dms_number=item.key,
            detail=f"before={outcome.dms_km_before} after={outcome.dms_km_after} new={km}",
            actor="outbox",
        )
        self._events.publish(MileageOutcomeEvent(item.key, outcome))
        return outcome.outcome == "written"

    async def run_forever(self) -> None:
        """Drain whenever an item is due or a new one arrives, until cancelled."""
        while True:
            self._wake.clear()
            await self.drain()
            await self._wait_for_next()

    async def _wait_for_next(self) -> None:
        items = [i for i in await self._store.outbox.all() if i.state == "pending"]
        timeout = IDLE_POLL_SECONDS
        if items:
            soonest = min(i.next_attempt_at for i in items)
            timeout = max(0.0, min(timeout, _seconds_until(soonest, self._store.clock())))
        try:
            await asyncio.wait_for(self._wake.wait(), timeout)
        except TimeoutError:
            return


def _seconds_until(moment: datetime, now: datetime) -> float:
    return (moment - now).total_seconds()
