"""The reconciliation walk: what the change walk cannot see, caught once a day.

The change walk reads from its watermark minus a short overlap. Business Central
stamps a row when it is modified, not when the transaction commits, so a long
posting job can commit rows stamped before that overlap; and its platform stamp
``systemModifiedAt`` can move when ``lastModifiedDateTime`` does not. Once a day
(at the first walk of the day, and every ``reconcile_every_hours``) this walk
re-reads ``reconcile_span_hours`` of changes by every stamp the DMS keeps and
imports what differs from what Claire holds, without moving the watermark. It
then asks the DMS, by id and in batches, for every workorder the journal holds
open; one the DMS no longer has is marked cancelled in Claire, one it has under
another number is imported under its first Claire key.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from incadea_desk.config import SyncSettings
from incadea_desk.services.ports import DmsSource
from incadea_desk.services.reimport import Reimporter, Tally
from incadea_desk.store import Store


class Reconciliation:
    def __init__(
        self,
        dms: DmsSource,
        store: Store,
        reimporter: Reimporter,
        settings: SyncSettings,
        last_run: str,
    ) -> None:
        self._last_run = last_run
        """The watermark row that holds when the last complete reconciliation started."""
        self._dms = dms
        self._store = store
        self._reimporter = reimporter
        self._settings = settings

    async def due(self, now: datetime) -> bool:
        """At the first walk of a (local) day, and when the last one is old enough."""
        last = await self._store.watermarks.get(self._last_run)
        if last is None:
            # A workstation's first walk imports its whole look-back window, wider than
            # the span: today counts as reconciled.
            await self.done(now)
            return False
        if last.astimezone().date() < now.astimezone().date():
            return True
        return now - last >= timedelta(hours=self._settings.reconcile_every_hours)

    async def done(self, now: datetime) -> None:
        """Count ``now`` as reconciled (a first run that imported its look-back window)."""
        await self._store.watermarks.advance(self._last_run, now)

    async def run(self, now: datetime, tally: Tally) -> None:
        """Re-read the span, then check the open workorders; ``RemoteError`` stops it
        before anything is cancelled on a partial answer."""
        since = now - timedelta(hours=self._settings.reconcile_span_hours)
        pages = self._dms.changed_since_any_stamp(since)
        try:
            async for page in pages:
                await self._reimporter.by_content(page, tally)
        finally:
            close = getattr(pages, "aclose", None)
            if close is not None:
                await close()
        await self._check_open(tally)
        if tally.failed == 0:
            await self.done(now)

    async def _check_open(self, tally: Tally) -> None:
        entries = [e for e in await self._store.journal.open_entries() if e.entity_id]
        if not entries:
            return
        present = await self._dms.workorders_by_ids([e.entity_id or "" for e in entries])
        # Renumbered ones come back under their new number; imported by content they
        # keep their first Claire key and take the new WO number.
        await self._reimporter.by_content(present, tally)
        ids = {hit.entity_id for hit in present}
        for entry in entries:
            if entry.entity_id not in ids:
                await self._reimporter.cancel(entry, tally)
