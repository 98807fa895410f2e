"""What the use cases answer: the result types, a leaf that the services, the event bus,
the CLI and the window import without importing the use cases themselves."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from incadea_desk.domain import Workorder
from incadea_desk.domain.diff import FieldChange
from incadea_desk.errors import RemoteError
from incadea_desk.messages import mileage_sentence
from incadea_desk.services.ports import DmsWorkorder
from incadea_desk.services.queries import Query, QueryKind


@dataclass(frozen=True)
class SearchResult:
    query: Query
    """What the search text was read as."""
    hits: list[DmsWorkorder]

    @property
    def kind(self) -> QueryKind:
        return self.query.kind

    @property
    def shown(self) -> str:
        """The search as the window repeats it: a plate in its displayed form, else the
        text as read."""
        plate = self.query.registration
        if plate is not None and self.query.kind == "registration":
            return plate.display
        return self.query.text


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
    codes: tuple[str, ...]
    """What happened, as sentences of ``messages.MILEAGE_SENTENCES``, in order."""
    arguments: Mapping[str, object] = field(default_factory=dict)
    dms_number: str | None = None
    problem: RemoteError | None = None
    """Why the DMS could not take the correction now (the ``{problem}`` of a queued one)."""

    @property
    def message(self) -> str:
        """The outcome in English, as the CLI says it."""
        problem = {"problem": self.problem.user_message} if self.problem is not None else {}
        return mileage_sentence(self.codes, {**self.arguments, **problem})


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
    """The system (``dms`` or ``claire``) that stopped the last run, if one did."""


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
    held: int = 0
    """Workorders of this walk put in (or kept in) the quarantine."""
    quarantined: int = 0
    """Workorders the quarantine holds after this walk."""
    released: int = 0
    """Held workorders this walk imported at last."""
    future: int = 0
    """Workorders stamped later than the DMS's clock (plus the tolerance): imported, but
    the watermark does not follow them."""
    reimported: int = 0
    """Workorders imported again after the change walk: their car or customer changed,
    or the reconciliation walk found them different from what Claire held."""
    reimport_failed: int = 0
    """Of those, the ones that did not reach Claire (the next walk tries again)."""
    canceled: int = 0
    """Appointments marked cancelled in Claire because the DMS no longer has them."""
    reconciled: bool = False
    """A complete reconciliation walk ran after the change walk."""
    error_code: str | None = None
    """What kind of failure ``error`` is (a sentence code, or ``store``), for monitoring."""

    @property
    def complete(self) -> bool:
        """Everything that could be imported was: a held workorder is not a failure."""
        return self.error is None and self.failed == 0
