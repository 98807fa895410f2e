"""Bringing Claire into line with the DMS outside the change walk: workorders imported
again by content, and the ones the DMS no longer has marked cancelled.

The change walk skips a row whose change time the journal already holds. The walks
that call this module (reconciliation, changed cars and customers) read rows whose
own change time may not have moved, so they compare what Claire would receive with
what the journal says it holds, and send only what differs. Renumbered workorders
go under their first Claire key (``first_keys``).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from incadea_desk.claire import ClaireClient
from incadea_desk.config import SyncSettings
from incadea_desk.errors import RemoteError
from incadea_desk.services.audit import AuditLog
from incadea_desk.services.cancel import cancel_in_claire
from incadea_desk.services.connectivity import ConnectionMonitor
from incadea_desk.services.first_keys import journal_state, on_first_keys
from incadea_desk.services.importing import PreparedImport, prepare
from incadea_desk.services.ports import DmsWorkorder
from incadea_desk.store import JournalEntry, JournalRecord, Store

log = logging.getLogger(__name__)


def journal_record(prepared: PreparedImport, claire_id: str | None) -> JournalRecord:
    """The journal row of a workorder that reached Claire."""
    hit = prepared.hit
    appointment = hit.workorder.appointment
    return JournalRecord(
        appointment.dms_number,
        appointment.wo_number,
        claire_id,
        prepared.content_hash,
        hit.last_modified,
        hit.entity_id,
        journal_state(hit.workorder),
        prepared.plate,
        prepared.copy,
    )


@dataclass
class Tally:
    """What one walk outside the change walk did."""

    seen: int = 0
    imported: int = 0
    unchanged: int = 0
    failed: int = 0
    canceled: int = 0


class Reimporter:
    """Imports workorders by content and cancels the ones the DMS no longer has."""

    def __init__(
        self,
        claire: ClaireClient,
        store: Store,
        audit: AuditLog,
        settings: SyncSettings,
        monitor: ConnectionMonitor,
    ) -> None:
        self._claire = claire
        self._store = store
        self._audit = audit
        self._settings = settings
        self._monitor = monitor

    async def by_content(self, hits: Sequence[DmsWorkorder], tally: Tally) -> None:
        """Send to Claire those of ``hits`` whose content differs from what it holds."""
        newest: dict[str, DmsWorkorder] = {}
        for hit in hits:
            held = newest.get(hit.entity_id)
            if held is None or held.last_modified <= hit.last_modified:
                newest[hit.entity_id] = hit
        tally.seen += len(newest)
        keyed = await on_first_keys(self._store.journal, list(newest.values()))
        journal = await self._store.journal.get_many(
            [hit.workorder.appointment.dms_number for hit in keyed]
        )
        location, copies = self._claire.location_id, self._store.journal.keeps_copies
        prepared_all = await asyncio.to_thread(
            lambda: [prepare(h, location, keep_copy=copies) for h in keyed]
        )
        to_send = []
        for prepared in prepared_all:
            entry = journal.get(prepared.hit.workorder.appointment.dms_number)
            if entry is not None and (
                entry.content_hash == prepared.content_hash or self._frozen(prepared)
            ):
                tally.unchanged += 1
            else:
                to_send.append(prepared)
        size = self._settings.batch_size
        for start in range(0, len(to_send), size):
            await self._send(to_send[start : start + size], tally)

    def _frozen(self, prepared: PreparedImport) -> bool:
        """Claire keeps what it has once the car arrived, where the dealer chose so."""
        appointment = prepared.hit.workorder.appointment
        started = appointment.car_in_shop or appointment.car_out_of_shop
        return started and not self._settings.update_after_work_started

    async def _send(self, batch: list[PreparedImport], tally: Tally) -> None:
        try:
            results = await self._claire.import_workorders([p.encoded for p in batch])
        except RemoteError as failure:
            tally.failed += len(batch)
            log.info("sync: %s workorders did not reach Claire (%s)", len(batch), failure.code)
            self._monitor.failed(failure)
            return
        self._monitor.reachable("claire")
        arrived = []
        for prepared, result in zip(batch, results, strict=True):
            if result.status == "error":
                tally.failed += 1
                continue
            arrived.append(journal_record(prepared, result.claire_id))
            if result.status == "unchanged":
                tally.unchanged += 1
            else:
                tally.imported += 1
        await self._store.journal.record_many(arrived)

    async def cancel(self, entry: JournalEntry, tally: Tally) -> None:
        """Mark the appointment of a workorder the DMS no longer has cancelled in Claire."""
        try:
            await cancel_in_claire(self._claire, self._store, self._audit, entry, actor="sync")
        except RemoteError as failure:
            tally.failed += 1
            self._monitor.failed(failure)
            return
        tally.canceled += 1
