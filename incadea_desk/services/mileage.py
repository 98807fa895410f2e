"""Mileage writeback: a corrected odometer reading goes to the DMS, only if higher.

The DMS value and its etag are read right before the write, and the PATCH
carries ``If-Match``; when someone changed the order in between (412), the
value is read and the decision taken again, a bounded number of times. When
the DMS cannot be reached the correction waits in the durable outbox. A lower
value is never sent. After a write, Claire gets the new mileage by a re-import.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from incadea_desk.domain import MileageAction, decide_mileage_writeback, parse_mileage
from incadea_desk.errors import (
    AuthenticationError,
    Conflict,
    RemoteError,
    Throttled,
    Unavailable,
)
from incadea_desk.services.audit import AuditLog
from incadea_desk.services.connectivity import ConnectionMonitor
from incadea_desk.services.events import EventBus, MileageOutcomeEvent, OutboxChanged
from incadea_desk.services.importing import ImportService
from incadea_desk.services.outcomes import MileageOutcome
from incadea_desk.services.ports import DmsSource
from incadea_desk.services.queries import no_workorder, one_dms_number, parse_reference
from incadea_desk.store import Store

log = logging.getLogger(__name__)

MILEAGE_KIND = "mileage"
MAX_ATTEMPTS = 3


# The DMS is out of reach or turned us away for now: keep the correction for later.
NOT_NOW = (Unavailable, Throttled, AuthenticationError)


def merge_highest(waiting: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Two waiting corrections of one workorder become the higher one; a confirmation
    given for the value that wins is kept."""
    if new["km"] > waiting["km"]:
        return new
    if new["km"] == waiting["km"]:
        return {**waiting, "confirmed": bool(waiting.get("confirmed") or new.get("confirmed"))}
    return waiting


class MileageService:
    def __init__(
        self,
        dms: DmsSource,
        importer: ImportService,
        store: Store,
        audit: AuditLog,
        events: EventBus,
        monitor: ConnectionMonitor,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._dms = dms
        self._monitor = monitor
        self._importer = importer
        self._store = store
        self._audit = audit
        self._events = events
        self._today = today

    async def correct(
        self, dms_or_wo: str, km_text: str | int, confirmed: bool = False
    ) -> MileageOutcome:
        """Write ``km_text`` to the workorder's DMS mileage if it is higher.

        ``ValueError`` (with a sentence) for input that is no mileage or no workorder.
        """
        km = parse_mileage(km_text)
        reference = parse_reference(dms_or_wo)
        dms_number, wo_number = reference.dms_number, reference.wo_number
        if dms_number is None:
            assert wo_number is not None
            dms_number = await self._dms_number_of(wo_number)
        if self._monitor.state("incadea") is False:
            # Known to be down: queue at once rather than wait through every retry; the
            # outbox sends it (and re-decides against the DMS) when the DMS answers again.
            outcome = await self._queue(dms_number, km, confirmed, None)
        else:
            try:
                with self._monitor.watch("incadea"):
                    outcome = await self.write(dms_number, km, confirmed)
            except NOT_NOW as error:
                outcome = await self._queue(dms_number, km, confirmed, error)
        await self._audit.record(
            "mileage",
            outcome.outcome,
            dms_number=dms_number,
            wo_number=wo_number,
            detail=_detail(outcome),
        )
        self._events.publish(MileageOutcomeEvent(dms_number, outcome))
        return outcome

    async def _dms_number_of(self, wo_number: str) -> str:
        """The DMS number of a WO number: from the journal if this workstation imported
        it (so a correction can be queued while the DMS is down), else from the DMS."""
        entries = await self._store.journal.find_by_wo(wo_number)
        if len(entries) == 1:
            return entries[0].dms_number
        with self._monitor.watch("incadea"):
            found = await self._dms.find_by_order_no(wo_number)
        number = one_dms_number(wo_number, (h.workorder.appointment.dms_number for h in found))
        if number is None:
            raise no_workorder(wo_number)
        return number

    async def write(self, dms_number: str, km: int, confirmed: bool) -> MileageOutcome:
        """Read, decide, write; on a stale etag read and decide again (bounded).

        Raises the adapter's ``RemoteError`` when the DMS cannot be reached.
        """
        last_error: RemoteError | None = None
        for _attempt in range(MAX_ATTEMPTS):
            reading = await self._dms.read_mileage(dms_number)
            decision = decide_mileage_writeback(
                reading.km, km, last_reading_date=reading.reading_date, today=self._today()
            )
            if decision.action == MileageAction.REFUSE:
                return MileageOutcome(
                    "refused_not_higher", reading.km, reading.km, km, decision.reason, dms_number
                )
            if decision.action == MileageAction.CONFIRM and not confirmed:
                return MileageOutcome(
                    "needs_confirmation", reading.km, reading.km, km, decision.reason, dms_number
                )
            try:
                written = await self._dms.update_mileage(reading, km)
            except Conflict as error:
                last_error = error
                continue
            message = f"The DMS mileage is now {written.km:,} km (was {reading.km:,} km)."
            message += await self._update_claire(dms_number)
            return MileageOutcome("written", reading.km, written.km, km, message, dms_number)
        assert last_error is not None
        raise Conflict(
            "The DMS mileage kept changing while we tried to write; please try again.",
            "incadea",
            status=last_error.status,
            code=last_error.code,
            correlation_id=last_error.correlation_id,
        )

    async def _update_claire(self, dms_number: str) -> str:
        try:
            await self._importer.refresh(dms_number)
        except RemoteError as error:
            log.info("mileage: Claire not updated after the write (%s)", error.details())
            return " Claire gets the new mileage with the next import."
        return " Claire has the new mileage too."

    async def _queue(
        self, dms_number: str, km: int, confirmed: bool, error: RemoteError | None
    ) -> MileageOutcome:
        await self._store.outbox.enqueue(
            MILEAGE_KIND,
            dms_number,
            {"km": km, "confirmed": confirmed},
            merge=merge_highest,
        )
        self._events.publish(OutboxChanged(await self._store.outbox.count()))
        return MileageOutcome(
            "queued",
            None,
            None,
            km,
            f"{error.user_message if error else 'The DMS did not answer the last request.'} "
            f"The correction to {km:,} km is kept and sent when the DMS is reachable again.",
            dms_number,
        )


def _detail(outcome: MileageOutcome) -> str:
    return f"before={outcome.dms_km_before} after={outcome.dms_km_after} new={outcome.new_km}"
