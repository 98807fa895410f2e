"""Fault injection over loopback HTTP, set at run time through /_sandbox/faults."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest
from sandbox_helpers import fetch_token, loopback_client, odata_error

from incadea_desk.sandbox import LoopbackUrls, Sandbox


def set_faults(admin: httpx.Client, **settings: Any) -> dict[str, Any]:
    response = admin.post("faults", json=settings)
    assert response.status_code == 200, response.text
    return dict(response.json())


def test_fault_settings_round_trip_and_clear(admin: httpx.Client) -> None:
    shown = set_faults(admin, latency_ms=5, throttle_count=2, retry_after_s=7, drift="extra_field")

    assert admin.get("faults").json() == shown
    assert shown["latency_ms"] == 5
    assert shown["retry_after_s"] == 7
    assert set_faults(admin)["drift"] is None
    assert admin.get("faults").json()["throttle_count"] == 0


@pytest.mark.parametrize(
    "settings", [{"error_rate": 2}, {"drift": "sideways"}, {"latency": 5}, {"throttle_count": -1}]
)
def test_invalid_fault_settings_are_refused(admin: httpx.Client, settings: dict[str, Any]) -> None:
    response = admin.post("faults", json=settings)

    assert response.status_code == 400
    assert admin.get("faults").json()["error_rate"] == 0


def test_latency_delays_every_answer(dms: httpx.Client, admin: httpx.Client) -> None:
    set_faults(admin, latency_ms=150, jitter_ms=20)

    started = time.monotonic()
    response = dms.get("customers", params={"$top": "1"})
    elapsed = time.monotonic() - started

    assert response.status_code == 200
    assert 0.15 <= elapsed < 5


def test_error_rate_one_answers_503(dms: httpx.Client, admin: httpx.Client) -> None:
    set_faults(admin, error_rate=1.0)

    responses = [dms.get("serviceOrders", params={"$top": "1"}) for _ in range(3)]

    assert [r.status_code for r in responses] == [503, 503, 503]
    assert odata_error(responses[0])[0] == "Application_ServiceUnavailable"


def test_error_status_504_is_a_gateway_timeout(dms: httpx.Client, admin: httpx.Client) -> None:
    set_faults(admin, error_rate=1.0, error_status=504)

    response = dms.get("serviceOrders", params={"$top": "1"})

    assert response.status_code == 504
    assert odata_error(response)[0] == "Application_GatewayTimeout"


def test_faults_spare_the_token_endpoint_and_admin(
    http: httpx.Client, urls: LoopbackUrls, sandbox: Sandbox, admin: httpx.Client
) -> None:
    set_faults(admin, error_rate=1.0)

    assert fetch_token(http, urls, sandbox)
    assert admin.get("state").status_code == 200


@pytest.mark.parametrize("retry_after", [3, None])
def test_a_burst_of_429_then_normal_service(
    dms: httpx.Client, admin: httpx.Client, retry_after: int | None
) -> None:
    set_faults(admin, throttle_count=2, retry_after_s=retry_after)

    responses = [dms.get("customers", params={"$top": "1"}) for _ in range(3)]

    assert [r.status_code for r in responses] == [429, 429, 200]
    assert odata_error(responses[0])[0] == "Application_TooManyRequests"
    if retry_after is None:
        assert "Retry-After" not in responses[0].headers
    else:
        assert responses[1].headers["Retry-After"] == "3"


def test_slow_drip_runs_into_a_client_read_timeout(dms: httpx.Client, admin: httpx.Client) -> None:
    set_faults(admin, drip_delay_ms=1000)

    with pytest.raises(httpx.ReadTimeout):
        dms.get("serviceOrders", params={"$top": "5"}, timeout=httpx.Timeout(5, read=0.1))


def test_slow_drip_still_delivers_the_whole_answer(dms: httpx.Client, admin: httpx.Client) -> None:
    plain = dms.get("serviceOrders", params={"$top": "1", "$orderby": "documentNo"}).json()
    set_faults(admin, drip_delay_ms=1)

    dripped = dms.get("serviceOrders", params={"$top": "1", "$orderby": "documentNo"})

    assert dripped.json() == plain


def test_dropped_connection_is_a_transport_error(dms: httpx.Client, admin: httpx.Client) -> None:
    set_faults(admin, drop_rate=1.0)

    with pytest.raises(httpx.TransportError):
        dms.get("serviceOrders", params={"$top": "1"})

    set_faults(admin)
    assert dms.get("serviceOrders", params={"$top": "1"}).status_code == 200


@pytest.mark.parametrize(
    ("drift", "check"),
    [
        (
            "missing_optional",
            lambda o: "scheduledOutDateTime" not in o and "scheduledInDateTime" in o,
        ),
        ("extra_field", lambda o: o["sandboxAddedField"] == "added by a newer DMS version"),
        ("wrong_type", lambda o: isinstance(o["mileageKm"], str) and o["mileageKm"].isdigit()),
    ],
)
def test_schema_drift_shows_in_the_dms_json(
    dms: httpx.Client, admin: httpx.Client, drift: str, check: Any
) -> None:
    set_faults(admin, drift=drift)

    orders = dms.get("serviceOrders", params={"$top": "3", "$expand": "vehicle"}).json()["value"]

    assert all(check(order) for order in orders)


def test_concurrent_edit_turns_the_just_read_etag_stale(
    dms: httpx.Client, admin: httpx.Client, order: dict[str, Any]
) -> None:
    set_faults(admin, concurrent_edits=1)
    new_km = order["mileageKm"] + 250

    raced = dms.patch(
        f"serviceOrders({order['id']})",
        json={"mileageKm": new_km},
        headers={"If-Match": order["@odata.etag"]},
    )
    reread = dms.get(f"serviceOrders({order['id']})").json()
    retried = dms.patch(
        f"serviceOrders({order['id']})",
        json={"mileageKm": new_km},
        headers={"If-Match": reread["@odata.etag"]},
    )

    assert raced.status_code == 409
    assert odata_error(raced)[0] == "Request_EntityChanged"
    assert reread["@odata.etag"] != order["@odata.etag"]
    assert reread["mileageKm"] == order["mileageKm"]
    assert retried.status_code == 200
    assert retried.json()["mileageKm"] == new_km


def claire_appointment(dms_nr: str) -> dict[str, Any]:
    return {"dms_nr": dms_nr, "appointment_date": "2026-11-28T09:00:00+01:00", "mileage": 1200}


def test_claire_faults_answer_in_claire_error_shape(
    claire: httpx.Client, claire_admin: httpx.Client
) -> None:
    set_faults(claire_admin, error_rate=1.0)
    failed = claire.get("appointments/list", params={"location_id": "loc-utrecht"})
    set_faults(claire_admin, throttle_count=1, retry_after_s=2)
    throttled = claire.get("appointments/list", params={"location_id": "loc-utrecht"})
    after = claire.get("appointments/list", params={"location_id": "loc-utrecht"})

    assert failed.status_code == 500
    assert failed.json()["error"] == "server_error"
    assert throttled.status_code == 429
    assert throttled.json()["error"] == "rate_limited"
    assert throttled.headers["Retry-After"] == "2"
    assert after.status_code == 200


def test_claire_dropped_connection_and_slow_drip(
    urls: LoopbackUrls, sandbox: Sandbox, claire_admin: httpx.Client
) -> None:
    client = loopback_client(
        base_url=f"{urls.claire_base_url}/v1/",
        headers={"Authorization": sandbox.claire_api_key},
        timeout=httpx.Timeout(5, read=0.1),
    )
    with client:
        set_faults(claire_admin, drop_rate=1.0)
        with pytest.raises(httpx.TransportError):
            client.get("appointments/list", params={"location_id": "loc-utrecht"})
        set_faults(claire_admin, drip_delay_ms=1000)
        with pytest.raises(httpx.ReadTimeout):
            client.get("appointments/list", params={"location_id": "loc-utrecht"})


@pytest.mark.parametrize(
    ("drift", "check"),
    [
        ("missing_optional", lambda a: "scheduled_out" not in a and "scheduled_in" in a),
        ("extra_field", lambda a: a["sandbox_added_field"] == "added by a newer Claire version"),
        ("wrong_type", lambda a: a["mileage"] == "1200"),
    ],
)
def test_schema_drift_shows_in_the_claire_json(
    claire: httpx.Client, claire_admin: httpx.Client, drift: str, check: Any
) -> None:
    result = claire.post(
        "appointments/import",
        json={"location_id": "loc-utrecht", "appointments": [claire_appointment("SO-2699001")]},
    ).json()["results"][0]
    set_faults(claire_admin, drift=drift)

    detail = claire.get(f"appointments/{result['id']}").json()
    listed = claire.get(
        "appointments/list", params={"location_id": "loc-utrecht", "dms_nr": "SO-2699001"}
    ).json()["data"][0]

    assert check(detail)
    assert check(listed)
