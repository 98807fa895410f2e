"""Pages of changed orders are validated in slices: same result and errors as one
whole-page validation, and the event loop gets turns while a page is read."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any

import pytest

from incadea_desk.answers import parse_answer, parse_answer_in_slices
from incadea_desk.errors import BadResponse
from incadea_desk.incadea.wire import ServiceOrderPage, WireServiceOrder
from tests.unit.incadea.dms_samples import RawNumber, page, service_order


def _orders(count: int) -> list[dict[str, Any]]:
    return [
        service_order(
            id=f"0f0e0d0c-1111-4222-8333-{index:012d}",
            documentNo=f"SO-{index:07d}",
            orderNo=f"{100000 + index}",
        )
        for index in range(count)
    ]


async def _sliced(content: bytes, slice_s: float = 0.005) -> ServiceOrderPage:
    return await parse_answer_in_slices(
        ServiceOrderPage,
        WireServiceOrder,
        content,
        records_field="value",
        system="dms",
        status=200,
        slice_s=slice_s,
    )


def _whole(content: bytes) -> ServiceOrderPage:
    return parse_answer(ServiceOrderPage, content, system="dms", status=200)


async def test_a_sliced_page_equals_the_whole_page_validation() -> None:
    content = page(*_orders(5), next_link="https://dms.example.test/next?page=2")
    sliced = await _sliced(content)
    assert sliced == _whole(content)
    assert sliced.next_link == "https://dms.example.test/next?page=2"
    amounts = [line.lineAmount for line in sliced.value[0].serviceLines or []]
    assert amounts
    assert all(isinstance(amount, Decimal) for amount in amounts)


async def test_money_keeps_every_digit_of_the_json_number() -> None:
    order = service_order()
    order["serviceLines"][0]["unitPrice"] = RawNumber("0.1")
    order["serviceLines"][0]["lineAmount"] = RawNumber("1234567890.123456789")
    sliced = await _sliced(page(order))
    line = (sliced.value[0].serviceLines or [])[0]
    assert line.unitPrice == Decimal("0.1")
    assert line.lineAmount == Decimal("1234567890.123456789")


async def test_a_broken_record_names_its_field_like_the_whole_page_does() -> None:
    orders = _orders(3)
    orders[2]["serviceLines"][1]["unitPrice"] = {"amount": 1}
    content = page(*orders)
    with pytest.raises(BadResponse) as sliced:
        await _sliced(content)
    with pytest.raises(BadResponse) as whole:
        _whole(content)
    assert (
        sliced.value.user_message
        == whole.value.user_message
        == ("The DMS sent an answer we cannot read (field serviceLines[1].unitPrice).")
    )


@pytest.mark.parametrize(
    "content",
    [b"<html>login</html>", b'{"value": NaN}', b'{"value": {"id": 1}}', b"[1, 2]"],
)
async def test_an_answer_that_is_no_page_is_a_bad_response(content: bytes) -> None:
    with pytest.raises(BadResponse, match="cannot read"):
        await _sliced(content)


async def test_the_event_loop_gets_a_turn_between_records() -> None:
    turns = 0
    stop = asyncio.Event()

    async def count_turns() -> None:
        nonlocal turns
        while not stop.is_set():
            turns += 1
            await asyncio.sleep(0)

    counter = asyncio.create_task(count_turns())
    await asyncio.sleep(0)
    before = turns
    # A zero-length slice: every record after the first is validated in a turn of its own.
    sliced = await _sliced(page(*_orders(6)), slice_s=0.0)
    stop.set()
    await counter
    assert len(sliced.value) == 6
    assert turns - before >= 5
