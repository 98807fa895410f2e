"""A first sync, or a catch-up far behind, walked in slices side by side.

A serial walk waits for one DMS page after the other; against a Business Central
that serves a page of 100 orders in half a second, 100,000 orders take about nine
minutes. When the span is long and holds many rows, it is split into slices of
about equal rows (``services/slicing.py``), one per DMS request allowed in flight
(``sync.dms_concurrency``), and each slice is walked like a walk of its own, in
(last modified, id) order. The plan and each slice's progress are kept in the
store, so an interrupted first sync resumes every slice where it was and walks no
finished slice again. The watermark moves only over the finished prefix of the
slices (``sync_batch.prefix_reached``); the last slice has no end, so a change made
during the walk lands in it as it would in a serial walk. A throttled answer
pauses every slice (``throttle_gate``). The steady walk, a few minutes behind,
stays serial: it counts nothing and holds no plan.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime, timedelta
from typing import Protocol

from incadea_desk.config import SyncSettings
from incadea_desk.services.first_keys import pages_on_first_keys
from incadea_desk.services.ports import ChangedPage, DmsSource, SpanSource
from incadea_desk.services.read_ahead import read_ahead
from incadea_desk.services.slicing import balanced, parts_of
from incadea_desk.services.sync_batch import Lane, Walk
from incadea_desk.store import Store
from incadea_desk.store.slices import SliceState

log = logging.getLogger(__name__)

# A span shorter than this is a steady walk: it is not counted, and walks serially.
LONG_SPAN = timedelta(hours=1)
# Fewer rows than this many pages per slice: a serial walk is about as quick. Counting
# takes some 10 round trips; 4 pages for each of 5 slices are 20 in a serial walk,
# 4 + 10 in slices.
PAGES_PER_SLICE = 4


class TakePage(Protocol):
    async def __call__(
        self, run: Walk, page: ChangedPage, *, moves_watermark: bool, lane: Lane | None = None
    ) -> None: ...


class SlicedWalk:
    """The plan of one walk name in the store, and the walk over its slices."""

    def __init__(
        self, dms: DmsSource, store: Store, settings: SyncSettings, name: str, page_size: int
    ) -> None:
        self._source = dms if isinstance(dms, SpanSource) else None
        self._store = store
        self.settings = settings
        self._name = name
        self._page_size = page_size
        self._plan: dict[int, SliceState] = {}
        self._noted: dict[int, tuple[datetime | None, bool]] = {}

    async def lanes_for(self, since: datetime, now: datetime) -> tuple[datetime, list[Lane]] | None:
        """Where the walk starts and its lanes: the stored plan's, a new plan's when the
        span is long and crowded, or None for a serial walk."""
        if self._source is None:
            return None
        stored = await self._store.slices.get(self._name)
        if not stored:
            stored = await self._new_plan(since, now)
        if not stored:
            return None
        self._plan = {state.ordinal: state for state in stored}
        self._noted = {state.ordinal: (state.reached, state.done) for state in stored}
        lanes = [Lane(ordinal=s.ordinal, reached=s.reached, walked=s.done) for s in stored]
        return stored[0].start, lanes

    async def _new_plan(self, since: datetime, now: datetime) -> list[SliceState]:
        slices = self.settings.dms_concurrency
        dms = self._source
        if dms is None or slices < 2 or now - since < LONG_SPAN:
            return []
        total = await dms.count_changed(since, now)
        if total < slices * PAGES_PER_SLICE * self._page_size:
            return []
        parts = await parts_of(dms.count_changed, since, now, slices, total=total)
        spans = balanced(parts, slices)
        log.info("sync: %s changed workorders, walked in %s slices", total, len(spans))
        return await self._store.slices.plan(self._name, spans)

    async def walk(
        self, run: Walk, take_page: TakePage, after_page: Callable[[], Awaitable[None]]
    ) -> None:
        """Walk every unfinished slice at once; the first failure stops them all after
        the page each is on, and is raised."""
        failed = asyncio.Event()
        tasks = [
            asyncio.create_task(self._walk_lane(run, lane, take_page, after_page, failed))
            for lane in run.lanes
            if not lane.walked
        ]
        try:
            await asyncio.gather(*tasks)
        except BaseException:
            failed.set()
            await asyncio.gather(*tasks, return_exceptions=True)
            raise

    async def _walk_lane(
        self,
        run: Walk,
        lane: Lane,
        take_page: TakePage,
        after_page: Callable[[], Awaitable[None]],
        failed: asyncio.Event,
    ) -> None:
        source = self._source
        assert source is not None, "a plan is only made for a source of spans"
        state = self._plan[lane.ordinal or 0]
        begin = max(state.start, lane.reached) if lane.reached is not None else state.start
        changed = source.changed_between(begin, state.until, page_size=self._page_size)
        pages = read_ahead(pages_on_first_keys(self._store.journal, changed))
        try:
            async for page in pages:
                await take_page(run, page, moves_watermark=True, lane=lane)
                await after_page()
                if failed.is_set():
                    return
        except BaseException:
            failed.set()
            raise
        finally:
            await pages.aclose()
        lane.walked = True
        await after_page()

    async def note(self, lanes: Sequence[Lane]) -> None:
        """Keep in the plan how far each slice is processed, and which are finished."""
        for lane in lanes:
            if lane.ordinal is None:
                continue
            now = (lane.reached, lane.finished)
            if self._noted.get(lane.ordinal) != now:
                self._noted[lane.ordinal] = now
                await self._store.slices.mark(self._name, lane.ordinal, *now)

    async def finish(self, lanes: Sequence[Lane]) -> None:
        """Drop the plan once every slice is finished; a slice with a failed batch keeps
        it, and the next walk resumes that slice where it stopped."""
        if self._plan and all(lane.finished for lane in lanes):
            await self._store.slices.clear(self._name)
            self._plan, self._noted = {}, {}
