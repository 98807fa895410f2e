"""The DMS filters against a parser this project did not write (odata-query), over
hostile input: what goes out parses, means what was meant, and never carries '+'."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import unquote

from hypothesis import given
from hypothesis import strategies as st

from incadea_desk.incadea import odata
from incadea_desk.incadea.names import TenantNames
from incadea_desk.incadea.tenant import TenantMapping
from tests.odata_judge import third_party_meaning

RENAMED = TenantNames(
    TenantMapping(
        {"serviceOrders": {"registrationNo": "kenteken", "lastModifiedDateTime": "changedAt"}}
    )
)
HOSTILE = st.text(
    alphabet=st.sampled_from([*"'\" +-&=#%?/()$,;:\\eqorand\t\n", "é", "€", "ß", "\u00a0"]),
    max_size=40,
) | st.text(max_size=40)
# odata-query reads years 1000-9999; the client always writes four digits (below).
MOMENTS = st.datetimes(
    min_value=datetime(1000, 1, 1), max_value=datetime(9999, 12, 30), timezones=st.just(UTC)
) | st.datetimes(
    min_value=datetime(1000, 1, 2),
    max_value=datetime(9999, 12, 30),
    timezones=st.sampled_from([timezone(timedelta(hours=h)) for h in (-11, -5, 1, 2, 13)]),
)


@given(HOSTILE, HOSTILE)
def test_two_forms_of_a_plate_parse_as_one_or_on_one_field(first: str, second: str) -> None:
    where = odata.or_(RENAMED.eq("registrationNo", first), RENAMED.eq("registrationNo", second))
    assert third_party_meaning(where.text) == (
        "or",
        (("cmp", "eq", "kenteken", first), ("cmp", "eq", "kenteken", second)),
    )


@given(HOSTILE)
def test_hostile_text_is_one_literal_and_goes_out_without_plus(text: str) -> None:
    where = odata.eq("documentNo", text)
    assert third_party_meaning(where.text) == ("cmp", "eq", "documentNo", text)
    encoded = odata.query_string({"$filter": where.text})
    assert "+" not in encoded
    assert " " not in encoded
    assert unquote(encoded.removeprefix("$filter=")) == where.text


@given(MOMENTS)
def test_a_moment_parses_as_the_same_instant_to_the_millisecond(moment: datetime) -> None:
    where = RENAMED.ge("lastModifiedDateTime", moment)
    meaning = third_party_meaning(where.text)
    assert meaning[:3] == ("cmp", "ge", "changedAt")
    utc = moment.astimezone(UTC)
    assert meaning[3] == utc.replace(microsecond=utc.microsecond // 1000 * 1000)


@given(
    st.datetimes(
        min_value=datetime(1, 1, 1), max_value=datetime(999, 12, 31), timezones=st.just(UTC)
    )
)
def test_early_years_are_written_with_four_digits(moment: datetime) -> None:
    literal = odata.datetime_literal(moment)
    assert literal[:4] == f"{moment.year:04d}"
    assert literal[4] == "-"
