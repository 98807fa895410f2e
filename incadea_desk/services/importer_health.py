"""The site importer's health for IT: ``GET /healthz`` and ``GET /metrics`` (Prometheus
text format) on ``sync.status_listen``, and the figures ``sync status`` prints.

Healthy means a walk of every site succeeded within three intervals (or the importer
started less than three intervals ago); otherwise ``/healthz`` answers 503 with the
reason. Each metric has a sample per site (labels ``site`` and ``location``; the site of
a single location is named "").
"""

from __future__ import annotations

import contextlib
import logging
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import UTC, datetime
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from incadea_desk.services.keep_importing import KeepImporting
from incadea_desk.services.lifetime import Services
from incadea_desk.services.listening import Listener
from incadea_desk.services.outcomes import SyncReport
from incadea_desk.services.ports import DmsSource
from incadea_desk.services.push import PushImporting

log = logging.getLogger(__name__)

STALE_INTERVALS = 3


class SiteHealth:
    """What the walks of one site did (the implicit site "" of a single location)."""

    def __init__(
        self,
        name: str,
        location: str,
        sync: KeepImporting,
        dms: DmsSource,
        push: PushImporting | None,
        interval_seconds: int,
        now: Callable[[], datetime],
    ) -> None:
        self.name = name
        self.location = location
        self._sync = sync
        self._dms = dms
        self.push = push
        self._interval = interval_seconds
        self._now = now
        self.started = now()
        self.last_success: datetime | None = None
        self.last_error: str | None = None
        self.imported = 0
        self.errors: Counter[str] = Counter()
        self.quarantine = 0

    def walked(self, report: SyncReport) -> None:
        self.imported += report.imported + report.reimported
        if report.error is None:
            self.last_success = report.finished_at
            self.last_error = None
        else:
            self.errors[report.error_code or "unknown"] += 1
            self.last_error = report.error
        self.quarantine = report.quarantined

    def problem(self) -> str | None:
        """Why this site is not healthy, or None."""
        limit = STALE_INTERVALS * self._interval
        since = self.last_success or self.started
        if self._age(since) <= limit:
            return None
        what = (
            f"no walk succeeded for {self._age(since):.0f} s"
            if self.last_success
            else f"no walk succeeded since the start {self._age(self.started):.0f} s ago"
        )
        return f"{what}: {self.last_error}" if self.last_error else f"{what}."

    def _age(self, moment: datetime) -> float:
        return (self._now() - moment).total_seconds()

    @property
    def subscription_expires(self) -> datetime | None:
        subscription = self.push.subscription if self.push else None
        return subscription.expires_at if subscription else None

    @property
    def requests(self) -> int | None:
        return getattr(self._dms, "requests_sent", None)

    def figures(self) -> dict[str, Any]:
        watermark = self._sync.progress.watermark
        problem = self.problem()
        return {
            "status": "ok" if problem is None else "stale",
            "reason": problem,
            "location": self.location,
            "last_walk_at": _iso(self.last_success),
            "seconds_since_last_walk": (
                round(self._age(self.last_success), 1) if self.last_success else None
            ),
            "watermark": _iso(watermark),
            "lag_seconds": round(self._age(watermark), 1) if watermark else None,
            "imported": self.imported,
            "quarantine": self.quarantine,
            "dms_requests": self.requests,
            "errors": dict(self.errors),
            "last_error": self.last_error,
            "subscription_expires_at": _iso(self.subscription_expires),
        }


