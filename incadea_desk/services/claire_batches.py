"""Sending a batch of appointments to Claire so one refused item cannot stop the others.

Claire answers an import with a result per item, but a request it refuses as a whole
(a 400 for the batch, because of one item it cannot parse) says nothing about the
others. Such a batch is split in halves and each half sent again, down to the one item
Claire refuses, which gets a refused result of its own; the others arrive.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from incadea_desk.claire import ClaireClient, ClaireImportResult
from incadea_desk.claire.wire import EncodedAppointment
from incadea_desk.errors import Defect, Refused

log = logging.getLogger(__name__)


async def import_splitting(
    claire: ClaireClient, items: Sequence[EncodedAppointment]
) -> list[ClaireImportResult]:
    """One result per item, in order; an item Claire refuses within a batch it refuses
    as a whole is an ``error`` result with Claire's code. Other failures are raised."""
    try:
        return await claire.import_workorders(items)
    except (Refused, Defect) as refusal:
        if refusal.status != 400:
            raise
        if len(items) == 1:
            number = items[0].dms_nr
            log.info("sync: Claire refused the batch because of %s (%s)", number, refusal.code)
            return [
                ClaireImportResult(
                    dms_number=number,
                    claire_id=None,
                    status="error",
                    error_message=refusal.user_message,
                    error_code=refusal.code or str(refusal.status),
                )
            ]
    half = len(items) // 2
    return [
        *await import_splitting(claire, items[:half]),
        *await import_splitting(claire, items[half:]),
    ]
