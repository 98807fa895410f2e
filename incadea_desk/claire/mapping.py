"""The domain ``Workorder`` -> Claire's appointment, field by field; what Claire holds
back as a domain ``Workorder`` (so a refresh compares domain to domain); and the flat
view of an appointment that lets two appointments be compared key by key."""

from __future__ import annotations

from incadea_desk.claire.encoding import appointment_json, claire_plate, claire_vin
from incadea_desk.claire.wire import (
    ClaireAppointment,
    ClaireAppointmentIn,
    ClaireCar,
    ClaireParty,
)
from incadea_desk.domain import RegistrationNumber
from incadea_desk.domain.models import (
    Appointment,
    Car,
    Element,
    ElementKind,
    Intervention,
    Party,
    Workorder,
)
from incadea_desk.domain.money import Money
from incadea_desk.errors import InputError


def to_claire(wo: Workorder, location_id: str, warnings: list[str]) -> ClaireAppointmentIn:
    """The appointment Claire should hold for this workorder at this location, typed: what
    :func:`~incadea_desk.claire.encoding.appointment_json` writes, read back."""
    return ClaireAppointmentIn.model_validate_json(appointment_json(wo, location_id, warnings))


def cancelled(held: ClaireAppointment) -> ClaireAppointmentIn:
    """What Claire holds for a workorder, marked canceled: the import for a workorder the
    DMS no longer has (Claire keeps the appointment, readable, but no longer live)."""
    fields = {name: getattr(held, name) for name in ClaireAppointmentIn.model_fields}
    return ClaireAppointmentIn.model_validate({**fields, "canceled": True})


def from_claire(held: ClaireAppointment, like: Workorder) -> Workorder:
    """The workorder Claire holds, in domain terms. What Claire does not keep (the
    mileage reading date, customer numbers, countries, the DMS text of a plate or VIN
    that Claire holds unchanged) is taken from ``like``, the workorder it is compared to."""
    a, currency = like.appointment, held.currency
    return Workorder(
        appointment=Appointment(
            dms_number=held.dms_nr,
            wo_number=held.wo_nr,
            appointment_date=held.appointment_date,
            created_at=held.dms_created_at,
            scheduled_in=held.scheduled_in,
            scheduled_out=held.scheduled_out,
            customer_waiting=held.customer_waiting,
            car_in_shop=held.car_in_shop,
            car_out_of_shop=held.car_out_of_shop,
            dms_mileage_km=held.mileage,
            mileage_date=a.mileage_date,
            canceled=held.canceled,
        ),
        interventions=[
            Intervention(
                title=i.title,
                description=i.description,
                currency=currency,
                elements=[
                    Element(
                        kind=ElementKind(e.kind),
                        code=e.code,
                        description=e.description,
                        quantity=e.quantity,
                        unit_price=Money(amount=e.unit_price, currency=currency),
                        discount=e.discount,
                        vat_rate=e.vat_rate,
                    )
                    for e in i.elements
                ],
            )
            for i in held.interventions
        ],
        car=_car_from(held.car, like.car),
        driver=_party_from(held.driver, like.driver),
        owner=_party_from(held.owner, like.owner),
        contractor=_party_from(held.contractor, like.contractor),
        currency=currency,
    )


def _car_from(car: ClaireCar, like: Car) -> Car:
    plate, vin = car.license_plate or "", car.vin or ""
    if plate == (claire_plate(like) or ""):
        registration, plate_text = like.registration, like.registration_as_stored
    else:
        registration, plate_text = _plate(plate), plate
    if vin == (claire_vin(like) or ""):
        parsed_vin, vin_text = like.vin, like.vin_as_stored
    else:
        parsed_vin, vin_text = None, vin
    return Car(
        make=car.make or "",
        model=car.model or "",
        registration=registration,
        registration_as_stored=plate_text,
        vin=parsed_vin,
        vin_as_stored=vin_text,
        first_registration_date=car.first_registration_date,
        apk_date=car.apk_date,
        warranty_start=car.warranty_start,
        warranty_end=car.warranty_end,
        driver_id=car.driver_id,
        owner_id=car.owner_id,
    )


def _plate(text: str) -> RegistrationNumber | None:
    try:
        return RegistrationNumber.parse(text) if text else None
    except InputError:
        return None


def _party_from(party: ClaireParty | None, like: Party | None) -> Party | None:
    if party is None:
        return None
    return Party(
        **party.model_dump(),
        customer_number=like.customer_number if like else None,
        country=like.country if like else None,
    )


_NOT_COMPARED = {"id", "updated_at", "location_id"}
_NESTED = {"interventions", "car", "driver", "owner", "contractor", "warnings"}


def claire_fields(appointment: ClaireAppointment | ClaireAppointmentIn) -> dict[str, object]:
    """The appointment as flat ``{"car.vin": "…", "interventions[0].elements[1].total":
    "120.00", "appointment.mileage": "45210"}``, every value a string or None, so what
    Claire holds and what we are about to send compare key by key.

    Claire's own bookkeeping (id, updated_at) and the location are left out.
    """
    dumped = appointment.model_dump(mode="json", exclude=_NOT_COMPARED)
    flat: dict[str, object] = {}
    for key, value in dumped.items():
        if key in _NESTED:
            _flatten(key, value, flat)
        else:
            flat[f"appointment.{key}"] = _text(value)
    return flat


def _flatten(prefix: str, value: object, into: dict[str, object]) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            _flatten(f"{prefix}.{key}", item, into)
    elif isinstance(value, list):
        if not value:
            into[prefix] = None
        for index, item in enumerate(value):
            _flatten(f"{prefix}[{index}]", item, into)
    else:
        into[prefix] = _text(value)


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
