"""What keep-importing does after each change walk that reached the DMS: the walk over
changed cars and customers, and, when it is due, the reconciliation walk. Their counts
join the change walk's report; neither moves the change walk's watermark."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from incadea_desk.config import SyncSettings
from incadea_desk.errors import RemoteError
from incadea_desk.services.context import ServiceContext
from incadea_desk.services.outcomes import SyncReport
from incadea_desk.services.ports import WatermarkKeys
from incadea_desk.services.reconciliation import Reconciliation
from incadea_desk.services.reimport import Reimporter, Tally
from incadea_desk.services.related_changes import RelatedChanges


class WiderWalks:
    def __init__(
        self, context: ServiceContext, settings: SyncSettings, watermarks: WatermarkKeys
    ) -> None:
        dms, store = context.dms, context.store
        reimporter = Reimporter(context.claire, store, context.audit, settings, context.monitor)
        self._related = RelatedChanges(dms, store, reimporter, settings)
        self._reconciliation = Reconciliation(
            dms, store, reimporter, settings, watermarks.reconciled
        )
        self._audit = context.audit
        self._monitor = context.monitor

    async def after(self, now: datetime, *, reconcile: bool) -> WiderReport:
        """The walk over changed cars and customers, then the reconciliation walk when it
        is due (``reconcile``: now); a ``RemoteError`` stops them and is reported."""
        tally = Tally()
        error: RemoteError | None = None
        reconciled = False
        try:
            await self._related.run(now, tally)
            if reconcile or await self._reconciliation.due(now):
                reconciled = True
                await self._reconciliation.run(now, tally)
        except RemoteError as failure:
            error = failure
            self._monitor.failed(failure)
        if reconciled:
            await self._audit.record(
                "reconcile",
                "complete" if error is None and tally.failed == 0 else "incomplete",
                detail=f"seen={tally.seen} imported={tally.imported} "
                f"canceled={tally.canceled} failed={tally.failed}",
                actor="sync",
            )
        return WiderReport(tally, reconciled and error is None and tally.failed == 0, error)


@dataclass(frozen=True)
class WiderReport:
    tally: Tally
    reconciled: bool
    error: RemoteError | None

    def joined(self, report: SyncReport) -> SyncReport:
        """The change walk's ``report`` with these walks' counts."""
        return replace(
            report,
            reimported=self.tally.imported,
            reimport_failed=self.tally.failed,
            canceled=self.tally.canceled,
            reconciled=self.reconciled,
            error=report.error or (self.error.user_message if self.error else None),
        )
