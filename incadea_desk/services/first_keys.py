"""A workorder is known by the DMS's own id: a renumbered one keeps its first Claire key.

Claire upserts an appointment by location and DMS number. When the DMS renumbers a
workorder (same id, new DMS and WO numbers), the journal still knows its id under
the DMS number it was first imported with; that number stays the key Claire upserts
by, so the appointment is updated (its new WO number included), never doubled.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import replace

from incadea_desk.domain import Workorder
from incadea_desk.services.ports import ChangedPage, DmsWorkorder
from incadea_desk.store import JournalEntry
from incadea_desk.store.journal import ImportJournal, JournalState


def journal_state(workorder: Workorder) -> JournalState:
    """Where a workorder stands for the journal: canceled, finished (car left), or open."""
    appointment = workorder.appointment
    if appointment.canceled:
        return "canceled"
    return "finished" if appointment.car_out_of_shop else "open"


def on_first_key(hit: DmsWorkorder, known: JournalEntry | None) -> DmsWorkorder:
    """``hit`` under the DMS number its id was first imported with; everything else,
    the WO number included, as the DMS has it now."""
    if known is None or known.dms_number == hit.workorder.appointment.dms_number:
        return hit
    appointment = hit.workorder.appointment.model_copy(update={"dms_number": known.dms_number})
    return replace(hit, workorder=hit.workorder.model_copy(update={"appointment": appointment}))


async def on_first_keys(journal: ImportJournal, hits: Sequence[DmsWorkorder]) -> list[DmsWorkorder]:
    """Every hit under its first Claire key (one store call)."""
    known = await journal.by_entity_ids([hit.entity_id for hit in hits])
    return [on_first_key(hit, known.get(hit.entity_id)) for hit in hits]


async def pages_on_first_keys(
    journal: ImportJournal, pages: AsyncIterator[ChangedPage]
) -> AsyncIterator[ChangedPage]:
    """The change walk's pages with renumbered workorders under their first Claire key."""
    try:
        async for page in pages:
            yield replace(page, rows=await on_first_keys(journal, page.rows))
    finally:
        close = getattr(pages, "aclose", None)
        if close is not None:
            await close()
