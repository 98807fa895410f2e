"""Keep importing: workorders changed in the DMS flow into Claire in the background.

The first run on a workstation (no watermark yet) starts from a look-back
window so the current workload arrives at once. Every later run walks what
changed since the watermark minus an overlap, ordered by (last modified, id),
because rows can share a timestamp and commit late. The next DMS page is read
while the current one is prepared and its Claire batches are in flight. Rows are deduplicated by
DMS number and last-modified time against the journal, imported in Claire
batches with bounded concurrency, and the watermark advances only over a
prefix of fully processed batches, so a crash or a failed batch leaves a gap
that the next run walks again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from incadea_desk.claire import ClaireClient
from incadea_desk.config import SyncSettings
from incadea_desk.errors import RemoteError
from incadea_desk.services.audit import AuditLog
from incadea_desk.services.collector import bulk_allocations
from incadea_desk.services.connectivity import ConnectionMonitor
from incadea_desk.services.events import EventBus, SyncProgressEvent
from incadea_desk.services.first_keys import pages_on_first_keys
from incadea_desk.services.importing import PreparedImport, prepare
from incadea_desk.services.outcomes import SyncProgress, SyncReport
from incadea_desk.services.ports import DmsSource, DmsWorkorder
from incadea_desk.services.read_ahead import read_ahead
from incadea_desk.services.reimport import journal_record
from incadea_desk.services.wider_walks import WiderWalks
from incadea_desk.store import JournalRecord, Store, StoreError

log = logging.getLogger(__name__)

WATERMARK = "incadea.serviceOrders"
DMS_PAGE_SIZE = 100


@dataclass
class _Batch:
    items: list[DmsWorkorder]  # emptied once processed: a long walk holds no old pages
    newest: datetime
    done: bool = False
    ok: bool = False


@dataclass
class _Run:
    since: datetime
    batches: list[_Batch] = field(default_factory=list)
    advanced: int = 0
    seen_keys: dict[str, datetime] = field(default_factory=dict)
    # The batch each DMS number is in, while that batch runs.
    in_flight: dict[str, asyncio.Task[None]] = field(default_factory=dict)
    running: set[asyncio.Task[None]] = field(default_factory=set)
    seen: int = 0
    imported: int = 0
    unchanged: int = 0
    failed: int = 0
    store_error: str | None = None


class KeepImporting:
    def __init__(
        self,
        dms: DmsSource,
        claire: ClaireClient,
        store: Store,
        audit: AuditLog,
        events: EventBus,
        settings: SyncSettings,
        monitor: ConnectionMonitor,
    ) -> None:
        self._dms = dms
        self._monitor = monitor
        self._claire = claire
        self._store = store
        self._audit = audit
        self._events = events
        self.settings = settings
        self.progress = SyncProgress()
        self._run_lock = asyncio.Lock()
        self._resumed = asyncio.Event()
        self._resumed.set()
        self._wake = asyncio.Event()
        self._watermark_lock = asyncio.Lock()
        self._wider = WiderWalks(dms, claire, store, audit, settings, monitor)

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
            started = self.clock()
            try:
                with bulk_allocations():
                    return await self._run_once(reconcile=reconcile)
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
                    since=started,
                    watermark=self.progress.watermark,
                    error=failure.sentence,
                )

    async def _run_once(self, *, reconcile: bool = False) -> SyncReport:
        started = self.clock()
        watermark = await self._store.watermarks.get(WATERMARK)
        if watermark is None:
            since = started - timedelta(days=self.settings.lookback_days)
        else:
            since = watermark - timedelta(minutes=self.settings.overlap_minutes)
        run = _Run(since=since)
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
        changed = self._dms.changed_since(since, page_size=DMS_PAGE_SIZE)
        pages = read_ahead(pages_on_first_keys(self._store.journal, changed))
        try:
            # The next DMS page travels while this one's batches are prepared and sent.
            async for page in pages:
                run.seen += len(page)
                for start in range(0, len(page), self.settings.batch_size):
                    await self._dispatch(run, page[start : start + self.settings.batch_size])
                self._report(run)
        except RemoteError as failure:
            error = failure
            self._monitor.failed(failure)
        finally:
            await pages.aclose()
            pending = list(run.running)
            if pending:
                await asyncio.gather(*pending, return_exceptions=True)
        if error is None and not run.batches and watermark is None:
            await self._store.watermarks.advance(WATERMARK, since)
        # The walks over changed cars and customers and the reconciliation; the
        # change walk's watermark stays where it is.
        wider = (
            await self._wider.after(self.clock(), reconcile=reconcile) if error is None else None
        )
        finished = self.clock()
        final_watermark = await self._store.watermarks.get(WATERMARK)
        report = SyncReport(
            seen=run.seen,
            imported=run.imported,
            unchanged=run.unchanged,
            failed=run.failed,
            started_at=started,
            finished_at=finished,
            since=since,
            watermark=final_watermark,
            error=error.user_message if error else run.store_error,
        )
        if wider is not None:
            report = wider.joined(report)
        if error is None:
            self._monitor.reachable("dms")
        await self._audit.record(
            "sync",
            "complete" if report.complete else "incomplete",
            detail=f"seen={report.seen} imported={report.imported} "
            f"unchanged={report.unchanged} failed={report.failed}",
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

    async def _dispatch(self, run: _Run, items: list[DmsWorkorder]) -> None:
        await self._resumed.wait()
        # A workorder changed again during the walk: its older version must land first.
        numbers = [hit.workorder.appointment.dms_number for hit in items]
        earlier = {run.in_flight[number] for number in numbers if number in run.in_flight}
        if earlier:
            await asyncio.gather(*earlier, return_exceptions=True)
        while len(run.running) >= self.settings.concurrency:
            await asyncio.wait(run.running, return_when=asyncio.FIRST_COMPLETED)
        batch = _Batch(items=items, newest=max(hit.last_modified for hit in items))
        run.batches.append(batch)
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

    async def _process(self, run: _Run, batch: _Batch) -> None:
        try:
            batch.ok = await self._import_batch(run, batch.items)
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

    async def _import_batch(self, run: _Run, items: list[DmsWorkorder]) -> bool:
        """Import one batch; False when the batch as a whole did not reach Claire."""
        journal = await self._store.journal.get_many(
            [hit.workorder.appointment.dms_number for hit in items]
        )
        candidates: list[DmsWorkorder] = []
        for hit in items:
            appointment = hit.workorder.appointment
            key = appointment.dms_number
            newest_seen = run.seen_keys.get(key)
            if newest_seen is not None and newest_seen > hit.last_modified:
                run.unchanged += 1
                continue
            run.seen_keys[key] = hit.last_modified
            entry = journal.get(key)
            already = entry.dms_last_modified if entry is not None else None
            if already is not None and already >= hit.last_modified:
                run.unchanged += 1
                continue
            work_started = appointment.car_in_shop or appointment.car_out_of_shop
            if entry is not None and work_started and not self.settings.update_after_work_started:
                run.unchanged += 1
                continue
            candidates.append(hit)
        # Mapping and contact checks cost about a millisecond a workorder: off the
        # event loop, so a bulk sync does not stall the window.
        location = self._claire.location_id
        prepared_all = await asyncio.to_thread(lambda: [prepare(h, location) for h in candidates])
        to_send: list[PreparedImport] = []
        same: list[JournalRecord] = []
        for prepared in prepared_all:
            entry = journal.get(prepared.hit.workorder.appointment.dms_number)
            if entry is not None and entry.content_hash == prepared.content_hash:
                same.append(journal_record(prepared, entry.claire_id))
                run.unchanged += 1
                continue
            to_send.append(prepared)
        await self._store.journal.record_many(same)
        if not to_send:
            return True
        try:
            results = await self._claire.import_workorders([p.encoded for p in to_send])
        except RemoteError as failure:
            run.failed += len(to_send)
            log.info("sync: a batch of %s did not reach Claire (%s)", len(to_send), failure.code)
            self._monitor.failed(failure)
            return False
        self._monitor.reachable("claire")
        arrived: list[JournalRecord] = []
        for prepared, result in zip(to_send, results, strict=True):
            appointment = prepared.hit.workorder.appointment
            if result.status == "error":
                run.failed += 1
                await self._audit.record(
                    "import",
                    "error",
                    dms_number=appointment.dms_number,
                    wo_number=appointment.wo_number,
                    detail="refused by Claire",
                    actor="sync",
                )
                continue
            arrived.append(journal_record(prepared, result.claire_id))
            if result.status == "unchanged":
                run.unchanged += 1
            else:
                run.imported += 1
        await self._store.journal.record_many(arrived)
        return True

    async def _advance(self, run: _Run) -> None:
        """Move the watermark over the batches that, from the first on, all succeeded."""
        async with self._watermark_lock:
            newest: datetime | None = None
            while run.advanced < len(run.batches):
                batch = run.batches[run.advanced]
                if not (batch.done and batch.ok):
                    break
                newest = batch.newest
                run.advanced += 1
            if newest is not None:
                stored = await self._store.watermarks.advance(WATERMARK, newest)
                self._set(watermark=stored)

    def _report(self, run: _Run) -> None:
        self._set(seen=run.seen, imported=run.imported, unchanged=run.unchanged, failed=run.failed)

    def _set(self, **changes: object) -> None:
        self.progress = replace(self.progress, **changes)  # type: ignore[arg-type]
        self._events.publish(SyncProgressEvent(self.progress))
