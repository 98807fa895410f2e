"""The quarantine as the window, the CLI and doctor see it: the workorders keep-importing
holds because the DMS row could not be read or Claire refused it, and a way to try them
again now.

Keep-importing holds and releases the rows (``services/keep_importing.py``); this module
publishes ``QuarantineChanged`` whenever the count changes, so the status bar needs no
polling.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from incadea_desk.config import SyncSettings
from incadea_desk.domain.dms_records import RefusedRow
from incadea_desk.messages import quarantine_reason
from incadea_desk.services.events import EventBus, QuarantineChanged
from incadea_desk.store import HeldEntry, HeldRecord, Store
from incadea_desk.store.quarantine import Backoff, Stage

Retrier = Callable[[Sequence[HeldEntry]], Awaitable[None]]


@dataclass(frozen=True)
class HeldRow:
    """One workorder the quarantine holds. Identifiers, field names and reasons only."""

    dms_number: str
    wo_number: str | None
    stage: Literal["dms", "claire"]
    """``dms``: the DMS row could not be read; ``claire``: Claire refused the appointment."""
    field: str | None
    """The field as the DMS or Claire names it (data for IT), None if unknown."""
    reason_code: str
    """A code of ``messages.QUARANTINE_SENTENCES``."""
    reason: str
    """The reason in plain English words."""
    first_seen: datetime
    last_seen: datetime
    attempts: int
    next_attempt_at: datetime
    """When keep-importing tries it again by itself (at the latest when it changes)."""


def held_row(entry: HeldEntry) -> HeldRow:
    record = entry.record
    return HeldRow(
        dms_number=record.dms_number,
        wo_number=record.wo_number,
        stage=record.stage,
        field=record.field,
        reason_code=record.reason_code,
        reason=record.reason,
        first_seen=entry.first_seen,
        last_seen=entry.last_seen,
        attempts=entry.attempts,
        next_attempt_at=entry.next_attempt_at,
    )


class Quarantine:
    """The held workorders of this workstation's store."""

    def __init__(self, store: Store, events: EventBus, retrier: Retrier) -> None:
        self._table = store.quarantine
        self._events = events
        self._retrier = retrier
        self._count: int | None = None

    @property
    def known_count(self) -> int | None:
        """The count as last read or changed by this process (None before the first)."""
        return self._count

    async def rows(self) -> list[HeldRow]:
        """Every held workorder, the longest held first."""
        return [held_row(entry) for entry in await self._table.all()]

    async def count(self) -> int:
        count = await self._table.count()
        self._count = count
        return count

    async def retry(self, dms_number: str | None = None) -> int:
        """Re-read the held workorder (or all of them) from the DMS and import it now,
        whatever its wait; return how many of those tried are still held."""
        entries = await self._table.all()
        if dms_number is not None:
            entries = [
                e for e in entries if dms_number in (e.record.dms_number, e.record.entity_id)
            ]
        if not entries:
            return 0
        await self._retrier(entries)
        still = {entry.record.dms_number for entry in await self._table.all()}
        return sum(1 for entry in entries if entry.record.dms_number in still)

    async def hold(self, records: Sequence[HeldRecord], backoff: Backoff) -> None:
        """Hold these rows (keep-importing's call)."""
        if records:
            self._changed(await self._table.hold(records, backoff))

    async def release(self, keys: Sequence[str]) -> None:
        """Let go of the rows with these DMS numbers, imported at last."""
        if keys and self._count != 0:
            self._changed(await self._table.release(keys))

    def _changed(self, count: int) -> None:
        if count != self._count:
            self._count = count
            self._events.publish(QuarantineChanged(count))


def refused_by_dms(row: RefusedRow) -> HeldRecord:
    """The quarantine's record of a DMS row that could not be read."""
    field = row.field or "(unknown)"
    return HeldRecord(
        dms_number=row.dms_number,
        wo_number=row.wo_number,
        entity_id=row.entity_id,
        stage="dms",
        field=row.field,
        reason_code=row.reason_code,
        reason=quarantine_reason(row.reason_code, {"field": field}),
        dms_last_modified=row.last_modified,
    )


def refused_by_claire(
    dms_number: str,
    wo_number: str | None,
    entity_id: str | None,
    code: str | None,
    last_modified: datetime | None,
) -> HeldRecord:
    """The quarantine's record of an appointment Claire refused, with Claire's code."""
    return HeldRecord(
        dms_number=dms_number,
        wo_number=wo_number,
        entity_id=entity_id,
        stage="claire",
        field=None,
        reason_code="claire_refused",
        reason=quarantine_reason("claire_refused", {"code": code or "none"}),
        dms_last_modified=last_modified,
    )


def backoff_for(settings: SyncSettings) -> Backoff:
    """A DMS row is read again on every walk (it changes only when someone fixes it);
    an appointment Claire refused waits longer after every refusal."""

    def wait(stage: Stage, attempts: int) -> timedelta:
        if stage == "dms":
            return timedelta(0)
        initial = settings.claire_retry_initial_seconds
        seconds = min(initial * 2 ** min(attempts - 1, 20), settings.claire_retry_max_seconds)
        return timedelta(seconds=seconds)

    return wait
