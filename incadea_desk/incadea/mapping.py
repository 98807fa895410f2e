"""DMS wire models -> the domain ``Workorder``, field by field (DESIGN.md section 3).

Data the DMS holds in a shape we cannot use (a plate that is no plate, a VIN
with a typo, an impossible odometer value) never fails an import: the domain
keeps the DMS text beside the parsed value, and the data-quality rules warn
about it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any, TypeVar

import msgspec
from pydantic import BaseModel

from incadea_desk.domain.models import (
    Appointment,
    Car,
    Element,
    ElementKind,
    Intervention,
    Party,
    Workorder,
    trusted,
)
from incadea_desk.domain.money import Money, currency_code, to_cents
from incadea_desk.domain.registration import RegistrationNumber
from incadea_desk.domain.vin import Vin
from incadea_desk.errors import BadResponse
from incadea_desk.incadea.order_rows import CustomerRow, LineRow, OrderRow, VehicleRow
from incadea_desk.incadea.wire import (
    UNREADABLE,
    WireCustomer,
    WireServiceLine,
    WireServiceOrder,
    WireVehicle,
)

log = logging.getLogger(__name__)

MAX_MILEAGE_KM = 2_000_000

ELEMENT_KINDS: dict[str, ElementKind] = {
    "Labor": ElementKind.LABOR,
    "Item": ElementKind.PART,
    "Menu": ElementKind.MENU,
    "Comment": ElementKind.NOTE,
}

# A service order and its parts as the wire models or the structs of a walk hold them:
# the same fields with the same meaning, so one mapping reads both.
Order = WireServiceOrder | OrderRow
Line = WireServiceLine | LineRow
Vehicle = WireVehicle | VehicleRow
Customer = WireCustomer | CustomerRow
R = TypeVar("R", bound=Order | Vehicle)


def replaced(record: R, updates: dict[str, Any]) -> R:
    """``record`` with these fields replaced (the navigations a completion read)."""
    if isinstance(record, BaseModel):
        return record.model_copy(update=updates)  # type: ignore[return-value]
    return msgspec.structs.replace(record, **updates)


def to_workorder(order: Order) -> Workorder:
    """The complete domain workorder of a service order with its navigations expanded.

    The wire models and the structs have checked every value the domain would check
    (types, zones, ranges, required texts), so the domain models are built without
    validating again; what is left to check is here: the currency code and the
    odometer's range."""
    currency = order.currencyCode
    try:
        money_currency = currency_code(currency)
    except ValueError:
        raise BadResponse(
            UNREADABLE.format(field="currencyCode"),
            "dms",
            code="schema",
            arguments={"field": "currencyCode", "problem": "unreadable_value"},
        ) from None
    vehicle = order.vehicle
    return trusted(
        Workorder,
        {
            "appointment": _appointment(order),
            "interventions": to_interventions(
                order.documentNo, order.serviceLines or [], currency, money_currency
            ),
            "car": _car(order, vehicle),
            "driver": to_party(vehicle.driver) if vehicle and vehicle.driver else None,
            "owner": to_party(vehicle.owner) if vehicle and vehicle.owner else None,
            "contractor": to_party(order.contractor) if order.contractor else None,
            "currency": currency,
        },
    )


def _appointment(order: Order) -> Appointment:
    mileage = order.mileageKm
    if mileage is not None and not 0 <= mileage < MAX_MILEAGE_KM:
        log.warning("incadea %s: mileage outside 0..2,000,000 km ignored", order.documentNo)
        mileage = None
    return trusted(
        Appointment,
        {
            "dms_number": order.documentNo,
            "wo_number": order.orderNo,
            "appointment_date": order.appointmentDateTime.astimezone(UTC),
            "created_at": order.createdDateTime.astimezone(UTC),
            "scheduled_in": _utc(order.scheduledInDateTime),
            "scheduled_out": _utc(order.scheduledOutDateTime),
            "customer_waiting": order.customerWaiting,
            "car_in_shop": order.carInShop,
            "car_out_of_shop": order.carOutOfShop,
            "dms_mileage_km": mileage,
            "mileage_date": order.mileageDate,
            "canceled": order.canceled,
        },
    )


