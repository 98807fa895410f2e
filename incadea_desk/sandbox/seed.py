"""The seeded workshop the Incadea stand-in serves.

Everything is invented and drawn from a ``random.Random`` seeded by the caller, so
the same seed and the same ``now`` always give the same workshop, with rows sharing
one modification timestamp as a nightly batch leaves them.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

from incadea_desk.sandbox.data import Row, WorkshopData, ms
from incadea_desk.sandbox.generator import Generator
from incadea_desk.sandbox.seed_tables import CONTRACTOR_COMPANIES, LEASE_COMPANIES


def appointment_slot(rng: random.Random, day: date) -> datetime:
    minutes = 7 * 60 + 30 + 15 * rng.randint(0, 34)
    return datetime.combine(day, time(minutes // 60, minutes % 60), tzinfo=UTC)


def generate_workshop(seed: int, now: datetime, order_count: int = 240) -> WorkshopData:
    """The workshop for ``seed`` at ``now``: orders over the past and coming 30 days."""
    if order_count < 1:
        raise ValueError("the workshop needs at least one workorder")
    rng = random.Random(seed)
    data = WorkshopData()
    gen = Generator(rng, data)
    now = ms(now.astimezone(UTC))
    ago = now - timedelta(days=400)

    lease = [gen.customer(ago, company=name, lease=True, country="NL") for name in LEASE_COMPANIES]
    contractors = [gen.customer(ago, company=name) for name in CONTRACTOR_COMPANIES]
    people = [gen.customer(now - timedelta(days=rng.randint(1, 900))) for _ in range(130)]

    vehicles: list[tuple[Row, Row | None]] = []
    # Half as many cars as workorders (at most 120): every car comes in at least once.
    for index in range(max(1, min(120, order_count // 2))):
        person = people[index % len(people)]
        kind = rng.random()
        if kind < 0.3:
            vehicle = gen.vehicle(now, driver=person, owner=rng.choice(lease))
            contractor: Row | None = lease[
                [r.id for r in lease].index(vehicle.data["ownerCustomerId"])
            ]
        elif kind < 0.4:
            company = rng.choice(contractors)
            vehicle = gen.vehicle(now, driver=person, owner=company)
            contractor = company
        else:
            belgian = person.data["countryCode"] == "BE"
            vehicle = gen.vehicle(
                now, driver=person if rng.random() < 0.9 else None, owner=person, belgian=belgian
            )
            contractor = person
        vehicles.append((vehicle, contractor))

    # Every vehicle gets at least one order; a third of them come back several times.
    plan: list[tuple[Row, Row | None]] = list(vehicles)
    while len(plan) < order_count:
        plan.append(vehicles[rng.randrange(max(1, len(vehicles) // 3))])
    appointments: dict[str, list[datetime]] = {}
    for vehicle, _ in plan:
        day = (now + timedelta(days=rng.randint(-30, 30))).date()
        appointments.setdefault(vehicle.id, []).append(appointment_slot(rng, day))

    orders: list[tuple[datetime, Row, Row | None]] = []
    for vehicle, contractor in vehicles:
        for appointment in appointments.get(vehicle.id, []):
            orders.append((appointment, vehicle, contractor))
    orders.sort(key=lambda item: (item[0], item[1].id))

    mileage: dict[str, tuple[int, date]] = {}
    for appointment, vehicle, contractor in orders:
        first = vehicle.data["firstRegistrationDate"] or (now - timedelta(days=900)).date()
        known = mileage.get(vehicle.id)
        if known is None:
            per_day = rng.randint(15, 90)
            reading_day = min(appointment.date(), now.date())
            km = max(0, (reading_day - first).days * per_day + rng.randint(0, 999))
            known = (km, reading_day)
        if appointment < now:
            km = known[0] + max(0, (appointment.date() - known[1]).days) * rng.randint(20, 80)
            known = (km, appointment.date())
        mileage[vehicle.id] = known
        gen.order(
            vehicle,
            appointment,
            now,
            known[0],
            known[1] if rng.random() < 0.9 else None,
            contractor if rng.random() < 0.95 else None,
        )

    # A nightly batch touched a group of orders at the very same millisecond.
    batch_time = ms(now.replace(hour=2, minute=0, second=0, microsecond=0) - timedelta(days=1))
    batch = [row for row in data.orders.values() if row.data["createdDateTime"] < batch_time]
    for row in rng.sample(batch, k=min(12, len(batch))):
        if row.data["lastModifiedDateTime"] < batch_time:
            row.data["lastModifiedDateTime"] = row.data["systemModifiedAt"] = batch_time
            data.reindex(row)
    return data
