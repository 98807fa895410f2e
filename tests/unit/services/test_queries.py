from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from incadea_desk.errors import InputError
from incadea_desk.services.queries import parse_query, parse_reference


@pytest.mark.parametrize(
    ("typed", "kind", "wo", "plate"),
    [
        ("4711", "wo_number", "4711", None),
        ("  104711 ", "wo_number", "104711", None),
        ("wo#12", "wo_number", "12", None),
        ("12abc3", "registration", None, "12ABC3"),
        ("12-ABC-3", "registration", None, "12ABC3"),
        ("12 abc 3", "registration", None, "12ABC3"),
        ("1-ABC-123", "registration", None, "1ABC123"),
        ("AB-123-CD", "registration", None, "AB123CD"),
        ("WO 4711", "either", "4711", "WO4711"),
    ],
)
def test_search_input_is_classified(
    typed: str, kind: str, wo: str | None, plate: str | None
) -> None:
    query = parse_query(typed)
    assert query.kind == kind
    assert query.wo_number == wo
    assert (query.registration.compact if query.registration else None) == plate


def test_an_unknown_plate_shape_is_also_tried_as_a_dms_number() -> None:
    query = parse_query("SO-2604711")
    assert (query.kind, query.dms_number) == ("either", "SO-2604711")
    assert query.registration is not None


@pytest.mark.parametrize("typed", ["SO-1005", "so-1005", "S-O1005"])
def test_a_plate_grouped_otherwise_is_also_tried_as_a_dms_number(typed: str) -> None:
    query = parse_query(typed)
    assert (query.kind, query.dms_number) == ("either", typed)
    assert query.registration is not None
    assert query.registration.display == "SO-10-05"


@pytest.mark.parametrize("typed", ["SO-10-05", "so1005", "SO 10 05", "so - 10 - 05"])
def test_a_plate_typed_as_a_plate_is_a_plate_only(typed: str) -> None:
    query = parse_query(typed)
    assert (query.kind, query.dms_number) == ("registration", None)


@given(st.from_regex(r"[A-Z]{2}[0-9]{4}", fullmatch=True))
def test_a_plate_with_its_own_dashes_is_never_a_dms_number(compact: str) -> None:
    plate = parse_query(compact).registration
    assert plate is not None
    if plate.sidecode is not None:
        assert parse_query(plate.display).dms_number is None
        assert parse_query(plate.display.lower()).dms_number is None


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Type a WO number or a registration number"),
        ("   ", "Type a WO number or a registration number"),
        ("12ab$3", r"'\$' is not a letter"),
        ("x" * 61, "too long"),
    ],
)
def test_bad_search_input_is_one_sentence(typed: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_query(typed)


@given(st.text(max_size=80))
def test_any_text_is_classified_or_refused_with_a_sentence(typed: str) -> None:
    try:
        query = parse_query(typed)
    except InputError as error:
        message = str(error)
    else:
        assert query.wo_number or query.registration or query.dms_number
        return
    assert message.endswith(".")
    assert "\n" not in message


def test_a_reference_is_a_wo_number_or_a_dms_number() -> None:
    assert parse_reference("WO 104711").wo_number == "104711"
    assert parse_reference("SO-2604711").dms_number == "SO-2604711"
    with pytest.raises(ValueError, match="DMS number or the WO number"):
        parse_reference(" ")
    with pytest.raises(ValueError, match="neither a DMS number nor a WO number"):
        parse_reference("SO 26'04")
