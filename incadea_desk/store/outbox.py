"""The durable outbox: changes an advisor made that could not reach a remote system yet.

One row per (kind, key): a second change for the same key merges into the
waiting row (for mileage: the highest value wins), so a key is sent once.
A row is deleted only when the revision that was sent is still the stored
one, so a change that arrives while a send is in flight is not lost.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from incadea_desk.store._time import from_text, to_text
from incadea_desk.store._transaction import transaction

Runner = Callable[[Callable[[sqlite3.Connection], Any]], Awaitable[Any]]


@dataclass(frozen=True)
class MileageCorrection:
    """A mileage correction waiting for the DMS: the value typed, and whether the advisor
    confirmed it as an unusual jump."""

    km: int
    confirmed: bool = False


Merge = Callable[[MileageCorrection, MileageCorrection], MileageCorrection]


@dataclass(frozen=True)
class OutboxItem:
    id: int
    kind: str
    key: str
    payload: MileageCorrection | None
    """None for a row this version cannot read (another kind, or a damaged value)."""
    state: Literal["pending", "held"]
    attempts: int
    revision: int
    created_at: datetime
    next_attempt_at: datetime
    last_error_code: str | None


def _item(row: sqlite3.Row) -> OutboxItem:
    return OutboxItem(
        id=row["id"],
        kind=row["kind"],
        key=row["key"],
        payload=_decode(row["payload"]),
        state=row["state"],
        attempts=row["attempts"],
        revision=row["revision"],
        created_at=from_text(row["created_at"]),
        next_attempt_at=from_text(row["next_attempt_at"]),
        last_error_code=row["last_error_code"],
    )


def _encode(correction: MileageCorrection) -> str:
    return json.dumps({"km": correction.km, "confirmed": correction.confirmed}, sort_keys=True)


def _decode(text: str) -> MileageCorrection | None:
    try:
        raw = json.loads(text)
    except ValueError:
        return None
    km = raw.get("km") if isinstance(raw, dict) else None
    if not isinstance(km, int) or isinstance(km, bool) or km < 0:
        return None
    return MileageCorrection(km, raw.get("confirmed") is True)


def _replace_payload(old: MileageCorrection, new: MileageCorrection) -> MileageCorrection:
    return new


class Outbox:
    def __init__(self, run: Runner, clock: Callable[[], datetime]) -> None:
        self._run = run
        self._clock = clock

    async def enqueue(
        self, kind: str, key: str, payload: MileageCorrection, *, merge: Merge = _replace_payload
    ) -> OutboxItem:
        """Add a change, or merge it into the one already waiting for the same key.

        The merged row becomes due at once and pending again, even if it was held.
        """
        stored, _previous = await self.add(kind, key, payload, merge=merge)
        return stored

    async def add(
        self, kind: str, key: str, payload: MileageCorrection, *, merge: Merge = _replace_payload
    ) -> tuple[OutboxItem, OutboxItem | None]:
        """``enqueue``, also returning the row as it was before (None if there was none),
        so that a change that turns out not to be wanted can be taken back."""
        now = to_text(self._clock())

        def work(c: sqlite3.Connection) -> tuple[OutboxItem, OutboxItem | None]:
            with transaction(c):
                row = c.execute(
                    "SELECT * FROM outbox WHERE kind = ? AND key = ?", (kind, key)
                ).fetchone()
                if row is None:
                    c.execute(
                        """
                        INSERT INTO outbox (kind, key, payload, created_at, next_attempt_at)
                        VALUES (?, ?, ?, ?, ?)
                        """,
                        (kind, key, _encode(payload), now, now),
                    )
                else:
                    waiting = _decode(row["payload"])
                    # A value this version cannot read is replaced, never merged.
                    merged = payload if waiting is None else merge(waiting, payload)
                    c.execute(
                        """
                        UPDATE outbox SET payload = ?, revision = revision + 1,
                            state = 'pending', next_attempt_at = ?
                        WHERE id = ?
                        """,
                        (_encode(merged), now, row["id"]),
                    )
                stored = c.execute(
                    "SELECT * FROM outbox WHERE kind = ? AND key = ?", (kind, key)
                ).fetchone()
            return _item(stored), (_item(row) if row is not None else None)

        result: tuple[OutboxItem, OutboxItem | None] = await self._run(work)
        return result

    async def take_back(self, item: OutboxItem, previous: OutboxItem | None) -> bool:
        """Undo ``add``: put back the row as it was (or remove it), unless a newer change
        merged in since; False when it did."""

        def work(c: sqlite3.Connection) -> bool:
            if previous is None:
                return bool(
                    c.execute(
                        "DELETE FROM outbox WHERE id = ? AND revision = ?",
                        (item.id, item.revision),
                    ).rowcount
                )
            return bool(
                c.execute(
                    """
                    UPDATE outbox SET payload = ?, state = ?, next_attempt_at = ?,
                        revision = revision + 1
                    WHERE id = ? AND revision = ?
                    """,
                    (
                        _encode(previous.payload) if previous.payload else "{}",
                        previous.state,
                        to_text(previous.next_attempt_at),
                        item.id,
                        item.revision,
                    ),
                ).rowcount
            )

        result: bool = await self._run(work)
        return result

    async def due(self, limit: int = 100) -> list[OutboxItem]:
        """Pending items whose next attempt is now or past, oldest schedule first."""
        now = to_text(self._clock())

        def work(c: sqlite3.Connection) -> list[OutboxItem]:
            rows = c.execute(
                """
                SELECT * FROM outbox WHERE state = 'pending' AND next_attempt_at <= ?
                ORDER BY next_attempt_at, id LIMIT ?
                """,
                (now, limit),
            ).fetchall()
            return [_item(r) for r in rows]

        result: list[OutboxItem] = await self._run(work)
        return result

    async def all(self) -> list[OutboxItem]:
        def work(c: sqlite3.Connection) -> list[OutboxItem]:
            rows = c.execute("SELECT * FROM outbox ORDER BY created_at, id").fetchall()
            return [_item(r) for r in rows]

        result: list[OutboxItem] = await self._run(work)
        return result

    async def count(self) -> int:
        result: int = await self._run(
            lambda c: c.execute("SELECT COUNT(*) FROM outbox").fetchone()[0]
        )
        return result

    async def complete(self, item: OutboxItem) -> bool:
        """Remove a sent item; False if a newer change merged in meanwhile (it stays)."""

        def work(c: sqlite3.Connection) -> bool:
            deleted = c.execute(
                "DELETE FROM outbox WHERE id = ? AND revision = ?", (item.id, item.revision)
            ).rowcount
            return deleted == 1

        result: bool = await self._run(work)
        return result

    async def reschedule(
        self, item: OutboxItem, next_attempt_at: datetime, error_code: str
    ) -> None:
        """Count a failed attempt and set when to try again."""
        when = to_text(next_attempt_at)
        await self._run(
            lambda c: c.execute(
                """
                UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error_code = ?
                WHERE id = ?
                """,
                (when, error_code, item.id),
            )
        )

    async def hold(self, item: OutboxItem, error_code: str) -> None:
        """Stop retrying an item that cannot succeed without the advisor (kept, visible)."""
        await self._run(
            lambda c: c.execute(
                """
                UPDATE outbox SET state = 'held', attempts = attempts + 1, last_error_code = ?
                WHERE id = ? AND revision = ?
                """,
                (error_code, item.id, item.revision),
            )
        )

    async def discard(self, item_id: int) -> bool:
        result: bool = await self._run(
            lambda c: c.execute("DELETE FROM outbox WHERE id = ?", (item_id,)).rowcount == 1
        )
        return result
