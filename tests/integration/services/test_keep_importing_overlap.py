"""Keep-importing reads the next DMS page while Claire batches of the previous ones are in
flight; the order of a workorder's versions and the watermark stay as without the overlap."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from incadea_desk.sandbox import FaultSettings, Sandbox
from incadea_desk.sandbox.data import Row
from incadea_desk.services import keep_importing
from incadea_desk.services.dms_kinds.incadea import INCADEA
from incadea_desk.services.outcomes import SyncReport
from tests.integration.services.conftest import claire_record, open_services

PAGE = 20
# The reads of a walk in each API kind: Business Central API pages, page web services.
DMS_READS = ("/serviceOrders", "/Werkorders", "/Voertuigen", "/Klanten")
BATCH = 10


class Timeline:
    """The order in which requests to both systems started and ended."""

    def __init__(self) -> None:
        self.events: list[tuple[str, str, object]] = []
        self.claire_in_flight = 0
        self.dms_reads_during_claire = 0

    def wrap(
        self,
        system: str,
        inner: httpx.AsyncBaseTransport,
        answer: Callable[[httpx.Request, object], httpx.Response | None] = lambda r, b: None,
    ) -> httpx.AsyncBaseTransport:
        timeline = self

        class Recorded(httpx.AsyncBaseTransport):
            async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
                importing = request.url.path.endswith("/appointments/import")
                body = json.loads(await request.aread()) if importing else None
                # A page of orders, or (page web services) the vehicles and customers of one.
                paging = system == "dms" and request.url.path.endswith(DMS_READS)
                if paging and timeline.claire_in_flight:
                    timeline.dms_reads_during_claire += 1
                if importing:
                    timeline.claire_in_flight += 1
                timeline.events.append(("start", system, body))
                try:
                    return answer(request, body) or await inner.handle_async_request(request)
                finally:
                    timeline.events.append(("end", system, body))
                    if importing:
                        timeline.claire_in_flight -= 1

        return Recorded()

    def imports(self, dms_number: str) -> list[tuple[int, int, dict[str, object]]]:
        """(start index, end index, appointment) of every import that carried this number."""
        found = []
        for start, (kind, system, body) in enumerate(self.events):
            if kind != "start" or system != "claire" or not isinstance(body, dict):
                continue
            for item in body.get("appointments", []):
                if item["dms_nr"] == dms_number:
                    end = next(
                        i
                        for i in range(start + 1, len(self.events))
                        if self.events[i][0] == "end" and self.events[i][2] is body
                    )
                    found.append((start, end, item))
        return found


def _walk(sandbox: Sandbox, since: datetime) -> list[Row]:
    rows = [
        row
        for row in sandbox.incadea.data.orders.values()
        if row.data["lastModifiedDateTime"] >= since
    ]
    # Ties in id order (API pages) or in key order (page web services: Documentsoort, Nr).
    if sandbox.api_kind == "odatav4":
        return sorted(
            rows, key=lambda row: (row.data["lastModifiedDateTime"], row.data["documentNo"])
        )
    return sorted(rows, key=lambda row: (row.data["lastModifiedDateTime"], row.id.lower()))


async def _run_once(
    sandbox: Sandbox,
    tmp_path: Path,
    timeline: Timeline,
    claire_answer: Callable[[httpx.Request, object], httpx.Response | None],
) -> tuple[SyncReport, datetime | None]:
    """One keep-importing run in small batches, three in flight; its report and watermark."""
    services = await open_services(
        sandbox,
        tmp_path / "store.sqlite3",
        dms_transport=timeline.wrap("dms", sandbox.incadea_transport()),
        claire_transport=timeline.wrap("claire", sandbox.claire_transport(), claire_answer),
        batch_size=BATCH,
        concurrency=3,
    )
    try:
        return await services.sync.run_once(), await services.store.watermarks.get(
            INCADEA.watermarks.changes
        )
    finally:
        await services.aclose()


@pytest.fixture
def overlapping(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> Timeline:
    """Small pages and slow answers, so pages and Claire batches overlap."""
    monkeypatch.setattr(keep_importing, "DMS_PAGE_SIZE", PAGE)
    sandbox.set_faults(incadea=FaultSettings(latency_ms=20), claire=FaultSettings(latency_ms=60))
    return Timeline()


async def test_a_workorder_changed_during_the_walk_lands_in_claire_older_version_first(
    sandbox: Sandbox, tmp_path: Path, overlapping: Timeline
) -> None:
    since = datetime.now(UTC) - timedelta(days=14)
    first_page = _walk(sandbox, since)[:PAGE]
    changed = first_page[2]
    dms_number = str(changed.data["documentNo"])
    old_km = int(changed.data["mileageKm"])

    def edit_once_claire_is_busy(request: httpx.Request, body: object) -> httpx.Response | None:
        # Another DMS user raises the mileage after the walk has read this order.
        if request.url.path.endswith("/appointments/import") and changed.version < 100:
            changed.data["mileageKm"] = old_km + 7
            changed.version = 100
            sandbox.incadea.data.touch(changed, datetime.now(UTC))
        return None

    report, _ = await _run_once(sandbox, tmp_path, overlapping, edit_once_claire_is_busy)

    assert overlapping.dms_reads_during_claire > 0
    assert report.complete
    sent = overlapping.imports(dms_number)
    assert [item["mileage"] for _, _, item in sent] == [old_km, old_km + 7]
    (_, first_ended, _), (second_started, _, _) = sent
    assert first_ended < second_started
    held = claire_record(sandbox, dms_number)
    assert held is not None
    assert held["mileage"] == old_km + 7
    assert report.watermark == changed.data["lastModifiedDateTime"]


async def test_a_failed_batch_holds_the_watermark_while_later_batches_land(
    sandbox: Sandbox, tmp_path: Path, overlapping: Timeline
) -> None:
    walk = _walk(sandbox, datetime.now(UTC) - timedelta(days=14))
    assert len(walk) > 4 * PAGE
    failing = {str(row.data["documentNo"]) for row in walk[2 * BATCH : 3 * BATCH]}

    def refuse_the_third_batch(request: httpx.Request, body: object) -> httpx.Response | None:
        items = body.get("appointments", []) if isinstance(body, dict) else []
        if any(item["dms_nr"] in failing for item in items):
            return httpx.Response(503, json={"error": "unavailable", "message": "Try later."})
        return None

    report, stored = await _run_once(sandbox, tmp_path, overlapping, refuse_the_third_batch)

    assert overlapping.dms_reads_during_claire > 0
    assert (report.seen, report.failed) == (len(walk), BATCH)
    assert report.imported == len(walk) - BATCH
    # Only the batches before the failed one count: the next run walks again from there.
    assert stored == report.watermark == walk[2 * BATCH - 1].data["lastModifiedDateTime"]
    held = {
        str(row.data["documentNo"])
        for row in walk
        if claire_record(sandbox, str(row.data["documentNo"]))
    }
    assert held == {str(row.data["documentNo"]) for row in walk} - failing
