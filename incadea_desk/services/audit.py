"""The audit log as the services see it: record what was done, list the recent entries.

An entry that must not delay what the advisor sees (a search's) is recorded "soon":
written on the store's thread while the window paints, and waited for by ``drain``
when the services close, so it is not lost.
"""

from __future__ import annotations

import asyncio
import logging

from incadea_desk.store import AuditEntry, Store, StoreError

log = logging.getLogger(__name__)


class AuditLog:
    def __init__(self, store: Store, actor: str) -> None:
        self._store = store
        self.actor = actor
        self._writing: set[asyncio.Task[None]] = set()

    async def record(
        self,
        action: str,
        outcome: str,
        *,
        dms_number: str | None = None,
        wo_number: str | None = None,
        detail: str = "",
        actor: str | None = None,
        hits: int | None = None,
    ) -> AuditEntry:
        return await self._store.audit.record(
            actor=actor or self.actor,
            action=action,
            outcome=outcome,
            dms_number=dms_number,
            wo_number=wo_number,
            detail=detail,
            hits=hits,
        )

    def record_soon(
        self, action: str, outcome: str, *, detail: str = "", hits: int | None = None
    ) -> None:
        """``record``, without waiting for the disk: the caller goes on at once."""
        task = asyncio.create_task(self._record_kept(action, outcome, detail, hits))
        self._writing.add(task)
        task.add_done_callback(self._writing.discard)

    async def _record_kept(self, action: str, outcome: str, detail: str, hits: int | None) -> None:
        try:
            await self.record(action, outcome, detail=detail, hits=hits)
        except StoreError as error:
            # The advisor already has the result; the store's problem is said elsewhere.
            log.warning("audit: a %s entry was not written (%s)", action, error.problem)

    async def drain(self) -> None:
        """Wait until every entry recorded soon is written (before the store closes)."""
        while self._writing:
            await asyncio.gather(*self._writing)

    async def recent(self, limit: int = 100) -> list[AuditEntry]:
        await self.drain()
        return await self._store.audit.recent(limit)
