"""What other DMS users do, on demand: move one change stamp, edit a card without the
order, delete an order, renumber one (the sandbox's admin endpoints)."""

from __future__ import annotations

from typing import Any

import httpx

from incadea_desk.sandbox import INPROCESS_INCADEA_URL, ManualClock, Sandbox
from tests.integration.sandbox.conftest import SANDBOX_START


def _sandbox() -> tuple[Sandbox, ManualClock]:
    clock = ManualClock(SANDBOX_START)
    return Sandbox(seed=5, order_count=20, clock=clock), clock


async def _post(sandbox: Sandbox, route: str, body: dict[str, Any]) -> httpx.Response:
    async with httpx.AsyncClient(
        transport=sandbox.incadea_transport(), base_url=INPROCESS_INCADEA_URL
    ) as client:
        return await client.post(f"/_sandbox/{route}", json=body)


def _first(sandbox: Sandbox) -> dict[str, Any]:
    rows = sorted(sandbox.incadea.data.orders.values(), key=lambda r: str(r.data["documentNo"]))
    return rows[0].data


async def test_an_edit_can_move_only_one_change_stamp() -> None:
    sandbox, clock = _sandbox()
    order = _first(sandbox)
    stamp, system = order["lastModifiedDateTime"], order["systemModifiedAt"]
    clock.advance(60)
    body = {"documentNo": order["documentNo"], "changes": {"customerWaiting": True}}
    moved = await _post(sandbox, "edit", {**body, "stamps": "systemModifiedAt"})
    assert moved.status_code == 200
    assert order["lastModifiedDateTime"] == stamp
    assert order["systemModifiedAt"] > system
    refused = await _post(sandbox, "edit", {**body, "stamps": "lastModified"})
    assert refused.status_code == 400


async def test_a_card_edit_leaves_the_order_row_as_it_was() -> None:
    sandbox, clock = _sandbox()
    order = _first(sandbox)
    vehicle = sandbox.incadea.data.vehicles[str(order["vehicleId"])].data
    stamp, vehicle_stamp = order["lastModifiedDateTime"], vehicle["lastModifiedDateTime"]
    clock.advance(60)
    body = {"documentNo": order["documentNo"], "card": "vehicle"}
    edited = await _post(sandbox, "card", {**body, "changes": {"registrationNo": "12-XRK-3"}})
    assert edited.status_code == 200
    assert vehicle["registrationNo"] == "12-XRK-3"
    assert vehicle["lastModifiedDateTime"] > vehicle_stamp
    assert order["lastModifiedDateTime"] == stamp
    refused = await _post(sandbox, "card", {**body, "changes": {"privateMobileNo": "+316"}})
    assert refused.status_code == 400


async def test_a_deleted_order_is_gone_and_a_renumbered_one_keeps_its_id() -> None:
    sandbox, _clock = _sandbox()
    data = sandbox.incadea.data
    first, second = sorted(data.orders.values(), key=lambda r: str(r.data["documentNo"]))[:2]
    old = str(second.data["documentNo"])
    assert (await _post(sandbox, "delete", {"documentNo": first.data["documentNo"]})).is_success
    assert first.id not in data.orders
    assert data.order_by_document_no(str(first.data["documentNo"])) is None

    body = {"documentNo": old, "newDocumentNo": "SO-2699999", "newOrderNo": "199999"}
    assert (await _post(sandbox, "renumber", body)).is_success
    assert data.order_by_document_no(old) is None
    renumbered = data.order_by_document_no("SO-2699999")
    assert renumbered is second
    assert data.index.by_order_no("199999") == [second]
    taken = await _post(sandbox, "renumber", {**body, "documentNo": "SO-2699999"})
    assert taken.status_code == 400
