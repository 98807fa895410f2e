import copy
import re

import pydantic
import pytest
from hypothesis import given
from hypothesis import strategies as st

from incadea_desk.domain.vin import Vin


@pytest.mark.parametrize(
    ("typed", "value", "check_digit_ok"),
    [
        ("1M8GDM9AXKP042788", "1M8GDM9AXKP042788", True),
        ("1hgcm82633a004352", "1HGCM82633A004352", True),
        (" 1HG-CM826 33A 004352 ", "1HGCM82633A004352", True),
        ("1HGCM82643A004352", "1HGCM82643A004352", False),
        ("WVWZZZ1JZXW000001", "WVWZZZ1JZXW000001", False),
        ("wdd 2050428f123456", "WDD2050428F123456", False),
    ],
)
def test_good_vins_are_accepted_and_the_check_digit_only_flagged(
    typed: str, value: str, check_digit_ok: bool
) -> None:
    vin = Vin.parse(typed)

    assert vin.value == value
    assert str(vin) == value
    assert vin.check_digit_ok is check_digit_ok


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "The VIN is empty."),
        (" - ", "The VIN is empty."),
        ("1M8GDM9AXKP04278", "This VIN has 16 characters; a VIN has exactly 17."),
        ("1M8GDM9AXKP0427888", "This VIN has 18 characters; a VIN has exactly 17."),
        ("1M8GDM9AXKPO42788", "this one contains O."),
        ("IM8GDM9AXKPQ42788", "this one contains I and Q."),
        ("1M8GDM9AXKP04278#", "A VIN holds only letters and digits; this one contains '#'."),
        ("1M8GDM9AXKP.42788", "this one contains '.'."),
    ],
)
def test_malformed_vins_are_refused_with_a_sentence(typed: str, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        Vin.parse(typed)


def test_vin_is_a_value() -> None:
    vin = Vin.parse("1m8gdm9axkp042788")

    assert vin == Vin.parse("1M8GDM9AXKP042788")
    assert len({vin, Vin.parse("1M8GDM9AXKP042788")}) == 1
    assert copy.deepcopy(vin) == vin
    with pytest.raises(AttributeError):
        setattr(vin, "value", "WVWZZZ1JZXW000001")  # noqa: B010


class _Car(pydantic.BaseModel):
    vin: Vin | None = None


def test_pydantic_field_validates_text_and_serialises_the_value() -> None:
    car = _Car.model_validate({"vin": "wvwzzz1jzxw000001"})

    assert car.vin == Vin.parse("WVWZZZ1JZXW000001")
    assert car.model_dump(mode="json") == {"vin": "WVWZZZ1JZXW000001"}
    assert _Car.model_validate_json(car.model_dump_json()) == car


@pytest.mark.parametrize("stored", ["WVWZZZ1JZXW00000", 17, ["WVWZZZ1JZXW000001"]])
def test_pydantic_field_refuses_a_malformed_vin(stored: object) -> None:
    with pytest.raises(pydantic.ValidationError):
        _Car.model_validate({"vin": stored})


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


@given(st.text(alphabet=VIN_CHARS, min_size=17, max_size=17))
def test_any_17_allowed_characters_make_a_vin(text: str) -> None:
    assert Vin.parse(text.lower()).value == text


@given(st.text())
def test_parse_raises_only_value_error(text: str) -> None:
    message = "."
    try:
        Vin.parse(text)
    except ValueError as error:
        message = str(error)
    assert message.endswith(".")
