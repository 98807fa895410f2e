"""Keep importing: workorders changed in the DMS flow into Claire in the background.

The first run on a workstation (no watermark yet) starts from a look-back
window so the current workload arrives at once. Every later run walks what
changed since the watermark minus an overlap, ordered by (last modified, id),
because rows can share a timestamp and commit late. The next DMS page is read while
the current one is prepared and its Claire batches are in flight. Rows are deduplicated
by DMS number and last-modified time against the journal, imported in Claire batches
with bounded concurrency, and the watermark advances only over a prefix of fully
processed batches, so a crash or a failed batch leaves a gap the next run walks again;
a first sync walks slices of its span side by side (``sliced_walk``).

One bad row cannot stop a location. A row the DMS sends in a shape we cannot read,
and an appointment Claire refuses, go to the quarantine (``services/quarantine.py``):
the walk passes them, and every walk reads them again by their DMS number (Claire's
refusals after a growing wait) until they import. One wrong clock cannot freeze the
walk: the watermark never moves past the DMS's own clock plus a tolerance, so a row
stamped in the future is imported but not followed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from functools import partial

from incadea_desk.config import SyncSettings
from incadea_desk.errors import RemoteError
from incadea_desk.request_headers import lagging_reads_allowed
from incadea_desk.services.context import ServiceContext
from incadea_desk.services.events import SyncProgressEvent
from incadea_desk.services.first_keys import on_first_keys, pages_on_first_keys
from incadea_desk.services.gc_tuning import bulk_allocations
from incadea_desk.services.outcomes import SyncProgress, SyncReport
from incadea_desk.services.ports import ChangedPage, DmsWorkorder, WatermarkKeys
from incadea_desk.services.quarantine import Quarantine, backoff_for, refused_by_dms
from incadea_desk.services.read_ahead import read_ahead
from incadea_desk.services.sliced_walk import SlicedWalk
from incadea_desk.services.sync_batch import Batch, BatchImport, Lane, Walk, prefix_reached
from incadea_desk.services.wider_walks import WiderWalks
from incadea_desk.store import HeldEntry, StoreError

log = logging.getLogger(__name__)

DMS_PAGE_SIZE = 100


class KeepImporting:
    def __init__(
        self, context: ServiceContext, settings: SyncSettings, watermarks: WatermarkKeys
    ) -> None:
        self.watermark = watermarks.changes
        """The store's watermark row of the change walk."""
        self._dms = context.dms
        self._monitor = context.monitor
        self._claire = context.claire
        self._store = context.store
        self._audit = context.audit
        self._events = context.events
        self.settings = settings
        self.progress = SyncProgress()
        self._run_lock = asyncio.Lock()
        self._resumed = asyncio.Event()
        self._resumed.set()
        self._wake = asyncio.Event()
        self._watermark_lock = asyncio.Lock()
        self._backoff = backoff_for(settings)
        self.quarantine = Quarantine(context.store, context.events, self._retry_held)
        self._import = BatchImport(
            context.claire,
            context.store,
            context.audit,
            context.monitor,
            self.quarantine,
            settings,
            self._backoff,
        )
        self._wider = WiderWalks(context, settings, watermarks)
        self._slices = SlicedWalk(
            context.dms, context.store, settings, watermarks.changes, DMS_PAGE_SIZE
        )

    @property
    def clock(self) -> Callable[[], datetime]:
        return self._store.clock

    def pause(self) -> None:
        """Stop starting new batches (those in flight finish) until :meth:`resume`."""
        self._resumed.clear()
        self._set(state="paused")

    def resume(self) -> None:
        self._resumed.set()
        self._wake.set()
        self._set(state="running" if self._run_lock.locked() else "idle")

    @property
    def paused(self) -> bool:
        return not self._resumed.is_set()

    async def run_forever(self) -> None:
        """Run every ``interval_seconds`` until cancelled; survives failed runs."""
        try:
            while True:
                await self._resumed.wait()
                await self.run_once()
                await self._sleep_until_next()
        finally:
            self._set(state="stopped", next_run=None)

    async def _sleep_until_next(self) -> None:
        self._wake.clear()
        interval = self.settings.interval_seconds
        self._set(next_run=self.clock() + timedelta(seconds=interval))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), interval)

    async def run_once(self, *, reconcile: bool = False) -> SyncReport:
        """Walk once over everything changed since the watermark (minus the overlap), then
        over changed cars and customers, and reconcile when due (or ``reconcile``)."""
        async with self._run_lock:
            return await self._guarded(None, advance_watermark=True, reconcile=reconcile)

    async def walk(self, since: datetime, *, advance_watermark: bool = True) -> SyncReport:
        """Walk over everything changed since ``since``; with ``advance_watermark`` False
        the watermark stays where it is (a wider walk beside the regular ones)."""
        async with self._run_lock:
            return await self._guarded(since, advance_watermark=advance_watermark)

    async def _guarded(
        self, since: datetime | None, *, advance_watermark: bool, reconcile: bool = False
    ) -> SyncReport:
        started = self.clock()
        try:
            # The walk repeats every few minutes, so a replica a few seconds behind serves it.
            with bulk_allocations(), lagging_reads_allowed():
                return await self._walk(since, advance_watermark, reconcile=reconcile)
        except StoreError as failure:
            # The walk cannot record what it did; it stops where the watermark stands.
            log.info("sync: the store failed (%s)", failure.problem)
            self._set(state="paused" if self.paused else "idle", last_run=self.clock())
            return SyncReport(
                seen=0,
                imported=0,
                unchanged=0,
                failed=0,
                started_at=started,
                finished_at=self.clock(),
                since=since or started,
                watermark=self.progress.watermark,
                error=failure.sentence,
                error_code="store",
            )

    async def _since_watermark(self, started: datetime) -> tuple[datetime, datetime | None]:
        """Where a regular walk starts (the watermark minus the overlap), and the watermark."""
        watermark = await self._store.watermarks.get(self.watermark)
        if watermark is None:
            return started - timedelta(days=self.settings.lookback_days), None
        return watermark - timedelta(minutes=self.settings.overlap_minutes), watermark

    async def _bring_back(self, run: Walk) -> None:
        """A watermark past the DMS's clock would freeze every later walk: bring it back."""
        stored = await self._store.watermarks.get(self.watermark)
        limit = self._limit(run)
        if stored is not None and stored > limit:
            log.warning("sync: the watermark lay past the DMS's clock; brought back to it")
            await self._store.watermarks.set(self.watermark, limit)

    async def _walk(
        self, start: datetime | None, advance_watermark: bool, *, reconcile: bool = False
    ) -> SyncReport:
        started = self.clock()
        if start is None:
            since, watermark = await self._since_watermark(started)
        else:
            since, watermark = start, await self._store.watermarks.get(self.watermark)
        run = Walk(since=since, advance_watermark=advance_watermark)
        await self.quarantine.count()
        self._set(
            state="paused" if self.paused else "running",
            seen=0,
            imported=0,
            unchanged=0,
            failed=0,
            watermark=watermark,
            next_run=None,
        )
        error: RemoteError | None = None
        sliced = False
        try:
            # Only the regular walk keeps a plan of slices: it owns the watermark.
            if start is None and (plan := await self._slices.lanes_for(since, started)):
                sliced, (run.since, run.lanes) = True, plan
                await self._slices.walk(run, self._take_page, partial(self._after_page, run))
            else:
                await self._walk_serially(run)
            await self._read_held_again(run, await self._store.quarantine.due(self.clock()))
        except RemoteError as failure:
            error = failure
            self._monitor.failed(failure)
        finally:
            await self._settle(run)
        if error is None and advance_watermark:
            if not any(lane.batches for lane in run.lanes) and watermark is None:
                await self._store.watermarks.advance(self.watermark, run.since)
            await self._bring_back(run)
        if error is None and sliced:
            await self._slices.finish(run.lanes)
        # The walks over changed cars and customers and the reconciliation follow a
        # regular walk; the change walk's watermark stays where it is.
        wider = None
        if error is None and advance_watermark:
            wider = await self._wider.after(self.clock(), reconcile=reconcile)
        report = await self._finish(run, started, error)
        return wider.joined(report) if wider is not None else report

    async def _walk_serially(self, run: Walk) -> None:
        changed = self._dms.changed_since(run.since, page_size=DMS_PAGE_SIZE)
        pages = read_ahead(pages_on_first_keys(self._store.journal, changed))
        try:
            # The next DMS page travels while this one's batches are prepared and sent.
            async for page in pages:
                await self._take_page(run, page, moves_watermark=True)
                self._report(run)
        finally:
            await pages.aclose()

    async def _after_page(self, run: Walk) -> None:
        self._report(run)
        await self._advance(run)

    async def _settle(self, run: Walk) -> None:
        pending = list(run.running)
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)

    async def _finish(self, run: Walk, started: datetime, error: RemoteError | None) -> SyncReport:
        finished = self.clock()
        final_watermark = await self._store.watermarks.get(self.watermark)
        report = SyncReport(
            seen=run.seen,
            imported=run.imported,
            unchanged=run.unchanged,
            failed=run.failed,
            started_at=started,
            finished_at=finished,
            since=run.since,
            watermark=final_watermark,
            error=error.user_message if error else run.store_error,
            error_code=error.sentence_code if error else ("store" if run.store_error else None),
            held=run.held,
            quarantined=await self.quarantine.count(),
            released=run.released,
            future=run.future,
        )
        if error is None:
            self._monitor.reachable("dms")
        await self._audit.record(
            "sync",
            "complete" if report.complete else "incomplete",
            detail=f"seen={report.seen} imported={report.imported} "
            f"unchanged={report.unchanged} failed={report.failed} held={report.held} "
            f"future={report.future}",
            actor="sync",
        )
        self._set(
            state="paused" if self.paused else "idle",
            seen=run.seen,
            imported=run.imported,
            unchanged=run.unchanged,
            failed=run.failed,
            last_run=finished,
            watermark=final_watermark,
            unreachable=error.system if error is not None else None,
        )
        return report

    async def _take_page(
        self, run: Walk, page: ChangedPage, *, moves_watermark: bool, lane: Lane | None = None
    ) -> None:
        """Hold the page's refused rows, then dispatch its good rows in Claire batches
        (in ``lane``; the walk's last one if not given)."""
        lane = lane if lane is not None else run.lanes[-1]
        run.seen += len(page.rows) + len(page.refused)
        run.dms_now = page.dms_now or run.dms_now
        limit = self._limit(run)
        for hit in page.rows:
            run.read_keys.add(hit.workorder.appointment.dms_number)
            if hit.last_modified > limit:
                await self._flag_future(run, hit)
        for start in range(0, len(page.rows), self.settings.batch_size):
            await self._dispatch(
                run, page.rows[start : start + self.settings.batch_size], moves_watermark, lane
            )
        if page.refused:
            run.read_keys.update(row.dms_number for row in page.refused)
            run.held += len(page.refused)
            for row in page.refused:
                log.info(
                    "sync: %s held, the DMS row cannot be read (%s, %s)",
                    row.dms_number,
                    row.field,
                    row.reason_code,
                )
            await self.quarantine.hold([refused_by_dms(row) for row in page.refused], self._backoff)
            stamps = [row.last_modified for row in page.refused if row.last_modified is not None]
            newest = max(stamps) if stamps and moves_watermark else None
            # Held rows are processed as far as the watermark is concerned.
            lane.batches.append(Batch(items=[], newest=newest, done=True, ok=True))
            await self._advance(run)

    async def _read_held_again(self, run: Walk, held: Sequence[HeldEntry]) -> None:
        """Read the held workorders this walk did not meet again, and import them."""
        keys = [
            entry.record.dms_number
            for entry in held
            if entry.record.dms_number not in run.read_keys
            and entry.record.entity_id not in run.read_keys
        ]
        if not keys:
            return
        page = await self._dms.reread(keys)
        page = replace(page, rows=await on_first_keys(self._store.journal, page.rows))
        found = {hit.workorder.appointment.dms_number for hit in page.rows}
        found |= {hit.entity_id for hit in page.rows}
        found |= {row.dms_number for row in page.refused}
        found |= {row.entity_id for row in page.refused if row.entity_id is not None}
        # Gone from the DMS (deleted, renumbered): nothing is left to import.
        gone = [
            entry.record.dms_number
            for entry in held
            if entry.record.dms_number in keys
            and entry.record.dms_number not in found
            and entry.record.entity_id not in found
        ]
        if gone:
            log.info("sync: %s held workorders are gone from the DMS", len(gone))
            await self.quarantine.release(gone)
        await self._take_page(run, page, moves_watermark=False)

    async def _retry_held(self, entries: Sequence[HeldEntry]) -> None:
        """The quarantine's *retry*: read these again now and import them."""
        async with self._run_lock:
            run = Walk(since=self.clock(), advance_watermark=False)
            try:
                await self._read_held_again(run, entries)
            finally:
                await self._settle(run)

    def _limit(self, run: Walk) -> datetime:
        """How far the watermark may go: the DMS's clock (ours, if it did not say) plus
        the tolerance."""
        now = run.dms_now or self.clock()
        return now + timedelta(seconds=self.settings.clock_tolerance_seconds)

    async def _flag_future(self, run: Walk, hit: DmsWorkorder) -> None:
        run.future += 1
        appointment = hit.workorder.appointment
        log.warning(
            "sync: %s is stamped %s, later than the DMS's clock; imported, the watermark "
            "does not follow it",
            appointment.dms_number,
            hit.last_modified.isoformat(),
        )
        await self._audit.record(
            "sync",
            "stamped_in_future",
            dms_number=appointment.dms_number,
            wo_number=appointment.wo_number,
            detail=f"last_modified={hit.last_modified.isoformat()}",
            actor="sync",
        )

    async def _dispatch(
        self, run: Walk, items: list[DmsWorkorder], moves_watermark: bool, lane: Lane
    ) -> None:
        await self._resumed.wait()
        # A workorder changed again during the walk: its older version must land first.
        numbers = [hit.workorder.appointment.dms_number for hit in items]
        earlier = {run.in_flight[number] for number in numbers if number in run.in_flight}
        if earlier:
            await asyncio.gather(*earlier, return_exceptions=True)
        while len(run.running) >= self.settings.concurrency:
            await asyncio.wait(run.running, return_when=asyncio.FIRST_COMPLETED)
        newest = max(hit.last_modified for hit in items) if moves_watermark else None
        batch = Batch(items=items, newest=newest)
        lane.batches.append(batch)
        task = asyncio.create_task(self._process(run, batch))
        run.running.add(task)
        for number in numbers:
            run.in_flight[number] = task

        def finished(done: asyncio.Task[None]) -> None:
            run.running.discard(done)
            for number in numbers:
                if run.in_flight.get(number) is done:
                    del run.in_flight[number]

        task.add_done_callback(finished)

    async def _process(self, run: Walk, batch: Batch) -> None:
        try:
            batch.ok = await self._import(run, batch.items)
        except StoreError as failure:
            run.failed += len(batch.items)
            log.info("sync: a batch of %s not recorded (%s)", len(batch.items), failure.problem)
            run.store_error = failure.sentence
        except Exception:
            # A defect, not an outage: keep the watermark before this batch and say so.
            run.failed += len(batch.items)
            log.exception("sync: a batch of %s failed unexpectedly", len(batch.items))
        finally:
            batch.done = True
            batch.items = []
        try:
            await self._advance(run)
        except StoreError as failure:
            log.info("sync: watermark not moved (%s)", failure.problem)
            run.store_error = failure.sentence
        self._report(run)

    async def _advance(self, run: Walk) -> None:
        """Move the watermark over the batches that, from the first on, all succeeded (in
        slice order), never past the DMS's clock plus the tolerance; note each slice's
        progress in the plan."""
        if not run.advance_watermark:
            return
        async with self._watermark_lock:
            for lane in run.lanes:
                lane.settle()
            newest = prefix_reached(run.lanes)
            if newest is not None and newest != run.noted:
                run.noted = newest
                stored = await self._store.watermarks.advance(
                    self.watermark, min(newest, self._limit(run))
                )
                self._set(watermark=stored)
            await self._slices.note(run.lanes)

    def _report(self, run: Walk) -> None:
        self._set(seen=run.seen, imported=run.imported, unchanged=run.unchanged, failed=run.failed)

    def _set(self, **changes: object) -> None:
        self.progress = replace(self.progress, **changes)  # type: ignore[arg-type]
        self._events.publish(SyncProgressEvent(self.progress))
