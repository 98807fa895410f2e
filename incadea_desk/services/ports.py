"""The DMS port: what the use cases ask of a dealer management system.

The services, the CLI and the window depend on ``DmsSource`` only. The Incadea
adapter implements it; a second DMS is one more package that implements it and
one entry in ``services.dms_kinds``. The value types it returns are
``DmsWorkorder`` and ``MileageReading`` (defined in ``domain/dms_records.py`` so the
adapters can build them without importing the services).

Failures are the :mod:`incadea_desk.errors` taxonomy: ``NotFound`` when the DMS
has no such workorder, ``Conflict`` when a write's version stamp is stale,
``Unavailable``/``Throttled``/``AuthenticationError`` when the DMS cannot be used now.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, runtime_checkable

from incadea_desk.domain import RegistrationNumber
from incadea_desk.domain.dms_records import (
    ChangedPage,
    DmsChange,
    DmsWorkorder,
    MileageReading,
    RefusedRow,
)

__all__ = [
    "ChangedPage",
    "DmsChange",
    "DmsSource",
    "DmsWorkorder",
    "MileageReading",
    "RefusedRow",
    "SpanSource",
    "WatermarkKeys",
]


@dataclass(frozen=True)
class WatermarkKeys:
    """The store's watermark rows of one DMS kind (their names are kept in databases)."""

    changes: str
    """How far the change walk has imported."""
    reconciled: str
    """When the last complete reconciliation walk started."""


class DmsSource(Protocol):
    """One DMS company, as the use cases see it."""

    @property
    def keeps_change_stamps(self) -> bool:
        """Whether the DMS says when a workorder changed; without it keep-importing cannot
        run (search, import, refresh and mileage can)."""
        ...

    async def find_by_order_no(self, wo_number: str) -> list[DmsWorkorder]:
        """The workorders with this WO number (none, one, or several in odd data)."""
        ...

    async def find_by_registration(self, reg: RegistrationNumber) -> list[DmsWorkorder]:
        """The workorders of the car with this registration number, newest first."""
        ...

    async def get_workorder(self, dms_number: str) -> DmsWorkorder:
        """The workorder with this DMS number; ``NotFound`` if there is none."""
        ...

    def changed_since(self, since: datetime, *, page_size: int = 100) -> AsyncIterator[ChangedPage]:
        """Pages of workorders changed at or after ``since``, oldest change first, ties
        in a stable order, so a walk can resume from the last fully processed page.
        Each row is read on its own: one that cannot be read is in ``refused``, and the
        others of its page are in ``rows``. ``dms_now`` is the DMS's clock, if it said."""
        ...

    async def reread(self, keys: Sequence[str]) -> ChangedPage:
        """The workorders with these DMS numbers (or, for a refused row whose number could
        not be read, its entity id), each read on its own; one that is gone is in
        neither list."""
        ...

    async def update_mileage(self, reading: MileageReading, km: int) -> MileageReading:
        """Write ``km`` if the DMS still holds ``reading``; ``Conflict`` if it changed."""
        ...

    async def ping(self) -> None:
        """Reach the DMS and sign in; raise the taxonomy's error if that fails."""
        ...

    def on_retry(self, listener: Callable[[int, int], None]) -> None:
        """Call ``listener(attempt, attempts)`` before each repeat of a request."""
        ...

    async def aclose(self) -> None:
        """Release the connection; the source is not used afterwards."""
        ...

    def changed_since_any_stamp(
        self, since: datetime, *, page_size: int = 100
    ) -> AsyncIterator[list[DmsWorkorder]]:
        """Pages of workorders changed at or after ``since`` by any change stamp the DMS
        keeps (a workorder may come more than once); for the reconciliation walk."""
        ...

    async def workorders_by_ids(self, entity_ids: Sequence[str]) -> list[DmsWorkorder]:
        """The workorders with these ``entity_id`` values the DMS still has (any order)."""
        ...

    def cars_changed_since(self, since: datetime) -> AsyncIterator[list[DmsChange]]:
        """Pages of the cars changed at or after ``since``, oldest change first."""
        ...

    def customers_changed_since(self, since: datetime) -> AsyncIterator[list[DmsChange]]:
        """Pages of the customers changed at or after ``since``, oldest change first."""
        ...

    async def workorders_of(
        self, *, cars: Sequence[str], customers: Sequence[str], appointments_from: datetime
    ) -> list[DmsWorkorder]:
        """The workorders with an appointment at or after ``appointments_from`` that refer to
        these cars or customers (as driver, owner or contractor), read in batches."""
        ...


@runtime_checkable
class SpanSource(Protocol):
    """What a DMS offers, beside ``DmsSource``, for a first sync walked in slices side by
    side (``services/sliced_walk.py``). A DMS without it is walked one page after the
    other."""

    async def count_changed(self, since: datetime, until: datetime | None) -> int:
        """How many workorders changed at or after ``since`` (and before ``until``)."""
        ...

    def changed_between(
        self, since: datetime, until: datetime | None, *, page_size: int = 100
    ) -> AsyncIterator[ChangedPage]:
        """``changed_since`` ending before ``until`` (None: no end)."""
        ...
