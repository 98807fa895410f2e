from __future__ import annotations

import sqlite3
from pathlib import Path

from incadea_desk.sandbox import FaultSettings, Sandbox
from incadea_desk.services.events import MileageOutcomeEvent, OutboxChanged
from incadea_desk.services.lifetime import Services
from incadea_desk.store import MileageCorrection
from tests.integration.services.conftest import CountingTransport, claire_record, dms_order

DMS_DOWN = FaultSettings(error_rate=1.0, error_status=503)


def _first_order(sandbox: Sandbox) -> dict[str, object]:
    return next(iter(sandbox.incadea.data.orders.values())).data


async def test_a_higher_mileage_reaches_the_dms_and_claire(
    counted: Services, sandbox: Sandbox, dms_wire: CountingTransport
) -> None:
    order = _first_order(sandbox)
    dms_number, before = str(order["documentNo"]), int(order["mileageKm"])  # type: ignore[call-overload]
    events: list[object] = []
    counted.events.subscribe(events.append)
    outcome = await counted.mileage.correct(str(order["orderNo"]), str(before + 120))
    assert (outcome.outcome, outcome.dms_km_before, outcome.dms_km_after) == (
        "written",
        before,
        before + 120,
    )
    assert dms_order(sandbox, dms_number)["mileageKm"] == before + 120
    held = claire_record(sandbox, dms_number)
    assert held is not None
    assert held["mileage"] == before + 120
    assert dms_wire.count("PATCH") == 1
    assert MileageOutcomeEvent(dms_number, outcome) in events


async def test_a_lower_or_equal_mileage_is_refused_without_a_write(
    counted: Services, sandbox: Sandbox, dms_wire: CountingTransport
) -> None:
    order = _first_order(sandbox)
    dms_number, before = str(order["documentNo"]), int(order["mileageKm"])  # type: ignore[call-overload]
    for km in (before - 1, before):
        outcome = await counted.mileage.correct(dms_number, f"{km:,}".replace(",", "."))
        assert outcome.outcome == "refused_not_higher"
        assert outcome.dms_km_after == before
    assert dms_order(sandbox, dms_number)["mileageKm"] == before
    assert dms_wire.count("PATCH") == 0


async def test_an_implausible_jump_waits_for_confirmation(
    counted: Services, sandbox: Sandbox
) -> None:
    order = _first_order(sandbox)
    dms_number, before = str(order["documentNo"]), int(order["mileageKm"])  # type: ignore[call-overload]
    asked = await counted.mileage.correct(dms_number, str(before + 150_000))
    assert asked.outcome == "needs_confirmation"
    assert "confirm" in asked.message
    assert dms_order(sandbox, dms_number)["mileageKm"] == before
    confirmed = await counted.mileage.correct(dms_number, str(before + 150_000), confirmed=True)
    assert confirmed.outcome == "written"
    assert dms_order(sandbox, dms_number)["mileageKm"] == before + 150_000


async def test_a_concurrent_edit_is_re_read_and_decided_again(
    counted: Services, sandbox: Sandbox, dms_wire: CountingTransport
) -> None:
    order = _first_order(sandbox)
    dms_number, before = str(order["documentNo"]), int(order["mileageKm"])  # type: ignore[call-overload]
    sandbox.set_faults(incadea=FaultSettings(concurrent_edits=1))
    outcome = await counted.mileage.correct(dms_number, str(before + 10))
    assert outcome.outcome == "written"
    assert dms_wire.count("PATCH") == 2
    assert dms_order(sandbox, dms_number)["mileageKm"] == before + 10


