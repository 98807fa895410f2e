"""What the change walk cannot see reaches Claire: late commits and changes of only one
change stamp (the reconciliation walk), a new plate or mobile number on the car's or
customer's card (the walk over cars and customers), deleted workorders (cancelled in
Claire) and renumbered ones (one appointment, updated)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import httpx
import pytest

from incadea_desk.errors import NotFound
from incadea_desk.sandbox import INPROCESS_CLAIRE_URL, INPROCESS_INCADEA_URL, Sandbox
from incadea_desk.sandbox.data import Row
from incadea_desk.services.dms_kinds import dms_kind
from incadea_desk.services.dms_kinds.incadea import INCADEA
from incadea_desk.services.lifetime import Services
from tests.integration.services.conftest import claire_record, sandbox_settings


async def _admin(sandbox: Sandbox, route: str, body: dict[str, Any]) -> dict[str, Any]:
    async with httpx.AsyncClient(
        transport=sandbox.incadea_transport(), base_url=INPROCESS_INCADEA_URL
    ) as client:
        response = await client.post(f"/_sandbox/{route}", json=body)
        response.raise_for_status()
        answer: dict[str, Any] = response.json()
        return answer


def _open_orders(sandbox: Sandbox, services_first_walk: datetime) -> list[Row]:
    """Open, coming orders the first walk imported, in a stable order."""
    rows = [
        row
        for row in sandbox.incadea.data.orders.values()
        if not row.data["canceled"]
        and not row.data["carInShop"]
        and row.data["appointmentDateTime"] > datetime.now(UTC)
        and row.data["lastModifiedDateTime"] >= services_first_walk
    ]
    return sorted(rows, key=lambda row: str(row.data["documentNo"]))


def _number(row: Row) -> str:
    return str(row.data["documentNo"])


async def test_a_commit_later_than_the_overlap_arrives_with_the_reconciliation_walk(
    services: Services, sandbox: Sandbox
) -> None:
    first = await services.sync.run_once()
    assert first.watermark is not None
    row = _open_orders(sandbox, first.since)[0]
    waiting = not row.data["customerWaiting"]
    stamped = first.watermark - timedelta(hours=2)
    await _admin(
        sandbox,
        "edit",
        {
            "documentNo": _number(row),
            "changes": {"customerWaiting": waiting},
            "lastModifiedDateTime": stamped.isoformat().replace("+00:00", "Z"),
        },
    )
    walked = await services.sync.run_once()
    assert (walked.imported, walked.reconciled) == (0, False)
    assert claire_record(sandbox, _number(row))["customer_waiting"] is not waiting  # type: ignore[index]

    reconciled = await services.sync.run_once(reconcile=True)
    assert reconciled.reconciled
    assert reconciled.reimported == 1
    assert claire_record(sandbox, _number(row))["customer_waiting"] is waiting  # type: ignore[index]
    assert await services.store.watermarks.get(INCADEA.watermarks.changes) == first.watermark


async def test_a_change_that_moves_only_system_modified_at_is_reconciled(
    services: Services, sandbox: Sandbox
) -> None:
    first = await services.sync.run_once()
    row = _open_orders(sandbox, first.since)[1]
    stamp = row.data["lastModifiedDateTime"]
    await _admin(
        sandbox,
        "edit",
        {"documentNo": _number(row), "changes": {"mileageKm": 1}, "stamps": "systemModifiedAt"},
    )
    assert row.data["lastModifiedDateTime"] == stamp
    assert (await services.sync.run_once()).imported == 0
    assert claire_record(sandbox, _number(row))["mileage"] != 1  # type: ignore[index]
    assert (await services.sync.run_once(reconcile=True)).reimported == 1
    assert claire_record(sandbox, _number(row))["mileage"] == 1  # type: ignore[index]


async def test_a_new_plate_on_the_vehicle_card_reaches_its_coming_workorders_only(
    services: Services, sandbox: Sandbox
) -> None:
    first = await services.sync.run_once()
    data = sandbox.incadea.data
    row = _open_orders(sandbox, first.since)[2]
    vehicle = str(row.data["vehicleId"])
    orders = [o for o in data.orders.values() if str(o.data["vehicleId"]) == vehicle]
    window = datetime.now(UTC) - timedelta(days=services.settings.sync.related_window_days)
    recent = {_number(o) for o in orders if o.data["appointmentDateTime"] >= window}
    old = {_number(o) for o in orders} - recent
    before = {n: claire_record(sandbox, n) for n in old}
    await _admin(
        sandbox,
        "card",
        {"documentNo": _number(row), "card": "vehicle", "changes": {"registrationNo": "ZZ-999-Z"}},
    )
    report = await services.sync.run_once()
    assert report.imported == 0  # no order row changed
    for number in recent:
        record = claire_record(sandbox, number)
        assert record is not None
        assert record["car"]["license_plate"] == "ZZ999Z"
    assert {n: claire_record(sandbox, n) for n in old} == before


async def test_a_new_mobile_number_of_the_driver_reaches_claire(
    services: Services, sandbox: Sandbox
) -> None:
    first = await services.sync.run_once()
    data = sandbox.incadea.data
    row = next(
        o
        for o in _open_orders(sandbox, first.since)
        if data.vehicles[str(o.data["vehicleId"])].data["driverCustomerId"]
    )
    mobile = "+31 6 9999 0000"
    await _admin(
        sandbox,
        "card",
        {"documentNo": _number(row), "card": "driver", "changes": {"privateMobileNo": mobile}},
    )
    report = await services.sync.run_once()
    assert report.reimported >= 1
    record = claire_record(sandbox, _number(row))
    assert record is not None
    assert record["driver"]["mobile_private"] == mobile


async def test_a_deleted_workorder_is_cancelled_in_claire_by_the_reconciliation_walk(
    services: Services, sandbox: Sandbox
) -> None:
    first = await services.sync.run_once()
    gone = _open_orders(sandbox, first.since)[3]
    assert await services.store.copies.body(_number(gone)) is not None
    await _admin(sandbox, "delete", {"documentNo": _number(gone)})
    assert (await services.sync.run_once()).canceled == 0
    report = await services.sync.run_once(reconcile=True)
    assert report.canceled == 1
    record = claire_record(sandbox, _number(gone))
    assert record is not None
    assert record["canceled"] is True
    # Its local copy went with it: a search would show it live before the DMS answers.
    assert await services.store.copies.body(_number(gone)) is None
    audit = await services.audit.recent(20)
    assert any(e.action == "cancel" and e.dms_number == _number(gone) for e in audit)
    again = await services.sync.run_once(reconcile=True)
    assert again.canceled == 0


async def test_refreshing_a_deleted_workorder_cancels_it_and_says_so(
    services: Services, sandbox: Sandbox
) -> None:
    first = await services.sync.run_once()
    gone = _open_orders(sandbox, first.since)[4]
    await _admin(sandbox, "delete", {"documentNo": _number(gone)})
    with pytest.raises(NotFound) as raised:
        await services.importer.refresh(_number(gone))
    assert raised.value.sentence_code == "deleted_canceled"
    assert "marked cancelled" in raised.value.user_message
    record = claire_record(sandbox, _number(gone))
    assert record is not None
    assert record["canceled"] is True


async def test_a_renumbered_workorder_updates_its_appointment(
    services: Services, sandbox: Sandbox
) -> None:
    first = await services.sync.run_once()
    row = _open_orders(sandbox, first.since)[5]
    old = _number(row)
    before = len(sandbox.claire.appointments)
    await _admin(
        sandbox,
        "renumber",
        {"documentNo": old, "newDocumentNo": "SO-2699001", "newOrderNo": "199001"},
    )
    report = await services.sync.run_once()
    assert report.imported == 1
    if sandbox.api_kind == "odatav4":
        # A page web service has no id apart from its key, which holds the number: the
        # renumbered workorder is a new one (docs/wire-contracts.md).
        assert len(sandbox.claire.appointments) == before + 1
        assert claire_record(sandbox, "SO-2699001") is not None
        # The reconciliation walk finds the old key gone: its appointment is cancelled.
        await services.sync.run_once(reconcile=True)
        gone = claire_record(sandbox, old)
        assert gone is not None
        assert gone["canceled"] is True
        return
    assert len(sandbox.claire.appointments) == before
    assert claire_record(sandbox, "SO-2699001") is None
    record = claire_record(sandbox, old)
    assert record is not None
    assert record["wo_nr"] == "199001"
    refreshed = await services.importer.refresh("SO-2699001")
    assert (refreshed.dms_number, refreshed.wo_number) == (old, "199001")
    by_old_number = await services.importer.refresh(old)
    assert by_old_number.wo_number == "199001"
    assert len(sandbox.claire.appointments) == before


class _Queries(httpx.AsyncBaseTransport):
    """Passes requests on and remembers their decoded query strings."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.queries: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.queries.append(unquote(request.url.query.decode()))
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


