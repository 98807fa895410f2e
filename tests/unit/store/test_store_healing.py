"""A store that heals: damaged files are moved aside with their outbox kept, and a
file that cannot be used is one sentence naming the folder, never a blocked start."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from incadea_desk.store import MileageCorrection, Store, StoreError, database
from incadea_desk.store.journal import JournalRecord

MODIFIED = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)


async def _store_with_work(path: Path, journal_rows: int = 1500) -> None:
    """Two waiting corrections first (low pages), then a large journal behind them."""
    store = await Store.open(path)
    await store.outbox.enqueue("mileage", "SO-1", MileageCorrection(45210, False))
    await store.outbox.enqueue("mileage", "SO-2", MileageCorrection(98000, True))
    await store.journal.record_many(
        [
            JournalRecord(f"SO-{n:05d}", f"{n}", None, "h" * 40, MODIFIED)
            for n in range(journal_rows)
        ]
    )
    await store.run(lambda c: c.execute("PRAGMA wal_checkpoint(TRUNCATE)"))
    await store.aclose()


def _overwrite_a_page_near_the_end(path: Path, page_size: int = 4096) -> None:
    pages = path.stat().st_size // page_size
    with path.open("r+b") as file:
        file.seek((pages - 3) * page_size)
        file.write(b"\xa5" * page_size)


def _truncate_to_half(path: Path) -> None:
    with path.open("r+b") as file:
        file.truncate(path.stat().st_size // 2)


def _write_garbage(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(b"<html>not a database</html>" * 200)


def _aside_files(path: Path) -> list[Path]:
    return sorted(p for p in path.parent.iterdir() if ".damaged-" in p.name)


async def _reopened_outbox(path: Path) -> tuple[Store, list[tuple[str, int]]]:
    store = await Store.open(path)
    items = [(item.key, item.payload.km) for item in await store.outbox.all()]
    return store, items


async def test_a_corrupt_page_is_moved_aside_and_the_outbox_kept(store_path: Path) -> None:
    await _store_with_work(store_path)
    _overwrite_a_page_near_the_end(store_path)

    store, items = await _reopened_outbox(store_path)
    try:
        assert items == [("SO-1", 45210), ("SO-2", 98000)]
        assert store.durable
        assert "was damaged" in store.notice
        assert "2 waiting corrections were kept" in store.notice
        assert str(store_path.parent) in store.notice
        assert await store.journal.count() == 0
        [aside] = _aside_files(store_path)
        assert aside.name in store.notice
    finally:
        await store.aclose()


async def test_a_truncated_file_keeps_the_corrections_that_can_be_read(store_path: Path) -> None:
    await _store_with_work(store_path)
    _truncate_to_half(store_path)

    store, items = await _reopened_outbox(store_path)
    try:
        assert items == [("SO-1", 45210), ("SO-2", 98000)]
        assert "moved aside" in store.notice
        # The new file is sound: a new correction is kept.
        await store.outbox.enqueue("mileage", "SO-3", MileageCorrection(1))
        assert await store.outbox.count() == 3
    finally:
        await store.aclose()


async def test_a_file_of_garbage_is_replaced_by_a_new_store(store_path: Path) -> None:
    _write_garbage(store_path)

    store, items = await _reopened_outbox(store_path)
    try:
        assert items == []
        assert "was damaged" in store.notice
        assert "0 waiting corrections were kept" in store.notice
        assert len(_aside_files(store_path)) == 1
    finally:
        await store.aclose()


async def test_a_newer_schema_is_kept_and_the_work_goes_on_in_memory(store_path: Path) -> None:
    store_path.parent.mkdir(parents=True)
    with sqlite3.connect(store_path) as connection:
        connection.execute("PRAGMA user_version = 99")
    store = await Store.open(store_path)
    try:
        assert not store.durable
        assert "newer incadea-desk (schema 99)" in store.notice
        assert str(store_path.parent) in store.notice
        await store.outbox.enqueue("mileage", "SO-1", MileageCorrection(1))
        assert await store.outbox.count() == 1
    finally:
        await store.aclose()
    with sqlite3.connect(store_path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 99
    assert _aside_files(store_path) == []


async def test_a_data_dir_that_is_a_file_is_named_in_one_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be")
    store = await Store.open(blocker / "store.sqlite3")
    try:
        assert not store.durable
        assert store.notice.startswith(f"{blocker} is a file where incadea-desk keeps its data")
    finally:
        await store.aclose()
    with pytest.raises(StoreError, match="is a file"):
        await Store.open(blocker / "store.sqlite3", fallback=False)


async def test_a_store_locked_by_another_program_does_not_block_the_start(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    await _store_with_work(store_path, journal_rows=1)
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(store_path, isolation_level=None)
    holder.execute("PRAGMA journal_mode = DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        store = await Store.open(store_path)
        try:
            assert not store.durable
            assert "Another program keeps the local database" in store.notice
        finally:
            await store.aclose()
    finally:
        holder.execute("ROLLBACK")
        holder.close()


async def test_a_full_disk_is_a_sentence_naming_the_folder(store_path: Path) -> None:
    store = await Store.open(store_path)
    try:
        pages = await store.pragma("page_count")
        await store.run(lambda c: c.execute(f"PRAGMA max_page_count = {pages}"))
        with pytest.raises(StoreError) as raised:
            await store.journal.record_many(
                [JournalRecord(f"SO-{n}", "1", None, "h" * 200, MODIFIED) for n in range(2000)]
            )
        assert raised.value.problem == "full"
        assert (
            str(raised.value)
            == f"The disk that holds the local database in {store_path.parent} is full."
        )
    finally:
        await store.aclose()
