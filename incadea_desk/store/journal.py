"""The import journal: which workorder went to Claire, when, and with what content."""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal, NamedTuple

from incadea_desk.store._time import from_text, to_text
from incadea_desk.store._transaction import transaction
from incadea_desk.store.copies import CopyRow, drop_copy, write_copies

Runner = Callable[[Callable[[sqlite3.Connection], Any]], Awaitable[Any]]


@dataclass(frozen=True)
class JournalEntry:
    dms_number: str
    wo_number: str
    claire_id: str | None
    content_hash: str
    dms_last_modified: datetime | None
    imported_at: datetime
    entity_id: str | None = None
    """The DMS's own id of the workorder; None for rows imported before it was kept."""
    state: JournalState = "open"


JournalState = Literal["open", "finished", "canceled"]
"""open: the appointment is live in Claire; finished: the car left the shop; canceled:
canceled in the DMS, or marked so in Claire because the DMS no longer has it."""


class JournalRecord(NamedTuple):
    """What an import writes to the journal; the journal adds the time.

    ``dms_number`` is the key Claire knows the workorder by: the DMS number it was
    first imported with, also after the DMS renumbered it."""

    dms_number: str
    wo_number: str
    claire_id: str | None
    content_hash: str
    dms_last_modified: datetime | None
    entity_id: str | None = None
    state: JournalState = "open"
    plate: str | None = None
    """The compact plate the local copy is found by."""
    copy: bytes | None = None
    """The local copy of the workorder as read (``copy_codec.encode``); None keeps none."""


def _entry(row: sqlite3.Row) -> JournalEntry:
    return JournalEntry(
        dms_number=row["dms_number"],
        wo_number=row["wo_number"],
        claire_id=row["claire_id"],
        content_hash=row["content_hash"],
        dms_last_modified=from_text(row["dms_last_modified"]) if row["dms_last_modified"] else None,
        imported_at=from_text(row["imported_at"]),
        entity_id=row["entity_id"],
        state=row["state"],
    )


