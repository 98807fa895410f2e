import re

import pydantic
import pytest
from hypothesis import given
from hypothesis import strategies as st

from incadea_desk.domain.registration import (
    DUTCH_SIDECODES,
    RegistrationNumber,
    dms_search_forms,
)
from incadea_desk.errors import InputError

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIGITS = "0123456789"


@pytest.mark.parametrize(
    ("typed", "display", "sidecode"),
    [
        ("ab 12 34", "AB-12-34", 1),
        ("12.34 ab", "12-34-AB", 2),
        (" 12ab34 ", "12-AB-34", 3),
        ("ab-1234", "AB-12-34", 1),
        ("ab12cd", "AB-12-CD", 4),
        ("a b c d 1 2", "AB-CD-12", 5),
        ("12-abcd", "12-AB-CD", 6),
        ("12abc3", "12-ABC-3", 7),
        ("1 abc 23", "1-ABC-23", 8),
        ("ab123c", "AB-123-C", 9),
        ("d-12-3xy", "D-123-XY", 10),
        ("abc12d", "ABC-12-D", 11),
        ("a 9 9 abc", "A-99-ABC", 12),
        ("1ab-234", "1-AB-234", 13),
        ("\t123ab4\n", "123-AB-4", 14),
    ],
)
def test_dutch_plates_are_dashed_by_sidecode(typed: str, display: str, sidecode: int) -> None:
    reg = RegistrationNumber.parse(typed)

    assert reg.display == display
    assert str(reg) == display
    assert reg.sidecode == sidecode
    assert reg.country == "NL"
    assert reg.compact == display.replace("-", "")


def test_every_sidecode_has_a_table_row() -> None:
    assert sorted(DUTCH_SIDECODES) == list(range(1, 15))


@pytest.mark.parametrize("typed", ["abc123", "ab1c23", "1a2b3c"])
def test_a_dutch_length_plate_without_sidecode_is_kept_compact(typed: str) -> None:
    reg = RegistrationNumber.parse(typed)

    assert reg.display == typed.upper()
    assert reg.sidecode is None
    assert reg.country == "NL"


@pytest.mark.parametrize(
    ("typed", "country", "display", "expected_country"),
    [
        ("1-abc-123", "NL", "1-ABC-123", "BE"),
        ("1abc123", "NL", "1-ABC-123", "BE"),
        ("2 XYZ 987", "BE", "2-XYZ-987", "BE"),
        ("abc123", "BE", "ABC-123", "BE"),
        ("123.abc", "be", "123-ABC", "BE"),
        ("ab-123-cd", "NL", "AB-123-CD", "FR"),
        ("AB123CD", "NL", "AB-123-CD", "FR"),
        ("ab 123 cd", "FR", "AB-123-CD", "FR"),
        ("b-ab-1234", "DE", "BAB1234", "DE"),
        ("wx 12 ab", None, "WX12AB", None),
    ],
)
def test_belgian_french_and_other_plates(
    typed: str, country: str | None, display: str, expected_country: str | None
) -> None:
    reg = RegistrationNumber.parse(typed, country)

    assert reg.display == display
    assert reg.country == expected_country
    assert reg.sidecode is None


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "The registration number is empty."),
        ("   ", "The registration number is empty."),
        ("--.", "'--.' is not a registration number: it has no letters or digits."),
        ("a", "'a' is too short to be a registration number."),
        ("ab-12-cd-34-ef-56-g", "is too long to be a registration number"),
        ("ab#12", "'ab#12' is not a registration number: '#' is not a letter"),
        ("12-äb-34", "'ä' is not a letter, digit, space, dash or dot."),
    ],
)
def test_input_that_cannot_be_a_plate_is_refused_with_a_sentence(typed: str, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        RegistrationNumber.parse(typed)


def test_equality_and_hash_follow_compact_and_country() -> None:
    typed_dashed = RegistrationNumber.parse("12-ABC-3")
    typed_loose = RegistrationNumber.parse("12 abc 3")

    assert typed_dashed == typed_loose
    assert len({typed_dashed, typed_loose}) == 1
    assert RegistrationNumber.parse("abc123", "BE") != RegistrationNumber.parse("abc123", "NL")
    with pytest.raises(AttributeError):
        setattr(typed_dashed, "compact", "XX9999")  # noqa: B010


def test_dms_is_searched_by_compact_and_displayed_form() -> None:
    assert dms_search_forms(RegistrationNumber.parse("12abc3")) == ["12ABC3", "12-ABC-3"]
    assert dms_search_forms(RegistrationNumber.parse("abc123")) == ["ABC123"]


class _Car(pydantic.BaseModel):
    registration: RegistrationNumber


def test_pydantic_field_validates_text_and_serialises_compact() -> None:
    car = _Car.model_validate({"registration": "12 abc 3"})

    assert car.registration.display == "12-ABC-3"
    assert car.model_dump(mode="json") == {"registration": "12ABC3"}
    assert car.model_dump()["registration"] == car.registration


@pytest.mark.parametrize(
    ("stored", "display", "country"),
    [
        ("1ABC123", "1-ABC-123", "BE"),
        ("AB123CD", "AB-123-CD", "FR"),
        ({"compact": "ABC123", "country": "BE"}, "ABC-123", "BE"),
    ],
)
def test_pydantic_field_recovers_the_country(stored: object, display: str, country: str) -> None:
    car = _Car.model_validate({"registration": stored})
    again = _Car.model_validate_json(car.model_dump_json())

    assert car.registration.display == display
    assert car.registration.country == country
    assert again.registration.compact == car.registration.compact


@pytest.mark.parametrize("stored", ["#", 12, None, {"country": "NL"}])
def test_pydantic_field_refuses_what_is_not_a_plate(stored: object) -> None:
    with pytest.raises(pydantic.ValidationError):
        _Car.model_validate({"registration": stored})


@st.composite
def dutch_plates(draw: st.DrawFn) -> str:
    pattern = draw(st.sampled_from(sorted(DUTCH_SIDECODES.values())))
    return "".join(
        "-" if ch == "-" else draw(st.sampled_from(LETTERS if ch == "X" else DIGITS))
        for ch in pattern
    )


@given(dutch_plates())
def test_display_and_compact_forms_parse_to_the_same_plate(plate: str) -> None:
    from_display = RegistrationNumber.parse(plate)
    from_compact = RegistrationNumber.parse(plate.replace("-", "").lower())

    assert from_display.compact == from_compact.compact == plate.replace("-", "")
    assert from_display.display == from_compact.display == plate
    assert from_display.sidecode is not None


@given(st.text(alphabet=LETTERS + DIGITS + " -.", min_size=1, max_size=14))
def test_display_is_stable_under_reparsing(typed: str) -> None:
    try:
        reg = RegistrationNumber.parse(typed)
    except ValueError:
        return
    again = RegistrationNumber.parse(reg.display)

    assert again.display == reg.display
    assert again == reg


@given(st.text(), st.one_of(st.none(), st.text(max_size=3)))
def test_parse_raises_only_input_error(typed: str, country: str | None) -> None:
    message = "."
    try:
        RegistrationNumber.parse(typed, country)
    except InputError as error:
        message = str(error)
    assert message.endswith(".")


@given(st.text())
def test_a_refusal_is_always_one_printable_line(text: str) -> None:
    messages: list[str] = []
    try:
        RegistrationNumber.parse(text)
    except InputError as error:
        messages.append(str(error))
    assert all(message.isprintable() for message in messages)
