"""What the use cases answer: the result types, a leaf that the services, the event bus,
the CLI and the window import without importing the use cases themselves."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from incadea_desk.domain import Workorder
from incadea_desk.domain.diff import FieldChange
from incadea_desk.services.ports import DmsWorkorder
from incadea_desk.services.queries import QueryKind


@dataclass(frozen=True)
class SearchResult:
    query: str
    kind: QueryKind
    hits: list[DmsWorkorder]


ImportOutcome = Literal["created", "updated", "unchanged"]


@dataclass(frozen=True)
class ImportResult:
    dms_number: str
    wo_number: str
    claire_id: str | None
    outcome: ImportOutcome
    changes: list[FieldChange]
    """What differs from what Claire held, as domain paths with old and new values
    (every field with a value when Claire held nothing)."""
    workorder: Workorder
    imported_at: datetime
    warnings: list[str]

    @property
    def changed_fields(self) -> list[str]:
        """The domain paths of ``changes``."""
        return [change.path for change in self.changes]


MileageResult = Literal["written", "refused_not_higher", "needs_confirmation", "queued"]


@dataclass(frozen=True)
class MileageOutcome:
    outcome: MileageResult
    dms_km_before: int | None
    dms_km_after: int | None
    new_km: int
    message: str
    dms_number: str | None = None


SyncState = Literal["idle", "running", "paused", "stopped"]


@dataclass(frozen=True)
class SyncProgress:
    """Where keep-importing stands; the counts are those of the current or last run."""

    state: SyncState = "idle"
    seen: int = 0
    imported: int = 0
    unchanged: int = 0
    failed: int = 0
    last_run: datetime | None = None
    next_run: datetime | None = None
    watermark: datetime | None = None
    unreachable: str | None = None
    """The system (``incadea`` or ``claire``) that stopped the last run, if one did."""


@dataclass(frozen=True)
class SyncReport:
    """The outcome of one walk over the changed workorders."""

    seen: int
    imported: int
    unchanged: int
    failed: int
    started_at: datetime
    finished_at: datetime
    since: datetime
    watermark: datetime | None
    error: str | None = None
    reimported: int = 0
    """Workorders imported again after the change walk: their car or customer changed,
    or the reconciliation walk found them different from what Claire held."""
    reimport_failed: int = 0
    """Of those, the ones that did not reach Claire (the next walk tries again)."""
    canceled: int = 0
    """Appointments marked cancelled in Claire because the DMS no longer has them."""
    reconciled: bool = False
    """A complete reconciliation walk ran after the change walk."""

    @property
    def complete(self) -> bool:
        return self.error is None and self.failed == 0
