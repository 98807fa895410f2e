"""The audit log as the services see it: record what was done, list the recent entries."""

from __future__ import annotations

from incadea_desk.store import AuditEntry, Store


class AuditLog:
    def __init__(self, store: Store, actor: str) -> None:
        self._store = store
        self.actor = actor

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

    async def recent(self, limit: int = 100) -> list[AuditEntry]:
        return await self._store.audit.recent(limit)
