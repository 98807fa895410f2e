"""Live mode: the DMS changes while incadea-desk watches.

Step ``n`` of a sandbox with seed ``s`` draws from its own random stream
(``f"{s}:{n}"``), so a run is reproducible however the steps are triggered:
by ``POST /_sandbox/step`` or by the clock. Besides ordinary changes it
produces the two that trouble change tracking: a row committed late (its
``lastModifiedDateTime`` lies before the moment it became visible) and
several rows sharing one ``lastModifiedDateTime``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from incadea_desk.sandbox.data import Row, WorkshopData, ms, wire_datetime
from incadea_desk.sandbox.generator import Generator
from incadea_desk.sandbox.seed import appointment_slot

KINDS: list[tuple[str, int]] = [
    ("new_order", 3),
    ("car_in", 2),
    ("car_out", 2),
    ("canceled", 1),
    ("mileage", 2),
    ("late_commit", 1),
    ("shared_timestamp", 1),
]


@dataclass(frozen=True)
class Change:
    """One live change: what happened, to which orders, stamped when."""

    kind: str
    document_nos: tuple[str, ...]
    last_modified: datetime

    def as_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "documentNos": list(self.document_nos),
            "lastModifiedDateTime": wire_datetime(self.last_modified, millis=True),
        }


def _orders(data: WorkshopData) -> list[Row]:
    return sorted(data.orders.values(), key=lambda row: str(row.data["documentNo"]))


def _new_order(gen: Generator, data: WorkshopData, now: datetime) -> Row:
    rng = gen.rng
    orders = _orders(data)
    if orders and rng.random() < 0.7:
        previous = rng.choice(orders)
        vehicle = data.vehicles[str(previous.data["vehicleId"])]
        contractor_id = previous.data["contractorCustomerId"]
        contractor = data.customers.get(str(contractor_id)) if contractor_id else None
        km = max(
            int(row.data["mileageKm"]) for row in orders if row.data["vehicleId"] == vehicle.id
        )
        reading: date | None = previous.data["mileageDate"]
    else:
        person = gen.customer(now)
        vehicle = gen.vehicle(now, driver=person, owner=person)
        contractor = person
        km = rng.randint(5_000, 180_000)
        reading = None
    appointment = appointment_slot(rng, (now + timedelta(days=rng.randint(1, 14))).date())
    row = gen.order(vehicle, appointment, now, km, reading, contractor)
    row.data.update(
        createdDateTime=ms(now),
        carInShop=False,
        carOutOfShop=False,
        canceled=False,
        lastModifiedDateTime=ms(now),
        systemModifiedAt=ms(now),
    )
    row.version = 1
    data.reindex(row)
    return row


def apply_step(data: WorkshopData, seed: int, index: int, now: datetime) -> Change:
    """Apply live step ``index`` to ``data`` at ``now`` and describe it."""
    rng = random.Random(f"{seed}:{index}")
    gen = Generator(rng, data)
    kind = rng.choices([k for k, _ in KINDS], weights=[w for _, w in KINDS])[0]
    orders = _orders(data)
    open_orders = [row for row in orders if not row.data["canceled"]]

    def pick(candidates: list[Row]) -> Row | None:
        return rng.choice(candidates) if candidates else None

    target: Row | None = None
    if kind == "car_in":
        target = pick(
            [
                row
                for row in open_orders
                if not row.data["carInShop"]
                and now - timedelta(days=1)
                <= row.data["appointmentDateTime"]
                <= now + timedelta(hours=4)
            ]
        )
        if target:
            target.data["carInShop"] = True
    elif kind == "car_out":
        target = pick(
            [row for row in open_orders if row.data["carInShop"] and not row.data["carOutOfShop"]]
        )
        if target:
            target.data["carOutOfShop"] = True
    elif kind == "canceled":
        target = pick(
            [
                row
                for row in open_orders
                if row.data["appointmentDateTime"] > now and not row.data["carInShop"]
            ]
        )
        if target:
            target.data["canceled"] = True
    elif kind == "mileage":
        target = pick(open_orders)
        if target:
            target.data["mileageKm"] = int(target.data["mileageKm"]) + rng.randint(5, 400)
            target.data["mileageDate"] = now.date()
    elif kind == "late_commit":
        target = pick(open_orders)
        if target:
            target.data["customerWaiting"] = not target.data["customerWaiting"]
            stamped = now - timedelta(seconds=rng.randint(30, 300))
            data.touch(target, stamped)
            return Change(kind, (str(target.data["documentNo"]),), ms(stamped))
    elif kind == "shared_timestamp":
        group = rng.sample(open_orders, k=min(3, len(open_orders)))
        for row in group:
            out = row.data["scheduledOutDateTime"]
            row.data["scheduledOutDateTime"] = (out or row.data["appointmentDateTime"]) + timedelta(
                hours=1
            )
            data.touch(row, now)
        if group:
            return Change(kind, tuple(str(row.data["documentNo"]) for row in group), ms(now))
    if target is None:
        kind = "new_order"
        target = _new_order(gen, data, now)
    else:
        data.touch(target, now)
    return Change(kind, (str(target.data["documentNo"]),), ms(now))
