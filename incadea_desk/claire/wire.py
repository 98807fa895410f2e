"""Claire's JSON as it travels (docs/wire-contracts.md), as pydantic models.

Money, quantities and rates travel as strings with two decimals (``"125.50"``)
and are ``Decimal`` here; a float is refused. Datetimes are held in UTC so
what we send and what Claire echoes compare equal.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, PlainSerializer

from incadea_desk.domain.money import to_cents


def _decimal_text(value: object) -> object:
    if isinstance(value, float):
        raise ValueError("an amount must be a decimal string, not a float")
    if isinstance(value, str):
        try:
            return Decimal(value.strip())
        except InvalidOperation:
            raise ValueError("an amount must be a decimal string such as '125.50'") from None
    return value


def _utc(value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("a datetime must carry its offset")
    return value.astimezone(UTC)


Amount = Annotated[
    Decimal,
    BeforeValidator(_decimal_text),
    PlainSerializer(lambda value: str(to_cents(value)), return_type=str),
]
"""A two-decimal string on the wire, a ``Decimal`` in Python."""

UtcDatetime = Annotated[
    datetime,
    AfterValidator(_utc),
    PlainSerializer(lambda value: value.isoformat(), return_type=str),
]
"""ISO 8601 with offset on the wire, UTC in Python."""

ElementKindText = Literal["labor", "part", "menu", "note"]


class _Wire(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class ClaireParty(_Wire):
    company: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    street: str | None = None
    postcode: str | None = None
    place: str | None = None
    email_private: str | None = None
    phone_private: str | None = None
    mobile_private: str | None = None
    email_business: str | None = None
    phone_business: str | None = None
    mobile_business: str | None = None
    is_lease_company: bool = False


class ClaireCar(_Wire):
    make: str | None = None
    model: str | None = None
    license_plate: str | None = None
    vin: str | None = None
    first_registration_date: date | None = None
    apk_date: date | None = None
    warranty_start: date | None = None
    warranty_end: date | None = None
    driver_id: str | None = None
    owner_id: str | None = None


class ClaireElement(_Wire):
    kind: ElementKindText
    code: str | None = None
    description: str = ""
    quantity: Amount
    unit_price: Amount
    discount: Amount
    vat_rate: Amount
    total: Amount


class ClaireIntervention(_Wire):
    title: str
    description: str = ""
    price_excl_vat: Amount
    price_incl_vat: Amount
    elements: list[ClaireElement]


class ClaireAppointmentIn(_Wire):
    """One appointment as we send it to the import (no Claire id yet)."""

    location_id: str
    dms_nr: str
    wo_nr: str
    appointment_date: UtcDatetime
    dms_created_at: UtcDatetime
    scheduled_in: UtcDatetime | None = None
    scheduled_out: UtcDatetime | None = None
    customer_waiting: bool = False
    car_in_shop: bool = False
    car_out_of_shop: bool = False
    mileage: int | None = None
    canceled: bool = False
    currency: str = "EUR"
    interventions: list[ClaireIntervention]
    total_excl_vat: Amount
    total_incl_vat: Amount
    car: ClaireCar
    driver: ClaireParty | None = None
    owner: ClaireParty | None = None
    contractor: ClaireParty | None = None
    warnings: list[str] = []


class ClaireAppointment(ClaireAppointmentIn):
    """An appointment as Claire holds it."""

    id: str
    updated_at: UtcDatetime | None = None


class ClaireImportRequest(_Wire):
    location_id: str
    appointments: list[ClaireAppointmentIn]


@dataclass(frozen=True)
class EncodedAppointment:
    """An appointment's DMS number with the JSON an import request carries for it,
    encoded once: the journal hashes these bytes and the request sends them."""

    dms_nr: str
    json: bytes

    @classmethod
    def of(cls, appointment: ClaireAppointmentIn) -> EncodedAppointment:
        return cls(appointment.dms_nr, appointment.model_dump_json().encode("utf-8"))


def import_request_json(location_id: str, items: Sequence[EncodedAppointment]) -> bytes:
    """The body of ``POST /v1/appointments/import`` (a ``ClaireImportRequest``), built
    from the appointments' JSON as it is, without encoding them again."""
    location = json.dumps(location_id).encode("utf-8")
    appointments = b",".join(item.json for item in items)
    return b'{"location_id":' + location + b',"appointments":[' + appointments + b"]}"


class ClaireImportItem(_Wire):
    dms_nr: str
    status: Literal["created", "updated", "unchanged", "error"]
    id: str | None = None
    error: str | None = None
    message: str | None = None


class ClaireImportResponse(_Wire):
    results: list[ClaireImportItem]


class ClaireListMeta(_Wire):
    page: int
    per_page: int
    total: int


class ClaireList(_Wire):
    data: list[ClaireAppointment]
    meta: ClaireListMeta | None = None


class ClaireErrorBody(_Wire):
    error: str | None = None
    message: str | None = None
