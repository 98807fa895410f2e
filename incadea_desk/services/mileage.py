"""Mileage writeback: a corrected odometer reading goes to the DMS, only if higher.

The DMS value and its etag are read right before the write, and the PATCH
carries ``If-Match``; when someone changed the order in between (412), the
value is read and the decision taken again, a bounded number of times. The
correction is in the durable outbox before the first request and leaves it when
the DMS holds the value, so a kill at any moment leaves it written or waiting.
A lower value is never sent. After a write, Claire gets the workorder as the
write's answer says the DMS holds it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import date

from incadea_desk.domain import MileageAction, decide_mileage_writeback, parse_mileage
from incadea_desk.errors import (
    AuthenticationError,
    BadResponse,
    Conflict,
    RemoteError,
    Throttled,
    Unavailable,
)
from incadea_desk.request_headers import fresh_reads
from incadea_desk.services.backoff import backoff
from incadea_desk.services.context import ServiceContext
from incadea_desk.services.events import MileageOutcomeEvent, OutboxChanged
from incadea_desk.services.importing import Held, ImportService
from incadea_desk.services.outcomes import MileageOutcome
from incadea_desk.services.ports import DmsWorkorder, MileageReading
from incadea_desk.services.queries import no_workorder, one_dms_number, parse_reference
from incadea_desk.store import MileageCorrection, OutboxItem, StoreError

log = logging.getLogger(__name__)

MILEAGE_KIND = "mileage"
MAX_ATTEMPTS = 3


# The DMS is out of reach or turned us away for now: keep the correction for later.
NOT_NOW = (Unavailable, Throttled, AuthenticationError)
# ... and, for a correction the advisor just typed, also an order that kept changing
# through every attempt and an answer that could not be read (a maintenance page):
# both are passing, and the outbox tries again later.
LATER = (*NOT_NOW, Conflict, BadResponse)

# How long the advisor waits for the DMS before the correction goes on in the background.
ANSWER_WITHIN_S = 5.0


def merge_highest(waiting: MileageCorrection, new: MileageCorrection) -> MileageCorrection:
    """Two waiting corrections of one workorder become the higher one; a confirmation
    given for the value that wins is kept."""
    if new.km > waiting.km:
        return new
    if new.km == waiting.km:
        return MileageCorrection(waiting.km, waiting.confirmed or new.confirmed)
    return waiting


@dataclass(frozen=True)
class _Intent:
    """The correction as kept in the outbox before the first request, and the row it
    merged into (to put back if the correction turns out not to be wanted)."""

    item: OutboxItem
    previous: OutboxItem | None


class MileageService:
    def __init__(
        self,
        context: ServiceContext,
        importer: ImportService,
        today: Callable[[], date] = date.today,
        answer_within: float = ANSWER_WITHIN_S,
    ) -> None:
        self._dms = context.dms
        self._monitor = context.monitor
        self._importer = importer
        self._store = context.store
        self._audit = context.audit
        self._events = context.events
        self._today = today
        self.answer_within = answer_within
        self._late: set[asyncio.Task[None]] = set()
        self.in_flight: set[str] = set()
        """DMS numbers whose correction is being sent by ``correct`` right now."""

    async def correct(
        self, dms_or_wo: str, km_text: str | int, confirmed: bool = False
    ) -> MileageOutcome:
        """Write ``km_text`` to the workorder's DMS mileage if it is higher.

        The correction is in the outbox (one committed transaction) before the first
        request; it leaves when the DMS confirms. When the DMS has not answered within
        ``answer_within`` seconds the outcome is "queued" and the attempt goes on in
        the background (the outbox drain takes over if the process ends).
        ``InputError`` for input that is no mileage or no workorder.
        """
        km = parse_mileage(km_text)
        reference = parse_reference(dms_or_wo)
        dms_number, wo_number = reference.dms_number, reference.wo_number
        if dms_number is None:
            assert wo_number is not None
            dms_number = await self._dms_number_of(wo_number)
        intent, store_problem = await self._keep(dms_number, km, confirmed)
        if intent is not None and self._monitor.state("dms") is False:
            # Known to be down: the correction is in the outbox already, so answer at once
            # rather than wait through every retry; the drain sends it (and re-decides
            # against the DMS) when the DMS answers again.
            outcome = MileageOutcome(
                "queued", None, None, km, ("queued_known_down",), {"new": km}, dms_number
            )
            await self._outbox_changed()
            await self._finish(outcome, wo_number)
            return outcome
        attempt = asyncio.create_task(self._attempt(dms_number, km, confirmed, intent))
        self.in_flight.add(dms_number)
        attempt.add_done_callback(lambda _t: self.in_flight.discard(dms_number))
        try:
            if intent is None:
                # Nothing keeps the correction if we stop waiting: wait for the DMS.
                outcome = await attempt
            else:
                outcome = await asyncio.wait_for(asyncio.shield(attempt), self.answer_within)
        except TimeoutError:
            late = asyncio.create_task(self._finish_late(attempt, wo_number))
            self._late.add(late)
            late.add_done_callback(self._late.discard)
            outcome = MileageOutcome(
                "queued", None, None, km, ("queued_not_answered",), {"new": km}, dms_number
            )
        except RemoteError as error:
            if intent is None and store_problem:
                raise replace(
                    error,
                    user_message=f"{error.user_message} The correction could not be kept on "
                    f"this computer either: {store_problem}",
                ) from None
            raise
        if store_problem and outcome.outcome == "written":
            outcome = replace(
                outcome,
                codes=(*outcome.codes, "not_kept_here"),
                arguments={**outcome.arguments, "problem": store_problem},
            )
        await self._finish(outcome, wo_number)
        return outcome

    async def aclose(self) -> None:
        """Stop the attempts still on their way (their corrections stay in the outbox)."""
        tasks, self._late = list(self._late), set()
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _keep(self, dms_number: str, km: int, confirmed: bool) -> tuple[_Intent | None, str]:
        """Put the correction in the outbox; None and the store's sentence when it cannot."""
        if not self._store.durable:
            return None, self._store.notice
        try:
            item, previous = await self._store.outbox.add(
                MILEAGE_KIND, dms_number, MileageCorrection(km, confirmed), merge=merge_highest
            )
        except StoreError as error:
            log.info("mileage: correction not kept locally (%s)", error.problem)
            return None, error.sentence
        return _Intent(item, previous), ""

    async def _attempt(
        self, dms_number: str, km: int, confirmed: bool, intent: _Intent | None
    ) -> MileageOutcome:
        """Write, then settle the outbox row: gone when the DMS holds the value, kept
        (with a retry time) when the DMS could not take it now."""
        try:
            with self._monitor.watch("dms"):
                outcome = await self.write(dms_number, km, confirmed)
        except LATER as error:
            if intent is None:
                raise
            retry_at = self._store.clock() + backoff(1)
            await _quietly(
                self._store.outbox.reschedule(intent.item, retry_at, type(error).__name__)
            )
            await self._outbox_changed()
            return MileageOutcome(
                "queued", None, None, km, ("queued_not_now",), {"new": km}, dms_number, error
            )
        except RemoteError:
            if intent is not None:
                await _quietly(self._store.outbox.take_back(intent.item, intent.previous))
            raise
        if intent is not None:
            if outcome.outcome == "needs_confirmation":
                await _quietly(self._store.outbox.take_back(intent.item, intent.previous))
            else:
                await _quietly(self._store.outbox.complete(intent.item))
                await self._outbox_changed()
        return outcome

    async def _outbox_changed(self) -> None:
        count = await _quietly(self._store.outbox.count())
        if isinstance(count, int):
            self._events.publish(OutboxChanged(count))

    async def _finish(self, outcome: MileageOutcome, wo_number: str | None) -> None:
        try:
            await self._audit.record(
                "mileage",
                outcome.outcome,
                dms_number=outcome.dms_number,
                wo_number=wo_number,
                detail=_detail(outcome),
            )
        except StoreError as error:
            log.info("mileage: audit entry not written (%s)", error.problem)
        self._events.publish(MileageOutcomeEvent(outcome.dms_number or "", outcome))

    async def _finish_late(self, attempt: asyncio.Task[MileageOutcome], wo: str | None) -> None:
        try:
            outcome = await attempt
        except RemoteError as error:
            log.info("mileage: background attempt failed (%s)", error.details())
            return
        await self._finish(outcome, wo)

    async def _dms_number_of(self, wo_number: str) -> str:
        """The DMS number of a WO number: from the journal if this workstation imported
        it (so a correction can be queued while the DMS is down), else from the DMS."""
        try:
            entries = await self._store.journal.find_by_wo(wo_number)
        except StoreError:
            entries = []
        if len(entries) == 1:
            return entries[0].dms_number
        with self._monitor.watch("dms"):
            found = await self._dms.find_by_order_no(wo_number)
        number = one_dms_number(wo_number, (h.workorder.appointment.dms_number for h in found))
        if number is None:
            raise no_workorder(wo_number)
        return number

    async def write(self, dms_number: str, km: int, confirmed: bool) -> MileageOutcome:
        """Read, decide, write; on a stale etag read and decide again (bounded).

        Three round trips when it writes: the workorder is read whole right before the
        write (Claire's record alongside), the write answers with the order's new
        version, and that version goes to Claire without reading the DMS again.

        Raises the adapter's ``RemoteError`` when the DMS cannot be reached, and
        ``Conflict`` when the order kept changing through every attempt.
        """
        held = asyncio.create_task(self._importer.held_in_claire(dms_number))
        try:
            # The read decides the write: the primary database's, also when a walk drains.
            with fresh_reads():
                return await self._write(dms_number, km, confirmed, held)
        finally:
            if not held.done():
                held.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await held

    async def _write(
        self, dms_number: str, km: int, confirmed: bool, held: asyncio.Task[Held]
    ) -> MileageOutcome:
        last_error: RemoteError | None = None
        for _attempt in range(MAX_ATTEMPTS):
            hit = await self._dms.get_workorder(dms_number)
            reading = MileageReading.of(hit)
            decision = decide_mileage_writeback(
                reading.km, km, last_reading_date=reading.reading_date, today=self._today()
            )
            said = ((decision.code,), decision.arguments)
            if decision.action == MileageAction.REFUSE:
                return MileageOutcome(
                    "refused_not_higher", reading.km, reading.km, km, *said, dms_number
                )
            if decision.action == MileageAction.CONFIRM and not confirmed:
                return MileageOutcome(
                    "needs_confirmation", reading.km, reading.km, km, *said, dms_number
                )
            try:
                written = await self._dms.update_mileage(reading, km)
            except Conflict as error:
                last_error = error
                continue
            claire = await self._update_claire(written.applied_to(hit), await held)
            arguments = {"after": written.km, "before": reading.km}
            return MileageOutcome(
                "written", reading.km, written.km, km, ("written", claire), arguments, dms_number
            )
        assert last_error is not None
        raise Conflict(
            "The DMS mileage kept changing while we tried to write.",
            "dms",
            status=last_error.status,
            code=last_error.code,
            correlation_id=last_error.correlation_id,
        )

    async def _update_claire(self, written: DmsWorkorder, held: Held) -> str:
        """The sentence that says whether Claire has the new mileage now."""
        try:
            await self._importer.import_fresh(written, held)
        except RemoteError as error:
            log.info("mileage: Claire not updated after the write (%s)", error.details())
            return "claire_later"
        except StoreError as error:
            log.info("mileage: Claire updated, journal not written (%s)", error.problem)
        return "claire_updated"


async def _quietly(step: Awaitable[object]) -> object:
    """One outbox step after a send; when the store fails, the row stays as it was and the
    drain settles it on a later pass (a re-read finds what the DMS holds)."""
    try:
        return await step
    except StoreError as error:
        log.info("mileage: outbox not updated (%s)", error.problem)
        return None


def _detail(outcome: MileageOutcome) -> str:
    return f"before={outcome.dms_km_before} after={outcome.dms_km_after} new={outcome.new_km}"
