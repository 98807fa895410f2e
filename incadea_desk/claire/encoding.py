"""The domain ``Workorder`` -> the JSON of Claire's appointment, written in one pass.

A bulk import writes tens of thousands of these; building Claire's pydantic models
first and dumping them cost more than everything else a workorder needs. This writes
the same bytes straight from the domain: the fields in the order of
``ClaireAppointmentIn``, amounts as two-decimal strings, datetimes in UTC as
``isoformat()`` gives them, dates as ISO dates, no spaces, text in UTF-8 with the
escapes pydantic uses (``tests/unit/claire/test_claire_encoding.py`` holds the two to
that, and ``to_claire`` reads these bytes back).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import msgspec

from incadea_desk.domain.models import Amounts, Car, Element, Party, Workorder
from incadea_desk.domain.money import CENT

_ENCODER = msgspec.json.Encoder(decimal_format="string")


def claire_plate(car: Car) -> str | None:
    """The plate Claire holds: the compact form, or the DMS text when it is no plate."""
    plate = car.registration.compact if car.registration else car.registration_as_stored.strip()
    return plate or None


def claire_vin(car: Car) -> str | None:
    vin = car.vin.value if car.vin else car.vin_as_stored.strip()
    return vin or None


def appointment_json(wo: Workorder, location_id: str, warnings: list[str]) -> bytes:
    """The JSON of the appointment Claire should hold for this workorder at this location."""
    a = wo.appointment
    interventions = []
    # Each element's net amount is computed once; the totals are sums of cents.
    total_excl = total_incl = Decimal("0.00")
    for intervention in wo.interventions:
        amounts = Amounts.of(intervention.elements, wo.currency)
        total_excl += amounts.excl_vat
        total_incl += amounts.incl_vat
        interventions.append(
            {
                "title": intervention.title,
                "description": intervention.description,
                # Sums of whole cents: in whole cents.
                "price_excl_vat": amounts.excl_vat,
                "price_incl_vat": amounts.incl_vat,
                "elements": [
                    _element(e, net)
                    for e, net in zip(intervention.elements, amounts.nets, strict=True)
                ],
            }
        )
    appointment = {
        "location_id": location_id,
        "dms_nr": a.dms_number,
        "wo_nr": a.wo_number,
        "appointment_date": _moment(a.appointment_date),
        "dms_created_at": _moment(a.created_at),
        "scheduled_in": _moment(a.scheduled_in),
        "scheduled_out": _moment(a.scheduled_out),
        "customer_waiting": a.customer_waiting,
        "car_in_shop": a.car_in_shop,
        "car_out_of_shop": a.car_out_of_shop,
        "mileage": a.dms_mileage_km,
        "canceled": a.canceled,
        "currency": wo.currency,
        "interventions": interventions,
        "total_excl_vat": total_excl,
        "total_incl_vat": total_incl,
        "car": _car(wo.car),
        "driver": _party(wo.driver),
        "owner": _party(wo.owner),
        "contractor": _party(wo.contractor),
        "warnings": list(warnings),
    }
    return _ENCODER.encode(appointment)


def _moment(value: datetime | None) -> str | None:
    # Claire's wire model holds datetimes in UTC; the domain's are aware, any offset
    # (those a DMS read maps are in UTC already).
    if value is None:
        return None
    return (value if value.tzinfo is UTC else value.astimezone(UTC)).isoformat()


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _element(element: Element, net: Decimal) -> dict[str, Any]:
    # ``net`` is in whole cents already (``Amounts``).
    fields = element.__dict__
    return {
        "kind": fields["kind"].value,
        "code": fields["code"],
        "description": fields["description"],
        "quantity": _quantize(fields["quantity"], CENT, ROUND_HALF_UP),
        "unit_price": _quantize(fields["unit_price"].amount, CENT, ROUND_HALF_UP),
        "discount": _quantize(fields["discount"], CENT, ROUND_HALF_UP),
        "vat_rate": _quantize(fields["vat_rate"], CENT, ROUND_HALF_UP),
        "total": net,
    }


# ``to_cents`` without its call: some twenty amounts of every workorder are written here.
_quantize = Decimal.quantize


def _car(car: Car) -> dict[str, Any]:
    return {
        "make": car.make or None,
        "model": car.model or None,
        "license_plate": claire_plate(car),
        "vin": claire_vin(car),
        "first_registration_date": _day(car.first_registration_date),
        "apk_date": _day(car.apk_date),
        "warranty_start": _day(car.warranty_start),
        "warranty_end": _day(car.warranty_end),
        "driver_id": car.driver_id,
        "owner_id": car.owner_id,
    }


def _party(party: Party | None) -> dict[str, Any] | None:
    if party is None:
        return None
    return {
        "company": party.company,
        "first_name": party.first_name,
        "last_name": party.last_name,
        "street": party.street,
        "postcode": party.postcode,
        "place": party.place,
        "email_private": party.email_private,
        "phone_private": party.phone_private,
        "mobile_private": party.mobile_private,
        "email_business": party.email_business,
        "phone_business": party.phone_business,
        "mobile_business": party.mobile_business,
        "is_lease_company": party.is_lease_company,
    }
