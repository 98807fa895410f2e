"""The DMS's dates and datetimes: Business Central's blank date is no date, and the ends
of the range convert to UTC (and on to any local time) without overflowing."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from uuid import uuid4

from hypothesis import given
from hypothesis import strategies as st
from pydantic import TypeAdapter

from incadea_desk.incadea.wire import (
    EARLIEST,
    LATEST,
    DmsDate,
    DmsDateTime,
    StampedPage,
    WireCustomer,
    WireVehicle,
    in_utc,
    parse,
)

DATETIME: TypeAdapter[datetime | None] = TypeAdapter(DmsDateTime)
DATE: TypeAdapter[date | None] = TypeAdapter(DmsDate)
OFFSETS = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)


@given(st.datetimes(timezones=OFFSETS))
def test_every_aware_datetime_lands_in_utc_inside_the_range(moment: datetime) -> None:
    read = DATETIME.validate_python(moment.isoformat())
    if moment.date() == date(1, 1, 1):
        assert read is None
        return
    assert read is not None
    assert read.tzinfo == UTC
    assert EARLIEST <= read <= LATEST
    for hours in (-14, 14):
        read.astimezone(timezone(timedelta(hours=hours)))


@given(st.datetimes(timezones=st.just(UTC)))
def test_a_time_in_utc_is_kept_unless_it_lies_beyond_an_end_of_the_range(moment: datetime) -> None:
    # What msgspec decodes from a "Z" time: the quick path must read it as the rest do.
    read = in_utc(moment)
    assert read == min(max(moment, EARLIEST), LATEST)
    assert read.tzinfo is UTC
    assert EARLIEST <= read <= LATEST


def test_the_blank_datetime_is_no_datetime_whatever_its_offset() -> None:
    for text in ("0001-01-01T00:00:00Z", "0001-01-01T00:00:00+01:00", "0001-01-01T00:00:00-05:00"):
        assert DATETIME.validate_python(text) is None
    assert DATE.validate_python("0001-01-01") is None
    assert DATE.validate_python("9999-12-31") == date(9999, 12, 31)


def test_the_ends_of_the_range_are_clamped() -> None:
    assert DATETIME.validate_python("9999-12-31T23:59:59-01:00") == LATEST
    assert DATETIME.validate_python("9999-12-31T23:59:59+01:00") == LATEST
    assert DATETIME.validate_python("0001-01-02T00:30:00+01:00") == EARLIEST


def test_a_blank_change_stamp_of_a_car_or_customer_is_no_change_stamp() -> None:
    blank = "0001-01-01T00:00:00Z"
    page = parse(
        StampedPage,
        json.dumps({"value": [{"id": str(uuid4()), "lastModifiedDateTime": blank}]}).encode(),
    )
    assert page.value[0].lastModifiedDateTime is None
    customer = WireCustomer.model_validate(
        {"id": str(uuid4()), "number": "C1", "lastModifiedDateTime": blank}
    )
    vehicle = WireVehicle.model_validate({"id": str(uuid4()), "lastModifiedDateTime": blank})
    assert (customer.lastModifiedDateTime, vehicle.lastModifiedDateTime) == (None, None)
