"""The one write the DMS stand-in accepts: PATCH serviceOrders({id}) with mileageKm."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
from sandbox_helpers import odata_error

from incadea_desk.sandbox import ManualClock

CORRELATION = r"CorrelationId: [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\."


def patch(dms: httpx.Client, order: dict[str, Any], body: object, **headers: str) -> httpx.Response:
    return dms.patch(f"serviceOrders({order['id']})", json=body, headers=headers)


def dms_mileage(dms: httpx.Client, order: dict[str, Any]) -> int:
    return int(dms.get(f"serviceOrders({order['id']})").json()["mileageKm"])


def test_higher_mileage_is_written_with_a_new_etag(
    dms: httpx.Client, order: dict[str, Any], clock: ManualClock
) -> None:
    clock.advance(61)
    new_km = order["mileageKm"] + 1234

    response = patch(dms, order, {"mileageKm": new_km}, **{"If-Match": order["@odata.etag"]})

    assert response.status_code == 200
    body = response.json()
    assert body["mileageKm"] == new_km
    assert body["mileageDate"] == clock().date().isoformat()
    assert body["lastModifiedDateTime"] == clock().strftime("%Y-%m-%dT%H:%M:%S.000Z")
    assert body["@odata.etag"] != order["@odata.etag"]
    assert dms_mileage(dms, order) == new_km


# As Business Central answers (Microsoft Learn, webservices/dynamics-error-codes).
def test_missing_if_match_is_400_invalid_token(dms: httpx.Client, order: dict[str, Any]) -> None:
    response = patch(dms, order, {"mileageKm": order["mileageKm"] + 10})

    assert response.status_code == 400
    code, message = odata_error(response)
    assert code == "BadRequest_InvalidToken"
    assert message.startswith("Could not validate the client concurrency token")
    assert dms_mileage(dms, order) == order["mileageKm"]


def test_if_match_star_writes_whatever_the_version(
    dms: httpx.Client, order: dict[str, Any]
) -> None:
    response = patch(dms, order, {"mileageKm": order["mileageKm"] + 10}, **{"If-Match": "*"})

    assert response.status_code == 200
    assert dms_mileage(dms, order) == order["mileageKm"] + 10


def test_stale_etag_is_409_and_nothing_is_written(dms: httpx.Client, order: dict[str, Any]) -> None:
    stale = order["@odata.etag"]
    first = patch(dms, order, {"mileageKm": order["mileageKm"] + 100}, **{"If-Match": stale})
    assert first.status_code == 200

    second = patch(dms, order, {"mileageKm": order["mileageKm"] + 500}, **{"If-Match": stale})

    assert second.status_code == 409
    assert odata_error(second)[0] == "Request_EntityChanged"
    assert dms_mileage(dms, order) == order["mileageKm"] + 100


def test_lower_mileage_is_refused_by_the_dms(dms: httpx.Client, order: dict[str, Any]) -> None:
    current = order["mileageKm"]
    lower = current - 1

    response = patch(dms, order, {"mileageKm": lower}, **{"If-Match": order["@odata.etag"]})

    assert response.status_code == 400
    code, message = odata_error(response)
    assert code == "Application_DialogException"
    assert re.fullmatch(
        rf"Mileage {lower} km is lower than the current mileage {current} km\. {CORRELATION}",
        message,
    )
    assert dms_mileage(dms, order) == current


def test_equal_mileage_is_not_a_lowering(dms: httpx.Client, order: dict[str, Any]) -> None:
    response = patch(
        dms, order, {"mileageKm": order["mileageKm"]}, **{"If-Match": order["@odata.etag"]}
    )

    assert response.status_code == 200
    assert response.json()["mileageKm"] == order["mileageKm"]


@pytest.mark.parametrize(
    "body",
    [
        {"mileageKm": 50000, "canceled": True},
        {"carInShop": True},
        {"mileageKm": "50000"},
        {"mileageKm": 50000.5},
        {"mileageKm": -1},
        {"mileageKm": True},
        [50000],
    ],
)
def test_only_a_whole_mileage_may_be_patched(
    dms: httpx.Client, order: dict[str, Any], body: object
) -> None:
    response = patch(dms, order, body, **{"If-Match": order["@odata.etag"]})

    assert response.status_code == 400
    assert odata_error(response)[0] == "BadRequest"
    after = dms.get(f"serviceOrders({order['id']})").json()
    assert after["@odata.etag"] == order["@odata.etag"]


def test_other_entity_sets_are_read_only(dms: httpx.Client, order: dict[str, Any]) -> None:
    response = dms.patch(
        f"vehicles({order['vehicleId']})", json={"vin": "X"}, headers={"If-Match": 'W/"x"'}
    )

    assert response.status_code == 405
    assert odata_error(response)[0] == "BadRequest_MethodNotAllowed"


def test_admin_state_shows_the_written_mileage(
    dms: httpx.Client, admin: httpx.Client, order: dict[str, Any]
) -> None:
    new_km = order["mileageKm"] + 77
    patch(dms, order, {"mileageKm": new_km}, **{"If-Match": order["@odata.etag"]})

    state = admin.get("state", params={"documentNo": order["documentNo"]}).json()

    assert state["serviceOrder"]["mileageKm"] == new_km


# OData v4 Part 1, 8.2.8.7 (Prefer: return): Business Central's default is the entity.
def test_the_write_answers_with_the_entity_when_asked(
    dms: httpx.Client, order: dict[str, Any]
) -> None:
    headers = {"If-Match": order["@odata.etag"], "Prefer": "return=representation"}
    response = patch(dms, order, {"mileageKm": order["mileageKm"] + 5}, **headers)

    assert response.status_code == 200
    assert response.headers["Preference-Applied"] == "return=representation"
    assert response.json()["mileageKm"] == order["mileageKm"] + 5


def test_the_write_answers_204_for_return_minimal(dms: httpx.Client, order: dict[str, Any]) -> None:
    headers = {"If-Match": order["@odata.etag"], "Prefer": "return=minimal"}
    response = patch(dms, order, {"mileageKm": order["mileageKm"] + 5}, **headers)

    assert response.status_code == 204
    assert response.content == b""
    assert response.headers["Preference-Applied"] == "return=minimal"
    assert dms_mileage(dms, order) == order["mileageKm"] + 5
