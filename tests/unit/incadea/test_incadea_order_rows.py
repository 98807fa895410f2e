"""A walk's rows decode straight into typed structs, and read the same as through the wire
models: a row the structs take maps to the very workorder the wire models give, a row
they leave is read by the wire models, and a refused row keeps its field and reason.
The rows are service orders with one field or several set to values a DMS might send:
datetimes with any offset, fraction or none, the blank and the range ends, numbers as
text, booleans as numbers, amounts that are no number, percentages outside 0..100,
line types of a newer version, empty and missing values."""

from __future__ import annotations

import json
from datetime import timedelta, timezone
from decimal import Decimal
from typing import Any

import msgspec
import pytest
from dms_samples import RawNumber, service_order, to_json
from hypothesis import given, settings
from hypothesis import strategies as st

from incadea_desk.domain.dms_records import RefusedRow
from incadea_desk.incadea.order_rows import decode_order, row_json
from incadea_desk.incadea.rows import ReadRows, position, read_order, to_dms_workorder

OFFSETS = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)


@st.composite
def datetime_texts(draw: st.DrawFn) -> str:
    moment = draw(st.datetimes(timezones=st.none() | OFFSETS))
    text = moment.isoformat(timespec=draw(st.sampled_from(["seconds", "milliseconds", "auto"])))
    digits = draw(st.sampled_from(["", "", "1", "1234567", "9999999"]))
    if digits and "." not in text:
        head, sep, zone = text[:19], "", text[19:]
        text = f"{head}.{digits}{sep}{zone}"
    return draw(
        st.sampled_from(
            [
                text,
                text.replace("+00:00", "Z"),
                text.replace("T", " "),
                text.replace(":", "", 4)[: len(text)],
                text.replace(".", ","),
                "0001-01-01T00:00:00Z",
                "0001-01-01T00:00:00+01:00",
                "9999-12-31T23:59:59-01:00",
                text[:16] + "Z",
            ]
        )
    )


# Within Business Central's Decimal (+/- 999,999,999,999,999.99, docs/wire-contracts.md).
NUMBERS = st.decimals(min_value=-(10**15), max_value=10**15, places=4).map(
    lambda d: RawNumber(str(d))
)
ODD = st.one_of(
    st.none(),
    st.just(""),
    st.text(max_size=6),
    st.booleans(),
    st.integers(min_value=-5, max_value=3_000_000),
    NUMBERS,
)
MOMENTS = st.one_of(datetime_texts(), ODD)
DAYS = st.one_of(
    st.dates().map(str),
    st.sampled_from(["0001-01-01", "9999-12-31", "2026-11-27T00:00:00", "2026-11-27T08:00:00Z"]),
    ODD,
)
AMOUNTS = st.one_of(
    NUMBERS,
    st.decimals(min_value=-5, max_value=105, places=2).map(lambda d: RawNumber(str(d))),
    st.sampled_from(["NaN", "Infinity", "-Infinity", "12", "1.5", "1e3", "abc"]),
    ODD,
)
FLAGS = st.one_of(st.booleans(), st.sampled_from([0, 1, "true", "false", "yes"]), ODD)
COUNTS = st.one_of(
    st.integers(min_value=-10, max_value=3_000_000),
    st.sampled_from([RawNumber("45210.0"), RawNumber("1.5"), "45210", True]),
    ODD,
)
TEXTS = st.one_of(st.text(max_size=8), st.sampled_from(["", " ", "EUR", "eur", "EURO"]), ODD)
IDS = st.one_of(
    st.uuids().map(str),
    st.uuids().map(lambda u: u.hex),
    st.uuids().map(lambda u: str(u).upper()),
    st.uuids().map(lambda u: "{" + str(u) + "}"),
    ODD,
)
LINE_TYPES = st.one_of(st.sampled_from(["Labor", "Item", "Menu", "Comment", "Subcontract"]), ODD)
KINDS = {
    "moment": MOMENTS,
    "day": DAYS,
    "amount": AMOUNTS,
    "flag": FLAGS,
    "count": COUNTS,
    "text": TEXTS,
    "id": IDS,
    "line_type": LINE_TYPES,
}
ORDER_FIELDS = {
    "@odata.etag": "text",
    "id": "id",
    "documentNo": "text",
    "orderNo": "text",
    "appointmentDateTime": "moment",
    "createdDateTime": "moment",
    "scheduledInDateTime": "moment",
    "scheduledOutDateTime": "moment",
    "customerWaiting": "flag",
    "carInShop": "flag",
    "mileageKm": "count",
    "mileageDate": "day",
    "canceled": "flag",
    "currencyCode": "text",
    "registrationNo": "text",
    "vehicleId": "id",
    "lastModifiedDateTime": "moment",
    "systemModifiedAt": "moment",
}
LINE_FIELDS = {
    "id": "text",
    "jobNo": "count",
    "lineNo": "count",
    "lineType": "line_type",
    "code": "text",
    "quantity": "amount",
    "unitPrice": "amount",
    "discountPercent": "amount",
    "vatPercent": "amount",
    "lineAmount": "amount",
}
VEHICLE_FIELDS = {
    "id": "id",
    "vin": "text",
    "firstRegistrationDate": "day",
    "warrantyEndDate": "day",
    "lastModifiedDateTime": "moment",
}
CUSTOMER_FIELDS = {
    "id": "id",
    "number": "text",
    "privateEmail": "text",
    "isLeaseCompany": "flag",
    "lastModifiedDateTime": "moment",
}
MISSING = object()


