from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from incadea_desk.sandbox import INPROCESS_INCADEA_URL, FaultSettings, Sandbox
from incadea_desk.services.dms_kinds.incadea import INCADEA
from incadea_desk.services.events import SyncProgressEvent
from incadea_desk.services.lifetime import Services
from tests.integration.services.conftest import (
    CountingTransport,
    claire_record,
    open_services,
)


def _changed_since(sandbox: Sandbox, since: datetime) -> list[dict[str, object]]:
    return [
        row.data
        for row in sandbox.incadea.data.orders.values()
        if row.data["lastModifiedDateTime"] >= since  # type: ignore[operator]
    ]


async def test_the_first_run_imports_the_look_back_window_and_sets_the_watermark(
    counted: Services, sandbox: Sandbox, claire_wire: CountingTransport
) -> None:
    started = datetime.now(UTC)
    progress: list[object] = []
    counted.events.subscribe(
        lambda e: progress.append(e.progress) if isinstance(e, SyncProgressEvent) else None
    )
    report = await counted.sync.run_once()
    expected = _changed_since(sandbox, report.since)
    assert started - timedelta(days=14) <= report.since <= datetime.now(UTC) - timedelta(days=14)
    assert (report.seen, report.imported, report.failed) == (len(expected), len(expected), 0)
    assert sandbox.claire.appointments
    assert len(sandbox.claire.appointments) == len(expected)
    newest = max(o["lastModifiedDateTime"] for o in expected)  # type: ignore[type-var]
    assert report.watermark == newest
    assert await counted.store.watermarks.get(INCADEA.watermarks.changes) == newest
    assert counted.sync.progress.state == "idle"
    assert counted.sync.progress.imported == len(expected)
    assert any(p.state == "running" for p in progress)  # type: ignore[attr-defined]
    batches = claire_wire.count("POST", "/appointments/import")
    assert batches == -(-len(expected) // counted.settings.sync.batch_size)


async def test_a_second_run_sends_nothing_and_an_edit_is_imported_once(
    counted: Services, sandbox: Sandbox, claire_wire: CountingTransport
) -> None:
    first = await counted.sync.run_once()
    posts = claire_wire.count("POST")
    second = await counted.sync.run_once()
    assert (second.imported, second.failed) == (0, 0)
    assert claire_wire.count("POST") == posts
    assert second.watermark == first.watermark

    row = next(r for r in sandbox.incadea.data.orders.values() if not r.data["carInShop"])
    dms_number = str(row.data["documentNo"])
    await _edit(sandbox, dms_number, {"customerWaiting": not row.data["customerWaiting"]})
    third = await counted.sync.run_once()
    assert third.imported == 1
    assert [a["dms_nr"] for a in claire_wire.imported()[-1:]] == [dms_number]
    held = claire_record(sandbox, dms_number)
    assert held is not None
    assert held["customer_waiting"] == row.data["customerWaiting"]
    assert third.watermark == row.data["lastModifiedDateTime"]


async def test_a_row_committed_late_inside_the_overlap_is_imported(
    counted: Services, sandbox: Sandbox
) -> None:
    first = await counted.sync.run_once()
    assert first.watermark is not None
    late = first.watermark - timedelta(minutes=3)
    row = next(
        r
        for r in sandbox.incadea.data.orders.values()
        if r.data["lastModifiedDateTime"] < first.since  # type: ignore[operator]
    )
    dms_number = str(row.data["documentNo"])
    assert claire_record(sandbox, dms_number) is None
    await _edit(sandbox, dms_number, {"mileageKm": int(row.data["mileageKm"]) + 5}, at=late)  # type: ignore[call-overload]
    second = await counted.sync.run_once()
    assert second.imported == 1
    held = claire_record(sandbox, dms_number)
    assert held is not None
    assert held["mileage"] == row.data["mileageKm"]
    assert second.watermark == first.watermark


async def test_a_failed_claire_batch_holds_the_watermark_until_it_succeeds(
    counted: Services, sandbox: Sandbox
) -> None:
    sandbox.set_faults(claire=FaultSettings(error_rate=1.0, error_status=500))
    failed = await counted.sync.run_once()
    assert failed.failed == failed.seen > 0
    assert failed.imported == 0
    assert failed.watermark is None
    assert not failed.complete
    sandbox.set_faults()
    recovered = await counted.sync.run_once()
    assert recovered.imported == failed.seen
    assert recovered.watermark is not None
    assert len(sandbox.claire.appointments) == failed.seen


async def test_an_unreachable_dms_is_reported_and_changes_nothing(
    counted: Services, sandbox: Sandbox
) -> None:
    sandbox.set_faults(incadea=FaultSettings(error_rate=1.0, error_status=503))
    report = await counted.sync.run_once()
    assert report.error is not None
    assert "DMS" in report.error
    assert report.watermark is None
    assert sandbox.claire.appointments == {}


async def test_workorders_in_the_shop_are_left_alone_when_so_configured(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    services = await open_services(
        sandbox,
        tmp_path / "store.sqlite3",
        dms_transport=sandbox.incadea_transport(),
        claire_transport=sandbox.claire_transport(),
        update_after_work_started=False,
    )
    try:
        await services.sync.run_once()
        row = next(
            r
            for r in sandbox.incadea.data.orders.values()
            if r.data["carInShop"] and claire_record(sandbox, str(r.data["documentNo"]))
        )
        dms_number = str(row.data["documentNo"])
        await _edit(sandbox, dms_number, {"customerWaiting": not row.data["customerWaiting"]})
        report = await services.sync.run_once()
        assert report.imported == 0
        assert report.unchanged >= 1
        held = claire_record(sandbox, dms_number)
        assert held is not None
        assert held["customer_waiting"] != row.data["customerWaiting"]
    finally:
        await services.aclose()


async def test_the_watermark_survives_a_restart(sandbox: Sandbox, tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    transports = {
        "dms_transport": sandbox.incadea_transport(),
        "claire_transport": sandbox.claire_transport(),
    }
    first = await open_services(sandbox, path, **transports)  # type: ignore[arg-type]
    report = await first.sync.run_once()
    await first.aclose()
    second = await open_services(sandbox, path, **transports)  # type: ignore[arg-type]
    try:
        again = await second.sync.run_once()
        assert again.since == report.watermark - timedelta(minutes=5)  # type: ignore[operator]
        assert again.imported == 0
    finally:
        await second.aclose()


async def test_a_paused_sync_sends_nothing_until_resumed(
    counted: Services, sandbox: Sandbox, dms_wire: CountingTransport, claire_wire: CountingTransport
) -> None:
    counted.sync.pause()
    assert counted.sync.progress.state == "paused"
    run = asyncio.create_task(counted.sync.run_once())
    async with asyncio.timeout(5):
        await dms_wire.answered.wait()
        for _ in range(50):
            await asyncio.sleep(0)
    assert claire_wire.count("POST") == 0
    assert not run.done()
    counted.sync.resume()
    report = await run
    assert report.imported > 0
    assert claire_wire.count("POST") > 0


async def test_run_forever_stops_cleanly_on_close(counted: Services, sandbox: Sandbox) -> None:
    states: list[str] = []
    finished = asyncio.Event()

    def watch(event: object) -> None:
        if isinstance(event, SyncProgressEvent):
            states.append(event.progress.state)
            if event.progress.next_run is not None:
                finished.set()

    counted.events.subscribe(watch)
    counted.start_background()
    async with asyncio.timeout(10):
        await finished.wait()
    assert counted.sync.progress.imported > 0
    assert counted.sync.progress.last_run is not None
    await counted.aclose()
    assert states[-1] == "stopped"


async def _edit(
    sandbox: Sandbox, dms_number: str, changes: dict[str, object], at: datetime | None = None
) -> None:
    body: dict[str, object] = {"documentNo": dms_number, "changes": changes}
    if at is not None:
        body["lastModifiedDateTime"] = at.isoformat().replace("+00:00", "Z")
    async with httpx.AsyncClient(
        transport=sandbox.incadea_transport(), base_url=INPROCESS_INCADEA_URL
    ) as client:
        response = await client.post("/_sandbox/edit", json=body)
        response.raise_for_status()


class InFlight(httpx.AsyncBaseTransport):
    """Claire, recording how many import requests were in flight at once."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.now = 0
        self.most = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        importing = request.url.path.endswith("/appointments/import")
        if importing:
            self.now += 1
            self.most = max(self.most, self.now)
        try:
            return await self.inner.handle_async_request(request)
        finally:
            if importing:
                self.now -= 1


async def test_claire_batches_run_in_parallel_up_to_the_configured_bound(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    sandbox.set_faults(claire=FaultSettings(latency_ms=50))
    claire = InFlight(sandbox.claire_transport())
    services = await open_services(
        sandbox,
        tmp_path / "store.sqlite3",
        dms_transport=sandbox.incadea_transport(),
        claire_transport=claire,
        batch_size=10,
        concurrency=3,
    )
    try:
        report = await services.sync.run_once()
    finally:
        await services.aclose()
    assert report.imported > 30
    assert claire.most == 3


@pytest.mark.allow_warning_logs
async def test_a_defect_in_one_batch_is_counted_and_holds_the_watermark(
    counted: Services, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    async def broken(_numbers: list[str]) -> dict[str, object]:
        raise RuntimeError("disk full")

    monkeypatch.setattr(counted.store.journal, "get_many", broken)
    report = await counted.sync.run_once()
    assert report.failed == report.seen > 0
    assert report.watermark is None
    assert not report.complete
    assert "failed unexpectedly" in caplog.text
