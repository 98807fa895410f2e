"""The DMS's JSON as it travels (docs/wire-contracts.md), as pydantic models.

Unknown fields are ignored so a newer DMS does not break us; the fields we
rely on are typed and required. Numbers become ``Decimal`` straight from the
JSON text (``json.loads`` with ``parse_float=Decimal``), never through a float.

Business Central's blank date is ``0001-01-01`` (a blank datetime renders as
``0001-01-01T00:00:00``, with whatever offset the service tier adds): it means no
date. Datetimes arrive in UTC, clamped a day inside the range datetime can hold, so
the ends of the range (``9999-12-31T23:59:59+01:00``) convert to any local time.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Annotated, Any, Literal, TypeVar
from uuid import UUID

from pydantic import AfterValidator, AwareDatetime, BaseModel, BeforeValidator, ConfigDict, Field

from incadea_desk.answer_reading import read_json, unreadable_message, validate_answer

BLANK_DATE = "0001-01-01"
EARLIEST = datetime.min.replace(tzinfo=UTC) + timedelta(days=1)
LATEST = datetime.max.replace(tzinfo=UTC) - timedelta(days=1)


def _blank_is_none(value: Any) -> Any:
    return None if isinstance(value, str) and value.startswith(BLANK_DATE) else value


def in_utc(value: datetime) -> datetime:
    # Nearly every DMS time comes in UTC ("Z"), far from either end of the range.
    if value.tzinfo is UTC and 1 < value.year < 9999:
        return value
    try:
        moment = value.astimezone(UTC)
    except OverflowError:
        return LATEST if value.year > 1 else EARLIEST
    return min(max(moment, EARLIEST), LATEST)


def _in_utc_if_any(value: datetime | None) -> datetime | None:
    return None if value is None else in_utc(value)


DmsDate = Annotated[date | None, BeforeValidator(_blank_is_none)]
"""A date, or None: none given, or the blank date."""
DmsDateTime = Annotated[
    AwareDatetime | None, BeforeValidator(_blank_is_none), AfterValidator(_in_utc_if_any)
]
"""A datetime with its zone, in UTC, or None: none given, or the blank datetime."""
RequiredDmsDateTime = Annotated[
    AwareDatetime, BeforeValidator(_blank_is_none), AfterValidator(in_utc)
]
"""A datetime with its zone, in UTC; a blank one is a missing value."""


class _Wire(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, populate_by_name=True)


class WireCustomer(_Wire):
    id: UUID
    number: str
    companyName: str | None = None
    firstName: str | None = None
    lastName: str | None = None
    street: str | None = None
    postCode: str | None = None
    city: str | None = None
    countryCode: str | None = None
    privateEmail: str | None = None
    privatePhoneNo: str | None = None
    privateMobileNo: str | None = None
    businessEmail: str | None = None
    businessPhoneNo: str | None = None
    businessMobileNo: str | None = None
    isLeaseCompany: bool = False
    lastModifiedDateTime: DmsDateTime = None


class WireServiceLine(_Wire):
    id: str
    jobNo: int
    jobTitle: str = ""
    jobDescription: str = ""
    lineNo: int
    lineType: Literal["Labor", "Item", "Menu", "Comment"]
    code: str | None = None
    description: str = ""
    quantity: Decimal
    unitPrice: Decimal
    discountPercent: Decimal = Field(ge=0, le=100)
    vatPercent: Decimal = Field(ge=0, le=100)
    lineAmount: Decimal


class WireVehicle(_Wire):
    id: UUID
    registrationNo: str | None = None
    vin: str | None = None
    make: str | None = None
    model: str | None = None
    firstRegistrationDate: DmsDate = None
    inspectionDueDate: DmsDate = None
    warrantyStartDate: DmsDate = None
    warrantyEndDate: DmsDate = None
    driverCustomerId: UUID | None = None
    ownerCustomerId: UUID | None = None
    lastModifiedDateTime: DmsDateTime = None
    driver: WireCustomer | None = None
    owner: WireCustomer | None = None


class WireServiceOrder(_Wire):
    id: UUID
    etag: str = Field(alias="@odata.etag", min_length=1)
    documentNo: str = Field(min_length=1)
    orderNo: str = Field(min_length=1)
    appointmentDateTime: RequiredDmsDateTime
    createdDateTime: RequiredDmsDateTime
    scheduledInDateTime: DmsDateTime = None
    scheduledOutDateTime: DmsDateTime = None
    customerWaiting: bool = False
    carInShop: bool = False
    carOutOfShop: bool = False
    mileageKm: int | None = None
    mileageDate: DmsDate = None
    canceled: bool = False
    currencyCode: str = "EUR"
    registrationNo: str | None = None
    vehicleId: UUID | None = None
    contractorCustomerId: UUID | None = None
    lastModifiedDateTime: RequiredDmsDateTime
    # Business Central's platform stamp; it can move when lastModifiedDateTime does not.
    systemModifiedAt: DmsDateTime = None
    serviceLines: list[WireServiceLine] | None = None
    vehicle: WireVehicle | None = None
    contractor: WireCustomer | None = None


class WireMileage(_Wire):
    """The part of a service order a mileage read or write needs."""

    id: UUID
    etag: str = Field(alias="@odata.etag", min_length=1)
    mileageKm: int | None = None
    mileageDate: DmsDate = None
    lastModifiedDateTime: DmsDateTime = None


class ServiceOrderPage(_Wire):
    value: list[WireServiceOrder]
    next_link: str | None = Field(default=None, alias="@odata.nextLink")


class RawOrderPage(_Wire):
    """A page whose rows are read one by one (``incadea/rows.py``), so one bad row does
    not refuse the others."""

    value: list[dict[str, Any]]
    next_link: str | None = Field(default=None, alias="@odata.nextLink")


class WireStamped(_Wire):
    """A vehicle or customer as a change walk reads it: its id and change time (None:
    blank, never changed since the stamp was added; the walk passes it by)."""

    id: UUID
    lastModifiedDateTime: DmsDateTime = None


class StampedPage(_Wire):
    value: list[WireStamped]
    next_link: str | None = Field(default=None, alias="@odata.nextLink")


class WireReference(_Wire):
    """A vehicle as the walk over changed customers reads it: which car it is."""

    id: UUID


class ReferencePage(_Wire):
    value: list[WireReference]
    next_link: str | None = Field(default=None, alias="@odata.nextLink")


class WireServiceLinePage(_Wire):
    value: list[WireServiceLine]


class WireErrorDetail(_Wire):
    code: str | None = None
    message: str | None = None


class WireError(_Wire):
    error: WireErrorDetail


M = TypeVar("M", bound=BaseModel)

UNREADABLE = unreadable_message("dms")


def parse(model: type[M], content: bytes, *, status: int | None = None) -> M:
    """Validate a DMS answer, amounts with every digit of their JSON number; a schema
    violation becomes a ``BadResponse`` naming the field."""
    return validate_answer(
        model, read_json(content, system="dms", status=status), system="dms", status=status
    )