@pytest.mark.parametrize("has_system_stamp", [True, False])
async def test_a_tenant_without_system_modified_at_is_reconciled_by_the_other_stamp(
    tmp_path: Path, has_system_stamp: bool
) -> None:
    mapping = tmp_path / "tenant.toml"
    mapping.write_text(
        "" if has_system_stamp else '[serviceOrders]\nsystemModifiedAt = ""\n', encoding="utf-8"
    )
    sandbox = Sandbox(seed=7, order_count=40, mapping=mapping)
    wire = _Queries(sandbox.incadea_transport())
    settings, secrets = sandbox_settings(sandbox, INPROCESS_INCADEA_URL, INPROCESS_CLAIRE_URL)
    settings = settings.model_copy(
        update={"dms": settings.dms.model_copy(update={"mapping": mapping})}
    )
    services = await Services.open(
        settings,
        secrets,
        dms_transport=wire,
        claire_transport=sandbox.claire_transport(),
        store_path=tmp_path / "store.sqlite3",
        actor="test",
    )
    try:
        await services.sync.run_once()
        late = next(row for row in sandbox.incadea.data.orders.values() if not row.data["canceled"])
        await _admin(
            sandbox,
            "edit",
            {
                "documentNo": _number(late),
                "changes": {"mileageKm": 2},
                "lastModifiedDateTime": "2000-01-01T00:00:00Z",
            },
        )
        report = await services.sync.run_once(reconcile=True)
        outcome = await dms_kind(settings).check_contract(
            settings, secrets, sandbox.incadea_transport()
        )
    finally:
        await services.aclose()
    assert report.reconciled
    assert claire_record(sandbox, _number(late))["mileage"] == 2  # type: ignore[index]
    walked_by_system_stamp = any("systemModifiedAt ge" in q for q in wire.queries)
    assert walked_by_system_stamp is has_system_stamp
    assert outcome.report is not None
    assert outcome.report.ok, outcome.lines


async def test_a_row_that_cannot_be_read_does_not_stop_the_reconciliation_walk(
    services: Services, sandbox: Sandbox
) -> None:
    first = await services.sync.run_once()
    assert first.watermark is not None
    late, broken = _open_orders(sandbox, first.since)[:2]
    waiting = not late.data["customerWaiting"]
    stamped = (first.watermark - timedelta(hours=2)).isoformat().replace("+00:00", "Z")
    await _admin(
        sandbox,
        "edit",
        {
            "documentNo": _number(late),
            "changes": {"customerWaiting": waiting},
            "lastModifiedDateTime": stamped,
        },
    )
    sandbox.incadea.bad_rows.mark(_number(broken), "unknown_line_type")

    reconciled = await services.sync.run_once(reconcile=True)

    assert reconciled.reconciled
    assert reconciled.error is None
    assert claire_record(sandbox, _number(late))["customer_waiting"] is waiting  # type: ignore[index]
