"""The walk over changed cars and customers: a new plate on the vehicle card or a new
mobile number on the customer card reaches Claire within one interval, although the
service order row itself did not change.

Each walk reads the vehicles and the customers changed since their own watermarks
(minus the overlap), then, in batches of ids, the workorders that refer to them
with an appointment from ``related_window_days`` ago on: the open and coming ones.
A workorder finished before that window is left as Claire holds it. Those whose
content differs from what Claire holds are imported; the two watermarks move only
when every one of them arrived.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime, timedelta

from incadea_desk.config import SyncSettings
from incadea_desk.services.ports import DmsChange, DmsSource
from incadea_desk.services.reimport import Reimporter, Tally
from incadea_desk.store import Store

CARS = "incadea.vehicles"
CUSTOMERS = "incadea.customers"


class RelatedChanges:
    def __init__(
        self, dms: DmsSource, store: Store, reimporter: Reimporter, settings: SyncSettings
    ) -> None:
        self._dms = dms
        self._store = store
        self._reimporter = reimporter
        self._settings = settings

    async def run(self, now: datetime, tally: Tally) -> None:
        """One walk; a ``RemoteError`` leaves both watermarks where they were."""
        cars_since = await self._since(CARS, now)
        customers_since = await self._since(CUSTOMERS, now)
        cars = await _all(self._dms.cars_changed_since(cars_since))
        customers = await _all(self._dms.customers_changed_since(customers_since))
        if cars or customers:
            hits = await self._dms.workorders_of(
                cars=[c.entity_id for c in cars],
                customers=[c.entity_id for c in customers],
                appointments_from=now - timedelta(days=self._settings.related_window_days),
            )
            await self._reimporter.by_content(hits, tally)
        if tally.failed:
            return
        quiet = now - self._overlap  # nothing changed: the next walk still looks back
        await self._store.watermarks.advance(CARS, _newest(cars, quiet))
        await self._store.watermarks.advance(CUSTOMERS, _newest(customers, quiet))

    @property
    def _overlap(self) -> timedelta:
        return timedelta(minutes=self._settings.overlap_minutes)

    async def _since(self, name: str, now: datetime) -> datetime:
        # A first walk starts now: the change walk's first run imported the workorders
        # with the cars and customers as they are.
        return (await self._store.watermarks.get(name) or now) - self._overlap


async def _all(pages: AsyncIterator[list[DmsChange]]) -> list[DmsChange]:
    changes: list[DmsChange] = []
    async for page in pages:
        changes += page
    return changes


def _newest(changes: list[DmsChange], floor: datetime) -> datetime:
    return max([floor, *(c.last_modified for c in changes)])
