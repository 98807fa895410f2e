"""The seeded workshop has the variety the product must cope with, and is reproducible."""

from __future__ import annotations

import random
import re
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

import phonenumbers
import pytest
from email_validator import EmailNotValidError, validate_email
from stdnum.nl import postcode

from incadea_desk.sandbox.data import WorkshopData, vin_check_digit
from incadea_desk.sandbox.generator import Generator
from incadea_desk.sandbox.seed import generate_workshop
from incadea_desk.sandbox.seed_tables import DUTCH_SIDECODES

NOW = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def workshop() -> WorkshopData:
    return generate_workshop(seed=21, now=NOW)


def sidecode(plate: str) -> int | None:
    shape = "".join("L" if c.isalpha() else "D" if c.isdigit() else "-" for c in plate)
    for code, groups in DUTCH_SIDECODES.items():
        if shape == "-".join(groups) or shape == "".join(groups):
            return code
    return None


def test_at_least_200_workorders_over_the_past_and_coming_30_days(workshop: WorkshopData) -> None:
    dates = [row.data["appointmentDateTime"] for row in workshop.orders.values()]

    assert len(dates) >= 200
    assert all(NOW - timedelta(days=31) <= d <= NOW + timedelta(days=31) for d in dates)
    assert sum(d < NOW for d in dates) > 60
    assert sum(d > NOW for d in dates) > 60
    assert all(row.data["lastModifiedDateTime"] <= NOW for row in workshop.orders.values())


def test_numbers_are_unique_and_related(workshop: WorkshopData) -> None:
    orders = [row.data for row in workshop.orders.values()]

    assert len({o["documentNo"] for o in orders}) == len(orders)
    assert len({o["orderNo"] for o in orders}) == len(orders)
    assert all(o["documentNo"] == f"SO-26{o['orderNo'][1:]}" for o in orders)
    assert all(re.fullmatch(r"\d{6}", o["orderNo"]) for o in orders)


def test_document_numbers_stay_unique_past_order_number_199999() -> None:
    data = WorkshopData(next_order_no=199_990)
    gen = Generator(random.Random(4), data)
    vehicle = gen.vehicle(NOW, driver=None, owner=None)
    for _ in range(30):
        gen.order(vehicle, NOW, NOW, 1000, None, None)
    numbers = [str(row.data["documentNo"]) for row in data.orders.values()]
    assert len(set(numbers)) == len(numbers) == 30
    assert numbers[0] == "SO-2699990"
    assert any(number.startswith("SO-261000") for number in numbers)


def test_plates_of_many_sidecodes_stored_dashed_and_compact(workshop: WorkshopData) -> None:
    plates = [str(row.data["registrationNo"]) for row in workshop.vehicles.values()]
    belgian = [p for p in plates if re.fullmatch(r"[12]-?[A-Z]{3}-?\d{3}", p)]
    codes = Counter(sidecode(p) for p in plates if p not in belgian)

    assert None not in codes
    assert len(codes) >= 10
    assert belgian
    assert any("-" in p for p in plates)
    assert any("-" not in p for p in plates)
    order_plates = [str(row.data["registrationNo"]) for row in workshop.orders.values()]
    assert any(
        o.data["registrationNo"] != workshop.vehicles[o.data["vehicleId"]].data["registrationNo"]
        for o in workshop.orders.values()
    ), "orders sometimes type the plate differently from the vehicle card"
    assert all(p.replace("-", "").isalnum() for p in order_plates)


def test_cars_come_back_and_mileage_never_goes_down(workshop: WorkshopData) -> None:
    per_vehicle = defaultdict(list)
    for row in workshop.orders.values():
        per_vehicle[row.data["vehicleId"]].append(row.data)

    assert sum(len(rows) >= 2 for rows in per_vehicle.values()) >= 20
    for rows in per_vehicle.values():
        rows.sort(key=lambda o: o["appointmentDateTime"])
        km = [o["mileageKm"] for o in rows]
        assert km == sorted(km)


def test_lease_cars_have_a_separate_driver_and_contractors_pay(workshop: WorkshopData) -> None:
    customers = workshop.customers
    lease_cars = [
        v.data
        for v in workshop.vehicles.values()
        if v.data["ownerCustomerId"] and customers[v.data["ownerCustomerId"]].data["isLeaseCompany"]
    ]
    contractors = {o.data["contractorCustomerId"] for o in workshop.orders.values()}
    companies = [customers[c].data for c in contractors if c and customers[c].data["companyName"]]

    assert len(lease_cars) >= 10
    assert all(v["driverCustomerId"] not in (None, v["ownerCustomerId"]) for v in lease_cars)
    assert any(not c["isLeaseCompany"] for c in companies)
    assert None in contractors