class ImporterHealth:
    """What the walks of this importer did, site by site, as IT's monitoring reads it."""

    def __init__(
        self,
        services: Services,
        sites: list[SiteHealth],
        *,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._services = services
        self.sites = {site.name: site for site in sites}
        self._now = now
        self.outbox = 0

    @classmethod
    def of_one_location(
        cls,
        services: Services,
        push: PushImporting | None,
        *,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> ImporterHealth:
        """The importer of a single location (no ``sync.sites``): the implicit site."""
        settings = services.settings
        site = SiteHealth(
            "",
            settings.claire.location_id,
            services.sync,
            services.dms,
            push,
            settings.sync.interval_seconds,
            now,
        )
        return cls(services, [site], now=now)

    async def walked(self, report: SyncReport, site: str = "") -> None:
        self.sites[site].walked(report)
        self.outbox = await self._services.outbox.count()

    def problem(self) -> str | None:
        """Why the importer is not healthy (the first site that is not), or None."""
        for name, site in self.sites.items():
            problem = site.problem()
            if problem is not None:
                return f"site {name}: {problem}" if name else problem
        return None

    def figures(self) -> dict[str, Any]:
        """Everything ``/healthz`` and ``sync status --json`` show: a single location's
        figures as they are; a dealer group's per site under ``sites``."""
        if list(self.sites) == [""]:
            return {**self.sites[""].figures(), "outbox": self.outbox}
        problem = self.problem()
        return {
            "status": "ok" if problem is None else "stale",
            "reason": problem,
            "outbox": self.outbox,
            "sites": {name: site.figures() for name, site in self.sites.items()},
        }

    def app(self) -> Starlette:
        registry = CollectorRegistry(auto_describe=False)
        registry.register(_Collector(self))

        async def healthz(request: Request) -> Response:
            figures = self.figures()
            return JSONResponse(figures, status_code=200 if figures["reason"] is None else 503)

        async def metrics(request: Request) -> Response:
            return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)

        return Starlette(
            routes=[
                Route("/healthz", healthz, methods=["GET"]),
                Route("/metrics", metrics, methods=["GET"]),
            ]
        )


@contextlib.asynccontextmanager
async def serving_status(
    services: Services, health: ImporterHealth
) -> AsyncIterator[ImporterHealth]:
    """The importer's health, served on ``sync.status_listen`` where it is set."""
    listen = services.settings.sync.status_listen
    if not listen:
        yield health
        return
    listener = await Listener.start(health.app(), listen, "sync.status_listen")
    log.info("Serving /healthz and /metrics on %s.", listen)
    try:
        yield health
    finally:
        await listener.aclose()


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


class _Collector:
    """The figures as Prometheus metrics, one sample per site, read when scraped."""

    def __init__(self, health: ImporterHealth) -> None:
        self._health = health

    def collect(self) -> Iterator[Metric]:
        health = self._health
        sites = list(health.sites.values())
        labels = ["site", "location"]

        def gauge(name: str, text: str, value: Callable[[SiteHealth], float | None]) -> Metric:
            family = GaugeMetricFamily(f"incadea_desk_{name}", text, labels=labels)
            for site in sites:
                if (figure := value(site)) is not None:
                    family.add_metric([site.name, site.location], figure)
            return family

        def counter(name: str, text: str, value: Callable[[SiteHealth], int | None]) -> Metric:
            family = CounterMetricFamily(f"incadea_desk_{name}", text, labels=labels)
            for site in sites:
                if (figure := value(site)) is not None:
                    family.add_metric([site.name, site.location], figure)
            return family

        yield gauge(
            "last_successful_walk_timestamp_seconds",
            "When a walk over the DMS's changes last succeeded (Unix time).",
            lambda site: site.last_success.timestamp() if site.last_success else None,
        )
        yield gauge("lag_seconds", "Now minus the watermark.", _lag)
        yield gauge(
            "quarantine_workorders", "Workorders held in the quarantine.", lambda s: s.quarantine
        )
        yield gauge(
            "healthy",
            "1 while a walk succeeded within three intervals.",
            lambda site: 1.0 if site.problem() is None else 0.0,
        )
        yield gauge(
            "subscription_expiry_timestamp_seconds",
            "When the DMS's webhook subscription expires unless renewed (Unix time).",
            lambda site: expires.timestamp() if (expires := site.subscription_expires) else None,
        )
        yield counter(
            "workorders_imported", "Workorders imported into Claire.", lambda s: s.imported
        )
        yield counter(
            "dms_requests", "Requests sent to the DMS, retries included.", lambda s: s.requests
        )
        outbox = GaugeMetricFamily(
            "incadea_desk_outbox_corrections", "Mileage corrections waiting for the DMS."
        )
        outbox.add_metric([], health.outbox)
        yield outbox
        errors = CounterMetricFamily(
            "incadea_desk_walk_errors",
            "Walks that failed, by kind of failure.",
            labels=[*labels, "code"],
        )
        for site in sites:
            for code, count in sorted(site.errors.items()):
                errors.add_metric([site.name, site.location, code], count)
        yield errors


def _lag(site: SiteHealth) -> float | None:
    lag = site.figures()["lag_seconds"]
    return float(lag) if lag is not None else None
