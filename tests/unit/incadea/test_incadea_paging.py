"""A walk over changed orders ends, with a sentence, when the DMS's paging does not
move forward, instead of running (and growing) forever."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
import respx
from dms_samples import ORDERS, ROOT, page

from incadea_desk.errors import BadResponse
from incadea_desk.incadea import IncadeaClient

Dms = tuple[IncadeaClient, respx.MockRouter]
OrderFactory = Callable[..., dict[str, Any]]
SINCE = datetime(2026, 11, 27, 11, 0, tzinfo=UTC)


def _nth(order: OrderFactory, n: int, modified: str = "2026-11-27T12:00:00Z") -> dict[str, Any]:
    return order(
        documentNo=f"SO-{n}",
        id=f"0f0e0d0c-1111-4222-8333-{n:012d}",
        lastModifiedDateTime=modified,
    )


async def _walk(client: IncadeaClient) -> tuple[list[list[str]], BadResponse | None]:
    seen: list[list[str]] = []
    try:
        async for batch in client.changed_since(SINCE, page_size=2):
            seen.append([h.workorder.appointment.dms_number for h in batch.rows])
    except BadResponse as error:
        return seen, error
    return seen, None


async def test_a_next_link_back_to_the_same_page_ends_the_walk(
    dms: Dms, order: OrderFactory
) -> None:
    client, router = dms
    loop = ROOT + "serviceOrders?$skiptoken=again"
    route = router.get(url__startswith=ORDERS).mock(
        return_value=httpx.Response(200, content=page(_nth(order, 1), next_link=loop))
    )
    seen, error = await _walk(client)
    assert seen == [["SO-1"]]
    assert error is not None
    assert error.user_message == "The DMS sent an answer we cannot read (field value)."
    assert route.call_count == 2


async def test_a_next_link_already_followed_ends_the_walk(dms: Dms, order: OrderFactory) -> None:
    client, router = dms
    first, second = ROOT + "serviceOrders?$skiptoken=a", ROOT + "serviceOrders?$skiptoken=b"
    pages = {
        None: page(_nth(order, 1), next_link=first),
        "a": page(_nth(order, 2), next_link=second),
        "b": page(_nth(order, 3), next_link=first),
    }
    router.get(url__startswith=ORDERS).mock(
        side_effect=lambda r: httpx.Response(200, content=pages[r.url.params.get("$skiptoken")])
    )
    seen, error = await _walk(client)
    assert seen == [["SO-1"], ["SO-2"], ["SO-3"]]
    assert error is not None
    assert error.code == "next_link_loop"


@pytest.mark.parametrize(
    ("second_page", "expected"),
    [
        pytest.param(lambda o: [_nth(o, 1)], "page_not_advancing", id="same-position"),
        pytest.param(
            lambda o: [_nth(o, 9, "2026-11-27T11:30:00Z")], "page_not_advancing", id="backwards"
        ),
        pytest.param(lambda o: [], "page_not_advancing", id="empty-with-next-link"),
    ],
)
async def test_a_page_that_does_not_advance_ends_the_walk(
    dms: Dms,
    order: OrderFactory,
    second_page: Callable[[OrderFactory], list[dict[str, Any]]],
    expected: str,
) -> None:
    client, router = dms
    pages = {
        None: page(_nth(order, 1), next_link=ROOT + "serviceOrders?$skiptoken=1"),
        "1": page(*second_page(order), next_link=ROOT + "serviceOrders?$skiptoken=2"),
    }
    router.get(url__startswith=ORDERS).mock(
        side_effect=lambda r: httpx.Response(200, content=pages[r.url.params.get("$skiptoken")])
    )
    seen, error = await _walk(client)
    assert seen == [["SO-1"]]
    assert error is not None
    assert error.code == expected


async def test_rows_sharing_a_timestamp_page_on_by_id(dms: Dms, order: OrderFactory) -> None:
    client, router = dms
    pages = {
        None: page(_nth(order, 1), _nth(order, 2), next_link=ROOT + "serviceOrders?$skiptoken=1"),
        "1": page(_nth(order, 3)),
    }
    router.get(url__startswith=ORDERS).mock(
        side_effect=lambda r: httpx.Response(200, content=pages[r.url.params.get("$skiptoken")])
    )
    assert await _walk(client) == ([["SO-1", "SO-2"], ["SO-3"]], None)
