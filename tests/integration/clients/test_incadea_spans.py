"""Spans of change times against the sandbox DMS over loopback: ``$count`` and a walk
that ends before a moment, as a parallel first sync uses them."""

from __future__ import annotations

from datetime import datetime

from incadea_desk.incadea import IncadeaClient
from incadea_desk.sandbox import Sandbox


def _stamps(sandbox: Sandbox) -> list[datetime]:
    return sorted(r.data["lastModifiedDateTime"] for r in sandbox.incadea.data.orders.values())


async def test_count_changed_is_the_number_of_orders_in_the_span(
    dms: IncadeaClient, sandbox: Sandbox
) -> None:
    stamps = _stamps(sandbox)
    since, until = stamps[len(stamps) // 4], stamps[3 * len(stamps) // 4]
    inside = sum(1 for s in stamps if since <= s < until)
    assert await dms.count_changed(since, until) == inside
    assert await dms.count_changed(since, None) == sum(1 for s in stamps if s >= since)
    assert await dms.count_changed(until, since) == 0


async def test_a_walk_between_two_moments_holds_the_span_and_nothing_else(
    dms: IncadeaClient, sandbox: Sandbox
) -> None:
    stamps = _stamps(sandbox)
    since, until = stamps[len(stamps) // 3], stamps[2 * len(stamps) // 3]
    expected = {
        r.data["documentNo"]
        for r in sandbox.incadea.data.orders.values()
        if since <= r.data["lastModifiedDateTime"] < until
    }
    pages = [page async for page in dms.changed_between(since, until, page_size=20)]
    seen = [h.workorder.appointment.dms_number for page in pages for h in page.rows]
    assert len(pages) >= 2
    assert len(seen) == len(set(seen))
    assert set(seen) == expected
