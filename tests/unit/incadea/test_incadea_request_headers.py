"""The DMS client's headers against respx: the language asked for, and the ids a
dealer's IT needs to find one of our calls in Business Central's telemetry."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import httpx
import pytest
import respx
from dms_samples import ORDER_ID, ORDERS, odata_error, page

from incadea_desk.errors import Conflict, Refused
from incadea_desk.incadea import IncadeaClient, MileageReading
from incadea_desk.request_headers import lagging_reads_allowed, use_language

Dms = tuple[IncadeaClient, respx.MockRouter]
BC_CORRELATION = "0c5f1c57-3e7b-4d55-9d2a-6f0d2f5c9a11"


@pytest.fixture(autouse=True)
def _no_language() -> Iterator[None]:
    yield
    use_language(None)


@pytest.mark.parametrize(("language", "tag"), [("nl", "nl-NL"), ("fr", "fr-FR"), ("en", "en-GB")])
async def test_the_dms_is_asked_for_texts_in_the_window_language(
    dms: Dms, language: str, tag: str
) -> None:
    client, router = dms
    route = router.get(url__startswith=ORDERS).respond(200, content=page())
    use_language(language)
    await client.find_by_order_no("4711")
    assert route.calls.last.request.headers["accept-language"] == tag


async def test_without_a_language_none_is_asked_for(dms: Dms) -> None:
    client, router = dms
    route = router.get(url__startswith=ORDERS).respond(200, content=page())
    await client.find_by_order_no("4711")
    assert "accept-language" not in route.calls.last.request.headers


async def test_a_write_never_asks_for_a_replica_even_inside_a_walk(dms: Dms) -> None:
    client, router = dms
    route = router.patch(url__startswith=ORDERS).respond(
        409, json=odata_error("Request_EntityChanged", "Changed.")
    )
    with lagging_reads_allowed(), pytest.raises(Conflict):
        await client.update_mileage(MileageReading(ORDER_ID, 'W/"1"', 1, None), 2)
    assert route.calls
    assert "data-access-intent" not in route.calls.last.request.headers


async def test_a_refusal_logs_our_request_id_beside_the_dms_correlation_id(
    dms: Dms, caplog: pytest.LogCaptureFixture
) -> None:
    client, router = dms
    route = router.get(url__startswith=ORDERS).mock(
        return_value=httpx.Response(
            400,
            json=odata_error("BadRequest", "Nope."),
            headers={"ms-correlation-x": BC_CORRELATION},
        )
    )
    caplog.set_level(logging.INFO, logger="incadea_desk.http")
    with pytest.raises(Refused) as caught:
        await client.find_by_order_no("4711")
    request_id = route.calls.last.request.headers["client-request-id"]
    assert f"request={request_id} correlation={BC_CORRELATION}" in caplog.text
    assert caught.value.details()["request_id"] == request_id
    assert caught.value.details()["correlation_id"] == BC_CORRELATION
