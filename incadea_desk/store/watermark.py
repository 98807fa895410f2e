"""Sync watermarks: up to which DMS change time keep-importing has processed everything."""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from incadea_desk.store._time import from_text, to_text

Runner = Callable[[Callable[[sqlite3.Connection], Any]], Awaitable[Any]]


class Watermarks:
    """The watermarks of one site ("" for a workstation's single location)."""

    def __init__(self, run: Runner, clock: Callable[[], datetime], site: str = "") -> None:
        self._run = run
        self._clock = clock
        self._site = site

    async def get(self, name: str) -> datetime | None:
        def work(c: sqlite3.Connection) -> datetime | None:
            row = c.execute(
                "SELECT watermark FROM sync_watermark WHERE site = ? AND name = ?",
                (self._site, name),
            ).fetchone()
            return from_text(row[0]) if row else None

        result: datetime | None = await self._run(work)
        return result

    async def advance(self, name: str, watermark: datetime) -> datetime:
        """Move the watermark forward (never back); return the stored value."""
        text = to_text(watermark)
        now = to_text(self._clock())

        def work(c: sqlite3.Connection) -> datetime:
            c.execute(
                """
                INSERT INTO sync_watermark (site, name, watermark, updated_at)
                VALUES (?, ?, ?, ?)
                ON CONFLICT (site, name) DO UPDATE SET
                    watermark = MAX(sync_watermark.watermark, excluded.watermark),
                    updated_at = excluded.updated_at
                """,
                (self._site, name, text, now),
            )
            row = c.execute(
                "SELECT watermark FROM sync_watermark WHERE site = ? AND name = ?",
                (self._site, name),
            ).fetchone()
            return from_text(row[0])

        result: datetime = await self._run(work)
        return result

    async def set(self, name: str, watermark: datetime) -> None:
        """Put the watermark at ``watermark``, also back (IT re-walks a span)."""
        text, now = to_text(watermark), to_text(self._clock())
        await self._run(
            lambda c: c.execute(
                """
                INSERT INTO sync_watermark (site, name, watermark, updated_at)
                VALUES (?, ?, ?, ?)
                ON CONFLICT (site, name) DO UPDATE SET
                    watermark = excluded.watermark, updated_at = excluded.updated_at
                """,
                (self._site, name, text, now),
            )
        )

    async def reset(self, name: str) -> None:
        await self._run(
            lambda c: c.execute(
                "DELETE FROM sync_watermark WHERE site = ? AND name = ?", (self._site, name)
            )
        )
