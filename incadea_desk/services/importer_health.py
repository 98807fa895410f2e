"""The site importer's health for IT: ``GET /healthz`` and ``GET /metrics`` (Prometheus
text format) on ``sync.status_listen``, and the figures ``sync status`` prints.

Healthy means a walk succeeded within three intervals (or the importer started less
than three intervals ago); otherwise ``/healthz`` answers 503 with the reason.
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

from incadea_desk.services.lifetime import Services
from incadea_desk.services.listening import Listener
from incadea_desk.services.outcomes import SyncReport
from incadea_desk.services.push import PushImporting

log = logging.getLogger(__name__)

STALE_INTERVALS = 3


class ImporterHealth:
    """What the walks of this importer did, as IT's monitoring reads it."""

    def __init__(
        self,
        services: Services,
        push: PushImporting | None,
        *,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._services = services
        self._push = push
        self._now = now
        self.started = now()
        self.last_success: datetime | None = None
        self.last_error: str | None = None
        self.imported = 0
        self.errors: Counter[str] = Counter()
        self.quarantine = 0
        self.outbox = 0

    async def walked(self, report: SyncReport) -> None:
        self.imported += report.imported + report.reimported
        if report.error is None:
            self.last_success = report.finished_at
            self.last_error = None
        else:
            self.errors[report.error_code or "unknown"] += 1
            self.last_error = report.error
        self.quarantine = report.quarantined
        self.outbox = await self._services.outbox.count()

    def problem(self) -> str | None:
        """Why the importer is not healthy, or None."""
        limit = STALE_INTERVALS * self._services.settings.sync.interval_seconds
        since = self.last_success or self.started
        if (self._now() - since).total_seconds() <= limit:
            return None
        what = (
            f"no walk succeeded for {(self._now() - since).total_seconds():.0f} s"
            if self.last_success
            else f"no walk succeeded since the start {self._age(self.started):.0f} s ago"
        )
        return f"{what}: {self.last_error}" if self.last_error else f"{what}."

    def _age(self, moment: datetime) -> float:
        return (self._now() - moment).total_seconds()

    @property
    def subscription_expires(self) -> datetime | None:
        subscription = self._push.subscription if self._push else None
        return subscription.expires_at if subscription else None

    def figures(self) -> dict[str, Any]:
        """Everything ``/healthz`` and ``sync status --json`` show."""
        watermark = self._services.sync.progress.watermark
        problem = self.problem()
        return {
            "status": "ok" if problem is None else "stale",
            "reason": problem,
            "location": self._services.settings.claire.location_id,
            "last_walk_at": _iso(self.last_success),
            "seconds_since_last_walk": (
                round(self._age(self.last_success), 1) if self.last_success else None
            ),
            "watermark": _iso(watermark),
            "lag_seconds": round(self._age(watermark), 1) if watermark else None,
            "imported": self.imported,
            "quarantine": self.quarantine,
            "outbox": self.outbox,
            "dms_requests": getattr(self._services.dms, "requests_sent", None),
            "errors": dict(self.errors),
            "last_error": self.last_error,
            "subscription_expires_at": _iso(self.subscription_expires),
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
    services: Services, push: PushImporting | None
) -> AsyncIterator[ImporterHealth]:
    """The importer's health, served on ``sync.status_listen`` where it is set."""
    health = ImporterHealth(services, push)
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
    """The figures as Prometheus metrics, read when scraped."""

    def __init__(self, health: ImporterHealth) -> None:
        self._health = health

    def collect(self) -> Iterator[Metric]:
        health = self._health
        figures = health.figures()
        labels = ["location"]
        location = [str(figures["location"])]

        def gauge(name: str, text: str, value: float | None) -> Metric:
            family = GaugeMetricFamily(f"incadea_desk_{name}", text, labels=labels)
            if value is not None:
                family.add_metric(location, value)
            return family

        yield gauge(
            "last_successful_walk_timestamp_seconds",
            "When a walk over the DMS's changes last succeeded (Unix time).",
            health.last_success.timestamp() if health.last_success else None,
        )
        yield gauge("lag_seconds", "Now minus the watermark.", figures["lag_seconds"])
        yield gauge(
            "quarantine_workorders", "Workorders held in the quarantine.", health.quarantine
        )
        yield gauge("outbox_corrections", "Mileage corrections waiting for the DMS.", health.outbox)
        yield gauge(
            "healthy",
            "1 while a walk succeeded within three intervals.",
            1.0 if figures["reason"] is None else 0.0,
        )
        expires = health.subscription_expires
        yield gauge(
            "subscription_expiry_timestamp_seconds",
            "When the DMS's webhook subscription expires unless renewed (Unix time).",
            expires.timestamp() if expires else None,
        )
        imported = CounterMetricFamily(
            "incadea_desk_workorders_imported", "Workorders imported into Claire.", labels=labels
        )
        imported.add_metric(location, health.imported)
        yield imported
        requests = CounterMetricFamily(
            "incadea_desk_dms_requests",
            "Requests sent to the DMS, retries included.",
            labels=labels,
        )
        if figures["dms_requests"] is not None:
            requests.add_metric(location, figures["dms_requests"])
        yield requests
        errors = CounterMetricFamily(
            "incadea_desk_walk_errors",
            "Walks that failed, by kind of failure.",
            labels=[*labels, "code"],
        )
        for code, count in sorted(health.errors.items()):
            errors.add_metric([*location, code], count)
        yield errors
