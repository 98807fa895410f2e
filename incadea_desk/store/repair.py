"""A damaged store file is moved aside and what can be read of its outbox is kept.

The import journal, the watermark and the audit trail can be rebuilt (a walk
from the start re-imports without duplicates, because imports are upserts);
the outbox holds what an advisor typed and cannot be rebuilt, so its readable
rows are copied into the new file.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

HEADER = b"SQLite format 3\x00"
OUTBOX_COLUMNS = ("kind", "key", "payload", "state", "attempts", "created_at")
# When the table cannot be scanned, rows are read one id at a time up to this id.
MAX_PROBED_ID = 5000
# A damaged file larger than this is not read into memory for salvage.
MAX_IMAGE_BYTES = 256 * 1024 * 1024


def header_is_readable(path: Path) -> bool:
    """False for a file that exists but does not start like a SQLite database."""
    try:
        with path.open("rb") as file:
            head = file.read(len(HEADER))
    except FileNotFoundError:
        return True
    return head in (b"", HEADER)


def quick_check(connection: sqlite3.Connection) -> bool:
    """SQLite's own consistency check of every page (without the slower index checks)."""
    rows = connection.execute("PRAGMA quick_check").fetchall()
    return [tuple(row) for row in rows] == [("ok",)]


def move_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename the file (and its WAL and shared-memory files) to ``<name>.damaged-<UTC time>``.

    ``FileNotFoundError`` when another process moved it first.
    """
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    os.replace(path, aside)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        with contextlib.suppress(FileNotFoundError):
            os.replace(companion, aside.with_name(aside.name + suffix))
    return aside


def salvage_outbox(aside: Path) -> list[tuple[Any, ...]]:
    """The outbox rows that can still be read from a damaged file, as ``OUTBOX_COLUMNS``.

    First the file as it is (with its WAL); if that yields nothing, its pages read into
    memory with the page count in the header set to what the file holds, because
    SQLite refuses a whole file whose header promises more pages than a truncation left.
    """
    rows: list[tuple[Any, ...]] = []
    try:
        connection = sqlite3.connect(aside, isolation_level=None)
        try:
            rows = _readable_rows(connection)
        finally:
            connection.close()
    except sqlite3.Error:
        rows = []
    if rows:
        return rows
    image = _truncated_image(aside)
    if image is None:
        return []
    connection = sqlite3.connect(":memory:", isolation_level=None)
    try:
        connection.deserialize(image)
        return _readable_rows(connection)
    except sqlite3.Error:
        return []
    finally:
        connection.close()


def _truncated_image(aside: Path) -> bytes | None:
    try:
        if aside.stat().st_size > MAX_IMAGE_BYTES:
            return None
        data = aside.read_bytes()
    except OSError:
        return None
    if len(data) < 100 or not data.startswith(HEADER):
        return None
    page_size = int.from_bytes(data[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return None
    pages = len(data) // page_size
    image = bytearray(data[: pages * page_size])
    image[28:32] = pages.to_bytes(4, "big")
    # Journal mode "legacy" in the header: the in-memory copy has no WAL to look for.
    image[18:20] = b"\x01\x01"
    return bytes(image)


def _readable_rows(connection: sqlite3.Connection) -> list[tuple[Any, ...]]:
    columns = ", ".join(OUTBOX_COLUMNS)
    try:
        return [tuple(r) for r in connection.execute(f"SELECT {columns} FROM outbox ORDER BY id")]
    except sqlite3.Error as error:
        log.info("store repair: outbox not readable as a whole (%s)", type(error).__name__)
    rows: list[tuple[Any, ...]] = []
    misses = 0
    for row_id in range(1, MAX_PROBED_ID + 1):
        try:
            row = connection.execute(
                f"SELECT {columns} FROM outbox WHERE id = ?", (row_id,)
            ).fetchone()
        except sqlite3.Error:
            row = None
        if row is None:
            misses += 1
            if misses > 500 and not rows:
                break
            continue
        rows.append(tuple(row))
    return rows
