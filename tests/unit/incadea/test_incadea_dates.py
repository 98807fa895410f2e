"""The DMS's dates and datetimes: Business Central's blank date is no date, and the ends
of the range convert to UTC (and on to any local time) without overflowing."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st
from pydantic import TypeAdapter

from incadea_desk.incadea.wire import EARLIEST, LATEST, DmsDate, DmsDateTime

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


def test_the_blank_datetime_is_no_datetime_whatever_its_offset() -> None:
    for text in ("0001-01-01T00:00:00Z", "0001-01-01T00:00:00+01:00", "0001-01-01T00:00:00-05:00"):
        assert DATETIME.validate_python(text) is None
    assert DATE.validate_python("0001-01-01") is None
    assert DATE.validate_python("9999-12-31") == date(9999, 12, 31)


def test_the_ends_of_the_range_are_clamped() -> None:
    assert DATETIME.validate_python("9999-12-31T23:59:59-01:00") == LATEST
    assert DATETIME.validate_python("9999-12-31T23:59:59+01:00") == LATEST
    assert DATETIME.validate_python("0001-01-02T00:30:00+01:00") == EARLIEST
