"""What a DMS read returns, whichever DMS it is: the domain workorder with the
identity and version stamp a later write needs, and a mileage reading.

The ``DmsSource`` port (``services/ports.py``) returns these; adapters build them.
They carry no wire names: ``entity_id`` and ``etag`` are opaque to everyone but
the adapter that issued them.
"""

from __future__ import annotations

from dataclasses import dataclass
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
