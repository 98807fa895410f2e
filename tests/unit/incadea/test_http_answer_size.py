"""A single answer is read up to a cap: a server that sends without end cannot fill the
memory; the advisor gets a sentence."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from dms_samples import BASE, COMPANY

from incadea_desk import http
from incadea_desk.errors import BadResponse, NotFound
from incadea_desk.incadea import IncadeaClient, IncadeaConnection

pytestmark = pytest.mark.allow_warning_logs


def _client(handler: httpx.MockTransport) -> IncadeaClient:
    config = IncadeaConnection(
        base_url=BASE, company_id=COMPANY, auth_mode="basic", username="u", access_key="k"
    )
    return IncadeaClient(config, transport=handler)


async def _endless() -> AsyncIterator[bytes]:
    while True:
        yield b'{"value": [' + b" " * 65_536


@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "chunked"])
async def test_an_answer_past_the_cap_is_a_bad_response(
    declared: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(http, "MAX_ANSWER_BYTES", 1_000_000)

    def answer(request: httpx.Request) -> httpx.Response:
        if declared:
            return httpx.Response(200, content=b" " * 2_000_000)
        return httpx.Response(200, content=_endless())

    async with _client(httpx.MockTransport(answer)) as dms:
        with pytest.raises(BadResponse) as raised:
            await dms.get_workorder("SO-1")
    assert (
        raised.value.user_message == "The DMS sent an answer we cannot read (field (whole answer))."
    )
    assert raised.value.code == "too_large"


async def test_an_answer_under_the_cap_is_read_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(http, "MAX_ANSWER_BYTES", 1_000_000)

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b'{"value": []}' + b" " * 900_000)

    async with _client(httpx.MockTransport(answer)) as dms:
        with pytest.raises(NotFound) as raised:
            await dms.get_workorder("SO-1")
    assert raised.value.code == "no_match"  # read whole, and understood
