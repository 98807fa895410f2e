"""A correction is kept before the first request and is never lost: written, or waiting
in the outbox, whatever the DMS answers and however long it takes."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import httpx
import pytest

from incadea_desk.errors import Unavailable
from incadea_desk.sandbox import FaultSettings, Sandbox
from incadea_desk.services.events import MileageOutcomeEvent
from incadea_desk.services.lifetime import Services
from tests.integration.services.conftest import dms_order, open_services


def _order(sandbox: Sandbox) -> tuple[str, int]:
    data = next(iter(sandbox.incadea.data.orders.values())).data
    return str(data["documentNo"]), int(data["mileageKm"])  # type: ignore[call-overload]


class Rewriting(httpx.AsyncBaseTransport):
    """The sandbox, with the answers to mileage writes replaced by ``body``, and a look at
    the store file when the first request leaves."""

    def __init__(self, inner: httpx.AsyncBaseTransport, body: bytes | None, store: Path) -> None:
        self.inner = inner
        self.body = body
        self.store = store
        self.outbox_at_first_request: list[tuple[str, str]] | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.outbox_at_first_request is None:
            self.outbox_at_first_request = _outbox_rows(self.store)
        response = await self.inner.handle_async_request(request)
        if request.method != "PATCH" or self.body is None:
            return response
        await response.aread()
        return httpx.Response(
            response.status_code,
            headers={"content-type": "application/json"},
            content=self.body,
            request=request,
        )


def _outbox_rows(path: Path) -> list[tuple[str, str]]:
    """What another process would find in the outbox right now."""
    with sqlite3.connect(path) as connection:
        return [tuple(r) for r in connection.execute("SELECT key, payload FROM outbox")]


async def _services(
    sandbox: Sandbox, tmp_path: Path, body: bytes | None
) -> tuple[Services, Rewriting]:
    path = tmp_path / "store.sqlite3"
    wire = Rewriting(sandbox.incadea_transport(), body, path)
    services = await open_services(
        sandbox, path, dms_transport=wire, claire_transport=sandbox.claire_transport()
    )
    return services, wire


async def test_the_correction_is_in_the_outbox_before_the_first_request(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    dms_number, before = _order(sandbox)
    services, wire = await _services(sandbox, tmp_path, None)
    try:
        outcome = await services.mileage.correct(dms_number, str(before + 10))
        assert outcome.outcome == "written"
        assert wire.outbox_at_first_request == [
            (dms_number, f'{{"confirmed": false, "km": {before + 10}}}')
        ]
        assert await services.outbox.pending() == []
    finally:
        await services.aclose()


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b'{"@odata.etag": "W/\\"1\\"", "mileage', id="truncated"),
        pytest.param(b"<html><body>Down for maintenance</body></html>", id="maintenance-page"),
        pytest.param(b"null", id="null"),
        pytest.param(b'{"mileageKm": "\xff\xfe"}', id="bad-utf8"),
        pytest.param(b"[" * 50_000 + b"]" * 50_000, id="deep-nesting"),
        pytest.param(b"", id="empty"),
    ],
)
async def test_an_unreadable_answer_to_the_write_leaves_it_written_or_queued(
    sandbox: Sandbox, tmp_path: Path, body: bytes
) -> None:
    dms_number, before = _order(sandbox)
    services, _wire = await _services(sandbox, tmp_path, body)
    try:
        outcome = await services.mileage.correct(dms_number, str(before + 10))
        waiting = [int(i.payload.km) for i in await services.outbox.pending()]
    finally:
        await services.aclose()
    if outcome.outcome == "written":
        assert waiting == []
    else:
        assert outcome.outcome == "queued"
        assert waiting == [before + 10]
        assert "kept" in outcome.message
    # The PATCH itself reached the DMS: the value is there, never lower.
    assert dms_order(sandbox, dms_number)["mileageKm"] == before + 10


async def test_more_concurrent_edits_than_retries_queue_the_correction(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    dms_number, before = _order(sandbox)
    services, _wire = await _services(sandbox, tmp_path, None)
    sandbox.set_faults(incadea=FaultSettings(concurrent_edits=10))
    try:
        outcome = await services.mileage.correct(dms_number, str(before + 10))
        assert outcome.outcome == "queued"
        assert "kept changing" in outcome.message
        [waiting] = await services.outbox.pending()
        assert (waiting.payload.km, waiting.state) == (before + 10, "pending")
        sandbox.set_faults(incadea=FaultSettings())
        assert await services.outbox.drain(due_only=False) == 1
        assert dms_order(sandbox, dms_number)["mileageKm"] == before + 10
    finally:
        await services.aclose()


async def test_a_slow_dms_gets_an_answer_at_once_and_the_write_goes_on(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    dms_number, before = _order(sandbox)
    services, _wire = await _services(sandbox, tmp_path, None)
    services.mileage.answer_within = 0.05
    written = asyncio.Event()
    services.events.subscribe(
        lambda e: (
            written.set()
            if isinstance(e, MileageOutcomeEvent) and e.outcome.outcome == "written"
            else None
        )
    )
    sandbox.set_faults(incadea=FaultSettings(latency_ms=200))
    try:
        outcome = await services.mileage.correct(dms_number, str(before + 10))
        assert outcome.outcome == "queued"
        assert "sent in the background" in outcome.message
        assert [i.payload.km for i in await services.outbox.pending()] == [before + 10]
        # The drain leaves the correction to the attempt already on its way.
        assert await services.outbox.drain(due_only=False) == 0
        await asyncio.wait_for(written.wait(), 30)
        assert await services.outbox.pending() == []
        assert dms_order(sandbox, dms_number)["mileageKm"] == before + 10
    finally:
        await services.aclose()


async def test_closing_while_the_dms_is_slow_leaves_the_correction_waiting(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    dms_number, before = _order(sandbox)
    services, _wire = await _services(sandbox, tmp_path, None)
    services.mileage.answer_within = 0.05
    sandbox.set_faults(incadea=FaultSettings(latency_ms=5_000))
    outcome = await services.mileage.correct(dms_number, str(before + 10))
    await services.aclose()
    assert outcome.outcome == "queued"
    assert [(key, km) for key, km in _outbox_rows(tmp_path / "store.sqlite3")] == [
        (dms_number, f'{{"confirmed": false, "km": {before + 10}}}')
    ]


async def test_an_unusable_store_does_not_stop_a_write_to_a_reachable_dms(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    dms_number, before = _order(sandbox)
    path = tmp_path / "store.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA user_version = 99")
    services = await open_services(
        sandbox,
        path,
        dms_transport=sandbox.incadea_transport(),
        claire_transport=sandbox.claire_transport(),
    )
    try:
        assert not services.store.durable
        outcome = await services.mileage.correct(dms_number, str(before + 10))
        assert outcome.outcome == "written"
        assert "could not be recorded on this computer" in outcome.message
        assert str(tmp_path) in outcome.message
        assert dms_order(sandbox, dms_number)["mileageKm"] == before + 10

        sandbox.set_faults(incadea=FaultSettings(error_rate=1.0, error_status=503))
        with pytest.raises(Unavailable) as raised:
            await services.mileage.correct(dms_number, str(before + 20))
        assert "could not be kept on this computer either" in raised.value.user_message
    finally:
        await services.aclose()
