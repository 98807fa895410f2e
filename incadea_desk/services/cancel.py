"""A workorder the DMS no longer has: its appointment is marked cancelled in Claire.

Never deleted: what an advisor saw stays readable in Claire, and the check-in SMS of
a cancelled appointment is not sent. The journal marks it canceled (the
reconciliation walk stops asking for it) and the audit trail keeps a row.
"""

from __future__ import annotations

from incadea_desk.claire import ClaireClient, EncodedAppointment, cancelled
from incadea_desk.errors import Refused
from incadea_desk.services.audit import AuditLog
from incadea_desk.store import JournalEntry, Store


async def cancel_in_claire(
    claire: ClaireClient, store: Store, audit: AuditLog, entry: JournalEntry, *, actor: str
) -> None:
    """Mark ``entry``'s appointment cancelled; ``RemoteError`` if Claire cannot be told."""
    held = await claire.find(entry.dms_number)
    if held is not None and not held.canceled:
        [answer] = await claire.import_workorders([EncodedAppointment.of(cancelled(held))])
        if answer.status == "error":
            raise Refused(
                answer.error_message or "Claire refused this workorder.",
                "claire",
                code="import_refused",
            )
    await store.journal.mark_canceled(entry.dms_number)
    await audit.record(
        "cancel",
        "canceled",
        dms_number=entry.dms_number,
        wo_number=entry.wo_number,
        detail="no longer in the DMS",
        actor=actor,
    )
