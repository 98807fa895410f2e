"""The Claire stand-in: API-key auth, idempotent import, list and detail."""

from __future__ import annotations

import copy
from typing import Any

import httpx
import pytest

from incadea_desk.sandbox import LoopbackUrls, Sandbox

PARTY: dict[str, Any] = {
    "company": None, "first_name": "Fenna", "last_name": "Visser", "street": "Lindelaan 4",
    "postcode": "3511 AB", "place": "Utrecht", "email_private": "fenna.visser@example.com",
    "phone_private": None, "mobile_private": "06-12345678", "email_business": None,
    "phone_business": None, "mobile_business": None, "is_lease_company": False,
}  # fmt: skip


def appointment(dms_nr: str, **changes: Any) -> dict[str, Any]:
    """An appointment as incadea-desk imports it (no id, no updated_at)."""
    body: dict[str, Any] = {
        "location_id": "loc-utrecht",
        "dms_nr": dms_nr,
        "wo_nr": dms_nr.removeprefix("SO-"),
        "appointment_date": "2026-11-27T08:30:00+00:00",
        "dms_created_at": "2026-11-20T14:02:11+00:00",
        "scheduled_in": "2026-11-27T08:30:00+00:00",
        "scheduled_out": None,
        "customer_waiting": False,
        "car_in_shop": True,
        "car_out_of_shop": False,
        "mileage": 45210,
        "canceled": False,
        "currency": "EUR",
        "interventions": [
            {
                "title": "APK keuring",
                "description": "Periodieke keuring",
                "price_excl_vat": "120.00",
                "price_incl_vat": "145.20",
                "elements": [
                    {
                        "kind": "labor",
                        "code": "APK",
                        "description": "APK keuring",
                        "quantity": "1.50",
                        "unit_price": "80.00",
                        "discount": "0.00",
                        "vat_rate": "21.00",
                        "total": "120.00",
                    },
                    {
                        "kind": "note",
                        "code": None,
                        "description": "Goedgekeurd",
                        "quantity": "0.00",
                        "unit_price": "0.00",
                        "discount": "0.00",
                        "vat_rate": "0.00",
                        "total": "0.00",
                    },
                ],
            }
        ],
        "total_excl_vat": "120.00",
        "total_incl_vat": "145.20",
        "car": {
            "make": "Kia",
            "model": "Niro",
            "license_plate": "12ABC3",
            "vin": "KNAB2512ABC123456",
            "first_registration_date": "2021-03-01",
            "apk_date": "2027-03-01",
            "warranty_start": "2021-03-01",
            "warranty_end": "2028-03-01",
            "driver_id": "C010234",
            "owner_id": "C000017",
        },
        "driver": PARTY,
        "owner": copy.deepcopy(PARTY)
        | {"company": "Wagenpark Lease B.V.", "is_lease_company": True},
        "contractor": None,
        "warnings": ["Mobile number of the driver cannot receive SMS."],
    }
    body.update(changes)
    return body


def import_items(claire: httpx.Client, items: list[Any], location: str = "loc-utrecht") -> Any:
    response = claire.post(
        "appointments/import", json={"location_id": location, "appointments": items}
    )
    assert response.status_code == 200, response.text
    return response.json()["results"]


def listed(claire: httpx.Client, dms_nr: str, location: str = "loc-utrecht") -> Any:
    response = claire.get("appointments/list", params={"location_id": location, "dms_nr": dms_nr})
    assert response.status_code == 200, response.text
    return response.json()


def test_the_same_import_twice_yields_one_appointment(
    claire: httpx.Client, claire_admin: httpx.Client
) -> None:
    item = appointment("SO-2690001")

    first = import_items(claire, [item])
    second = import_items(claire, [item])

    assert first[0]["status"] == "created"
    assert first[0]["id"].startswith("apt_")
    assert second == [{"dms_nr": "SO-2690001", "id": first[0]["id"], "status": "unchanged"}]
    found = listed(claire, "SO-2690001")
    assert found["meta"]["total"] == 1
    held = claire_admin.get("state", params={"location_id": "loc-utrecht", "dms_nr": "SO-2690001"})
    assert held.json()["appointment"]["id"] == first[0]["id"]


def test_a_changed_import_updates_the_same_appointment(claire: httpx.Client) -> None:
    created = import_items(claire, [appointment("SO-2690002")])[0]

    updated = import_items(claire, [appointment("SO-2690002", mileage=46000, car_out_of_shop=True)])

    assert updated == [{"dms_nr": "SO-2690002", "id": created["id"], "status": "updated"}]
    held = claire.get(f"appointments/{created['id']}").json()
    assert held["mileage"] == 46000
    assert held["car_out_of_shop"] is True
    assert held["location_id"] == "loc-utrecht"
    assert held["interventions"][0]["elements"][0]["unit_price"] == "80.00"
    assert held["updated_at"]


