"""Splitting a span of DMS change times into slices that hold about as many rows each.

Slices of equal time are no help: most of a dealer's changes sit in the last days
(three quarters of them in the last 12 days of the span, measured), so the newest
slice would walk alone long after the others ended. The span is cut where the
rows are instead: counted in pieces, the crowded pieces cut again, until no part
holds more than a quarter of a slice; then neighbouring parts are joined into
slices of about equal rows. Each count is one cheap request, and the counts of a
round travel side by side.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

Count = Callable[[datetime, datetime], Awaitable[int]]
Span = tuple[datetime, datetime | None]

# A part narrower than this is not halved: rows that share a moment cannot be split.
NARROWEST = timedelta(seconds=1)
# Rounds at most, each cutting a part at least in halves: 14 days end in parts of at
# most 5 minutes. A burst of changes within
# one part stays in one slice, which then holds that many rows more.
MAX_ROUNDS = 12


@dataclass(frozen=True)
class Part:
    """``rows`` changes at or after ``start`` and before ``end``."""

    start: datetime
    end: datetime
    rows: int


async def parts_of(
    count: Count, since: datetime, until: datetime, slices: int, *, total: int | None = None
) -> list[Part]:
    """``[since, until)`` in consecutive parts, none holding more than a quarter of a
    slice's share of the rows (unless it is too narrow to cut)."""
    rows = await count(since, until) if total is None else total
    parts = [Part(since, until, rows)]
    finest = max(1, rows // (4 * slices))
    for _ in range(MAX_ROUNDS):
        crowded = [p for p in parts if p.rows > finest and p.end - p.start > NARROWEST]
        if not crowded:
            break
        # A round costs one round trip however many counts fill the requests in flight:
        # few crowded parts are cut in more pieces, many in halves.
        pieces = max(2, 1 + slices // len(crowded))
        cut = {p: _pieces(p, pieces) for p in crowded}
        asked = [(p, start, end) for p in crowded for start, end in cut[p][:-1]]
        counted = await asyncio.gather(*(count(start, end) for _, start, end in asked))
        found: dict[Part, list[int]] = {p: [] for p in crowded}
        for (p, _, _), number in zip(asked, counted, strict=True):
            found[p].append(number)
        parts = [piece for p in parts for piece in _counted(p, cut, found)]
    return parts


def _pieces(part: Part, pieces: int) -> list[tuple[datetime, datetime]]:
    width = (part.end - part.start) / pieces
    cuts = [_whole_millisecond(part.start + width * i) for i in range(1, pieces)]
    edges = [part.start, *cuts, part.end]
    return list(itertools.pairwise(edges))


def _counted(
    part: Part, cut: dict[Part, list[tuple[datetime, datetime]]], found: dict[Part, list[int]]
) -> list[Part]:
    """``part`` as its counted pieces (the last holds the rest), or as it is if not cut."""
    if part not in cut:
        return [part]
    numbers = found[part]
    numbers.append(max(0, part.rows - sum(numbers)))
    return [Part(start, end, n) for (start, end), n in zip(cut[part], numbers, strict=True)]


def _whole_millisecond(moment: datetime) -> datetime:
    """A cut the DMS reads as it is meant: change times on the wire have milliseconds."""
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


def balanced(parts: Sequence[Part], slices: int) -> list[Span]:
    """Consecutive parts joined into at most ``slices`` spans of about equal rows. The
    first span starts where the first part does; the last has no end, so a change made
    during the walk is in it, as in a walk of one slice.

    A cut falls at the end of the part that passes a share, or at its start when that
    lies nearer; so a cut is at most one part past its share or half a part short of
    it, and no span holds more than its share and one and a half of the largest part.
    """
    if not parts:
        return []
    total = sum(p.rows for p in parts)
    cuts: list[datetime] = []
    reached = 0
    at_last_cut = 0
    for part in parts[:-1]:
        before, reached = reached, reached + part.rows
        # A part may pass more than one share: it gets a cut at either end then.
        while len(cuts) < slices - 1 and total and reached * slices >= total * (len(cuts) + 1):
            # The cut goes at whichever end of this part lies nearer the slice's share,
            # but never where it would leave a slice without rows.
            share = total * (len(cuts) + 1) / slices
            nearer_start = share - before < reached - share
            if nearer_start and at_last_cut < before < total:
                cuts.append(part.start)
                at_last_cut = before
            elif at_last_cut < reached < total:
                cuts.append(part.end)
                at_last_cut = reached
            else:
                break
    starts = [parts[0].start, *cuts]
    ends: list[datetime | None] = [*cuts, None]
    return list(zip(starts, ends, strict=True))
