"""A service order of a walk decoded straight from its JSON into typed structs (msgspec),
as fast as the page arrives; the row the structs do not take is left to the wire models.

The structs carry the fields, names and meaning of the pydantic wire models
(``incadea/wire.py``): the blank date and datetime are None, a datetime is in UTC
inside the range datetime holds, amounts are ``Decimal`` with every digit of their
JSON number, and a percentage lies within 0..100. They are stricter than pydantic's
lax mode: a number sent as text, a datetime in another form, a row with a datetime
finer than a microsecond (which msgspec rounds and pydantic truncates), any value
they do not take, makes :func:`decode_order` answer None, and the row goes through
``WireServiceOrder``, which reads it as it always did, or says which field is wrong
(the quarantine's reason). So a row is read the same way whichever way it went;
``tests/unit/incadea/test_incadea_order_rows.py`` holds the two to that.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Literal
from uuid import UUID

import msgspec

from incadea_desk.incadea.wire import in_utc

NonEmpty = Annotated[str, msgspec.Meta(min_length=1)]
# A time with more than six digits of a second: msgspec would round it, pydantic cuts.
# Only the decimal point needs looking for: msgspec refuses a comma before the
# fraction, so such a row goes to the wire models anyway. Searched from the point,
# not from the colon, because every key of the row is followed by a colon; an amount
# with seven decimals matches too, and is read by the wire models, the same way.
_FINER_THAN_A_MICROSECOND = re.compile(rb"\.\d{7}")


def _blank(value: date) -> bool:
    return value.year == 1 and value.month == 1 and value.day == 1


def _date(value: date | None) -> date | None:
    return None if value is None or _blank(value) else value


def _moment(value: datetime | None) -> datetime | None:
    """The wire models' ``DmsDateTime``: None when blank, else in UTC (a naive one is
    refused)."""
    if value is None or _blank(value):
        return None
    if value.tzinfo is None:
        raise ValueError("a datetime without its zone")
    return in_utc(value)


def _required(value: datetime) -> datetime:
    moment = _moment(value)
    if moment is None:
        raise ValueError("a blank datetime where one is required")
    return moment


class CustomerRow(msgspec.Struct, kw_only=True):
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
    lastModifiedDateTime: datetime | None = None

    def __post_init__(self) -> None:
        self.lastModifiedDateTime = _moment(self.lastModifiedDateTime)


class LineRow(msgspec.Struct, kw_only=True):
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
    discountPercent: Decimal
    vatPercent: Decimal
    lineAmount: Decimal

    def __post_init__(self) -> None:
        discount, vat = self.discountPercent, self.vatPercent
        if not (
            self.quantity.is_finite()
            and self.unitPrice.is_finite()
            and self.lineAmount.is_finite()
            and discount.is_finite()
            and vat.is_finite()
        ):
            raise ValueError("an amount that is no number")
        if not (0 <= discount <= 100 and 0 <= vat <= 100):
            raise ValueError("a percentage outside 0..100")


class VehicleRow(msgspec.Struct, kw_only=True):
    id: UUID
    registrationNo: str | None = None
    vin: str | None = None
    make: str | None = None
    model: str | None = None
    firstRegistrationDate: date | None = None
    inspectionDueDate: date | None = None
    warrantyStartDate: date | None = None
    warrantyEndDate: date | None = None
    driverCustomerId: UUID | None = None
    ownerCustomerId: UUID | None = None
    lastModifiedDateTime: datetime | None = None
    driver: CustomerRow | None = None
    owner: CustomerRow | None = None

    def __post_init__(self) -> None:
        self.firstRegistrationDate = _date(self.firstRegistrationDate)
        self.inspectionDueDate = _date(self.inspectionDueDate)
        self.warrantyStartDate = _date(self.warrantyStartDate)
        self.warrantyEndDate = _date(self.warrantyEndDate)
        self.lastModifiedDateTime = _moment(self.lastModifiedDateTime)


class OrderRow(msgspec.Struct, kw_only=True):
    id: UUID
    etag: NonEmpty = msgspec.field(name="@odata.etag")
    documentNo: NonEmpty
    orderNo: NonEmpty
    appointmentDateTime: datetime
    createdDateTime: datetime
    scheduledInDateTime: datetime | None = None
    scheduledOutDateTime: datetime | None = None
    customerWaiting: bool = False
    carInShop: bool = False
    carOutOfShop: bool = False
    mileageKm: int | None = None
    mileageDate: date | None = None
    canceled: bool = False
    currencyCode: str = "EUR"
    registrationNo: str | None = None
    vehicleId: UUID | None = None
    contractorCustomerId: UUID | None = None
    lastModifiedDateTime: datetime
    systemModifiedAt: datetime | None = None
    serviceLines: list[LineRow] | None = None
    vehicle: VehicleRow | None = None
    contractor: CustomerRow | None = None

    def __post_init__(self) -> None:
        self.appointmentDateTime = _required(self.appointmentDateTime)
        self.createdDateTime = _required(self.createdDateTime)
        self.lastModifiedDateTime = _required(self.lastModifiedDateTime)
        self.scheduledInDateTime = _moment(self.scheduledInDateTime)
        self.scheduledOutDateTime = _moment(self.scheduledOutDateTime)
        self.systemModifiedAt = _moment(self.systemModifiedAt)
        self.mileageDate = _date(self.mileageDate)


class RowsPage(msgspec.Struct):
    """A page whose rows are decoded one by one, so one bad row does not refuse the others."""

    value: list[msgspec.Raw]
    next_link: str | None = msgspec.field(default=None, name="@odata.nextLink")


_ORDER = msgspec.json.Decoder(OrderRow)
_PAGE = msgspec.json.Decoder(RowsPage)
_ENCODE = msgspec.json.Encoder(decimal_format="number")


def decode_page(content: bytes) -> RowsPage | None:
    """The page's rows, undecoded; None when the answer is no such page."""
    try:
        return _PAGE.decode(content)
    except msgspec.DecodeError:
        return None


def decode_order(row: bytes | msgspec.Raw) -> OrderRow | None:
    """The row as typed structs; None for a row the wire models must read."""
    if _FINER_THAN_A_MICROSECOND.search(row):
        return None
    try:
        return _ORDER.decode(row)
    except msgspec.DecodeError:
        return None


def row_json(record: object) -> bytes:
    """A row read as Python data (``Decimal`` amounts) as JSON again, every digit kept:
    the renamed records of a tenant mapping and of page web services take the same way
    as an answer in the default names."""
    return _ENCODE.encode(record)
