"""Every import, refresh and keep-importing walk leaves a local copy that search finds
before the DMS answers."""

from __future__ import annotations

from incadea_desk.sandbox import FaultSettings, Sandbox
from incadea_desk.services.lifetime import Services


def _order(sandbox: Sandbox) -> dict[str, object]:
    orders = [r.data for r in sandbox.incadea.data.orders.values() if not r.data["canceled"]]
    plates = [str(o["registrationNo"]).replace("-", "") for o in orders]
    return next(o for o, p in zip(orders, plates, strict=True) if plates.count(p) == 1)


async def test_an_import_leaves_a_copy_found_by_wo_number_dms_number_and_plate(
    services: Services, sandbox: Sandbox
) -> None:
    order = _order(sandbox)
    dms_number = str(order["documentNo"])
    assert await services.search.local_copy(dms_number) is None
    result = await services.importer.import_workorder(dms_number)
    wo_number = result.wo_number
    # The DMS is away: the copy is what this computer has.
    sandbox.set_faults(incadea=FaultSettings(error_rate=1.0, error_status=503))
    for typed in (dms_number, f"WO {wo_number}", str(order["registrationNo"]).lower()):
        copy = await services.search.local_copy(typed)
        assert copy is not None, typed
        assert copy.workorder.appointment == result.workorder.appointment
        assert copy.workorder.car == result.workorder.car
        assert copy.workorder.customer is None
    assert await services.search.local_copy("") is None


async def test_a_refresh_replaces_the_copy_with_what_the_dms_holds_now(
    services: Services, sandbox: Sandbox
) -> None:
    dms_number = str(_order(sandbox)["documentNo"])
    await services.importer.import_workorder(dms_number)
    first = await services.search.local_copy(dms_number)
    assert first is not None
    km = (first.workorder.appointment.dms_mileage_km or 0) + 1234
    sandbox.incadea.data.order_by_document_no(dms_number).data["mileageKm"] = km  # type: ignore[union-attr]
    await services.importer.refresh(dms_number)
    copy = await services.search.local_copy(dms_number)
    assert copy is not None
    assert copy.workorder.appointment.dms_mileage_km == km


async def test_keep_importing_leaves_a_copy_of_each_workorder_it_imports(
    services: Services,
) -> None:
    report = await services.sync.run_once()
    assert report.imported > 100
    assert await services.store.copies.count() == await services.store.journal.count()
