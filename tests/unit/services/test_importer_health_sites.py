"""A dealer group's importer is healthy only while every site walked within three
intervals: ``/healthz`` names the site that did not, and ``/metrics`` has a sample per
site (read with prometheus-client's own parser)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any

import httpx
from prometheus_client.parser import text_string_to_metric_families

from incadea_desk.services.importer_health import ImporterHealth, SiteHealth
from incadea_desk.services.outcomes import SyncProgress, SyncReport

START = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)
INTERVAL = 60


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


def _site(name: str, location: str, clock: Clock) -> SiteHealth:
    sync: Any = SimpleNamespace(progress=SyncProgress(watermark=START))
    dms: Any = SimpleNamespace(requests_sent=7)
    return SiteHealth(name, location, sync, dms, None, INTERVAL, clock)


def _report(at: datetime, imported: int) -> SyncReport:
    return SyncReport(imported, imported, 0, 0, at, at, at, at)


class Outbox:
    async def count(self) -> int:
        return 0


async def test_a_site_that_stopped_walking_makes_the_importer_stale_and_is_named() -> None:
    clock = Clock()
    services: Any = SimpleNamespace(outbox=Outbox())
    health = ImporterHealth(
        services, [_site("utrecht", "loc-utrecht", clock), _site("gent", "loc-gent", clock)]
    )
    await health.walked(_report(START, 12), "utrecht")
    await health.walked(_report(START, 3), "gent")
    clock.now = START + timedelta(seconds=4 * INTERVAL)
    await health.walked(_report(clock.now, 2), "utrecht")

    figures = health.figures()
    assert figures["status"] == "stale"
    assert figures["reason"].startswith("site gent: no walk succeeded for 240 s")
    assert figures["sites"]["utrecht"]["status"] == "ok"
    assert figures["sites"]["utrecht"]["imported"] == 14

    transport = httpx.ASGITransport(app=health.app())
    async with httpx.AsyncClient(transport=transport, base_url="http://importer") as client:
        assert (await client.get("/healthz")).status_code == 503
        text = (await client.get("/metrics")).text
    samples = [s for family in text_string_to_metric_families(text) for s in family.samples]
    healthy = {s.labels["site"]: s.value for s in samples if s.name == "incadea_desk_healthy"}
    assert healthy == {"utrecht": 1.0, "gent": 0.0}
    imported = {
        (s.labels["site"], s.labels["location"]): s.value
        for s in samples
        if s.name == "incadea_desk_workorders_imported_total"
    }
    assert imported == {("utrecht", "loc-utrecht"): 14.0, ("gent", "loc-gent"): 3.0}