PLACES: dict[str, dict[str, str]] = {
    "order": ORDER_FIELDS,
    "line": LINE_FIELDS,
    "vehicle": VEHICLE_FIELDS,
    "driver": CUSTOMER_FIELDS,
}
EVERY_FIELD = [(place, field) for place, fields in PLACES.items() for field in sorted(fields)]


def _records(order: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        "order": order,
        "line": order["serviceLines"][1],
        "vehicle": order["vehicle"],
        "driver": order["vehicle"]["driver"],
    }


def _set(record: dict[str, Any], field: str, value: object) -> None:
    if value is MISSING:
        record.pop(field, None)
    else:
        record[field] = value


@st.composite
def rows(draw: st.DrawFn) -> dict[str, Any]:
    order = service_order()
    records = _records(order)
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        place, field = draw(st.sampled_from(EVERY_FIELD))
        _set(records[place], field, draw(st.one_of(KINDS[PLACES[place][field]], st.just(MISSING))))
    return order


def _reference(content: bytes) -> object:
    """The row as the wire models read it: the workorder, or the refused row."""
    read = read_order(json.loads(content, parse_float=Decimal))
    return read if isinstance(read, RefusedRow) else to_dms_workorder(read)


# A changed amount makes the line's total differ from the DMS's, which the mapping logs.
@pytest.mark.allow_warning_logs
@pytest.mark.parametrize(("place", "field"), EVERY_FIELD)
@settings(max_examples=60)
@given(data=st.data())
def test_a_row_the_structs_take_is_the_workorder_the_wire_models_give(
    place: str, field: str, data: st.DataObject
) -> None:
    order = service_order()
    value = data.draw(st.one_of(KINDS[PLACES[place][field]], st.just(MISSING)))
    _set(_records(order)[place], field, value)
    content = to_json(order)
    decoded = decode_order(content)
    if decoded is None:
        return
    assert to_dms_workorder(decoded) == _reference(content)
    raw = json.loads(content, parse_float=Decimal)
    assert (decoded.lastModifiedDateTime, decoded.id) == position(raw)


@pytest.mark.allow_warning_logs
@settings(max_examples=200)
@given(rows())
def test_every_row_of_a_page_reads_as_the_wire_models_read_it(order: dict[str, Any]) -> None:
    content = to_json(order)
    read = ReadRows.decoded([msgspec.Raw(content)], None)
    [outcome] = [to_dms_workorder(o) for o in read.orders] + read.refused
    assert outcome == _reference(content)
    assert read.positions == [position(json.loads(content, parse_float=Decimal))]


@given(st.decimals(allow_nan=False, allow_infinity=False))
def test_a_renamed_record_keeps_every_digit_of_its_amounts(amount: Decimal) -> None:
    again = json.loads(row_json({"unitPrice": amount}), parse_float=Decimal)["unitPrice"]
    assert Decimal(again) == amount
    assert str(Decimal(again)) == str(amount) or Decimal(again).as_tuple() == amount.as_tuple()
