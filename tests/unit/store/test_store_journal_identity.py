"""The journal knows a workorder by the DMS's own id, and which ones are still open."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from incadea_desk.store import JournalRecord, Store
from incadea_desk.store.migrations import MIGRATIONS

MODIFIED = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)


async def test_rows_are_found_by_entity_id_and_by_state(store: Store) -> None:
    await store.journal.record_many(
        [
            JournalRecord("SO-1", "4711", "apt_1", "a", MODIFIED, "id-1", "open"),
            JournalRecord("SO-2", "4712", "apt_2", "b", MODIFIED, "id-2", "finished"),
            JournalRecord("SO-3", "4713", "apt_3", "c", MODIFIED, "id-3"),
        ]
    )
    found = await store.journal.by_entity_ids(["id-1", "id-2", "id-9"])
    assert {k: v.dms_number for k, v in found.items()} == {"id-1": "SO-1", "id-2": "SO-2"}
    assert [e.dms_number for e in await store.journal.open_entries()] == ["SO-1", "SO-3"]

    await store.journal.mark_canceled("SO-1")
    canceled = await store.journal.get("SO-1")
    assert canceled is not None
    assert (canceled.state, canceled.content_hash) == ("canceled", "a")
    assert [e.dms_number for e in await store.journal.open_entries()] == ["SO-3"]


async def test_an_import_without_an_id_keeps_the_id_it_had(store: Store) -> None:
    await store.journal.record_many([JournalRecord("SO-1", "4711", "apt_1", "a", MODIFIED, "id-1")])
    await store.journal.record(
        dms_number="SO-1", wo_number="4799", claire_id=None, content_hash="b",
        dms_last_modified=MODIFIED,
    )  # fmt: skip
    entry = await store.journal.get("SO-1")
    assert entry is not None
    assert (entry.entity_id, entry.wo_number, entry.claire_id) == ("id-1", "4799", "apt_1")


async def test_a_journal_of_the_version_before_gets_ids_and_states(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    connection = sqlite3.connect(path)
    # The schema as it was before the journal knew ids and states (migration 4).
    for script in MIGRATIONS[:3]:
        connection.executescript(script)
    connection.execute("PRAGMA user_version = 3")
    connection.execute(
        "INSERT INTO import_journal VALUES ('SO-1', '4711', 'apt_1', 'a', NULL, "
        "'2026-11-27T08:00:00+00:00')"
    )
    connection.commit()
    connection.close()
    store = await Store.open(path)
    try:
        entry = await store.journal.get("SO-1")
        assert entry is not None
        assert (entry.entity_id, entry.state) == (None, "open")
    finally:
        await store.aclose()
