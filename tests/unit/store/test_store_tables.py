from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from incadea_desk.store import JournalRecord, MileageCorrection, Store
from tests.unit.store.conftest import FakeClock


def _highest(old: MileageCorrection, new: MileageCorrection) -> MileageCorrection:
    return MileageCorrection(max(old.km, new.km))


async def test_the_journal_keeps_one_row_per_workorder(store: Store, clock: FakeClock) -> None:
    modified = datetime(2026, 11, 27, 8, 0, 0, 123000, tzinfo=UTC)
    await store.journal.record(
        dms_number="SO-1",
        wo_number="104711",
        claire_id="apt_1",
        content_hash="a",
        dms_last_modified=modified,
    )
    clock.advance(minutes=1)
    await store.journal.record(
        dms_number="SO-1",
        wo_number="104711",
        claire_id=None,
        content_hash="b",
        dms_last_modified=modified + timedelta(seconds=1),
    )
    entry = await store.journal.get("SO-1")
    assert entry is not None
    assert (entry.claire_id, entry.content_hash) == ("apt_1", "b")
    assert entry.dms_last_modified == modified + timedelta(seconds=1)
    assert entry.imported_at == clock.now
    assert await store.journal.count() == 1
    assert [e.dms_number for e in await store.journal.find_by_wo("104711")] == ["SO-1"]
    assert await store.journal.get("SO-2") is None


async def test_corrections_for_one_key_merge_into_one_row(store: Store) -> None:
    await store.outbox.enqueue("mileage", "SO-1", MileageCorrection(45000), merge=_highest)
    await store.outbox.enqueue("mileage", "SO-1", MileageCorrection(47000), merge=_highest)
    await store.outbox.enqueue("mileage", "SO-1", MileageCorrection(46000), merge=_highest)
    await store.outbox.enqueue("mileage", "SO-2", MileageCorrection(10), merge=_highest)
    items = await store.outbox.all()
    assert [(i.key, i.payload.km) for i in items] == [("SO-1", 47000), ("SO-2", 10)]
    assert items[0].revision == 3


async def test_a_change_merged_during_a_send_is_not_lost(store: Store) -> None:
    sent = await store.outbox.enqueue("mileage", "SO-1", MileageCorrection(45000), merge=_highest)
    await store.outbox.enqueue("mileage", "SO-1", MileageCorrection(47000), merge=_highest)
    assert await store.outbox.complete(sent) is False
    [waiting] = await store.outbox.all()
    assert waiting.payload == MileageCorrection(47000)
    assert await store.outbox.complete(waiting) is True
    assert await store.outbox.count() == 0


async def test_a_rescheduled_item_is_not_due_until_its_time(store: Store, clock: FakeClock) -> None:
    item = await store.outbox.enqueue("mileage", "SO-1", MileageCorrection(1))
    assert [i.id for i in await store.outbox.due()] == [item.id]
    await store.outbox.reschedule(item, clock.now + timedelta(seconds=30), "Unavailable")
    assert await store.outbox.due() == []
    clock.advance(seconds=30)
    [due] = await store.outbox.due()
    assert (due.attempts, due.last_error_code) == (1, "Unavailable")


async def test_a_held_item_waits_for_a_new_change(store: Store) -> None:
    item = await store.outbox.enqueue("mileage", "SO-1", MileageCorrection(1))
    await store.outbox.hold(item, "Refused")
    assert await store.outbox.due() == []
    [held] = await store.outbox.all()
    assert held.state == "held"
    await store.outbox.enqueue("mileage", "SO-1", MileageCorrection(2))
    [again] = await store.outbox.due()
    assert (again.state, again.payload) == ("pending", MileageCorrection(2))
    assert await store.outbox.discard(again.id) is True
    assert await store.outbox.count() == 0


