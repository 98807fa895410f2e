"""Domain workorder -> Claire appointment: every field of DESIGN.md section 3 arrives,
money as two-decimal strings; and the flat field view used for refresh diffs."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from claire_samples import LOCATION, workorder
from hypothesis import given
from hypothesis import strategies as st

from incadea_desk.claire import (
    ClaireAppointment,
    EncodedAppointment,
    claire_fields,
    from_claire,
    to_claire,
)
from incadea_desk.claire.wire import ClaireImportRequest, import_request_json
from incadea_desk.domain.diff import workorder_changes
from incadea_desk.domain.models import Car, Element, ElementKind, Intervention, Workorder
from incadea_desk.domain.money import Money


def wire_json(wo: Workorder, warnings: list[str] | None = None) -> dict[str, object]:
    return json.loads(to_claire(wo, LOCATION, warnings or []).model_dump_json())


def test_appointment_fields_arrive(wo: Workorder) -> None:
    body = wire_json(wo)
    assert body["location_id"] == LOCATION
    assert body["dms_nr"] == "SO-2604711"
    assert body["wo_nr"] == "104711"
    assert body["appointment_date"] == "2026-11-27T08:30:00+00:00"
    assert body["dms_created_at"] == "2026-11-20T14:02:11+00:00"
    assert body["scheduled_in"] == "2026-11-27T08:15:00+00:00"
    assert body["scheduled_out"] == "2026-11-27T16:45:00+00:00"
    assert body["customer_waiting"] is True
    assert body["car_in_shop"] is True
    assert body["car_out_of_shop"] is False
    assert body["mileage"] == 45210
    assert body["canceled"] is False
    assert body["currency"] == "EUR"
    assert "id" not in body
    assert "updated_at" not in body


def test_interventions_and_elements_arrive_with_money_as_strings(wo: Workorder) -> None:
    body = wire_json(wo)
    oil, apk = body["interventions"]  # type: ignore[misc]
    assert oil["title"] == "Oil service"
    assert oil["description"] == "Replace oil and filter"
    assert oil["price_excl_vat"] == "200.96"
    assert oil["price_incl_vat"] == "243.16"
    assert oil["elements"][1] == {
        "kind": "part",
        "code": "P-0W20",
        "description": "Engine oil 0W-20",
        "quantity": "4.50",
        "unit_price": "19.99",
        "discount": "10.00",
        "vat_rate": "21.00",
        "total": "80.96",
    }
    assert [e["kind"] for e in oil["elements"]] == ["labor", "part", "note"]
    assert oil["elements"][2]["code"] is None
    assert oil["elements"][2]["total"] == "0.00"
    assert apk["elements"][0]["kind"] == "menu"
    assert apk["price_incl_vat"] == "54.45"
    assert body["total_excl_vat"] == "250.91"
    assert body["total_incl_vat"] == "297.61"


def test_no_float_travels(wo: Workorder) -> None:
    text = to_claire(wo, LOCATION, []).model_dump_json()

    def no_floats(value: object) -> None:
        assert not isinstance(value, float), value
        if isinstance(value, dict):
            for item in value.values():
                no_floats(item)
        if isinstance(value, list):
            for item in value:
                no_floats(item)

    no_floats(json.loads(text))


def test_car_fields_arrive(wo: Workorder) -> None:
    assert wire_json(wo)["car"] == {
        "make": "Volkswagen",
        "model": "Golf",
        "license_plate": "12ABC3",
        "vin": "WVWZZZ1JZXW000001",
        "first_registration_date": "2019-03-15",
        "apk_date": "2027-03-15",
        "warranty_start": "2019-03-16",
        "warranty_end": "2026-03-14",
        "driver_id": "C010234",
        "owner_id": "C000017",
    }


@pytest.mark.parametrize("who", ["driver", "owner", "contractor"])
def test_party_fields_arrive(wo: Workorder, who: str) -> None:
    source = getattr(wo, who)
    assert wire_json(wo)[who] == {
        "company": source.company,
        "first_name": f"{who}-first",
        "last_name": f"{who}-last",
        "street": f"{who} street 1",
        "postcode": "3511 AB",
        "place": f"{who}-place",
        "email_private": f"{who}@example.org",
        "phone_private": "+31301234567",
        "mobile_private": "+31612345678",
        "email_business": f"{who}@example.com",
        "phone_business": "+31307654321",
        "mobile_business": "+31687654321",
        "is_lease_company": who == "owner",
    }


def test_missing_parties_travel_as_null(wo: Workorder) -> None:
    bare = wo.model_copy(update={"driver": None, "owner": None, "contractor": None})
    body = wire_json(bare)
    assert (body["driver"], body["owner"], body["contractor"]) == (None, None, None)


def test_warnings_travel_as_given(wo: Workorder) -> None:
    warnings = ["The driver's mobile number cannot receive text messages."]
    assert wire_json(wo, warnings)["warnings"] == warnings


def test_unparseable_plate_and_vin_travel_as_the_dms_text(wo: Workorder) -> None:
    car = Car(registration_as_stored=" ONBEKEND ", vin_as_stored="WVWZZZ1JZ")
    body = wire_json(wo.model_copy(update={"car": car}))
    assert body["car"]["license_plate"] == "ONBEKEND"  # type: ignore[index]
    assert body["car"]["vin"] == "WVWZZZ1JZ"  # type: ignore[index]
    assert body["car"]["make"] is None  # type: ignore[index]


def test_fields_are_flat_and_stable(wo: Workorder) -> None:
    fields = claire_fields(to_claire(wo, LOCATION, ["w1"]))
    assert fields["appointment.mileage"] == "45210"
    assert fields["appointment.customer_waiting"] == "true"
    assert fields["appointment.appointment_date"] == "2026-11-27T08:30:00+00:00"
    assert fields["car.vin"] == "WVWZZZ1JZXW000001"
    assert fields["car.license_plate"] == "12ABC3"
    assert fields["interventions[0].elements[1].total"] == "80.96"
    assert fields["interventions[1].title"] == "APK"
    assert fields["owner.is_lease_company"] == "true"
    assert fields["warnings[0]"] == "w1"
    assert fields["appointment.total_incl_vat"] == "297.61"
    assert "appointment.location_id" not in fields
    assert all(value is None or isinstance(value, str) for value in fields.values())


def test_what_claire_echoes_compares_equal_to_what_we_sent(wo: Workorder) -> None:
    sent = to_claire(wo, LOCATION, [])
    held = json.loads(sent.model_dump_json())
    cet = timezone(timedelta(hours=1))
    held["appointment_date"] = datetime(2026, 11, 27, 9, 30, tzinfo=cet).isoformat()
    held["id"] = "apt_000123"
    held["updated_at"] = "2026-11-27T10:00:00+00:00"
    held["interventions"][0]["elements"][0]["quantity"] = "1.5"
    echoed = ClaireAppointment.model_validate_json(json.dumps(held))
    assert claire_fields(echoed) == claire_fields(sent)


def test_a_change_shows_as_exactly_its_keys(wo: Workorder) -> None:
    before = claire_fields(to_claire(wo, LOCATION, []))
    moved = wo.model_copy(
        update={
            "appointment": wo.appointment.model_copy(
                update={"dms_mileage_km": 46000, "car_in_shop": False}
            ),
            "driver": None,
        }
    )
    after = claire_fields(to_claire(moved, LOCATION, []))
    changed = {key for key in before.keys() | after.keys() if before.get(key) != after.get(key)}
    assert "appointment.mileage" in changed
    assert "appointment.car_in_shop" in changed
    assert "driver.first_name" in changed
    assert after["driver"] is None
    assert not {k for k in changed if k.startswith(("car.", "interventions", "owner"))}


def test_claire_amounts_are_decimal(wo: Workorder) -> None:
    held = json.loads(to_claire(wo, LOCATION, []).model_dump_json())
    held["id"] = "apt_1"
    echoed = ClaireAppointment.model_validate_json(json.dumps(held))
    assert echoed.total_incl_vat == Decimal("297.61")
    assert echoed.appointment_date.tzinfo == UTC


def test_a_float_amount_from_claire_is_refused(wo: Workorder) -> None:
    held = json.loads(to_claire(wo, LOCATION, []).model_dump_json())
    held["id"] = "apt_1"
    held["total_excl_vat"] = 250.91
    with pytest.raises(ValueError, match="float"):
        ClaireAppointment.model_validate_json(json.dumps(held))


def test_an_import_request_carries_each_appointment_as_it_was_encoded(wo: Workorder) -> None:
    bare = wo.model_copy(update={"driver": None, "owner": None, "contractor": None})
    items = [to_claire(wo, LOCATION, ["Driver: check"]), to_claire(bare, LOCATION, [])]
    body = import_request_json("loc-'quoted\"", [EncodedAppointment.of(i) for i in items])
    expected = ClaireImportRequest(location_id="loc-'quoted\"", appointments=items)
    assert json.loads(body) == expected.model_dump(mode="json")
    assert ClaireImportRequest.model_validate_json(body) == expected


def test_what_claire_holds_reads_back_as_the_same_workorder(wo: Workorder) -> None:
    held = ClaireAppointment.model_validate(
        {**to_claire(wo, LOCATION, []).model_dump(mode="json"), "id": "apt_1"}
    )
    assert workorder_changes(from_claire(held, wo), wo) == []


def test_a_refresh_names_domain_paths_with_old_and_new_values(wo: Workorder) -> None:
    held = ClaireAppointment.model_validate(
        {**to_claire(wo, LOCATION, []).model_dump(mode="json"), "id": "apt_1"}
    )
    first = wo.interventions[0]
    moved = wo.model_copy(
        update={
            "appointment": wo.appointment.model_copy(update={"dms_mileage_km": 46000}),
            "car": wo.car.model_copy(update={"apk_date": wo.car.apk_date + timedelta(days=365)}),
            "interventions": [
                first.model_copy(
                    update={
                        "elements": [
                            first.elements[0].model_copy(update={"quantity": Decimal("3")}),
                            *first.elements[1:],
                        ]
                    }
                ),
                *wo.interventions[1:],
            ],
        }
    )
    changes = {c.path: (c.old, c.new) for c in workorder_changes(from_claire(held, moved), moved)}
    assert changes["appointment.dms_mileage_km"] == (45210, 46000)
    assert changes["car.apk_date"] == (wo.car.apk_date, moved.car.apk_date)
    assert changes["interventions[0].elements[0].quantity"][1] == Decimal("3")
    assert "interventions[0].elements[0].line_total" in changes
    assert "prices.excl_vat" in changes
    wire_names = {"dms_nr", "wo_nr", "license_plate", "mileage", "total", "price_excl_vat"}
    assert not {part for path in changes for part in path.split(".")} & wire_names


def test_datetimes_are_sent_in_utc_whatever_the_domain_offset(wo: Workorder) -> None:
    cet = timezone(timedelta(hours=1))
    a = wo.appointment
    local = wo.model_copy(
        update={
            "appointment": a.model_copy(
                update={
                    "appointment_date": a.appointment_date.astimezone(cet),
                    "created_at": a.created_at.astimezone(cet),
                    "scheduled_out": datetime(2026, 11, 27, 17, 45, tzinfo=cet),
                }
            )
        }
    )
    body = wire_json(local)
    assert body["appointment_date"] == a.appointment_date.isoformat()
    assert body["dms_created_at"] == a.created_at.isoformat()
    assert body["scheduled_out"] == "2026-11-27T16:45:00+00:00"
    assert EncodedAppointment.of(to_claire(local, LOCATION, [])).json == (
        EncodedAppointment.of(to_claire(wo, LOCATION, [])).json
    )


_AMOUNTS = st.decimals(min_value=0, max_value=10_000, places=2)
_PERCENTS = st.decimals(min_value=0, max_value=100, places=2)
_ELEMENTS = st.builds(
    lambda quantity, price, discount, vat: Element(
        kind=ElementKind.PART,
        quantity=quantity,
        unit_price=Money(amount=price),
        discount=discount,
        vat_rate=vat,
    ),
    st.decimals(min_value=0, max_value=1_000, places=3),
    _AMOUNTS,
    _PERCENTS,
    _PERCENTS,
)


@given(st.lists(st.lists(_ELEMENTS, max_size=5), max_size=4))
def test_claire_gets_the_totals_the_window_shows(groups: list[list[Element]]) -> None:
    """Claire's totals are computed on their own path: they are the domain's prices."""
    wo = workorder().model_copy(
        update={
            "interventions": [
                Intervention(title=f"Job {n}", elements=elements)
                for n, elements in enumerate(groups)
            ]
        }
    )
    sent = to_claire(wo, LOCATION, [])
    assert (sent.total_excl_vat, sent.total_incl_vat) == (
        wo.prices.excl_vat.amount,
        wo.prices.incl_vat.amount,
    )
    for claire, domain in zip(sent.interventions, wo.interventions, strict=True):
        assert (claire.price_excl_vat, claire.price_incl_vat) == (
            domain.prices.excl_vat.amount,
            domain.prices.incl_vat.amount,
        )
        assert [e.total for e in claire.elements] == [e.line_total.amount for e in domain.elements]
