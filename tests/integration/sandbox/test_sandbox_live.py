"""Live changes and edits by 'another DMS user', seen through the change-tracking query."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
from sandbox_helpers import follow_pages

from incadea_desk.sandbox import ManualClock


def changed_since(dms: httpx.Client, since: str) -> list[dict[str, Any]]:
    params = {
        "$filter": f"lastModifiedDateTime ge {since}",
        "$orderby": "lastModifiedDateTime asc,id asc",
    }
    return [row for page in follow_pages(dms, "serviceOrders", params, 100) for row in page]


def stamp(moment: Any) -> str:
    return str(moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z")


def test_steps_change_the_dms_and_show_up_as_changed_rows(
    dms: httpx.Client, admin: httpx.Client, clock: ManualClock
) -> None:
    before = admin.get("state").json()
    now = clock.advance(300)

    response = admin.post("step", json={"steps": 40})

    assert response.status_code == 200
    changes = response.json()["changes"]
    assert len(changes) == 40
    assert response.json()["liveSteps"] == before["liveSteps"] + 40
    kinds = {c["kind"] for c in changes}
    assert {"new_order", "late_commit", "shared_timestamp"} <= kinds
    assert len(kinds) >= 5
    after = admin.get("state").json()
    new_orders = sum(1 for c in changes if c["kind"] == "new_order")
    assert after["counts"]["serviceOrders"] == before["counts"]["serviceOrders"] + new_orders

    touched = {number for c in changes for number in c["documentNos"]}
    window = changed_since(dms, stamp(now - timedelta(minutes=10)))
    assert touched <= {row["documentNo"] for row in window}

    last_touch = {number: c for c in changes for number in c["documentNos"]}
    late = next(
        c for c in changes if c["kind"] == "late_commit" and last_touch[c["documentNos"][0]] is c
    )
    late_row = next(r for r in window if r["documentNo"] == late["documentNos"][0])
    assert late_row["lastModifiedDateTime"] == late["lastModifiedDateTime"]
    assert late_row["lastModifiedDateTime"] < stamp(now)
    polled_from_now = {r["documentNo"] for r in changed_since(dms, stamp(now))}
    assert late_row["documentNo"] not in polled_from_now, "a poll without overlap misses it"

    shared = next(c for c in changes if c["kind"] == "shared_timestamp")
    assert len(shared["documentNos"]) >= 2
    stamps = {r["lastModifiedDateTime"] for r in window if r["documentNo"] in shared["documentNos"]}
    assert len(stamps) == 1


def test_edit_by_another_user_changes_the_etag_and_the_field(
    dms: httpx.Client, admin: httpx.Client, order: dict[str, Any]
) -> None:
    response = admin.post(
        "edit",
        json={
            "documentNo": order["documentNo"],
            "changes": {"carInShop": True, "mileageKm": order["mileageKm"] + 40},
        },
    )

    assert response.status_code == 200
    now = dms.get(f"serviceOrders({order['id']})").json()
    assert now["carInShop"] is True
    assert now["mileageKm"] == order["mileageKm"] + 40
    assert now["@odata.etag"] != order["@odata.etag"]


def test_edit_with_a_past_timestamp_is_a_late_commit(
    dms: httpx.Client, admin: httpx.Client, order: dict[str, Any]
) -> None:
    response = admin.post(
        "edit",
        json={
            "documentNo": order["documentNo"],
            "changes": {"customerWaiting": not order["customerWaiting"]},
            "lastModifiedDateTime": "2026-11-01T06:00:00.000Z",
        },
    )

    assert response.status_code == 200
    now = dms.get(f"serviceOrders({order['id']})").json()
    assert now["lastModifiedDateTime"] == "2026-11-01T06:00:00.000Z"
    assert now["customerWaiting"] is not order["customerWaiting"]


def test_edit_refuses_unknown_orders_and_fields(admin: httpx.Client, order: dict[str, Any]) -> None:
    unknown = admin.post("edit", json={"documentNo": "SO-0000000", "changes": {}})
    bad_field = admin.post("edit", json={"documentNo": order["documentNo"], "changes": {"id": "x"}})
    bad_type = admin.post(
        "edit", json={"documentNo": order["documentNo"], "changes": {"carInShop": "yes"}}
    )

    assert unknown.status_code == 404
    assert bad_field.status_code == 400
    assert bad_type.status_code == 400


def test_step_refuses_a_bad_count(admin: httpx.Client) -> None:
    assert admin.post("step", json={"steps": -1}).status_code == 400
    assert admin.post("step", json={"steps": "many"}).status_code == 400