def test_results_come_per_item_in_request_order(claire: httpx.Client) -> None:
    no_key = appointment("SO-2690003")
    del no_key["dms_nr"]
    float_money = appointment("SO-2690004", total_excl_vat=120.0)
    unknown_field = appointment("SO-2690005", colour="red")
    wrong_location = appointment("SO-2690006", location_id="loc-antwerpen")
    good = appointment("SO-2690007")

    results = import_items(claire, [no_key, float_money, good, unknown_field, wrong_location])

    assert [r["status"] for r in results] == ["error", "error", "created", "error", "error"]
    assert [r["dms_nr"] for r in results] == [
        None, "SO-2690004", "SO-2690007", "SO-2690005", "SO-2690006",
    ]  # fmt: skip
    assert results[0]["error"] == "validation_error"
    assert "dms_nr" in results[0]["message"]
    assert "total_excl_vat" in results[1]["message"]
    assert results[4]["error"] == "location_mismatch"
    assert listed(claire, "SO-2690004")["meta"]["total"] == 0
    assert listed(claire, "SO-2690007")["meta"]["total"] == 1


@pytest.mark.parametrize(
    "change",
    [
        {"interventions": [{"title": "x", "price_excl_vat": "1.5", "price_incl_vat": "1.82"}]},
        {"appointment_date": "2026-11-27 08:30"},
        {"appointment_date": "2026-11-27T08:30:00"},
        {"mileage": -5},
        {"mileage": "45210"},
        {"car": {"apk_date": "27-03-2027"}},
        {"dms_nr": ""},
    ],
)
def test_invalid_fields_are_an_error_for_that_item(
    claire: httpx.Client, change: dict[str, Any]
) -> None:
    result = import_items(claire, [appointment("SO-2690010") | change])[0]

    assert result["status"] == "error"
    assert result["error"] == "validation_error"
    assert listed(claire, "SO-2690010")["meta"]["total"] == 0


@pytest.mark.parametrize(
    "body",
    [
        {"appointments": [{"dms_nr": "SO-1"}]},
        {"location_id": "loc-utrecht", "appointments": []},
        {"location_id": "loc-utrecht", "appointments": [{"dms_nr": f"SO-{i}"} for i in range(101)]},
        {"location_id": "loc-utrecht"},
        ["not", "an", "object"],
    ],
)
def test_a_malformed_import_is_400(claire: httpx.Client, body: object) -> None:
    response = claire.post("appointments/import", json=body)

    assert response.status_code == 400
    assert set(response.json()) == {"error", "message"}


def test_a_location_outside_the_keys_scope_is_403_for_import_and_list(
    claire: httpx.Client,
) -> None:
    imported = claire.post(
        "appointments/import",
        json={"location_id": "loc-nowhere", "appointments": [{"dms_nr": "SO-1"}]},
    )
    listed = claire.get("appointments/list", params={"location_id": "loc-nowhere"})

    for response in (imported, listed):
        assert response.status_code == 403
        assert response.json()["error"] == "location_forbidden"


def test_list_needs_a_location(claire: httpx.Client) -> None:
    response = claire.get("appointments/list", params={"dms_nr": "SO-2690001"})

    assert response.status_code == 400
    assert response.json()["error"] == "bad_request"


def test_list_pages_through_one_location(claire: httpx.Client) -> None:
    items = [appointment(f"SO-2691{n:03d}", location_id=None) for n in range(5)]
    import_items(claire, items, location="loc-antwerpen")

    pages = [
        claire.get(
            "appointments/list",
            params={"location_id": "loc-antwerpen", "page": str(page), "per_page": "2"},
        ).json()
        for page in (1, 2, 3)
    ]

    assert [len(p["data"]) for p in pages] == [2, 2, 1]
    assert all(p["meta"]["total"] == 5 for p in pages)
    assert pages[1]["meta"] == {"page": 2, "per_page": 2, "total": 5}
    numbers = [a["dms_nr"] for p in pages for a in p["data"]]
    assert sorted(numbers) == [f"SO-2691{n:03d}" for n in range(5)]
    assert listed(claire, "SO-2691000")["meta"]["total"] == 0


def test_unknown_id_is_404(claire: httpx.Client) -> None:
    response = claire.get("appointments/apt_999999")

    assert response.status_code == 404
    assert response.json()["error"] == "not_found"


@pytest.mark.parametrize(
    "authorization", [None, "wrong-key", "Bearer {key}", "bearer {key}", "{key}x", "Basic {key}"]
)
def test_only_the_bare_api_key_is_accepted(
    urls: LoopbackUrls, sandbox: Sandbox, http: httpx.Client, authorization: str | None
) -> None:
    headers = {}
    if authorization is not None:
        headers["Authorization"] = authorization.format(key=sandbox.claire_api_key)

    response = http.get(
        f"{urls.claire_base_url}/v1/appointments/list",
        params={"location_id": "loc-utrecht"},
        headers=headers,
    )

    assert response.status_code == 401
    assert response.json()["error"] == "unauthorized"


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "appointments/import"),
        ("POST", "appointments/list"),
        ("DELETE", "appointments/apt_000001"),
        ("PUT", "appointments/import"),
    ],
)
def test_wrong_method_is_405(claire: httpx.Client, method: str, path: str) -> None:
    response = claire.request(method, path)

    assert response.status_code == 405
    assert response.json()["error"] == "method_not_allowed"
