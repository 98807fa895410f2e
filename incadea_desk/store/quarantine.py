"""The quarantine: workorders keep-importing could not import, held to be tried again.

A row holds identifiers, the field as the remote system names it, a reason code and
an English reason, never a value of the workorder (a value may be personal data).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

from incadea_desk.store._time import from_text, to_text
from incadea_desk.store._transaction import transaction

Runner = Callable[[Callable[[sqlite3.Connection], Any]], Awaitable[Any]]
Stage = Literal["dms", "claire"]
Backoff = Callable[[Stage, int], timedelta]
"""How long a row waits after its ``attempts``-th failure before it is tried again."""


@dataclass(frozen=True)
class HeldRecord:
    """What a failed import writes to the quarantine; the table adds the times."""

    dms_number: str
    wo_number: str | None
    entity_id: str | None
    stage: Stage
    field: str | None
    reason_code: str
    reason: str
    dms_last_modified: datetime | None = None


@dataclass(frozen=True)
class HeldEntry:
    record: HeldRecord
    first_seen: datetime
    last_seen: datetime
    attempts: int
    next_attempt_at: datetime


def _entry(row: sqlite3.Row) -> HeldEntry:
    stamp = row["dms_last_modified"]
    return HeldEntry(
        record=HeldRecord(
            dms_number=row["dms_number"],
            wo_number=row["wo_number"],
            entity_id=row["entity_id"],
            stage=row["stage"],
            field=row["field"],
            reason_code=row["reason_code"],
            reason=row["reason"],
            dms_last_modified=from_text(stamp) if stamp else None,
        ),
        first_seen=from_text(row["first_seen"]),
        last_seen=from_text(row["last_seen"]),
        attempts=int(row["attempts"]),
        next_attempt_at=from_text(row["next_attempt_at"]),
    )


def _no_wait(stage: Stage, attempts: int) -> timedelta:
    return timedelta(0)


class QuarantineTable:
    """The held rows of one site ("" for a workstation's single location)."""

    def __init__(self, run: Runner, clock: Callable[[], datetime], site: str = "") -> None:
        self._run = run
        self._clock = clock
        self._site = site

    async def hold(self, records: Sequence[HeldRecord], backoff: Backoff = _no_wait) -> int:
        """Hold these rows (one more attempt for a row already held, its first sighting
        kept); return how many rows the quarantine holds now."""
        now = self._clock()

        def work(c: sqlite3.Connection) -> int:
            with transaction(c):
                for r in records:
                    found = c.execute(
                        "SELECT attempts FROM quarantine WHERE site = ? AND dms_number = ?",
                        (self._site, r.dms_number),
                    ).fetchone()
                    attempts = int(found[0]) + 1 if found else 1
                    c.execute(
                        """
                        INSERT INTO quarantine (site, dms_number, wo_number, entity_id, stage,
                            field, reason_code, reason, dms_last_modified, first_seen,
                            last_seen, attempts, next_attempt_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (site, dms_number) DO UPDATE SET
                            wo_number = COALESCE(excluded.wo_number, quarantine.wo_number),
                            entity_id = COALESCE(excluded.entity_id, quarantine.entity_id),
                            stage = excluded.stage,
                            field = excluded.field,
                            reason_code = excluded.reason_code,
                            reason = excluded.reason,
                            dms_last_modified = COALESCE(excluded.dms_last_modified,
                                                         quarantine.dms_last_modified),
                            last_seen = excluded.last_seen,
                            attempts = excluded.attempts,
                            next_attempt_at = excluded.next_attempt_at
                        """,
                        (
                            self._site,
                            r.dms_number,
                            r.wo_number,
                            r.entity_id,
                            r.stage,
                            r.field,
                            r.reason_code,
                            r.reason,
                            to_text(r.dms_last_modified) if r.dms_last_modified else None,
                            to_text(now),
                            to_text(now),
                            attempts,
                            to_text(now + backoff(r.stage, attempts)),
                        ),
                    )
                return self._count(c)

        result: int = await self._run(work)
        return result

    async def release(self, keys: Sequence[str]) -> int:
        """Let go of the rows with these DMS numbers (or entity ids, for a row whose
        number could not be read); return how many rows the quarantine holds now."""

        def work(c: sqlite3.Connection) -> int:
            with transaction(c):
                for start in range(0, len(keys), 400):
                    chunk = list(keys[start : start + 400])
                    marks = ",".join("?" * len(chunk))
                    c.execute(
                        f"DELETE FROM quarantine WHERE site = ? AND (dms_number IN ({marks}) "
                        f"OR entity_id IN ({marks}))",
                        [self._site, *chunk, *chunk],
                    )
                return self._count(c)

        result: int = await self._run(work)
        return result

    async def all(self) -> list[HeldEntry]:
        def work(c: sqlite3.Connection) -> list[HeldEntry]:
            rows = c.execute(
                "SELECT * FROM quarantine WHERE site = ? ORDER BY first_seen, dms_number",
                (self._site,),
            )
            return [_entry(row) for row in rows.fetchall()]

        result: list[HeldEntry] = await self._run(work)
        return result

    async def due(self, now: datetime) -> list[HeldEntry]:
        """The rows whose wait is over."""

        def work(c: sqlite3.Connection) -> list[HeldEntry]:
            rows = c.execute(
                "SELECT * FROM quarantine WHERE site = ? AND next_attempt_at <= ? "
                "ORDER BY dms_number",
                (self._site, to_text(now)),
            )
            return [_entry(row) for row in rows.fetchall()]

        result: list[HeldEntry] = await self._run(work)
        return result

    async def count(self) -> int:
        result: int = await self._run(self._count)
        return result

    def _count(self, c: sqlite3.Connection) -> int:
        row = c.execute("SELECT COUNT(*) FROM quarantine WHERE site = ?", (self._site,))
        return int(row.fetchone()[0])
