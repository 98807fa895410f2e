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


@dataclass(frozen=True)
class DmsChange:
    """That a record the workorders refer to (a car, a customer) changed, and when."""

    entity_id: str
    last_modified: datetime
