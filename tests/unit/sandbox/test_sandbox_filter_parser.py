"""The sandbox's OData query parser: what matches, and what is refused."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from incadea_desk.sandbox.odata import (
    FieldType,
    ODataError,
    parse_expand,
    parse_filter,
    parse_orderby,
    parse_selection,
    prune,
    quote_literal,
)

FIELDS: dict[str, FieldType] = {
    "documentNo": "string",
    "id": "guid",
    "lastModifiedDateTime": "datetime",
    "canceled": "bool",
    "jobNo": "int",
}
ROWS: list[dict[str, Any]] = [
    {
        "documentNo": "SO-1",
        "id": "6f1c2e4a-0000-4000-8000-000000000001",
        "lastModifiedDateTime": datetime(2026, 11, 27, 10, 0, 0, 500_000, tzinfo=UTC),
        "canceled": False,
        "jobNo": 1,
    },
    {
        "documentNo": "SO-2",
        "id": "6f1c2e4a-0000-4000-8000-000000000002",
        "lastModifiedDateTime": datetime(2026, 11, 27, 11, 0, tzinfo=UTC),
        "canceled": True,
        "jobNo": 2,
    },
    {
        "documentNo": "O'BRIEN",
        "id": "6f1c2e4a-0000-4000-8000-000000000003",
        "lastModifiedDateTime": datetime(2026, 11, 27, 12, 0, tzinfo=UTC),
        "canceled": False,
        "jobNo": 3,
    },
]


def matching(text: str) -> list[str]:
    predicate = parse_filter(text, FIELDS)
    return [row["documentNo"] for row in ROWS if predicate(row)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("documentNo eq 'SO-1'", ["SO-1"]),
        ("documentNo ne 'SO-1'", ["SO-2", "O'BRIEN"]),
        ("documentNo eq 'O''BRIEN'", ["O'BRIEN"]),
        ("documentNo gt 'SO-1'", ["SO-2"]),
        ("lastModifiedDateTime ge 2026-11-27T11:00:00Z", ["SO-2", "O'BRIEN"]),
        ("lastModifiedDateTime gt 2026-11-27T11:00:00Z", ["O'BRIEN"]),
        ("lastModifiedDateTime le 2026-11-27T10:00:00.5Z", ["SO-1"]),
        ("lastModifiedDateTime lt 2026-11-27T10:00:00.5000010Z", ["SO-1"]),
        ("lastModifiedDateTime ge 2026-11-27T12:00:00+01:00", ["SO-2", "O'BRIEN"]),
        ("canceled eq true", ["SO-2"]),
        ("jobNo ge 2", ["SO-2", "O'BRIEN"]),
        ("id eq 6F1C2E4A-0000-4000-8000-000000000002", ["SO-2"]),
        ("id eq '6f1c2e4a-0000-4000-8000-000000000003'", ["O'BRIEN"]),
        ("documentNo eq 'SO-1' or documentNo eq 'SO-2'", ["SO-1", "SO-2"]),
        ("(documentNo eq 'SO-1' or documentNo eq 'SO-2') and canceled eq false", ["SO-1"]),
        ("((canceled eq true))", ["SO-2"]),
        ("  documentNo   eq   'SO-2'  ", ["SO-2"]),
    ],
)
def test_filters_match_the_rows_odata_says(text: str, expected: list[str]) -> None:
    assert matching(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "documentNo",
        "documentNo eq",
        "documentNo eq 'SO-1",
        "documentNo eq 'O'BRIEN'",
        "documentNo eq SO-1",
        "'SO-1' eq documentNo",
        "documentNo has 'x'",
        "documentNo eq 'a' xor documentNo eq 'b'",
        "startswith(documentNo,'SO')",
        "not canceled eq true",
        "canceled eq 1",
        "canceled lt true",
        "jobNo eq '1'",
        "lastModifiedDateTime ge 2026-11-27",
        "lastModifiedDateTime ge 2026-11-27T10:00:00",
        "lastModifiedDateTime ge 2026-13-45T10:00:00Z",
        "id eq 42",
        "customer eq 'x'",
        "(documentNo eq 'SO-1'",
        "documentNo eq 'SO-1')",
        "documentNo eq null",
        "documentNo eq 'a' and",
        "documentNo eq 'a' ; drop",
        "documentNo eq'SO-1'",
        "documentNo eq 'SO-1'and canceled eq true",
        "documentNo eq 'SO-1' and(canceled eq true)",
        "(documentNo eq 'SO-1')or(documentNo eq 'SO-2')",
    ],
)
def test_malformed_or_unsupported_filters_raise(text: str) -> None:
    with pytest.raises(ODataError):
        parse_filter(text, FIELDS)


@pytest.mark.parametrize(
    "text",
    [
        "documentNo eq 'SO-1' or canceled eq true",
        "documentNo eq 'SO-1' or documentNo eq 'SO-2' and canceled eq false",
        "(documentNo eq 'SO-1' and canceled eq true) or documentNo eq 'SO-2'",
    ],
)
def test_or_across_distinct_fields_is_refused_as_business_central_does(text: str) -> None:
    # Microsoft Learn, webservices/odata-known-limitations.
    with pytest.raises(ODataError, match="'OR' operator is not supported on distinct fields"):
        parse_filter(text, FIELDS)


@given(st.text(max_size=30))
def test_any_value_quoted_by_doubling_matches_only_itself(value: str) -> None:
    predicate = parse_filter(f"documentNo eq {quote_literal(value)}", FIELDS)

    assert predicate({"documentNo": value})
    assert not predicate({"documentNo": value + "x"})


def test_orderby_reads_fields_and_directions() -> None:
    assert parse_orderby("lastModifiedDateTime asc,id desc, jobNo", FIELDS) == [
        ("lastModifiedDateTime", False),
        ("id", True),
        ("jobNo", False),
    ]


@pytest.mark.parametrize("text", ["", "customer", "id sideways", "id asc desc", "id,,jobNo"])
def test_bad_orderby_raises(text: str) -> None:
    with pytest.raises(ODataError):
        parse_orderby(text, FIELDS)


ALLOWED = {"serviceLines": {}, "vehicle": {"driver": {}, "owner": {}}, "contractor": {}}


def test_expand_reads_nested_navigation() -> None:
    assert parse_expand("serviceLines,vehicle($expand=driver,owner),contractor", ALLOWED) == {
        "serviceLines": {},
        "vehicle": {"driver": {}, "owner": {}},
        "contractor": {},
    }


@pytest.mark.parametrize(
    "text",
    [
        "lines",
        "vehicle($expand=engine)",
        "vehicle($filter=vin eq 'x')",
        "vehicle($select=vin;$top=1)",
        "vehicle($expand=driver",
        "vehicle)",
        "serviceLines($expand=driver)",
        "serviceLines,,contractor",
    ],
)
def test_bad_expand_raises(text: str) -> None:
    with pytest.raises(ODataError):
        parse_expand(text, ALLOWED)


def test_select_nested_beside_expand_is_read_and_prunes_the_answer() -> None:
    text = "serviceLines($select=lineNo),vehicle($select=vin;$expand=driver($select=city))"
    assert parse_expand(text, ALLOWED) == {"serviceLines": {}, "vehicle": {"driver": {}}}
    selection = parse_selection("id", text)
    body = {
        "@odata.etag": "W/1",
        "id": "a",
        "mileageKm": 1,
        "serviceLines": [{"lineNo": 1, "code": "x"}],
        "vehicle": {"vin": "V", "make": "M", "driver": {"city": "C", "street": "S"}},
    }
    assert prune(body, selection) == {
        "@odata.etag": "W/1",
        "id": "a",
        "serviceLines": [{"lineNo": 1}],
        "vehicle": {"vin": "V", "driver": {"city": "C"}},
    }
