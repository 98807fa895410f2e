"""A mileage write costs three round trips: the workorder read whole right before the
write (Claire's record alongside), the guarded write, whose answer is the order's new
version, and Claire's upsert of that version. Nothing is read again after the write."""

from __future__ import annotations

from incadea_desk.sandbox import Sandbox
from incadea_desk.services.lifetime import Services
from tests.integration.services.conftest import CountingTransport, claire_record, dms_order


def _some_order(sandbox: Sandbox) -> tuple[str, int]:
    row = next(r for r in sandbox.incadea.data.orders.values() if not r.data.get("isCanceled"))
    return str(row.data["documentNo"]), int(row.data["mileageKm"])


def _complete_read(sandbox: Sandbox) -> list[str]:
    """The reads of one complete workorder: one with navigations (API pages); the
    workorder, its vehicle (with the contractor), the driver and owner (page web services)."""
    return ["GET"] * (3 if sandbox.api_kind == "odatav4" else 1)


async def test_a_written_mileage_reaches_claire_from_the_write_answer(
    counted: Services,
    sandbox: Sandbox,
    dms_wire: CountingTransport,
    claire_wire: CountingTransport,
) -> None:
    dms_number, km = _some_order(sandbox)
    await counted.dms.ping()  # signed in: the token request is not part of the write
    dms_wire.requests.clear()
    claire_wire.requests.clear()

    outcome = await counted.mileage.correct(dms_number, str(km + 250))

    assert outcome.outcome == "written"
    assert [method for method, _, _ in dms_wire.requests] == [*_complete_read(sandbox), "PATCH"]
    assert [method for method, _, _ in claire_wire.requests] == ["GET", "POST"]
    assert dms_order(sandbox, dms_number)["mileageKm"] == km + 250
    held = claire_record(sandbox, dms_number)
    assert held is not None
    assert held["mileage"] == km + 250
    # Claire holds the version the DMS holds: a walk finds nothing to send.
    claire_wire.requests.clear()
    await counted.sync.run_once()
    assert dms_number not in {item["dms_nr"] for item in claire_wire.imported()}


async def test_a_refused_lower_mileage_sends_nothing_after_the_read(
    counted: Services,
    sandbox: Sandbox,
    dms_wire: CountingTransport,
    claire_wire: CountingTransport,
) -> None:
    dms_number, km = _some_order(sandbox)
    await counted.dms.ping()  # signed in: the token request is not part of the write
    dms_wire.requests.clear()
    claire_wire.requests.clear()

    outcome = await counted.mileage.correct(dms_number, str(km - 1))

    assert outcome.outcome == "refused_not_higher"
    assert [method for method, _, _ in dms_wire.requests] == _complete_read(sandbox)
    assert claire_wire.count("POST") == 0
    assert dms_order(sandbox, dms_number)["mileageKm"] == km
