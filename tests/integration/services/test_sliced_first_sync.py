"""A first sync over many changed workorders walks slices side by side, over real
loopback HTTP against a DMS that takes its time; a steady walk stays serial."""

from __future__ import annotations

from pathlib import Path

import httpx

from incadea_desk.sandbox import FaultSettings, LoopbackThread, Sandbox
from incadea_desk.services.dms_kinds.incadea import INCADEA
from tests.integration.services.conftest import open_services

WATERMARK = INCADEA.watermarks.changes

ORDERS = 2_000
LOOKBACK_DAYS = 365


class InFlight(httpx.AsyncBaseTransport):
    """Passes requests on and counts the DMS page reads in flight at once."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.now = 0
        self.most = 0
        self.pages = 0
        self.counts = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/$count"):
            self.counts += 1
            return await self.inner.handle_async_request(request)
        if not path.endswith("/serviceOrders") or b"lastModifiedDateTime" not in request.url.query:
            return await self.inner.handle_async_request(request)
        self.pages += 1
        self.now += 1
        self.most = max(self.most, self.now)
        try:
            response = await self.inner.handle_async_request(request)
            await response.aread()
            return response
        finally:
            self.now -= 1

    async def aclose(self) -> None:
        await self.inner.aclose()


def _claire_against_dms(sandbox: Sandbox) -> tuple[int, int, int]:
    """Duplicates, missing and mismatched (WO number, mileage) in Claire's location."""
    held = [
        a for a in sandbox.claire.appointments.values() if a["location_id"] == sandbox.location_id
    ]
    numbers = [str(a["dms_nr"]) for a in held]
    by_number = {str(a["dms_nr"]): a for a in held}
    orders = {str(row.data["documentNo"]): row.data for row in sandbox.incadea.data.orders.values()}
    mismatched = sum(
        1
        for number, a in by_number.items()
        if number in orders
        and (a["wo_nr"], a["mileage"]) != (orders[number]["orderNo"], orders[number]["mileageKm"])
    )
    return len(numbers) - len(set(numbers)), len(orders.keys() - set(numbers)), mismatched


async def test_a_first_sync_walks_slices_side_by_side_and_imports_each_workorder_once(
    tmp_path: Path,
) -> None:
    sandbox = Sandbox(seed=23, order_count=ORDERS)
    with LoopbackThread(sandbox) as urls:
        sandbox.set_faults(FaultSettings(latency_ms=20))
        dms = InFlight(httpx.AsyncHTTPTransport())
        services = await open_services(
            sandbox,
            tmp_path / "store.sqlite3",
            dms_transport=dms,
            incadea_url=urls.incadea_base_url,
            claire_url=urls.claire_base_url,
            lookback_days=LOOKBACK_DAYS,
            dms_concurrency=4,
        )
        try:
            report = await services.sync.run_once()
            assert report.complete, report.error
            # Four slices read their pages at the same time, each one after the other.
            assert dms.most == 4
            assert dms.counts >= 1
            assert (report.seen, report.failed) == (ORDERS, 0)
            assert _claire_against_dms(sandbox) == (0, 0, 0)
            newest = max(
                row.data["lastModifiedDateTime"] for row in sandbox.incadea.data.orders.values()
            )
            assert await services.store.watermarks.get(WATERMARK) == newest
            assert await services.store.slices.get(WATERMARK) == []

            # The next walk, minutes behind, counts nothing and reads one page at a time.
            dms.most, dms.counts = 0, 0
            again = await services.sync.run_once()
            assert (again.imported, again.failed) == (0, 0)
            assert (dms.most, dms.counts) == (1, 0)
        finally:
            await services.aclose()
