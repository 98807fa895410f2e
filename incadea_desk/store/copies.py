"""The local copies of imported workorders, found by DMS number, WO number or plate.

A copy is written with the journal row of the same import (one transaction) and
purged with it after the retention period. What a copy holds is ``copy_codec``'s.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from incadea_desk.domain.models import Workorder
from incadea_desk.store._time import from_text, to_text
from incadea_desk.store.copy_codec import decode
from incadea_desk.store.watermark import Runner


@dataclass(frozen=True)
class CopyRow:
    """One copy as written: the keys it is found by, and the encoded workorder."""

    dms_number: str
    wo_number: str
    plate: str | None
    body: bytes


@dataclass(frozen=True)
class LocalCopy:
    workorder: Workorder
    read_at: datetime
    """When the DMS was read for it (UTC)."""


def write_copies(c: sqlite3.Connection, rows: Sequence[CopyRow], read_at: datetime) -> None:
    """Insert or replace copies, inside the caller's transaction."""
    stamp = to_text(read_at)
    c.executemany(
        """
        INSERT INTO workorder_copies (dms_number, wo_number, plate, read_at, body)
        VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (dms_number) DO UPDATE SET
            wo_number = excluded.wo_number, plate = excluded.plate,
            read_at = excluded.read_at, body = excluded.body
        """,
        [(r.dms_number, r.wo_number, r.plate, stamp, r.body) for r in rows],
    )


def drop_copy(c: sqlite3.Connection, dms_number: str) -> None:
    """Delete the copy of one workorder, inside the caller's transaction."""
    c.execute("DELETE FROM workorder_copies WHERE dms_number = ?", (dms_number,))


class WorkorderCopies:
    def __init__(self, run: Runner) -> None:
        self._run = run

    async def find(
        self,
        *,
        dms_number: str | None = None,
        wo_number: str | None = None,
        plate: str | None = None,
    ) -> list[LocalCopy]:
        """The readable copies any of these keys names, newest appointment first."""
        keys = [
            (column, value)
            for column, value in (
                ("dms_number", dms_number),
                ("wo_number", wo_number),
                ("plate", plate),
            )
            if value
        ]
        if not keys:
            return []
        where = " OR ".join(f"{column} = ?" for column, _ in keys)

        def work(c: sqlite3.Connection) -> list[tuple[bytes, str]]:
            return [
                (row[0], row[1])
                for row in c.execute(
                    f"SELECT body, read_at FROM workorder_copies WHERE {where}",
                    [value for _, value in keys],
                ).fetchall()
            ]

        rows: list[tuple[bytes, str]] = await self._run(work)
        found = []
        for body, read_at in rows:
            workorder = decode(body)
            if workorder is not None:
                found.append(LocalCopy(workorder, from_text(read_at)))
        found.sort(key=lambda copy: copy.workorder.appointment.appointment_date, reverse=True)
        return found

    async def body(self, dms_number: str) -> bytes | None:
        """The bytes of one copy as they are on disk."""
        result: bytes | None = await self._run(
            lambda c: (
                row[0]
                if (
                    row := c.execute(
                        "SELECT body FROM workorder_copies WHERE dms_number = ?", (dms_number,)
                    ).fetchone()
                )
                else None
            )
        )
        return result

    async def count(self) -> int:
        result: int = await self._run(
            lambda c: c.execute("SELECT COUNT(*) FROM workorder_copies").fetchone()[0]
        )
        return result

    async def purge_before(self, cutoff: datetime) -> int:
        result: int = await self._run(
            lambda c: (
                c.execute(
                    "DELETE FROM workorder_copies WHERE read_at < ?", (to_text(cutoff),)
                ).rowcount
            )
        )
        return result
