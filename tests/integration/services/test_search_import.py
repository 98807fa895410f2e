from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path

import pytest

from incadea_desk.domain import RegistrationNumber
from incadea_desk.errors import NotFound, Unavailable
from incadea_desk.sandbox import FaultSettings, Sandbox
from incadea_desk.services.events import ConnectionState, Imported, SearchDone
from incadea_desk.services.lifetime import Services
from incadea_desk.store import Store
from tests.integration.services.conftest import claire_record, dms_order, open_services


def _orders(sandbox: Sandbox) -> list[dict[str, object]]:
    return [row.data for row in sandbox.incadea.data.orders.values()]


async def test_a_plate_typed_any_way_finds_its_workorders_newest_first(
    services: Services, sandbox: Sandbox
) -> None:
    counts = Counter(str(o["registrationNo"]).replace("-", "") for o in _orders(sandbox))
    plate = counts.most_common(1)[0][0]
    typed = "-".join(plate[i : i + 2] for i in range(0, len(plate), 2)).lower()
    expected = sorted(
        (o for o in _orders(sandbox) if str(o["registrationNo"]).replace("-", "") == plate),
        key=lambda o: o["appointmentDateTime"],  # type: ignore[arg-type,return-value]
        reverse=True,
    )
    events: list[object] = []
    services.events.subscribe(events.append)
    result = await services.search.search(typed)
    assert result.kind == "registration"
    assert result.shown == RegistrationNumber.parse(plate).display
    assert [h.workorder.appointment.dms_number for h in result.hits] == [
        o["documentNo"] for o in expected
    ]
    assert SearchDone(typed, "registration", len(expected)) in events


async def test_a_wo_number_with_prefix_finds_the_workorder(
    services: Services, sandbox: Sandbox
) -> None:
    order = _orders(sandbox)[3]
    result = await services.search.search(f"WO {order['orderNo']}")
    assert order["documentNo"] in [h.workorder.appointment.dms_number for h in result.hits]
    result = await services.search.search(str(order["orderNo"]))
    assert result.kind == "wo_number"
    assert result.shown == str(order["orderNo"])
    assert [h.workorder.appointment.dms_number for h in result.hits] == [order["documentNo"]]


async def test_a_search_is_in_the_audit_trail_also_when_the_window_closes_at_once(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    # The search's row is written after its answer is handed over (while the window
    # paints); closing the services waits for it.
    path = tmp_path / "store.sqlite3"
    services = await open_services(
        sandbox,
        path,
        dms_transport=sandbox.incadea_transport(),
        claire_transport=sandbox.claire_transport(),
    )
    order = _orders(sandbox)[4]
    result = await services.search.search(str(order["orderNo"]))
    await services.aclose()

    store = await Store.open(path, fallback=False)
    try:
        entries = await store.audit.recent(5)
    finally:
        await store.aclose()
    assert [(e.actor, e.action, e.outcome, e.detail, e.hits) for e in entries] == [
        ("test", "search", "found", "wo_number", len(result.hits))
    ]


async def test_the_activity_log_lists_a_search_as_soon_as_it_is_answered(
    services: Services, sandbox: Sandbox
) -> None:
    order = _orders(sandbox)[4]
    await services.search.search(str(order["orderNo"]))
    [entry] = await services.audit.recent(5)
    assert (entry.action, entry.outcome, entry.hits) == ("search", "found", 1)


async def test_bad_input_is_a_sentence_not_a_request(services: Services) -> None:
    with pytest.raises(ValueError, match="not a letter, digit"):
        await services.search.search("12ab$3")


async def test_an_import_creates_then_finds_nothing_to_send(
    services: Services, sandbox: Sandbox
) -> None:
    order = _orders(sandbox)[5]
    dms_number = str(order["documentNo"])
    events: list[object] = []
    services.events.subscribe(events.append)

    first = await services.importer.import_workorder(dms_number)
    assert first.outcome == "created"
    held = claire_record(sandbox, dms_number)
    assert held is not None
    assert held["wo_nr"] == order["orderNo"]
    assert held["mileage"] == order["mileageKm"]
    assert first.claire_id == held["id"]
    assert "car.vin" in first.changed_fields

    again = await services.importer.import_workorder(dms_number)
    assert (again.outcome, again.changed_fields) == ("unchanged", [])
    assert [e.result.outcome for e in events if isinstance(e, Imported)] == [
        "created",
        "unchanged",
    ]
    assert len(sandbox.claire.appointments) == 1


async def test_a_refresh_reports_the_fields_that_changed_in_the_dms(
    services: Services, sandbox: Sandbox
) -> None:
    order = _orders(sandbox)[8]
    dms_number = str(order["documentNo"])
    await services.importer.import_workorder(str(order["orderNo"]))
    row = sandbox.incadea.data.order_by_document_no(dms_number)
    assert row is not None
    row.data["customerWaiting"] = not order["customerWaiting"]
    refreshed = await services.importer.refresh(dms_number)
    assert refreshed.outcome == "updated"
    assert refreshed.changed_fields == ["appointment.customer_waiting"]
    held = claire_record(sandbox, dms_number)
    assert held is not None
    assert held["customer_waiting"] == dms_order(sandbox, dms_number)["customerWaiting"]


async def test_an_unknown_workorder_is_not_found(services: Services) -> None:
    with pytest.raises(NotFound):
        await services.importer.refresh("SO-0000001")


async def test_a_newer_search_cancels_the_one_still_in_flight(
    services: Services, sandbox: Sandbox
) -> None:
    sandbox.set_faults(incadea=FaultSettings(latency_ms=200))
    order = _orders(sandbox)[2]
    older = asyncio.create_task(services.search.search("PLB45N"))
    await asyncio.sleep(0)
    newer = await services.search.search(str(order["orderNo"]))
    with pytest.raises(asyncio.CancelledError):
        await older
    assert [h.workorder.appointment.dms_number for h in newer.hits] == [order["documentNo"]]


async def test_connection_state_changes_are_published_once_each(
    services: Services, sandbox: Sandbox
) -> None:
    states: list[ConnectionState] = []
    services.events.subscribe(
        lambda e: states.append(e) if isinstance(e, ConnectionState) else None
    )
    order = _orders(sandbox)[1]
    await services.search.search(str(order["orderNo"]))
    await services.search.search(str(order["orderNo"]))
    sandbox.set_faults(incadea=FaultSettings(error_rate=1.0, error_status=503))
    with pytest.raises(Unavailable):
        await services.search.search(str(order["orderNo"]))
    sandbox.set_faults()
    await services.importer.import_workorder(str(order["documentNo"]))
    assert [(s.system, s.ok) for s in states] == [
        ("dms", True),
        ("dms", False),
        ("dms", True),
        ("claire", True),
    ]
    assert "DMS" in states[1].message
