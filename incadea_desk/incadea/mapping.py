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

from pydantic import ValidationError

from incadea_desk.answer_reading import problem_code
from incadea_desk.domain.models import (
    Appointment,
    Car,
    Element,
    ElementKind,
    Intervention,
    Party,
    Workorder,
)
from incadea_desk.domain.money import Money, to_cents
from incadea_desk.domain.registration import RegistrationNumber
from incadea_desk.domain.vin import Vin
from incadea_desk.errors import BadResponse
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


def to_workorder(order: WireServiceOrder) -> Workorder:
    """The complete domain workorder of a service order with its navigations expanded."""
    try:
        return _workorder(order)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        field = ".".join(str(part) for part in first["loc"]) or "(workorder)"
        raise BadResponse(
            UNREADABLE.format(field=field),
            "dms",
            code="schema",
            arguments={"field": field, "problem": problem_code(first)},
        ) from None


def _workorder(order: WireServiceOrder) -> Workorder:
    currency = order.currencyCode
    vehicle = order.vehicle
    return Workorder(
        appointment=_appointment(order),
        interventions=to_interventions(order.documentNo, order.serviceLines or [], currency),
        car=_car(order, vehicle),
        driver=to_party(vehicle.driver) if vehicle and vehicle.driver else None,
        owner=to_party(vehicle.owner) if vehicle and vehicle.owner else None,
        contractor=to_party(order.contractor) if order.contractor else None,
        currency=currency,
    )


def _appointment(order: WireServiceOrder) -> Appointment:
    mileage = order.mileageKm
    if mileage is not None and not 0 <= mileage < MAX_MILEAGE_KM:
        log.warning("incadea %s: mileage outside 0..2,000,000 km ignored", order.documentNo)
        mileage = None
    return Appointment(
        dms_number=order.documentNo,
        wo_number=order.orderNo,
        appointment_date=order.appointmentDateTime.astimezone(UTC),
        created_at=order.createdDateTime.astimezone(UTC),
        scheduled_in=_utc(order.scheduledInDateTime),
        scheduled_out=_utc(order.scheduledOutDateTime),
        customer_waiting=order.customerWaiting,
        car_in_shop=order.carInShop,
        car_out_of_shop=order.carOutOfShop,
        dms_mileage_km=mileage,
        mileage_date=order.mileageDate,
        canceled=order.canceled,
    )


def _utc(value: datetime | None) -> datetime | None:
    return value.astimezone(UTC) if value is not None else None


def to_interventions(
    dms_number: str, lines: Sequence[WireServiceLine], currency: str
) -> list[Intervention]:
    """One intervention per ``jobNo`` in job order, its elements in line order."""
    jobs: dict[int, list[WireServiceLine]] = {}
    for line in sorted(lines, key=lambda line: (line.jobNo, line.lineNo)):
        jobs.setdefault(line.jobNo, []).append(line)
    interventions = []
    for job_lines in jobs.values():
        first = job_lines[0]
        interventions.append(
            Intervention(
                title=first.jobTitle,
                description=first.jobDescription,
                elements=[_element(dms_number, line, currency) for line in job_lines],
                currency=currency,
            )
        )
    return interventions


def _element(dms_number: str, line: WireServiceLine, currency: str) -> Element:
    element = Element(
        kind=ELEMENT_KINDS[line.lineType],
        code=line.code or None,
        description=line.description,
        quantity=line.quantity,
        unit_price=Money(amount=line.unitPrice, currency=currency),
        discount=line.discountPercent,
        vat_rate=line.vatPercent,
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


def _car(order: WireServiceOrder, vehicle: WireVehicle | None) -> Car:
    plate_text = (vehicle.registrationNo if vehicle else None) or order.registrationNo or ""
    vin_text = (vehicle.vin if vehicle else None) or ""
    return Car(
        make=(vehicle.make if vehicle else None) or "",
        model=(vehicle.model if vehicle else None) or "",
        registration=_registration(plate_text),
        registration_as_stored=plate_text,
        vin=_vin(vin_text),
        vin_as_stored=vin_text,
        first_registration_date=vehicle.firstRegistrationDate if vehicle else None,
        apk_date=vehicle.inspectionDueDate if vehicle else None,
        warranty_start=vehicle.warrantyStartDate if vehicle else None,
        warranty_end=vehicle.warrantyEndDate if vehicle else None,
        driver_id=vehicle.driver.number if vehicle and vehicle.driver else None,
        owner_id=vehicle.owner.number if vehicle and vehicle.owner else None,
    )


def _registration(text: str) -> RegistrationNumber | None:
    if not text.strip():
        return None
    try:
        return RegistrationNumber.parse(text)
    except ValueError:
        return None


def _vin(text: str) -> Vin | None:
    if not text.strip():
        return None
    try:
        return Vin.parse(text)
    except ValueError:
        return None


def to_party(customer: WireCustomer) -> Party:
    return Party(
        customer_number=customer.number,
        company=customer.companyName or None,
        first_name=customer.firstName or None,
        last_name=customer.lastName or None,
        street=customer.street or None,
        postcode=customer.postCode or None,
        place=customer.city or None,
        country=customer.countryCode or None,
        email_private=customer.privateEmail or None,
        phone_private=customer.privatePhoneNo or None,
        mobile_private=customer.privateMobileNo or None,
        email_business=customer.businessEmail or None,
        phone_business=customer.businessPhoneNo or None,
        mobile_business=customer.businessMobileNo or None,
        is_lease_company=customer.isLeaseCompany,
    )
