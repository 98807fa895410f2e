"""The slices of a parallel walk: the span of each, how far it is processed, whether it
is finished. A plan is written once, moved forward slice by slice, and dropped when
every slice is finished."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from incadea_desk.store._time import from_text, to_text
from incadea_desk.store._transaction import transaction
from incadea_desk.store.watermark import Runner


@dataclass(frozen=True)
class SliceState:
    ordinal: int
    start: datetime
    until: datetime | None  # None: the last slice, open to every later change
    reached: datetime | None = None  # newest change processed, from the start on
    done: bool = False


def _text(moment: datetime | None) -> str | None:
    return to_text(moment) if moment is not None else None


def _moment(text: str | None) -> datetime | None:
    return from_text(text) if text is not None else None


class SyncSlices:
    """The slice plans of one site ("" for a workstation's single location)."""

    def __init__(self, run: Runner, site: str = "") -> None:
        self._run = run
        self._site = site

    async def get(self, name: str) -> list[SliceState]:
        """The plan of walk ``name`` in slice order; [] if there is none."""

        def work(c: sqlite3.Connection) -> list[SliceState]:
            rows = c.execute(
                "SELECT ordinal, start, until, reached, done FROM sync_slices "
                "WHERE site = ? AND name = ? ORDER BY ordinal",
                (self._site, name),
            ).fetchall()
            return [
                SliceState(
                    row[0], from_text(row[1]), _moment(row[2]), _moment(row[3]), bool(row[4])
                )
                for row in rows
            ]

        result: list[SliceState] = await self._run(work)
        return result

    async def plan(
        self, name: str, spans: Sequence[tuple[datetime, datetime | None]]
    ) -> list[SliceState]:
        """Replace the plan of ``name`` by these spans, none of them started."""
        states = [SliceState(i, start, until) for i, (start, until) in enumerate(spans)]

        def work(c: sqlite3.Connection) -> None:
            with transaction(c):
                c.execute("DELETE FROM sync_slices WHERE site = ? AND name = ?", (self._site, name))
                c.executemany(
                    "INSERT INTO sync_slices (site, name, ordinal, start, until) "
                    "VALUES (?, ?, ?, ?, ?)",
                    [
                        (self._site, name, s.ordinal, to_text(s.start), _text(s.until))
                        for s in states
                    ],
                )

        await self._run(work)
        return states

    async def mark(self, name: str, ordinal: int, reached: datetime | None, done: bool) -> None:
        """Slice ``ordinal`` is processed up to ``reached`` (and finished, if ``done``)."""
        await self._run(
            lambda c: c.execute(
                "UPDATE sync_slices SET reached = ?, done = ? "
                "WHERE site = ? AND name = ? AND ordinal = ?",
                (_text(reached), int(done), self._site, name, ordinal),
            )
        )

    async def clear(self, name: str) -> None:
        await self._run(
            lambda c: c.execute(
                "DELETE FROM sync_slices WHERE site = ? AND name = ?", (self._site, name)
            )
        )
