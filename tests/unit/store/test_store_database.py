from __future__ import annotations

import asyncio
import sqlite3
import threading
from pathlib import Path

import pytest

from incadea_desk.store import (
    SCHEMA_VERSION,
    MileageCorrection,
    Store,
    StoreError,
    default_store_path,
)


async def test_a_new_file_is_durable_and_at_the_current_schema(store: Store) -> None:
    assert await store.schema_version() == SCHEMA_VERSION
    assert await store.pragma("journal_mode") == "wal"
    assert await store.pragma("synchronous") == 2  # FULL
    assert await store.pragma("busy_timeout") == 5000


async def test_statements_run_off_the_event_loop_thread(store: Store) -> None:
    loop_thread = threading.get_ident()
    store_thread = await store.run(lambda _c: threading.get_ident())
    assert store_thread != loop_thread


async def test_the_default_path_honours_the_data_dir_override(tmp_path: Path) -> None:
    assert default_store_path().parent == tmp_path / "data"
    store = await Store.open()
    try:
        assert store.path.exists()
    finally:
        await store.aclose()


async def test_rows_survive_closing_and_reopening(store_path: Path) -> None:
    first = await Store.open(store_path)
    await first.outbox.enqueue("mileage", "SO-1", MileageCorrection(1000))
    await first.aclose()
    second = await Store.open(store_path)
    try:
        assert [i.payload for i in await second.outbox.all()] == [MileageCorrection(1000)]
    finally:
        await second.aclose()


async def test_a_file_from_a_newer_version_is_refused_with_a_sentence(store_path: Path) -> None:
    store_path.parent.mkdir(parents=True)
    with sqlite3.connect(store_path) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer incadea-desk"):
        await Store.open(store_path, fallback=False)


async def test_a_closed_store_refuses_work(store_path: Path) -> None:
    store = await Store.open(store_path)
    await store.aclose()
    await store.aclose()
    with pytest.raises(RuntimeError, match="closed"):
        await store.journal.count()


async def test_two_processes_sharing_the_file_both_get_their_writes_in(store_path: Path) -> None:
    gui, cli = await Store.open(store_path), await Store.open(store_path)
    try:

        async def write(store: Store, prefix: str) -> None:
            for number in range(40):
                await store.outbox.enqueue(
                    "mileage", f"{prefix}-{number}", MileageCorrection(number)
                )
                await store.audit.record(actor=prefix, action="mileage", outcome="queued")

        await asyncio.gather(write(gui, "gui"), write(cli, "cli"))
        assert await gui.outbox.count() == 80
        assert len(await cli.audit.recent(200)) == 80
    finally:
        await gui.aclose()
        await cli.aclose()


async def test_a_search_written_before_the_hits_column_reads_as_a_number(tmp_path: Path) -> None:
    from incadea_desk.store.migrations import MIGRATIONS

    path = tmp_path / "old.sqlite3"
    connection = sqlite3.connect(path)
    connection.executescript(MIGRATIONS[0])
    connection.execute(
        "INSERT INTO audit_trail (at, actor, action, outcome) VALUES "
        "('2026-11-27T08:00:00+00:00', 'gui', 'search', '3 hits')"
    )
    connection.execute("PRAGMA user_version = 1")
    connection.commit()
    connection.close()
    store = await Store.open(path)
    try:
        [entry] = await store.audit.recent(1)
    finally:
        await store.aclose()
    assert (entry.outcome, entry.hits) == ("found", 3)
