"""The audit trail: who did what, when, to which workorder, with what outcome.

``actor`` is the channel (``gui``, ``cli``, ``sync``, ``outbox``), not a person;
``detail`` carries numbers and codes only, never personal data.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from incadea_desk.store._time import from_text, to_text

Runner = Callable[[Callable[[sqlite3.Connection], Any]], Awaitable[Any]]


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    actor: str
    action: str
    dms_number: str | None
    wo_number: str | None
    outcome: str
    detail: str
    hits: int | None = None
    """How many workorders a search found; None for every other action."""


def _entry(row: sqlite3.Row) -> AuditEntry:
    return AuditEntry(
        at=from_text(row["at"]),
        actor=row["actor"],
        action=row["action"],
        dms_number=row["dms_number"],
        wo_number=row["wo_number"],
        outcome=row["outcome"],
        detail=row["detail"],
        hits=row["hits"],
    )


class AuditTrail:
    def __init__(self, run: Runner, clock: Callable[[], datetime]) -> None:
        self._run = run
        self._clock = clock

    async def record(
        self,
        *,
        actor: str,
        action: str,
        outcome: str,
        dms_number: str | None = None,
        wo_number: str | None = None,
        detail: str = "",
        hits: int | None = None,
    ) -> AuditEntry:
        entry = AuditEntry(
            at=self._clock(),
            actor=actor,
            action=action,
            dms_number=dms_number,
            wo_number=wo_number,
            outcome=outcome,
            detail=detail,
            hits=hits,
        )
        await self._run(
            lambda c: c.execute(
                """
                INSERT INTO audit_trail
                    (at, actor, action, dms_number, wo_number, outcome, detail, hits)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
                (to_text(entry.at), actor, action, dms_number, wo_number, outcome, detail, hits),
            )
        )
        return entry

    async def recent(self, limit: int = 100) -> list[AuditEntry]:
        def work(c: sqlite3.Connection) -> list[AuditEntry]:
            rows = c.execute(
                "SELECT * FROM audit_trail ORDER BY at DESC, id DESC LIMIT ?", (limit,)
            ).fetchall()
            return [_entry(r) for r in rows]

        result: list[AuditEntry] = await self._run(work)
        return result

    async def purge_before(self, cutoff: datetime) -> int:
        result: int = await self._run(
            lambda c: c.execute("DELETE FROM audit_trail WHERE at < ?", (to_text(cutoff),)).rowcount
        )
        return result