def test_cancellations_menus_and_notes(workshop: WorkshopData) -> None:
    lines = [line.data for rows in workshop.lines.values() for line in rows]
    kinds = Counter(line["lineType"] for line in lines)

    assert any(o.data["canceled"] for o in workshop.orders.values())
    assert set(kinds) == {"Labor", "Item", "Menu", "Comment"}
    for line in lines:
        if line["lineType"] == "Comment":
            assert line["quantity"] == line["unitPrice"] == line["lineAmount"] == 0
            assert line["code"] is None
        expected = line["quantity"] * line["unitPrice"] * (1 - line["discountPercent"] / 100)
        assert line["lineAmount"] == expected.quantize(Decimal("0.01"), ROUND_HALF_UP)
    assert {line["vatPercent"] for line in lines} >= {Decimal(21), Decimal(0)}
    assert any(line["discountPercent"] > 0 for line in lines)


def test_lines_of_an_order_are_grouped_into_jobs(workshop: WorkshopData) -> None:
    for rows in workshop.lines.values():
        jobs = defaultdict(set)
        for line in rows:
            jobs[line.data["jobNo"]].add((line.data["jobTitle"], line.data["jobDescription"]))
        assert sorted(jobs) == list(range(1, len(jobs) + 1))
        assert all(len(titles) == 1 for titles in jobs.values())


def test_some_contact_data_is_unusable_but_most_is_fine(workshop: WorkshopData) -> None:
    phones, emails, postcodes = [], [], []
    for row in workshop.customers.values():
        data = row.data
        region = data["countryCode"]
        for key in ("privatePhoneNo", "privateMobileNo", "businessPhoneNo", "businessMobileNo"):
            if data[key]:
                try:
                    number = phonenumbers.parse(data[key], region)
                    phones.append(phonenumbers.is_valid_number(number))
                except phonenumbers.NumberParseException:
                    phones.append(False)
        for key in ("privateEmail", "businessEmail"):
            if data[key]:
                try:
                    validate_email(data[key], check_deliverability=False)
                    emails.append(True)
                except EmailNotValidError:
                    emails.append(False)
        if region == "NL":
            postcodes.append(postcode.is_valid(data["postCode"]))

    for checks in (phones, emails, postcodes):
        assert 0 < checks.count(False) < len(checks) / 4


def test_vins_mostly_well_formed_some_with_a_failing_check_digit(workshop: WorkshopData) -> None:
    vins = [str(v.data["vin"]) for v in workshop.vehicles.values()]
    shaped = [v for v in vins if re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)]
    failing = [v for v in shaped if vin_check_digit(v) != v[8]]

    assert len(shaped) >= 0.85 * len(vins)
    assert 0 < len(failing) < len(shaped) / 4
    assert len(shaped) < len(vins), "a few VINs have an impossible shape"


def test_some_orders_share_one_modification_time(workshop: WorkshopData) -> None:
    stamps = Counter(o.data["lastModifiedDateTime"] for o in workshop.orders.values())

    assert max(stamps.values()) >= 5


def test_the_same_seed_gives_the_same_workshop() -> None:
    first = generate_workshop(seed=3, now=NOW)
    again = generate_workshop(seed=3, now=NOW)
    other = generate_workshop(seed=4, now=NOW)

    def snapshot(data: WorkshopData) -> list[object]:
        return [row.data for row in data.orders.values()] + [
            row.data for row in data.customers.values()
        ]

    assert snapshot(first) == snapshot(again)
    assert snapshot(first) != snapshot(other)


def test_known_vin_check_digit() -> None:
    assert vin_check_digit("1M8GDM9AXKP042788") == "X"
    assert vin_check_digit("11111111111111111") == "1"


@pytest.mark.parametrize("count", [1, 12, 240, 1000])
def test_the_workshop_holds_the_requested_number_of_workorders(count: int) -> None:
    data = generate_workshop(seed=8, now=NOW, order_count=count)

    assert len(data.orders) == count
    assert {o.data["vehicleId"] for o in data.orders.values()} == set(data.vehicles)
