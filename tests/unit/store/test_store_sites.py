"""A site importer keeps one journal, watermark, quarantine and slice plan per site; a
store of the version before sites keeps its rows as those of the implicit site."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from incadea_desk.store import HeldRecord, Store
from incadea_desk.store.migrations import MIGRATIONS

WATERMARK = "incadea.serviceOrders"
STAMP = datetime(2026, 11, 20, 7, 30, tzinfo=UTC)


def _held(dms_number: str) -> HeldRecord:
    return HeldRecord(dms_number, "4711", None, "claire", "car.vin", "claire_refused", "refused")


async def test_each_site_keeps_rows_of_its_own(store: Store) -> None:
    north, south = store.for_site("north"), store.for_site("south")
    await north.watermarks.advance(WATERMARK, STAMP)
    await north.quarantine.hold([_held("SO-1")])
    await north.journal.record(
        dms_number="SO-1",
        wo_number="4711",
        claire_id="apt_n",
        content_hash="a",
        dms_last_modified=STAMP,
    )
    await south.journal.record(
        dms_number="SO-1",
        wo_number="9001",
        claire_id="apt_s",
        content_hash="b",
        dms_last_modified=STAMP,
    )
    await north.slices.plan(WATERMARK, [(STAMP, None)])

    assert await south.watermarks.get(WATERMARK) is None
    assert await store.watermarks.get(WATERMARK) is None
    assert await south.quarantine.count() == 0
    assert await north.quarantine.count() == 1
    assert await south.slices.get(WATERMARK) == []
    # One DMS number in two companies: two appointments, each in its own location.
    north_entry, south_entry = await north.journal.get("SO-1"), await south.journal.get("SO-1")
    assert north_entry is not None
    assert south_entry is not None
    assert (north_entry.claire_id, south_entry.claire_id) == ("apt_n", "apt_s")
    assert await north.quarantine.release(["SO-1"]) == 0


async def test_a_store_from_before_sites_keeps_its_watermark_and_quarantine(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.sqlite3"
    connection = sqlite3.connect(path)
    for script in MIGRATIONS[:5]:
        connection.executescript(script)
    connection.execute("PRAGMA user_version = 5")
    connection.execute(
        "INSERT INTO sync_watermark VALUES (?, '2026-11-20T07:30:00+00:00', "
        "'2026-11-20T07:31:00+00:00')",
        (WATERMARK,),
    )
    connection.execute(
        "INSERT INTO quarantine (dms_number, wo_number, stage, reason_code, reason, "
        "first_seen, last_seen, next_attempt_at) VALUES ('SO-7', '4717', 'dms', 'unreadable', "
        "'unreadable', '2026-11-20T07:00:00+00:00', '2026-11-20T07:00:00+00:00', "
        "'2026-11-20T07:00:00+00:00')"
    )
    connection.execute(
        "INSERT INTO import_journal (dms_number, wo_number, claire_id, content_hash, "
        "imported_at, entity_id, state) VALUES ('SO-1', '4711', 'apt_1', 'a', "
        "'2026-11-20T07:00:00+00:00', 'id-1', 'open')"
    )
    connection.execute(
        "INSERT INTO sync_slices (name, ordinal, start) VALUES (?, 0, '2026-11-06T07:30:00+00:00')",
        (WATERMARK,),
    )
    connection.commit()
    connection.close()

    store = await Store.open(path)
    try:
        assert await store.schema_version() == len(MIGRATIONS)
        assert await store.watermarks.get(WATERMARK) == STAMP
        [held] = await store.quarantine.all()
        assert (held.record.dms_number, held.record.reason_code) == ("SO-7", "unreadable")
        entry = await store.journal.get("SO-1")
        assert entry is not None
        assert entry.claire_id == "apt_1"
        assert [s.ordinal for s in await store.slices.get(WATERMARK)] == [0]
        # A site of a sites.toml starts from nothing of its own.
        assert await store.for_site("north").watermarks.get(WATERMARK) is None
    finally:
        await store.aclose()
