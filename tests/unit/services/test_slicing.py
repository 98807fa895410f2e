"""Splitting a span into slices of about equal rows, and the watermark over slices:
it moves only over the finished prefix of the slices."""

from __future__ import annotations

import asyncio
import bisect
from datetime import UTC, datetime, timedelta

from hypothesis import example, given, settings
from hypothesis import strategies as st

from incadea_desk.services.slicing import MAX_ROUNDS, NARROWEST, Part, balanced, parts_of
from incadea_desk.services.sync_batch import Batch, Lane, prefix_reached

SINCE = datetime(2026, 11, 1, tzinfo=UTC)
UNTIL = SINCE + timedelta(days=14)

# Changes as seconds after SINCE, crowded towards the end as a dealer's are.
stamps = st.lists(
    st.one_of(
        st.integers(0, 14 * 86_400 - 1),
        st.integers(13 * 86_400, 14 * 86_400 - 1),
        st.integers(14 * 86_400 - 600, 14 * 86_400 - 1),
    ),
    min_size=0,
    max_size=3_000,
)


class Table:
    """Rows known by their change time, counted the way ``$count`` counts them."""

    def __init__(self, seconds: list[int]) -> None:
        self.moments = sorted(SINCE + timedelta(seconds=s) for s in seconds)
        self.requests = 0

    async def count(self, since: datetime, until: datetime) -> int:
        self.requests += 1
        return bisect.bisect_left(self.moments, until) - bisect.bisect_left(self.moments, since)

    def rows_in(self, start: datetime, end: datetime | None) -> int:
        last = len(self.moments) if end is None else bisect.bisect_left(self.moments, end)
        return last - bisect.bisect_left(self.moments, start)


@settings(max_examples=60, deadline=None)
@given(seconds=stamps, slices=st.integers(1, 5))
# One part passing two shares at once: it needs a cut at either end.
@example(seconds=[0, 1_142_400, 1_176_000], slices=5)
# Rows in the first seconds and one at the end: no slice may be left empty between them.
@example(seconds=[0, 1, 3, 1_008_000], slices=5)
def test_slices_cover_the_span_once_and_hold_about_equal_rows(
    seconds: list[int], slices: int
) -> None:
    table = Table(seconds)
    parts = asyncio.run(parts_of(table.count, SINCE, UNTIL, slices))
    spans = balanced(parts, slices)

    # Consecutive, from the start of the span, the last one open: no gap, no overlap.
    assert spans[0][0] == SINCE
    assert spans[-1][1] is None
    assert all(spans[i][1] == spans[i + 1][0] for i in range(len(spans) - 1))
    assert all(end is None or start < end for start, end in spans)
    assert 1 <= len(spans) <= slices
    assert sum(table.rows_in(start, end) for start, end in spans) == len(table.moments)

    # No slice holds much more than its share: each cut lies at most one part past its
    # share or half a part short of it.
    share = len(table.moments) / slices
    biggest_part = max(p.rows for p in parts)
    assert all(table.rows_in(start, end) <= share + 1.5 * biggest_part for start, end in spans)
    # A slice without rows would be a walk for nothing.
    if table.moments:
        assert all(table.rows_in(start, end) > 0 for start, end in spans)
    # Parts are fine unless rows crowd into one moment: a quarter of a share, or as
    # narrow as the halvings go (each cut falls on a whole millisecond).
    narrowest = max((UNTIL - SINCE) / 2**MAX_ROUNDS, NARROWEST) + MAX_ROUNDS * timedelta(
        milliseconds=1
    )
    assert all(
        p.rows <= max(1, len(table.moments) // (4 * slices)) or p.end - p.start <= narrowest
        for p in parts
    )


def test_crowded_days_get_their_own_slices() -> None:
    # Three quarters of the rows in the last 12 hours of 14 days.
    seconds = [i * 1_000 for i in range(1_000)] + [13 * 86_400 + i * 14 for i in range(3_000)]
    table = Table(seconds)
    spans = balanced(asyncio.run(parts_of(table.count, SINCE, UNTIL, 4)), 4)
    rows = [table.rows_in(start, end) for start, end in spans]
    assert len(spans) == 4
    assert max(rows) <= 1.3 * (4_000 / 4), rows
    assert table.requests < 60


def test_an_empty_span_is_one_slice() -> None:
    assert balanced([Part(SINCE, UNTIL, 0)], 4) == [(SINCE, None)]


def _lane(done: list[tuple[int, bool]], walked: bool) -> Lane:
    """A lane whose batches carry these minutes after SINCE, done-and-ok or not."""
    batches = [
        Batch(items=[], newest=SINCE + timedelta(minutes=m), done=ok, ok=ok) for m, ok in done
    ]
    return Lane(batches=batches, walked=walked)


@settings(max_examples=200, deadline=None)
@given(
    lanes=st.lists(
        st.tuples(
            st.lists(st.tuples(st.integers(0, 59), st.booleans()), max_size=6), st.booleans()
        ),
        min_size=1,
        max_size=5,
    )
)
def test_the_watermark_moves_only_over_the_finished_prefix_of_slices(
    lanes: list[tuple[list[tuple[int, bool]], bool]],
) -> None:
    # Slice i holds the changes of hour i: slices are in time order.
    built = [
        _lane(sorted((60 * i + m, ok) for m, ok in done), walked)
        for i, (done, walked) in enumerate(lanes)
    ]
    for lane in built:
        lane.settle()
    reached = prefix_reached(built)

    # Every change the watermark passes was imported: all batches of the earlier
    # slices, and the done prefix of the first unfinished one.
    expected: datetime | None = None
    for lane in built:
        for batch in lane.batches:
            if not batch.ok:
                break
            expected = batch.newest
        if not lane.finished:
            break
    assert reached == expected
    if reached is not None:
        for lane in built:
            for batch in lane.batches:
                if batch.newest is not None and batch.newest <= reached:
                    assert batch.ok, "the watermark passed a batch that did not arrive"
