"""The OData filter builder: no user input reaches the DMS as anything but one literal."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from incadea_desk.incadea import odata


def tokens(expression: str) -> list[tuple[str, str]]:
    """A small OData tokenizer: string literals (with '' as an escaped quote),
    parentheses, and bare words. Fails on an unterminated literal."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(expression):
        ch = expression[i]
        if ch == " ":
            i += 1
        elif ch in "()":
            out.append(("paren", ch))
            i += 1
        elif ch == "'":
            value, i = [], i + 1
            while True:
                if i >= len(expression):
                    raise AssertionError(f"unterminated literal in {expression!r}")
                if expression[i] == "'":
                    if expression[i + 1 : i + 2] == "'":
                        value.append("'")
                        i += 2
                        continue
                    i += 1
                    break
                value.append(expression[i])
                i += 1
            out.append(("string", "".join(value)))
        else:
            match = re.compile(r"[^ ()']+").match(expression, i)
            assert match is not None
            out.append(("word", match.group()))
            i = match.end()
    return out


def test_literal_doubles_quotes_and_wraps() -> None:
    assert odata.literal("O'Brien") == "'O''Brien'"
    assert odata.literal("") == "''"


def test_eq_renders_field_operator_and_literal() -> None:
    assert odata.eq("orderNo", "104711").text == "orderNo eq '104711'"
    assert odata.eq("canceled", False).text == "canceled eq false"


def test_or_and_are_parenthesised() -> None:
    either = odata.or_(odata.eq("registrationNo", "12ABC3"), odata.eq("registrationNo", "12-ABC-3"))
    assert either.text == "(registrationNo eq '12ABC3' or registrationNo eq '12-ABC-3')"
    both = odata.and_(either, odata.eq("canceled", False))
    assert both.text == f"({either.text} and canceled eq false)"
    assert odata.or_(odata.eq("id", "x")).text == "id eq 'x'"


def test_unknown_field_is_refused() -> None:
    with pytest.raises(ValueError, match="not a field"):
        odata.eq("firstName", "Femke")
    with pytest.raises(ValueError, match="not a field"):
        odata.eq("orderNo eq '1' or documentNo", "x")


def test_datetime_literal_is_utc_with_z() -> None:
    cet = timezone(timedelta(hours=1))
    when = datetime(2026, 11, 27, 11, 0, 0, tzinfo=cet)
    assert odata.datetime_literal(when) == "2026-11-27T10:00:00Z"
    with_ms = datetime(2026, 11, 27, 10, 0, 0, 123999, tzinfo=UTC)
    assert odata.datetime_literal(with_ms) == "2026-11-27T10:00:00.123Z"
    assert odata.ge("lastModifiedDateTime", when).text == (
        "lastModifiedDateTime ge 2026-11-27T10:00:00Z"
    )


def test_naive_datetime_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone"):
        odata.datetime_literal(datetime(2026, 11, 27, 10, 0))


hostile = st.one_of(
    st.text(max_size=200),
    st.sampled_from(["' or 1 eq 1", "'') or (orderNo ne '", "O'Brien", "''''", "%27", "&$top=1"]),
    st.text(alphabet="'() &=%#?+\u00e9\u200b\U0001f697", max_size=60),
    st.builds(lambda s: s * 10_000, st.sampled_from(["'", "a'", "\u00e9'"])),
)


@given(hostile)
def test_hostile_input_stays_one_literal(value: str) -> None:
    expression = odata.eq("orderNo", value).text
    assert tokens(expression) == [("word", "orderNo"), ("word", "eq"), ("string", value)]


@given(hostile.filter(lambda value: len(value) <= 3_000))
def test_hostile_input_is_percent_encoded_in_the_url(value: str) -> None:
    expression = odata.eq("registrationNo", value).text
    request = httpx.Request("GET", "https://dms.example.test/x", params={"$filter": expression})
    query = request.url.query.decode("ascii")
    assert "'" not in query
    assert "&" not in query
    assert parse_qs(urlsplit(str(request.url)).query, keep_blank_values=True) == {
        "$filter": [expression]
    }
