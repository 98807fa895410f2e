"""Import one workorder into Claire, and refresh it (a forced re-read and re-import).

The critical path is at most three round trips: the DMS read and Claire's
current record in parallel (the DMS read first when only a WO number is
known), then one upsert. Claire upserts by location + DMS number, so two
importers of the same workorder end with one appointment.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from dataclasses import dataclass
from enum import Enum
from typing import Literal

from incadea_desk.claire import (
    ClaireAppointment,
    EncodedAppointment,
    appointment_json,
    from_claire,
)
from incadea_desk.concurrently import both
from incadea_desk.domain import workorder_warnings
from incadea_desk.domain.diff import workorder_changes
from incadea_desk.errors import NotFound, Refused, RemoteError
from incadea_desk.messages import remote_sentence
from incadea_desk.request_headers import fresh_reads
from incadea_desk.services.cancel import cancel_in_claire
from incadea_desk.services.context import ServiceContext
from incadea_desk.services.events import Imported
from incadea_desk.services.first_keys import journal_state, on_first_key
from incadea_desk.services.outcomes import ImportOutcome, ImportResult
from incadea_desk.services.ports import DmsSource, DmsWorkorder
from incadea_desk.services.queries import (
    Reference,
    no_workorder,
    one_dms_number,
    parse_reference,
)
from incadea_desk.store import JournalEntry
from incadea_desk.store.copy_codec import encode as encode_copy

log = logging.getLogger(__name__)


class _NotRead(Enum):
    NOT_READ = "not read"


NOT_READ = _NotRead.NOT_READ
# What Claire holds for a workorder: its appointment, None when it has none, or
# NOT_READ when the import asks Claire only if the journal shows a change to send.
Held = ClaireAppointment | None | Literal[_NotRead.NOT_READ]


@dataclass(frozen=True)
class PreparedImport:
    """A workorder mapped for Claire, encoded once, with the hash the journal compares."""

    hit: DmsWorkorder
    encoded: EncodedAppointment
    content_hash: str
    warnings: list[str]
    copy: bytes | None
    """The local copy the journal keeps beside its row (``store.copy_codec``); None
    where the journal keeps none."""

    @property
    def plate(self) -> str | None:
        registration = self.hit.workorder.car.registration
        return registration.compact if registration is not None else None


def prepare(hit: DmsWorkorder, location_id: str, *, keep_copy: bool = True) -> PreparedImport:
    warnings = [str(w) for w in workorder_warnings(hit.workorder)]
    workorder = hit.workorder
    encoded = EncodedAppointment(
        workorder.appointment.dms_number, appointment_json(workorder, location_id, warnings)
    )
    # The bytes Claire receives are the bytes the journal hashes.
    digest = hashlib.sha256(encoded.json).hexdigest()
    copy = encode_copy(hit.workorder) if keep_copy else None
    return PreparedImport(hit, encoded, digest, warnings, copy)


async def resolve(dms: DmsSource, reference: Reference) -> DmsWorkorder:
    """The current DMS workorder a reference names; ``NotFound`` or ``InputError`` otherwise."""
    if reference.dms_number is not None:
        return await dms.get_workorder(reference.dms_number)
    assert reference.wo_number is not None
    found = await dms.find_by_order_no(reference.wo_number)
    if one_dms_number(reference.text, (h.workorder.appointment.dms_number for h in found)):
        return found[0]
    # A numeric DMS number is possible in some installations.
    try:
        return await dms.get_workorder(reference.wo_number)
    except NotFound:
        raise no_workorder(reference.wo_number) from None


class ImportService:
    def __init__(self, context: ServiceContext) -> None:
        self._dms = context.dms
        self._claire = context.claire
        self._monitor = context.monitor
        self._store = context.store
        self._audit = context.audit
        self._events = context.events
        self._locks: dict[str, asyncio.Lock] = {}

    async def import_workorder(
        self, hit_or_number: DmsWorkorder | str, force: bool = False
    ) -> ImportResult:
        """Import a search hit, or the workorder with this DMS or WO number."""
        if isinstance(hit_or_number, DmsWorkorder):
            return await self._import(hit_or_number, NOT_READ, force, action="import")
        return await self._read_and_import(parse_reference(hit_or_number), force, "import")

    async def refresh(self, dms_or_wo: str) -> ImportResult:
        """Re-read the workorder from the DMS and re-import it, whatever the journal says."""
        with fresh_reads():
            return await self._read_and_import(parse_reference(dms_or_wo), True, "refresh")

    async def import_fresh(self, hit: DmsWorkorder, held: Held) -> ImportResult:
        """Re-import a workorder just read from (or written to) the DMS, whatever the
        journal says; ``held`` is what Claire holds, or ``NOT_READ`` to ask it."""
        return await self._import(hit, held, True, action="refresh")

    async def held_in_claire(self, dms_number: str) -> Held:
        """What Claire holds for this workorder, or ``NOT_READ`` when Claire cannot say
        now (an import then asks again, and fails there if Claire is still away)."""
        try:
            with self._monitor.watch("claire"):
                return await self._claire.find(dms_number)
        except RemoteError as error:
            log.info("import: Claire's record not read (%s)", error.details())
            return NOT_READ

    async def _read_and_import(
        self, reference: Reference, force: bool, action: str
    ) -> ImportResult:
        if reference.dms_number is not None:
            held: Held
            try:
                with self._monitor.watch("dms", "claire"):
                    hit, held = await both(
                        self._dms.get_workorder(reference.dms_number),
                        self._claire.find(reference.dms_number),
                    )
            except NotFound as missing:
                if missing.system != "dms":
                    raise
                hit, held = await self._gone(reference.dms_number, missing), NOT_READ
            return await self._import(hit, held, force, action=action)
        with self._monitor.watch("dms"):
            resolved = await resolve(self._dms, reference)
        return await self._import(resolved, NOT_READ, force, action=action)

    async def _gone(self, dms_number: str, missing: NotFound) -> DmsWorkorder:
        """The workorder the DMS has no longer under this number: renumbered (the same DMS
        id under another number), or deleted, and then cancelled in Claire and said so."""
        entry = await self._store.journal.get(dms_number)
        if entry is None or entry.entity_id is None:
            raise missing
        with self._monitor.watch("dms"):
            found = await self._dms.workorders_by_ids([entry.entity_id])
        if found:
            return found[0]
        if entry.state != "canceled":
            with self._monitor.watch("claire"):
                await cancel_in_claire(
                    self._claire, self._store, self._audit, entry, actor=self._audit.actor
                )
        raise NotFound(
            remote_sentence("deleted_canceled", "dms", {"dms_number": dms_number}),
            "dms",
            code="deleted",
            reason="deleted_canceled",
            arguments={"dms_number": dms_number},
        )

    async def _import(
        self,
        hit: DmsWorkorder,
        held: Held,
        force: bool,
        *,
        action: str,
    ) -> ImportResult:
        first = on_first_key(hit, await self._first_import_of(hit))
        if first is not hit:
            hit, held = first, NOT_READ  # Claire knows it under its first DMS number
        dms_number = hit.workorder.appointment.dms_number
        lock = self._locks.setdefault(dms_number, asyncio.Lock())
        async with lock:
            result = await self._import_locked(hit, held, force)
        await self._audit.record(
            action,
            result.outcome,
            dms_number=dms_number,
            wo_number=result.wo_number,
            detail=f"{len(result.changed_fields)} fields changed",
        )
        self._events.publish(Imported(result, self._audit.actor))
        return result

    async def _first_import_of(self, hit: DmsWorkorder) -> JournalEntry | None:
        return (await self._store.journal.by_entity_ids([hit.entity_id])).get(hit.entity_id)

    async def _import_locked(
        self,
        hit: DmsWorkorder,
        held: Held,
        force: bool,
    ) -> ImportResult:
        prepared = prepare(
            hit, self._claire.location_id, keep_copy=self._store.journal.keeps_copies
        )
        appointment = hit.workorder.appointment
        entry = await self._store.journal.get(appointment.dms_number)
        if not force and entry is not None and entry.content_hash == prepared.content_hash:
            return ImportResult(
                dms_number=appointment.dms_number,
                wo_number=appointment.wo_number,
                claire_id=entry.claire_id,
                outcome="unchanged",
                changes=[],
                workorder=hit.workorder,
                imported_at=entry.imported_at,
                warnings=prepared.warnings,
            )
        with self._monitor.watch("claire"):
            if held is NOT_READ:
                held = await self._claire.find(appointment.dms_number)
            [answer] = await self._claire.import_workorders([prepared.encoded])
        if answer.status == "error":
            raise Refused(
                answer.error_message or "Claire refused this workorder.",
                "claire",
                code="import_refused",
            )
        outcome: ImportOutcome = answer.status
        changes = (
            []
            if outcome == "unchanged"
            else workorder_changes(
                from_claire(held, hit.workorder) if held is not None else None, hit.workorder
            )
        )
        claire_id = answer.claire_id or (held.id if held is not None else None)
        recorded = await self._store.journal.record(
            dms_number=appointment.dms_number,
            wo_number=appointment.wo_number,
            claire_id=claire_id,
            content_hash=prepared.content_hash,
            dms_last_modified=hit.last_modified,
            entity_id=hit.entity_id,
            state=journal_state(hit.workorder),
            plate=prepared.plate,
            copy=prepared.copy,
        )
        return ImportResult(
            dms_number=appointment.dms_number,
            wo_number=appointment.wo_number,
            claire_id=claire_id,
            outcome=outcome,
            changes=changes,
            workorder=hit.workorder,
            imported_at=recorded.imported_at,
            warnings=prepared.warnings,
        )