async def test_corrections_wait_in_the_outbox_merge_to_the_highest_and_drain(
    counted: Services, sandbox: Sandbox, dms_wire: CountingTransport
) -> None:
    order = _first_order(sandbox)
    dms_number, before = str(order["documentNo"]), int(order["mileageKm"])  # type: ignore[call-overload]
    events: list[object] = []
    counted.events.subscribe(events.append)
    sandbox.set_faults(incadea=DMS_DOWN)
    first = await counted.mileage.correct(dms_number, str(before + 300))
    second = await counted.mileage.correct(dms_number, str(before + 200))
    assert (first.outcome, second.outcome) == ("queued", "queued")
    assert "kept" in first.message
    [waiting] = await counted.outbox.pending()
    assert (waiting.key, waiting.payload.km) == (dms_number, before + 300)
    assert OutboxChanged(1) in events
    # The first correction was tried once; the second found the DMS known to be down and
    # was kept without a request. The drain tries again.
    assert (waiting.attempts, waiting.last_error_code) == (1, "Unavailable")
    assert await counted.outbox.drain(due_only=False) == 0
    [still] = await counted.outbox.pending()
    assert (still.attempts, still.last_error_code) == (2, "Unavailable")

    sandbox.set_faults()
    assert await counted.outbox.drain(due_only=False) == 1
    assert await counted.outbox.pending() == []
    assert dms_order(sandbox, dms_number)["mileageKm"] == before + 300
    assert dms_wire.count("PATCH") == 1
    assert OutboxChanged(0) in events


async def test_a_queued_correction_overtaken_in_the_dms_is_dropped_unsent(
    counted: Services, sandbox: Sandbox, dms_wire: CountingTransport
) -> None:
    order = _first_order(sandbox)
    dms_number, before = str(order["documentNo"]), int(order["mileageKm"])  # type: ignore[call-overload]
    sandbox.set_faults(incadea=DMS_DOWN)
    await counted.mileage.correct(dms_number, str(before + 100))
    sandbox.set_faults()
    row = sandbox.incadea.data.order_by_document_no(dms_number)
    assert row is not None
    row.data["mileageKm"] = before + 500
    assert await counted.outbox.drain(due_only=False) == 0
    assert await counted.outbox.pending() == []
    assert dms_order(sandbox, dms_number)["mileageKm"] == before + 500
    assert dms_wire.count("PATCH") == 0
    [entry, *_] = await counted.audit.recent(5)
    assert (entry.actor, entry.outcome) == ("outbox", "refused_not_higher")


async def test_a_queued_jump_is_held_for_the_advisor(
    counted: Services, sandbox: Sandbox, dms_wire: CountingTransport
) -> None:
    order = _first_order(sandbox)
    dms_number, before = str(order["documentNo"]), int(order["mileageKm"])  # type: ignore[call-overload]
    sandbox.set_faults(incadea=DMS_DOWN)
    await counted.mileage.correct(dms_number, str(before + 400_000))
    sandbox.set_faults()
    assert await counted.outbox.drain(due_only=False) == 0
    [held] = await counted.outbox.pending()
    assert (held.state, held.last_error_code) == ("held", "needs_confirmation")
    confirmed = await counted.mileage.correct(dms_number, str(before + 400_000), confirmed=True)
    assert confirmed.outcome == "written"
    assert dms_wire.count("PATCH") == 1


async def test_a_waiting_correction_this_version_cannot_read_is_held_not_sent(
    counted: Services, sandbox: Sandbox, dms_wire: CountingTransport, tmp_path: Path
) -> None:
    order = _first_order(sandbox)
    dms_number, before = str(order["documentNo"]), int(order["mileageKm"])  # type: ignore[call-overload]
    item = await counted.store.outbox.enqueue("mileage", dms_number, MileageCorrection(before + 5))
    with sqlite3.connect(tmp_path / "counted.sqlite3") as raw:
        raw.execute('UPDATE outbox SET payload = \'{"km": "lots"}\' WHERE id = ?', (item.id,))

    assert await counted.outbox.drain(due_only=False) == 0

    [held] = await counted.outbox.pending()
    assert (held.state, held.last_error_code, held.payload) == ("held", "unreadable", None)
    assert dms_wire.count("PATCH") == 0
    assert dms_order(sandbox, dms_number)["mileageKm"] == before
