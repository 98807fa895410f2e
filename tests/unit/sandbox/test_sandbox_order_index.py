"""The stand-in's order index: keyset walks and number lookups stay right as orders change."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from incadea_desk.sandbox import live
from incadea_desk.sandbox.data import Row, WorkshopData
from incadea_desk.sandbox.index import Narrowing, narrowing
from incadea_desk.sandbox.seed import generate_workshop

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


def _by_key(data: WorkshopData) -> list[Row]:
    return sorted(
        data.orders.values(), key=lambda row: (row.data["lastModifiedDateTime"], row.id.lower())
    )


def _key(row: Row) -> tuple[datetime, str]:
    return row.data["lastModifiedDateTime"], row.id.lower()


@settings(max_examples=40, deadline=None)
@given(
    touches=st.lists(st.tuples(st.integers(0, 10_000), st.integers(-3_000, 3_000)), max_size=25),
    steps=st.integers(0, 6),
    since_minutes=st.integers(-90 * 24 * 60, 60),
    cut=st.integers(0, 300),
)
def test_walk_is_the_sorted_table_after_any_changes(
    touches: list[tuple[int, int]], steps: int, since_minutes: int, cut: int
) -> None:
    data = generate_workshop(5, NOW, order_count=150)
    assert [row.id for row in data.index.walk()] == [row.id for row in _by_key(data)]
    rows = list(data.orders.values())
    for pick, minutes in touches:
        data.touch(rows[pick % len(rows)], NOW + timedelta(minutes=minutes))
    for step in range(steps):
        live.apply_step(data, 5, step, NOW)

    expected = _by_key(data)
    since = NOW + timedelta(minutes=since_minutes)
    after = _key(expected[cut % len(expected)])
    assert [row.id for row in data.index.walk()] == [row.id for row in expected]
    assert [row.id for row in data.index.walk(since=since)] == [
        row.id for row in expected if row.data["lastModifiedDateTime"] >= since
    ]
    before = since + timedelta(days=3)
    assert [row.id for row in data.index.walk(since=since, before=before)] == [
        row.id for row in expected if since <= row.data["lastModifiedDateTime"] < before
    ]
    assert [row.id for row in data.index.walk(after=after, since=since)] == [
        row.id
        for row in expected
        if _key(row) > after and row.data["lastModifiedDateTime"] >= since
    ]
    for row in expected:
        assert data.order_by_document_no(str(row.data["documentNo"])) is row
        assert row in data.index.by_order_no(str(row.data["orderNo"]))


def test_only_a_plain_conjunction_narrows() -> None:
    assert narrowing(
        "lastModifiedDateTime ge 2026-11-01T00:00:00Z and canceled eq false"
    ) == Narrowing(modified_since=datetime(2026, 11, 1, tzinfo=UTC))
    assert narrowing("documentNo eq 'SO-O''1' and orderNo eq '7'") == Narrowing(
        document_no="SO-O'1", order_no="7"
    )
    assert narrowing("documentNo eq 'A' or documentNo eq 'B'") == Narrowing()
    assert narrowing("registrationNo eq 'documentNo'") == Narrowing()
    assert narrowing("lastModifiedDateTime lt 2026-11-01T00:00:00Z") == Narrowing(
        modified_before=datetime(2026, 11, 1, tzinfo=UTC)
    )
    assert narrowing(
        "(lastModifiedDateTime ge 2026-10-01T00:00:00Z and lastModifiedDateTime lt "
        "2026-11-01T00:00:00Z)"
    ) == Narrowing(
        modified_since=datetime(2026, 10, 1, tzinfo=UTC),
        modified_before=datetime(2026, 11, 1, tzinfo=UTC),
    )
    assert narrowing("§") == Narrowing()
    assert narrowing(None) == Narrowing()