async def test_the_watermark_never_moves_back(store: Store) -> None:
    assert await store.watermarks.get("dms") is None
    late = datetime(2026, 11, 27, 10, tzinfo=UTC)
    assert await store.watermarks.advance("dms", late) == late
    assert await store.watermarks.advance("dms", late - timedelta(hours=1)) == late
    assert await store.watermarks.get("dms") == late
    await store.watermarks.reset("dms")
    assert await store.watermarks.get("dms") is None


async def test_the_audit_trail_lists_newest_first(store: Store, clock: FakeClock) -> None:
    await store.audit.record(actor="cli", action="search", outcome="found", hits=2)
    clock.advance(seconds=1)
    await store.audit.record(
        actor="gui", action="import", outcome="created", dms_number="SO-1", wo_number="104711"
    )
    assert [(e.actor, e.action) for e in await store.audit.recent(10)] == [
        ("gui", "import"),
        ("cli", "search"),
    ]
    assert len(await store.audit.recent(1)) == 1


async def test_purge_removes_only_rows_past_the_retention_period(
    store: Store, clock: FakeClock
) -> None:
    await store.journal.record(
        dms_number="SO-old",
        wo_number="1",
        claire_id=None,
        content_hash="x",
        dms_last_modified=None,
    )
    await store.audit.record(actor="cli", action="import", outcome="created")
    await store.outbox.enqueue("mileage", "SO-old", MileageCorrection(1))
    clock.advance(days=91)
    await store.journal.record(
        dms_number="SO-new",
        wo_number="2",
        claire_id=None,
        content_hash="y",
        dms_last_modified=None,
    )
    assert await store.purge(retention_days=90) == 2
    assert await store.journal.get("SO-old") is None
    assert await store.journal.get("SO-new") is not None
    assert await store.audit.recent() == []
    assert await store.outbox.count() == 1


async def test_the_journal_reads_many_rows_in_one_call(store: Store) -> None:
    for number in range(3):
        await store.journal.record(
            dms_number=f"SO-{number}",
            wo_number=str(number),
            claire_id=None,
            content_hash="h",
            dms_last_modified=None,
        )
    found = await store.journal.get_many(["SO-0", "SO-2", "SO-9"])
    assert sorted(found) == ["SO-0", "SO-2"]
    assert found["SO-2"].wo_number == "2"


async def test_a_batch_lands_in_the_journal_whole_or_not_at_all(store: Store) -> None:
    modified = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)
    batch = [JournalRecord(f"SO-{n}", f"1047{n}", f"apt_{n}", "h", modified) for n in range(3)]
    entries = await store.journal.record_many(batch)
    assert [e.dms_number for e in entries] == ["SO-0", "SO-1", "SO-2"]
    assert set(await store.journal.get_many(["SO-0", "SO-1", "SO-2"])) == {"SO-0", "SO-1", "SO-2"}

    # A row the table refuses (no WO number) rolls the whole batch back.
    broken = [
        JournalRecord("SO-3", "104713", None, "h", modified),
        batch[0]._replace(wo_number=None),
    ]
    with pytest.raises(sqlite3.IntegrityError):
        await store.journal.record_many(broken)
    assert await store.journal.get("SO-3") is None
    assert await store.journal.count() == 3


@pytest.mark.parametrize("stored", ["not json", '{"km": "many"}', '{"km": -5}', "[]"])
async def test_a_waiting_value_that_cannot_be_read_is_shown_as_such_and_replaced(
    store: Store, store_path: Path, stored: str
) -> None:
    item = await store.outbox.enqueue("mileage", "SO-1", MileageCorrection(1))
    with sqlite3.connect(store_path) as raw:
        raw.execute("UPDATE outbox SET payload = ? WHERE id = ?", (stored, item.id))
    [unreadable] = await store.outbox.all()
    assert unreadable.payload is None
    await store.outbox.enqueue("mileage", "SO-1", MileageCorrection(7), merge=_highest)
    [replaced] = await store.outbox.all()
    assert replaced.payload == MileageCorrection(7)
