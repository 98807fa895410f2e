"""DMS wire JSON -> domain workorder: every field of DESIGN.md section 3 arrives."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from dms_samples import RawNumber, line, to_json

from incadea_desk.domain.models import ElementKind, Workorder
from incadea_desk.errors import BadResponse
from incadea_desk.incadea.mapping import to_workorder
from incadea_desk.incadea.wire import WireServiceOrder, parse

OrderFactory = Callable[..., dict[str, Any]]


def mapped(order: dict[str, Any]) -> Workorder:
    return to_workorder(parse(WireServiceOrder, to_json(order)))


def test_appointment_fields_arrive(order: OrderFactory) -> None:
    a = mapped(order()).appointment
    assert a.dms_number == "SO-2604711"
    assert a.wo_number == "104711"
    assert a.appointment_date == datetime(2026, 11, 27, 8, 30, tzinfo=UTC)
    assert a.created_at == datetime(2026, 11, 20, 14, 2, 11, tzinfo=UTC)
    assert a.scheduled_in == datetime(2026, 11, 27, 8, 15, tzinfo=UTC)
    assert a.scheduled_out == datetime(2026, 11, 27, 16, 45, tzinfo=UTC)
    assert a.customer_waiting is True
    assert a.car_in_shop is True
    assert a.car_out_of_shop is False
    assert a.dms_mileage_km == 45210
    assert a.mileage_date == date(2026, 6, 1)
    assert a.canceled is False


def test_flags_arrive_with_their_other_values(order: OrderFactory) -> None:
    a = mapped(
        order(customerWaiting=False, carInShop=False, carOutOfShop=True, canceled=True)
    ).appointment
    assert (a.customer_waiting, a.car_in_shop, a.car_out_of_shop, a.canceled) == (
        False,
        False,
        True,
        True,
    )


def test_interventions_group_lines_by_job_in_order(order: OrderFactory) -> None:
    wo = mapped(order())
    assert [i.title for i in wo.interventions] == ["Oil service", "APK"]
    oil, apk = wo.interventions
    assert oil.description == "Replace oil and filter"
    assert apk.description == "Periodic inspection"
    assert [e.kind for e in oil.elements] == [ElementKind.LABOR, ElementKind.PART, ElementKind.NOTE]
    assert [e.kind for e in apk.elements] == [ElementKind.MENU]

    part = oil.elements[1]
    assert part.code == "P-0W20"
    assert part.description == "Engine oil 0W-20"
    assert part.quantity == Decimal("4.5")
    assert part.unit_price.amount == Decimal("19.99")
    assert part.unit_price.currency == "EUR"
    assert part.discount == Decimal("10")
    assert part.vat_rate == Decimal("21")
    assert part.line_total.amount == Decimal("80.96")

    note = oil.elements[2]
    assert note.code is None
    assert note.description == "Customer brings own filter"

    assert oil.prices.excl_vat.amount == Decimal("200.96")
    assert oil.prices.incl_vat.amount == Decimal("243.16")
    assert wo.total_excl_vat.amount == Decimal("250.91")


def test_lines_out_of_order_are_sorted_by_job_then_line(order: OrderFactory) -> None:
    lines = order()["serviceLines"]
    wo = mapped(order(serviceLines=list(reversed(lines))))
    assert [i.title for i in wo.interventions] == ["Oil service", "APK"]
    assert [e.description for e in wo.interventions[0].elements] == [
        "Oil change labour",
        "Engine oil 0W-20",
        "Customer brings own filter",
    ]


def test_money_is_decimal_from_the_json_text(order: OrderFactory) -> None:
    lines = [
        line(1, n, "Item", f"P{n}", "Wiper", "1", "19.99", "0", "21", "19.99") for n in (1, 2, 3)
    ]
    lines.append(line(1, 4, "Item", "P4", "Clip", "3", "0.1", "0", "21", "0.30"))
    lines.append(line(1, 5, "Item", "P5", "Fluid", "1", "0.30000000000000004", "0", "0", "0.30"))
    wo = mapped(order(serviceLines=lines))
    elements = wo.interventions[0].elements
    assert all(isinstance(e.unit_price.amount, Decimal) for e in elements)
    assert elements[4].unit_price.amount == Decimal("0.30000000000000004")
    assert wo.total_excl_vat.amount == Decimal("60.57")
    assert str(wo.total_excl_vat.amount) == "60.57"


def test_car_fields_arrive(order: OrderFactory) -> None:
    car = mapped(order()).car
    assert car.make == "Volkswagen"
    assert car.model == "Golf"
    assert car.registration is not None
    assert car.registration.compact == "12ABC3"
    assert car.registration.display == "12-ABC-3"
    assert car.registration_as_stored == "12ABC3"
    assert car.vin is not None
    assert car.vin.value == "WVWZZZ1JZXW000001"
    assert car.first_registration_date == date(2019, 3, 15)
    assert car.apk_date == date(2027, 3, 15)
    assert car.warranty_start == date(2019, 3, 15)
    assert car.warranty_end == date(2026, 3, 14)
    assert car.driver_id == "C010234"
    assert car.owner_id == "C000017"


@pytest.mark.parametrize("who", ["driver", "owner", "contractor"])
def test_party_fields_arrive(order: OrderFactory, who: str) -> None:
    raw = order()
    source = raw["contractor"] if who == "contractor" else raw["vehicle"][who]
    party = getattr(mapped(raw), who)
    assert party is not None
    assert party.customer_number == source["number"]
    assert party.company == source["companyName"]
    assert party.first_name == source["firstName"]
    assert party.last_name == source["lastName"]
    assert party.street == source["street"]
    assert party.postcode == source["postCode"]
    assert party.place == source["city"]
    assert party.country == source["countryCode"]
    assert party.email_private == source["privateEmail"]
    assert party.phone_private == source["privatePhoneNo"]
    assert party.mobile_private == source["privateMobileNo"]
    assert party.email_business == source["businessEmail"]
    assert party.phone_business == source["businessPhoneNo"]
    assert party.mobile_business == source["businessMobileNo"]
    assert party.is_lease_company == source["isLeaseCompany"]


def test_owner_is_a_lease_company(order: OrderFactory) -> None:
    owner = mapped(order()).owner
    assert owner is not None
    assert owner.is_lease_company is True
    assert owner.company == "Lease Direct B.V."


def test_bad_plate_and_vin_keep_the_dms_text(order: OrderFactory) -> None:
    raw = order(registrationNo="??")
    raw["vehicle"].update(registrationNo="ONBEKEND!", vin="WVWZZZ1JZ")
    car = mapped(raw).car
    assert car.registration is None
    assert car.registration_as_stored == "ONBEKEND!"
    assert car.plate_text == "ONBEKEND!"
    assert car.vin is None
    assert car.vin_as_stored == "WVWZZZ1JZ"


def test_order_plate_is_used_when_there_is_no_vehicle(order: OrderFactory) -> None:
    wo = mapped(order(vehicle=None, vehicleId=None))
    assert wo.car.registration is not None
    assert wo.car.registration.compact == "12ABC3"
    assert wo.driver is None
    assert wo.owner is None


def test_missing_parties_are_none(order: OrderFactory) -> None:
    raw = order(contractor=None, contractorCustomerId=None)
    raw["vehicle"].update(driver=None, driverCustomerId=None, owner=None, ownerCustomerId=None)
    wo = mapped(raw)
    assert (wo.driver, wo.owner, wo.contractor) == (None, None, None)
    assert (wo.car.driver_id, wo.car.owner_id) == (None, None)


@pytest.mark.allow_warning_logs
def test_impossible_mileage_does_not_fail_the_import(order: OrderFactory) -> None:
    assert mapped(order(mileageKm=-5)).appointment.dms_mileage_km is None
    assert mapped(order(mileageKm=2_500_000)).appointment.dms_mileage_km is None


def test_unknown_fields_are_ignored(order: OrderFactory) -> None:
    raw = order(somethingNew={"nested": True}, salesPerson="X")
    raw["serviceLines"][0]["warrantyFlag"] = True
    assert mapped(raw).appointment.dms_number == "SO-2604711"


def test_schema_violation_names_the_field(order: OrderFactory) -> None:
    raw = order()
    raw["serviceLines"][2]["quantity"] = "lots"
    with pytest.raises(BadResponse) as caught:
        mapped(raw)
    assert caught.value.user_message == (
        "The DMS sent an answer we cannot read (field serviceLines[2].quantity)."
    )
    assert caught.value.code == "schema"


def test_missing_required_field_names_it(order: OrderFactory) -> None:
    raw = order()
    del raw["orderNo"]
    with pytest.raises(BadResponse, match=r"\(field orderNo\)"):
        mapped(raw)


def test_naive_datetime_is_a_bad_response(order: OrderFactory) -> None:
    with pytest.raises(BadResponse, match=r"field appointmentDateTime"):
        mapped(order(appointmentDateTime="2026-11-27T08:30:00"))


def test_bad_response_never_carries_the_value(order: OrderFactory) -> None:
    raw = order()
    raw["vehicle"]["driver"]["isLeaseCompany"] = "femke@example.org"
    with pytest.raises(BadResponse) as caught:
        mapped(raw)
    assert "femke" not in str(caught.value)
    assert "vehicle.driver.isLeaseCompany" in str(caught.value)


def test_unknown_line_type_is_a_bad_response(order: OrderFactory) -> None:
    raw = order()
    raw["serviceLines"][0]["lineType"] = "Resource"
    with pytest.raises(BadResponse, match=r"serviceLines\[0\]\.lineType"):
        mapped(raw)


def test_invalid_currency_is_a_bad_response_not_a_traceback(order: OrderFactory) -> None:
    with pytest.raises(BadResponse, match="cannot read"):
        mapped(order(currencyCode="EURO"))


def test_raw_number_helper_writes_bare_numbers() -> None:
    assert to_json({"x": RawNumber("0.1")}) == b'{"x": 0.1}'
