"""The sites of one importer take fair turns in its DMS request budget: over real loopback
HTTP against a DMS that takes its time, a branch with a tenth of the changes is walked to
the end while the busy branch beside it is still far from done."""

from __future__ import annotations

import asyncio
from pathlib import Path

from incadea_desk.sandbox import LOCATION_IDS, FaultSettings, LoopbackThread, Sandbox
from incadea_desk.services.lifetime import Services
from incadea_desk.services.sites import SiteImporting
from incadea_desk.sites_file import BranchFilter, Site
from tests.integration.services.conftest import sandbox_settings

ORDERS = 1_500


async def test_the_small_site_finishes_first_while_the_busy_one_walks_on(
    tmp_path: Path, api_kind: str
) -> None:
    sandbox = Sandbox(seed=23, order_count=ORDERS, api_kind=api_kind)
    company = sandbox.company_name if api_kind == "odatav4" else sandbox.company_id
    field = "Locatiecode" if api_kind == "odatav4" else "locationCode"
    sites = [
        Site("busy", company, LOCATION_IDS[0], BranchFilter(field, "UTR")),
        Site("small", company, LOCATION_IDS[1], BranchFilter(field, "ANT")),
    ]
    with LoopbackThread(sandbox) as urls:
        sandbox.set_faults(FaultSettings(latency_ms=20))
        settings, secrets = sandbox_settings(sandbox, urls.incadea_base_url, urls.claire_base_url)
        settings = settings.model_copy(
            update={
                "sync": settings.sync.model_copy(
                    update={"lookback_days": 365, "dms_concurrency": 2}
                )
            }
        )
        services = await Services.open(
            settings, secrets, store_path=tmp_path / "store.sqlite3", actor="test"
        )
        try:
            async with await SiteImporting.open(services, secrets, sites) as importing:
                busy, small = importing.walks
                walking = asyncio.create_task(busy.sync.run_once())
                report = await small.sync.run_once()
                busy_so_far = busy.sync.progress.seen
                busy_report = await walking
        finally:
            await services.aclose()
    branches = [str(row.data["locationCode"]) for row in sandbox.incadea.data.orders.values()]
    assert report.complete
    assert busy_report.complete
    assert report.seen == branches.count("ANT")
    assert busy_report.seen == branches.count("UTR")
    assert busy_so_far < busy_report.seen / 2
