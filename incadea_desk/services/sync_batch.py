"""One batch of a keep-importing walk: dedupe against the journal, send to Claire, hold
what Claire refuses, record what arrived, and let go of held workorders that arrived.

``Walk`` and ``Batch`` are the bookkeeping of one walk (``services/keep_importing.py``
runs it); ``BatchImport`` is what happens to one batch.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from incadea_desk.claire import ClaireClient
from incadea_desk.config import SyncSettings
from incadea_desk.errors import RemoteError
from incadea_desk.services.audit import AuditLog
from incadea_desk.services.claire_batches import import_splitting
from incadea_desk.services.connectivity import ConnectionMonitor
from incadea_desk.services.importing import PreparedImport, prepare
from incadea_desk.services.ports import DmsWorkorder
from incadea_desk.services.quarantine import Quarantine, refused_by_claire
from incadea_desk.services.reimport import journal_record
from incadea_desk.store import HeldRecord, JournalRecord, Store
from incadea_desk.store.quarantine import Backoff

log = logging.getLogger(__name__)


@dataclass
class Batch:
    items: list[DmsWorkorder]  # emptied once processed: a long walk holds no old pages
    newest: datetime | None  # None: held rows read again, which do not move the watermark
    done: bool = False
    ok: bool = False


@dataclass
class Lane:
    """The batches of one slice of a walk, in the order its pages came. A walk of one
    slice has one lane; a parallel first sync has one per slice."""

    ordinal: int | None = None  # the slice's place in the store's plan; None: no plan
    batches: list[Batch] = field(default_factory=list)
    advanced: int = 0
    reached: datetime | None = None  # the newest change of the batches done from the first on
    walked: bool = False  # every page of the slice read

    @property
    def finished(self) -> bool:
        return self.walked and self.advanced == len(self.batches)

    def settle(self) -> None:
        """Pass over the batches that, from the first on, are done and succeeded."""
        while self.advanced < len(self.batches):
            batch = self.batches[self.advanced]
            if not (batch.done and batch.ok):
                return
            if batch.newest is not None:
                self.reached = (
                    batch.newest if self.reached is None else max(self.reached, batch.newest)
                )
            self.advanced += 1


def prefix_reached(lanes: Sequence[Lane]) -> datetime | None:
    """How far a walk has processed everything: the lanes in order, up to and with the
    first one that is not finished. A later slice done early moves nothing, because an
    earlier one still has rows to import."""
    reached: datetime | None = None
    for lane in lanes:
        if lane.reached is not None:
            reached = lane.reached if reached is None else max(reached, lane.reached)
        if not lane.finished:
            break
    return reached


@dataclass
class Walk:
    since: datetime
    advance_watermark: bool = True
    dms_now: datetime | None = None
    lanes: list[Lane] = field(default_factory=lambda: [Lane()])
    noted: datetime | None = None  # where the walk last moved the watermark to
    seen_keys: dict[str, datetime] = field(default_factory=dict)
    # The batch each DMS number is in, while that batch runs.
    in_flight: dict[str, asyncio.Task[None]] = field(default_factory=dict)
    running: set[asyncio.Task[None]] = field(default_factory=set)
    seen: int = 0
    imported: int = 0
    unchanged: int = 0
    failed: int = 0
    held: int = 0
    released: int = 0
    future: int = 0
    # Numbers this walk read (good or refused): a held one among them needs no re-read.
    read_keys: set[str] = field(default_factory=set)
    store_error: str | None = None


class BatchImport:
    """Imports the batches of walks into Claire."""

    def __init__(
        self,
        claire: ClaireClient,
        store: Store,
        audit: AuditLog,
        monitor: ConnectionMonitor,
        quarantine: Quarantine,
        settings: SyncSettings,
        backoff: Backoff,
    ) -> None:
        self._claire = claire
        self._store = store
        self._audit = audit
        self._monitor = monitor
        self.quarantine = quarantine
        self.settings = settings
        self._backoff = backoff

    async def __call__(self, run: Walk, items: list[DmsWorkorder]) -> bool:
        """Import one batch; False when the batch as a whole did not reach Claire."""
        journal = await self._store.journal.get_many(
            [hit.workorder.appointment.dms_number for hit in items]
        )
        candidates: list[DmsWorkorder] = []
        settled: list[str] = []  # in Claire as the DMS has them, or kept out by the settings
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
                settled.append(key)
                continue
            work_started = appointment.car_in_shop or appointment.car_out_of_shop
            if entry is not None and work_started and not self.settings.update_after_work_started:
                run.unchanged += 1
                settled.append(key)
                continue
            candidates.append(hit)
        # Mapping and contact checks cost about a millisecond a workorder: off the
        # event loop, so a bulk sync does not stall the window.
        location, copies = self._claire.location_id, self._store.journal.keeps_copies
        prepared_all = await asyncio.to_thread(
            lambda: [prepare(h, location, keep_copy=copies) for h in candidates]
        )
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
        settled += [record.dms_number for record in same]
        if not to_send:
            await self._release(run, settled)
            return True
        try:
            results = await import_splitting(self._claire, [p.encoded for p in to_send])
        except RemoteError as failure:
            run.failed += len(to_send)
            log.info("sync: a batch of %s did not reach Claire (%s)", len(to_send), failure.code)
            self._monitor.failed(failure)
            await self._release(run, settled)
            return False
        self._monitor.reachable("claire")
        arrived: list[JournalRecord] = []
        refused: list[HeldRecord] = []
        for prepared, result in zip(to_send, results, strict=True):
            hit = prepared.hit
            appointment = hit.workorder.appointment
            if result.status == "error":
                run.held += 1
                refused.append(
                    refused_by_claire(
                        appointment.dms_number,
                        appointment.wo_number,
                        hit.entity_id,
                        result.error_code,
                        hit.last_modified,
                    )
                )
                await self._audit.record(
                    "import",
                    "error",
                    dms_number=appointment.dms_number,
                    wo_number=appointment.wo_number,
                    detail=f"refused by Claire, held (code {result.error_code})",
                    actor="sync",
                )
                continue
            arrived.append(journal_record(prepared, result.claire_id))
            if result.status == "unchanged":
                run.unchanged += 1
            else:
                run.imported += 1
        await self._store.journal.record_many(arrived)
        await self.quarantine.hold(refused, self._backoff)
        await self._release(run, settled + [record.dms_number for record in arrived])
        return True

    async def _release(self, run: Walk, keys: list[str]) -> None:
        before = self.quarantine.known_count
        await self.quarantine.release(keys)
        after = self.quarantine.known_count
        if before is not None and after is not None and after < before:
            run.released += before - after
