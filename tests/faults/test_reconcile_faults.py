"""What the change walk alone never brings to Claire, over real processes: changes that
commit later than the overlap, a new plate or mobile number on the car's or the
customer's card, workorders deleted and renumbered in the DMS. After the walks
incadea-desk runs, Claire holds what the DMS holds: nothing missing, nothing stale,
no appointment twice."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from incadea_desk.domain import RegistrationNumber
from incadea_desk.sandbox import Sandbox as SeededData
from tests.faults.conftest import Scenario
from tests.faults.harness import Run, Sandbox, Workstation
from tests.faults.orders import SEED

RECONCILE = "What the change walk cannot see"
WINDOW = timedelta(days=14)  # the default related_window_days


def _tracebacks(*runs: Run) -> int:
    return sum(run.text.count("Traceback (most recent call last)") for run in runs)


def _coming() -> Iterator[dict[str, Any]]:
    """Open workorders with an appointment to come, each handed to one scenario only."""
    now = datetime.now(UTC)
    rows = SeededData(seed=SEED).incadea.data.orders.values()
    for row in sorted(rows, key=lambda r: str(r.data["documentNo"]), reverse=True):
        data = row.data
        if not data["canceled"] and not data["carInShop"] and data["appointmentDateTime"] > now:
            yield data


_unused = _coming()


def _take(count: int, *, other_car_than: set[str] | None = None) -> list[dict[str, Any]]:
    taken: list[dict[str, Any]] = []
    cars = set(other_car_than or ())
    for data in _unused:
        if str(data["vehicleId"]) in cars:
            continue
        cars.add(str(data["vehicleId"]))
        taken.append(data)
        if len(taken) == count:
            break
    return taken


def _dms(sandbox: Sandbox, dms_number: str) -> dict[str, Any] | None:
    with sandbox.admin() as client:
        answer = client.get("/_sandbox/state", params={"documentNo": dms_number})
        if answer.status_code == 404:
            return None
        answer.raise_for_status()
        return dict(answer.json()["serviceOrder"])


def _claire(sandbox: Sandbox, dms_number: str) -> dict[str, Any] | None:
    location = sandbox.environment["INCADEA_DESK_CLAIRE_LOCATION_ID"]
    with sandbox.admin("claire") as client:
        answer = client.get(
            "/_sandbox/state", params={"location_id": location, "dms_nr": dms_number}
        )
        if answer.status_code == 404:
            return None
        answer.raise_for_status()
        return dict(answer.json()["appointment"])


def _post(sandbox: Sandbox, route: str, body: dict[str, Any]) -> None:
    with sandbox.admin() as client:
        client.post(f"/_sandbox/{route}", json=body).raise_for_status()


def _wire_time(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@pytest.mark.fault(
    RECONCILE,
    "5 changes committed 40 min to 6 h later than they were stamped (2 moving only "
    "`systemModifiedAt`), then `sync --once` and the nightly `sync --once --reconcile`",
)
def test_changes_committed_later_than_the_overlap(
    scenario: Scenario, sandbox: Sandbox, workstation: Workstation
) -> None:
    rng = random.Random(18)
    first = workstation.run("sync", "--once")
    orders = _take(5)
    expected: dict[str, int] = {}
    for index, order in enumerate(orders):
        number = str(order["documentNo"])
        km = int(order["mileageKm"]) + rng.randint(10, 900)
        expected[number] = km
        body: dict[str, Any] = {"documentNo": number, "changes": {"mileageKm": km}}
        if index < 2:
            body["stamps"] = "systemModifiedAt"
        else:
            late = timedelta(minutes=rng.randint(40, 360))
            body["lastModifiedDateTime"] = _wire_time(datetime.now(UTC) - late)
        _post(sandbox, "edit", body)
    walk = workstation.run("sync", "--once")
    nightly = workstation.run("sync", "--once", "--reconcile")
    scenario.runs += 3
    held = {number: _claire(sandbox, number) for number in expected}
    scenario.add(
        missing=sum(record is None for record in held.values()),
        stale=sum(
            record is not None and record["mileage"] != expected[number]
            for number, record in held.items()
        ),
        tracebacks=_tracebacks(first, walk, nightly),
    )
    scenario.outcome = "lost by the change walk, all 5 in Claire after the reconciliation walk"
    scenario.assert_clean()
    assert nightly.code == 0, nightly.text


@pytest.mark.fault(
    RECONCILE,
    "a new plate on 2 vehicle cards and a new mobile number on 2 drivers' cards, the "
    "orders untouched, then one `sync --once`",
)
def test_a_changed_vehicle_or_customer_card(
    scenario: Scenario, sandbox: Sandbox, workstation: Workstation
) -> None:
    rng = random.Random(27)
    seeded = SeededData(seed=SEED).incadea.data
    first = workstation.run("sync", "--once")
    cars = _take(2)
    drivers = [
        order
        for order in _take(6, other_car_than={str(o["vehicleId"]) for o in cars})
        if seeded.vehicles[str(order["vehicleId"])].data["driverCustomerId"]
    ][:2]
    plates: dict[str, str] = {}
    for order in cars:
        plate = f"{rng.randint(10, 99)}-XRK-{rng.randint(1, 9)}"
        plates[str(order["vehicleId"])] = RegistrationNumber.parse(plate).compact
        _post(
            sandbox,
            "card",
            {"documentNo": order["documentNo"], "card": "vehicle",
             "changes": {"registrationNo": plate}},
        )  # fmt: skip
    mobiles: dict[str, str] = {}
    for order in drivers:
        mobile = f"+31 6 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
        mobiles[str(order["vehicleId"])] = mobile
        _post(
            sandbox,
            "card",
            {"documentNo": order["documentNo"], "card": "driver",
             "changes": {"privateMobileNo": mobile}},
        )  # fmt: skip
    walk = workstation.run("sync", "--once")
    scenario.runs += 2
    since = datetime.now(UTC) - WINDOW
    affected = [
        row.data
        for row in seeded.orders.values()
        if str(row.data["vehicleId"]) in plates | mobiles
        and row.data["appointmentDateTime"] >= since
    ]
    missing = stale = 0
    for order in affected:
        record = _claire(sandbox, str(order["documentNo"]))
        if record is None:
            missing += 1
            continue
        car = str(order["vehicleId"])
        if car in plates and record["car"]["license_plate"] != plates[car]:
            stale += 1
        driver = record.get("driver") or {}
        if car in mobiles and mobiles[car].replace(" ", "") not in str(
            driver.get("mobile_private")
        ).replace(" ", ""):
            stale += 1
    scenario.add(missing=missing, stale=stale, tracebacks=_tracebacks(first, walk))
    scenario.outcome = (
        f"all {len(affected)} workorders of those cars from 14 days ago on updated in one walk"
    )
    scenario.assert_clean()
    assert walk.code == 0, walk.text


@pytest.mark.fault(
    RECONCILE,
    "4 imported workorders deleted in the DMS; one refreshed, then `sync --once --reconcile`",
)
def test_workorders_deleted_in_the_dms(
    scenario: Scenario, sandbox: Sandbox, workstation: Workstation
) -> None:
    first = workstation.run("sync", "--once")
    gone = [str(order["documentNo"]) for order in _take(4)]
    for number in gone:
        _post(sandbox, "delete", {"documentNo": number})
    refresh = workstation.run("refresh", gone[0])
    nightly = workstation.run("sync", "--once", "--reconcile")
    scenario.runs += 3
    held = {number: _claire(sandbox, number) for number in gone}
    scenario.add(
        stale=sum(record is not None and not record["canceled"] for record in held.values()),
        missing=sum(_dms(sandbox, number) is not None for number in gone),
        tracebacks=_tracebacks(first, refresh, nightly),
    )
    scenario.outcome = "every appointment kept in Claire and marked cancelled; refresh says so"
    scenario.assert_clean()
    assert "marked cancelled" in refresh.err, refresh.text
    assert nightly.code == 0, nightly.text


@pytest.mark.fault(
    RECONCILE, "3 imported workorders renumbered in the DMS (same id, new numbers), then "
    "`sync --once`, and a refresh by the new number",
)  # fmt: skip
def test_workorders_renumbered_in_the_dms(
    scenario: Scenario, sandbox: Sandbox, workstation: Workstation
) -> None:
    rng = random.Random(36)
    first = workstation.run("sync", "--once")
    renumbered: dict[str, tuple[str, str]] = {}
    for order in _take(3):
        wo = str(rng.randint(300_000, 399_999))
        new = f"SO-RN{wo}"
        renumbered[str(order["documentNo"])] = (new, wo)
        _post(
            sandbox,
            "renumber",
            {"documentNo": order["documentNo"], "newDocumentNo": new, "newOrderNo": wo},
        )
    walk = workstation.run("sync", "--once")
    refresh = workstation.run("refresh", next(iter(renumbered.values()))[0])
    scenario.runs += 3
    duplicates = missing = stale = 0
    for old, (new, wo) in renumbered.items():
        held = [r for r in (_claire(sandbox, old), _claire(sandbox, new)) if r is not None]
        duplicates += max(0, len(held) - 1)
        missing += not held
        stale += sum(record["wo_nr"] != wo for record in held)
    scenario.add(
        duplicates=duplicates,
        missing=missing,
        stale=stale,
        tracebacks=_tracebacks(first, walk, refresh),
    )
    scenario.outcome = "one appointment each, under its first DMS number, with the new WO number"
    scenario.assert_clean()
    assert refresh.code == 0, refresh.text