class ImportJournal:
    """The journal of one site ("" for a workstation's single location): a DMS number is
    unique within a company, not across the companies of a dealer group."""

    def __init__(self, run: Runner, clock: Callable[[], datetime], site: str = "") -> None:
        self._run = run
        self._clock = clock
        self._site = site

    @property
    def keeps_copies(self) -> bool:
        """Whether imports keep a local copy of the workorder beside its row: only for a
        workstation's location, whose window paints them. A site of a dealer group's
        importer keeps none; nothing reads them there, and copies are found by DMS
        number, which two companies of a group may share."""
        return self._site == ""

    async def get(self, dms_number: str) -> JournalEntry | None:
        def work(c: sqlite3.Connection) -> JournalEntry | None:
            row = c.execute(
                "SELECT * FROM import_journal WHERE site = ? AND dms_number = ?",
                (self._site, dms_number),
            ).fetchone()
            return _entry(row) if row else None

        result: JournalEntry | None = await self._run(work)
        return result

    async def get_many(self, dms_numbers: list[str]) -> dict[str, JournalEntry]:
        """The rows of these workorders that exist, by DMS number (one store call)."""
        return await self._where_in("dms_number", dms_numbers)

    async def _where_in(self, column: str, values: Sequence[str]) -> dict[str, JournalEntry]:
        keys = list(values)

        def work(c: sqlite3.Connection) -> dict[str, JournalEntry]:
            found: dict[str, JournalEntry] = {}
            for start in range(0, len(keys), 500):
                chunk = keys[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows = c.execute(
                    f"SELECT * FROM import_journal WHERE site = ? AND {column} IN ({marks})",
                    [self._site, *chunk],
                ).fetchall()
                found.update((row[column], _entry(row)) for row in rows)
            return found

        result: dict[str, JournalEntry] = await self._run(work)
        return result

    async def find_by_wo(self, wo_number: str) -> list[JournalEntry]:
        def work(c: sqlite3.Connection) -> list[JournalEntry]:
            rows = c.execute(
                "SELECT * FROM import_journal WHERE site = ? AND wo_number = ? ORDER BY dms_number",
                (self._site, wo_number),
            ).fetchall()
            return [_entry(r) for r in rows]

        result: list[JournalEntry] = await self._run(work)
        return result

    async def record(
        self,
        *,
        dms_number: str,
        wo_number: str,
        claire_id: str | None,
        content_hash: str,
        dms_last_modified: datetime | None,
        entity_id: str | None = None,
        state: JournalState = "open",
        plate: str | None = None,
        copy: bytes | None = None,
    ) -> JournalEntry:
        """Insert or replace the row of one workorder after a successful upsert."""
        [entry] = await self.record_many(
            [
                JournalRecord(
                    dms_number,
                    wo_number,
                    claire_id,
                    content_hash,
                    dms_last_modified,
                    entity_id,
                    state,
                    plate,
                    copy,
                )
            ]
        )
        return entry

    async def record_many(self, records: Sequence[JournalRecord]) -> list[JournalEntry]:
        """Insert or replace the rows of a batch, and the local copies they carry, in one
        transaction: one disk sync, not one each."""
        imported_at = self._clock()
        entries = [
            JournalEntry(
                r.dms_number,
                r.wo_number,
                r.claire_id,
                r.content_hash,
                r.dms_last_modified,
                imported_at,
                r.entity_id,
                r.state,
            )
            for r in records
        ]
        if not entries:
            return entries
        copies = [
            CopyRow(r.dms_number, r.wo_number, r.plate, r.copy)
            for r in records
            if r.copy is not None and self.keeps_copies
        ]

        def work(c: sqlite3.Connection) -> None:
            with transaction(c):
                c.executemany(
                    """
                    INSERT INTO import_journal
                        (site, dms_number, wo_number, claire_id, content_hash,
                         dms_last_modified, imported_at, entity_id, state)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (site, dms_number) DO UPDATE SET
                        wo_number = excluded.wo_number,
                        claire_id = COALESCE(excluded.claire_id, import_journal.claire_id),
                        content_hash = excluded.content_hash,
                        dms_last_modified = excluded.dms_last_modified,
                        imported_at = excluded.imported_at,
                        entity_id = COALESCE(excluded.entity_id, import_journal.entity_id),
                        state = excluded.state
                    """,
                    [
                        (
                            self._site,
                            e.dms_number,
                            e.wo_number,
                            e.claire_id,
                            e.content_hash,
                            to_text(e.dms_last_modified) if e.dms_last_modified else None,
                            to_text(e.imported_at),
                            e.entity_id,
                            e.state,
                        )
                        for e in entries
                    ],
                )
                write_copies(c, copies, imported_at)

        await self._run(work)
        return entries

    async def by_entity_ids(self, entity_ids: Sequence[str]) -> dict[str, JournalEntry]:
        """The rows of these DMS ids that exist, by DMS id (one store call)."""
        return await self._where_in("entity_id", entity_ids)

    async def open_entries(self) -> list[JournalEntry]:
        """The workorders whose appointment is live in Claire and not yet finished."""
        result: list[JournalEntry] = await self._run(
            lambda c: [
                _entry(row)
                for row in c.execute(
                    "SELECT * FROM import_journal WHERE site = ? AND state = 'open' "
                    "ORDER BY dms_number",
                    (self._site,),
                ).fetchall()
            ]
        )
        return result

    async def mark_canceled(self, dms_number: str) -> None:
        """The workorder's appointment is canceled in Claire (its content stays as it was),
        as the DMS no longer has it. Its local copy goes: a search would show it live."""

        def work(c: sqlite3.Connection) -> None:
            with transaction(c):
                c.execute(
                    "UPDATE import_journal SET state = 'canceled', imported_at = ? "
                    "WHERE site = ? AND dms_number = ?",
                    (to_text(self._clock()), self._site, dms_number),
                )
                drop_copy(c, dms_number)

        await self._run(work)

    async def count(self) -> int:
        result: int = await self._run(
            lambda c: c.execute(
                "SELECT COUNT(*) FROM import_journal WHERE site = ?", (self._site,)
            ).fetchone()[0]
        )
        return result

    async def purge_before(self, cutoff: datetime) -> int:
        def work(c: sqlite3.Connection) -> int:
            return c.execute(
                "DELETE FROM import_journal WHERE imported_at < ?", (to_text(cutoff),)
            ).rowcount

        result: int = await self._run(work)
        return result
