"""The quarantine table: one row per held workorder, its first sighting kept, attempts
counted, a wait per stage, and let go by DMS number or entity id."""

from __future__ import annotations

from datetime import timedelta

from incadea_desk.store import HeldRecord, Store
from incadea_desk.store.quarantine import Stage
from tests.unit.store.conftest import FakeClock


def _record(number: str, stage: Stage = "dms", entity: str | None = None) -> HeldRecord:
    return HeldRecord(
        dms_number=number,
        wo_number=None if stage == "dms" else "104711",
        entity_id=entity,
        stage=stage,
        field="orderNo" if stage == "dms" else None,
        reason_code="missing_value" if stage == "dms" else "claire_refused",
        reason="The DMS sent no value for orderNo.",
    )


def _wait(stage: Stage, attempts: int) -> timedelta:
    return timedelta(minutes=attempts) if stage == "claire" else timedelta(0)


async def test_holding_again_counts_attempts_and_keeps_the_first_sighting(
    store: Store, clock: FakeClock
) -> None:
    first = clock.now
    assert await store.quarantine.hold([_record("SO-1"), _record("SO-2", "claire")], _wait) == 2
    clock.advance(minutes=5)
    assert await store.quarantine.hold([_record("SO-2", "claire")], _wait) == 2
    entries = {entry.record.dms_number: entry for entry in await store.quarantine.all()}
    again = entries["SO-2"]
    assert (again.attempts, again.first_seen, again.last_seen) == (2, first, clock.now)
    assert again.next_attempt_at == clock.now + timedelta(minutes=2)
    assert again.record.wo_number == "104711"
    assert [e.record.dms_number for e in await store.quarantine.due(clock.now)] == ["SO-1"]
    clock.advance(minutes=2)
    assert len(await store.quarantine.due(clock.now)) == 2


async def test_release_by_number_or_entity_id(store: Store) -> None:
    entity = "0f0e0d0c-1111-4222-8333-000000000002"
    await store.quarantine.hold([_record("SO-1"), _record(entity, entity=entity)])
    assert await store.quarantine.release(["SO-9"]) == 2
    assert await store.quarantine.release([entity, "SO-1"]) == 0
    assert await store.quarantine.count() == 0
