"""What a DMS read returns, whichever DMS it is: the domain workorder with the
identity and version stamp a later write needs, a mileage reading, and a page of
changed workorders read row by row (the rows that could not be read beside the good).

The ``DmsSource`` port (``services/ports.py``) returns these; adapters build them.
They carry no wire names: ``entity_id`` and ``etag`` are opaque to everyone but
the adapter that issued them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from incadea_desk.domain.models import Workorder


@dataclass(frozen=True)
class DmsWorkorder:
    """A workorder as read from the DMS, with what a later write needs."""

    workorder: Workorder
    entity_id: str
    etag: str
    last_modified: datetime


@dataclass(frozen=True)
class MileageReading:
    """The DMS mileage of one service order and the etag that guards its change."""

    entity_id: str
    etag: str
    km: int
    reading_date: date | None
    last_modified: datetime | None = None
    """When the DMS stamped the order, where the answer says (a write's answer does)."""

    @classmethod
    def of(cls, hit: DmsWorkorder) -> MileageReading:
        """The mileage part of a complete read, with the same version stamp."""
        appointment = hit.workorder.appointment
        return cls(
            hit.entity_id,
            hit.etag,
            appointment.dms_mileage_km or 0,
            appointment.mileage_date,
            hit.last_modified,
        )

    def applied_to(self, hit: DmsWorkorder) -> DmsWorkorder:
        """``hit`` as the DMS holds it after this write: the write's answer is the order's
        new version, and nothing else changed in between (its etag guarded the write)."""
        appointment = hit.workorder.appointment.model_copy(
            update={"dms_mileage_km": self.km, "mileage_date": self.reading_date}
        )
        return DmsWorkorder(
            workorder=hit.workorder.model_copy(update={"appointment": appointment}),
            entity_id=hit.entity_id,
            etag=self.etag,
            last_modified=self.last_modified or hit.last_modified,
        )


@dataclass(frozen=True)
class RefusedRow:
    """A DMS row that could not be read into a workorder. Identifiers, the field as the
    DMS names it and a reason code (``messages.QUARANTINE_SENTENCES``); never a value."""

    dms_number: str
    """The DMS number, or the entity id when the number itself cannot be read."""
    wo_number: str | None
    entity_id: str | None
    field: str | None
    reason_code: str
    last_modified: datetime | None
    """When the DMS last changed the row (UTC), if that much can be read."""


@dataclass(frozen=True)
class ChangedPage:
    """One page of a walk over changed workorders, or of a re-read of held ones."""

    rows: list[DmsWorkorder]
    refused: list[RefusedRow] = field(default_factory=list)
    dms_now: datetime | None = None
    """The DMS's own clock when it answered (UTC), if it said."""

    @property
    def newest(self) -> datetime | None:
        """The latest change time on the page, the refused rows' included."""
        stamps = [row.last_modified for row in self.rows]
        stamps += [row.last_modified for row in self.refused if row.last_modified is not None]
        return max(stamps, default=None)


@dataclass(frozen=True)
class DmsChange:
    """That a record the workorders refer to (a car, a customer) changed, and when."""

    entity_id: str
    last_modified: datetime