def _utc(value: datetime | None) -> datetime | None:
    return value.astimezone(UTC) if value is not None else None


def to_interventions(
    dms_number: str, lines: Sequence[Line], currency: str, money_currency: str
) -> list[Intervention]:
    """One intervention per ``jobNo`` in job order, its elements in line order."""
    jobs: dict[int, list[Line]] = {}
    for line in sorted(lines, key=lambda line: (line.jobNo, line.lineNo)):
        jobs.setdefault(line.jobNo, []).append(line)
    interventions = []
    for job_lines in jobs.values():
        first = job_lines[0]
        interventions.append(
            trusted(
                Intervention,
                {
                    "title": first.jobTitle,
                    "description": first.jobDescription,
                    "elements": [_element(dms_number, line, money_currency) for line in job_lines],
                    "currency": currency,
                },
            )
        )
    return interventions


def _element(dms_number: str, line: Line, currency: str) -> Element:
    element = trusted(
        Element,
        {
            "kind": ELEMENT_KINDS[line.lineType],
            "code": line.code or None,
            "description": line.description,
            "quantity": line.quantity,
            "unit_price": trusted(Money, {"amount": line.unitPrice, "currency": currency}),
            "discount": line.discountPercent,
            "vat_rate": line.vatPercent,
        },
    )
    if element.net_amount() != to_cents(line.lineAmount):
        # The domain derives the total; a DMS that rounds differently is worth a trace.
        log.warning(
            "incadea %s job %d line %d: DMS line amount differs from the computed total",
            dms_number,
            line.jobNo,
            line.lineNo,
        )
    return element


def _car(order: Order, vehicle: Vehicle | None) -> Car:
    plate_text = (vehicle.registrationNo if vehicle else None) or order.registrationNo or ""
    vin_text = (vehicle.vin if vehicle else None) or ""
    return trusted(
        Car,
        {
            "make": (vehicle.make if vehicle else None) or "",
            "model": (vehicle.model if vehicle else None) or "",
            "registration": _registration(plate_text),
            "registration_as_stored": plate_text,
            "vin": _vin(vin_text),
            "vin_as_stored": vin_text,
            "first_registration_date": vehicle.firstRegistrationDate if vehicle else None,
            "apk_date": vehicle.inspectionDueDate if vehicle else None,
            "warranty_start": vehicle.warrantyStartDate if vehicle else None,
            "warranty_end": vehicle.warrantyEndDate if vehicle else None,
            "driver_id": vehicle.driver.number if vehicle and vehicle.driver else None,
            "owner_id": vehicle.owner.number if vehicle and vehicle.owner else None,
        },
    )


# A dealer's cars come back year after year, so a bulk import reads the same plates and
# VINs again; both are immutable, so one parse serves every workorder of the car.
PARSES_REMEMBERED = 16_384


@lru_cache(maxsize=PARSES_REMEMBERED)
def _registration(text: str) -> RegistrationNumber | None:
    if not text.strip():
        return None
    try:
        return RegistrationNumber.parse(text)
    except ValueError:
        return None


@lru_cache(maxsize=PARSES_REMEMBERED)
def _vin(text: str) -> Vin | None:
    if not text.strip():
        return None
    try:
        return Vin.parse(text)
    except ValueError:
        return None


def to_party(customer: Customer) -> Party:
    return trusted(
        Party,
        {
            "customer_number": customer.number,
            "company": customer.companyName or None,
            "first_name": customer.firstName or None,
            "last_name": customer.lastName or None,
            "street": customer.street or None,
            "postcode": customer.postCode or None,
            "place": customer.city or None,
            "country": customer.countryCode or None,
            "email_private": customer.privateEmail or None,
            "phone_private": customer.privatePhoneNo or None,
            "mobile_private": customer.privateMobileNo or None,
            "email_business": customer.businessEmail or None,
            "phone_business": customer.businessPhoneNo or None,
            "mobile_business": customer.businessMobileNo or None,
            "is_lease_company": customer.isLeaseCompany,
        },
    )
