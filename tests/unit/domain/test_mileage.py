import re
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from incadea_desk.domain.mileage import (
    MAX_DAILY_KM,
    MAX_JUMP_KM,
    MileageAction,
    decide_mileage_writeback,
    parse_mileage,
)
from incadea_desk.errors import InputError


@pytest.mark.parametrize(
    ("typed", "km"),
    [
        ("45210", 45_210),
        ("45.210", 45_210),
        ("45,210", 45_210),
        ("45 210 km", 45_210),
        ("45 210 KM", 45_210),
        ("45210km", 45_210),
        (" 45\u00a0210 Km. ", 45_210),
        ("1.234.567", 1_234_567),
        ("1 234 567", 1_234_567),
        ("0", 0),
        ("007", 7),
        ("1.999.999", 1_999_999),
        (45_210, 45_210),
        (0, 0),
    ],
)
def test_mileage_typed_in_common_ways_is_read(typed: str | int, km: int) -> None:
    assert parse_mileage(typed) == km


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("45210.5", "'45210.5' has a decimal part; whole kilometres only."),
        ("45,21", "whole kilometres only"),
        ("45.2100", "whole kilometres only"),
        ("1.234,567", "whole kilometres only"),
        ("45210,000", "whole kilometres only"),
        ("-45210", "The mileage cannot be negative."),
        ("- 45.210 km", "The mileage cannot be negative."),
        (-1, "The mileage cannot be negative."),
        ("2.000.000", "2,000,000 km is too high; an odometer reads less than 2,000,000 km."),
        ("123456789012", "is too high; an odometer reads less than 2,000,000 km."),
        (2_000_000, "2,000,000 km is too high"),
        ("", "Type the mileage in whole kilometres."),
        ("  ", "Type the mileage in whole kilometres."),
        ("abc", "'abc' is not a mileage."),
        ("km", "'km' is not a mileage."),
        ("45 210 miles", "is not a mileage."),
        ("45..210", "is not a mileage."),
        (True, "must be a whole number of kilometres"),
    ],
)
def test_mileage_that_is_not_whole_kilometres_is_refused(typed: str | int, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        parse_mileage(typed)


@given(
    st.integers(min_value=0, max_value=1_999_999),
    st.sampled_from([".", ",", " ", ""]),
    st.sampled_from(["", " km", "km", " KM"]),
)
def test_formatted_mileage_parses_back(km: int, separator: str, unit: str) -> None:
    typed = f"{km:,}".replace(",", separator) + unit

    assert parse_mileage(typed) == km


@given(st.one_of(st.text(), st.integers()))
def test_parse_mileage_raises_only_input_error(typed: str | int) -> None:
    message, km = ".", 0
    try:
        km = parse_mileage(typed)
    except InputError as error:
        message = str(error)
    assert message.endswith(".")
    assert 0 <= km < 2_000_000


TODAY = date(2026, 11, 27)


@pytest.mark.parametrize(
    ("dms_km", "new_km", "last_reading", "action", "reason_part"),
    [
        (45_210, 45_210, None, MileageAction.REFUSE, "already recorded"),
        (45_210, 45_209, None, MileageAction.REFUSE, "rolling back an odometer is not allowed"),
        (45_210, 0, None, MileageAction.REFUSE, "the 45,210 km the DMS holds"),
        (45_210, 45_211, None, MileageAction.WRITE, "is higher than the 45,210 km"),
        (45_210, 45_210 + MAX_JUMP_KM, None, MileageAction.WRITE, "higher"),
        (45_210, 45_210 + MAX_JUMP_KM + 1, None, MileageAction.CONFIRM, "100,001 km more"),
        (None, 45_210, None, MileageAction.WRITE, "no mileage yet"),
        (None, 1_999_999, None, MileageAction.WRITE, "no mileage yet"),
        (45_210, 2_000_000, None, MileageAction.REFUSE, "between 0 and 2,000,000 km"),
        (None, -1, None, MileageAction.REFUSE, "between 0 and 2,000,000 km"),
        (10_000, 11_500, TODAY - timedelta(days=1), MileageAction.WRITE, "higher"),
        (10_000, 11_501, TODAY - timedelta(days=1), MileageAction.CONFIRM, "1,501 km a day"),
        (10_000, 11_501, TODAY, MileageAction.CONFIRM, "after 1 day"),
        (10_000, 11_501, TODAY + timedelta(days=3), MileageAction.CONFIRM, "1,501 km a day"),
        (10_000, 13_000, TODAY - timedelta(days=2), MileageAction.WRITE, "higher"),
        (10_000, 13_001, TODAY - timedelta(days=2), MileageAction.CONFIRM, "after 2 days"),
        (10_000, 13_001, TODAY - timedelta(days=2), MileageAction.CONFIRM, "1,501 km a day"),
        (10_000, 40_000, TODAY - timedelta(days=30), MileageAction.WRITE, "higher"),
        (10_000, 55_001, TODAY - timedelta(days=30), MileageAction.CONFIRM, "45,001 km more"),
    ],
)
def test_writeback_decision(
    dms_km: int | None,
    new_km: int,
    last_reading: date | None,
    action: MileageAction,
    reason_part: str,
) -> None:
    decision = decide_mileage_writeback(dms_km, new_km, last_reading, today=TODAY)

    assert decision.action is action
    assert reason_part in decision.reason
    assert decision.reason.endswith(".")
    assert (decision.dms_km, decision.new_km) == (dms_km, new_km)


def test_daily_average_is_measured_up_to_today_by_default() -> None:
    long_ago = date.today() - timedelta(days=1_000)
    yesterday = date.today() - timedelta(days=1)

    assert decide_mileage_writeback(0, 90_000, long_ago).action is MileageAction.WRITE
    assert decide_mileage_writeback(0, 90_000, yesterday).action is MileageAction.CONFIRM


def test_actions_are_plain_strings() -> None:
    assert [action.value for action in MileageAction] == ["write", "refuse", "confirm"]
    assert MileageAction.WRITE == "write"
    assert MAX_DAILY_KM == 1_500
