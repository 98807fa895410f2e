"""A page of service orders is read and mapped off the event loop; amounts keep every
digit of their JSON number, and a broken record or an answer that is no page becomes a
sentence naming the field."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import httpx
import pytest
import respx
from dms_samples import ORDERS, RawNumber, page

from incadea_desk.errors import BadResponse
from incadea_desk.incadea import IncadeaClient
from incadea_desk.incadea import completion as completion_module
from incadea_desk.incadea import rows as rows_module

Dms = tuple[IncadeaClient, respx.MockRouter]
OrderFactory = Callable[..., dict[str, Any]]
SINCE = datetime(2026, 11, 27, 11, 0, tzinfo=UTC)
# Twenty-one significant digits: a float keeps about sixteen.
PRECISE = "0.10000000000000000001"


def _precise_order(order: OrderFactory) -> dict[str, Any]:
    made = order()
    first = made["serviceLines"][0]
    first["quantity"] = RawNumber("1")
    first["unitPrice"] = RawNumber(PRECISE)
    first["discountPercent"] = RawNumber("0")
    first["lineAmount"] = RawNumber("0.10")
    return made


async def _walk(client: IncadeaClient) -> list[Any]:
    return [hit async for batch in client.changed_since(SINCE) for hit in batch.rows]


async def test_amounts_keep_every_digit_in_a_walk_and_in_a_search(
    dms: Dms, order: OrderFactory
) -> None:
    client, router = dms
    router.get(url__startswith=ORDERS).mock(
        return_value=httpx.Response(200, content=page(_precise_order(order)))
    )
    for hit in [*(await _walk(client)), *(await client.find_by_order_no("104711"))]:
        element = hit.workorder.interventions[0].elements[0]
        assert element.unit_price.amount == Decimal(PRECISE)


async def test_a_broken_record_names_its_field(dms: Dms, order: OrderFactory) -> None:
    client, router = dms
    broken = order(documentNo="SO-2", id="0f0e0d0c-1111-4222-8333-000000000002")
    broken["serviceLines"][1]["unitPrice"] = {"amount": 1}
    router.get(url__startswith=ORDERS).mock(
        return_value=httpx.Response(200, content=page(order(), broken))
    )
    pages = [p async for p in client.changed_since(SINCE)]
    assert [hit.workorder.appointment.dms_number for hit in pages[0].rows] == ["SO-2604711"]
    [refused] = pages[0].refused
    assert (refused.dms_number, refused.field, refused.reason_code) == (
        "SO-2",
        "serviceLines[1].unitPrice",
        "unreadable_value",
    )


@pytest.mark.parametrize(
    "content",
    [
        b"<html>login</html>",
        b'{"value": NaN}',
        b'{"value": {"id": 1}}',
        b"[1, 2]",
        b"[" * 100_000 + b"]" * 100_000,
    ],
    ids=["html", "nan", "value-no-list", "list", "nested-too-deep"],
)
async def test_an_answer_that_is_no_page_is_a_bad_response(dms: Dms, content: bytes) -> None:
    client, router = dms
    router.get(url__startswith=ORDERS).mock(return_value=httpx.Response(200, content=content))
    with pytest.raises(BadResponse, match="cannot read"):
        await _walk(client)


async def test_a_page_is_read_and_mapped_off_the_event_loop(
    dms: Dms, order: OrderFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    client, router = dms
    router.get(url__startswith=ORDERS).mock(return_value=httpx.Response(200, content=page(order())))
    threads: dict[str, set[int]] = {"read": set(), "map": set()}
    read, to_workorder = completion_module.decode_page, rows_module.to_workorder

    def reading(*args: Any, **kwargs: Any) -> Any:
        threads["read"].add(threading.get_ident())
        return read(*args, **kwargs)

    def mapping(*args: Any, **kwargs: Any) -> Any:
        threads["map"].add(threading.get_ident())
        return to_workorder(*args, **kwargs)

    monkeypatch.setattr(completion_module, "decode_page", reading)
    monkeypatch.setattr(rows_module, "to_workorder", mapping)
    assert len(await _walk(client)) == 1
    loop_thread = threading.get_ident()
    assert asyncio.get_running_loop().is_running()
    assert threads["read"]
    assert threads["map"]
    assert loop_thread not in threads["read"] | threads["map"]
