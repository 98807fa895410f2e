"""``sync`` of a dealer group's importer (``sync.sites``): every site walked on its own,
side by side, in one process that shares one DMS request budget between them.

Each site walks, prints its report (with its ``site``), and waits for the interval;
one site's failed walk is its own, the others walk on.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING

from incadea_desk.cli.connection import Connection
from incadea_desk.cli.output import EXIT_FAILURE, EXIT_OK, Console, local_time
from incadea_desk.cli.stopping import stop_requested, until_stopped
from incadea_desk.services.lifetime import Services
from incadea_desk.services.outcomes import SyncReport
from incadea_desk.services.sites import SiteImporting, SiteWalk
from incadea_desk.sites_file import Site

if TYPE_CHECKING:
    from incadea_desk.services.importer_health import ImporterHealth, SiteHealth
    from incadea_desk.services.push import PushImporting


async def sync_sites(
    services: Services,
    conn: Connection,
    console: Console,
    sites: list[Site],
    *,
    once: bool,
    reconcile: bool,
    as_json: Callable[[SyncReport], dict[str, object]],
    as_text: Callable[[SyncReport], str],
) -> int:
    async with await SiteImporting.open(
        services,
        conn.secrets,
        sites,
        dms_transport=conn.dms_transport,
        claire_transport=conn.claire_transport,
    ) as importing:
        group = _GroupSync(services, conn, console, importing, as_json, as_text)
        if once:
            return await group.once(reconcile=reconcile)
        return await group.forever(reconcile=reconcile)


class _GroupSync:
    def __init__(
        self,
        services: Services,
        conn: Connection,
        console: Console,
        importing: SiteImporting,
        as_json: Callable[[SyncReport], dict[str, object]],
        as_text: Callable[[SyncReport], str],
    ) -> None:
        self._services = services
        self._conn = conn
        self._console = console
        self._walks = importing.walks
        self._as_json = as_json
        self._as_text = as_text

    def _emit(self, walk: SiteWalk, report: SyncReport) -> None:
        console = self._console
        text = f"Site {walk.name}: {self._as_text(report)}"
        console.emit({"site": walk.name, **self._as_json(report)}, text)
        console.out.flush()
        if report.error is not None:
            console.say(f"Site {walk.name}: {report.error}")

    async def once(self, *, reconcile: bool) -> int:
        """Every site walked once, side by side; 1 when any site's walk failed."""
        reports = await asyncio.gather(
            *(walk.sync.run_once(reconcile=reconcile) for walk in self._walks)
        )
        for walk, report in zip(self._walks, reports, strict=True):
            self._emit(walk, report)
        failed = any(
            report.error is not None or report.failed != report.reimport_failed
            for report in reports
        )
        return EXIT_FAILURE if failed else EXIT_OK

    async def forever(self, *, reconcile: bool) -> int:
        """Every site walking on its own until a stop is asked, with push and health."""
        from incadea_desk.services.importer_health import ImporterHealth, serving_status
        from incadea_desk.services.push import pushing_sites

        services = self._services
        services.start_background(keep_importing=False)
        sites = [(walk.name, walk.settings, walk.dms) for walk in self._walks]
        with stop_requested() as stop:
            async with pushing_sites(
                services.settings, sites, self._conn.secrets, self._console.say
            ) as pushes:
                health = ImporterHealth(services, [self._health(w, pushes) for w in self._walks])
                async with serving_status(services, health):
                    walking = self._every_site(health, pushes, reconcile)
                    await until_stopped(asyncio.create_task(walking), stop)
        for walk in self._walks:
            watermark = walk.sync.progress.watermark
            done = f" up to date until {local_time(watermark)}." if watermark else "."
            self._console.say(f"Site {walk.name} stopped{done}")
        return EXIT_OK

    def _health(self, walk: SiteWalk, pushes: dict[str, PushImporting]) -> SiteHealth:
        from incadea_desk.services.importer_health import SiteHealth

        return SiteHealth(
            walk.name,
            walk.site.location_id,
            walk.sync,
            walk.dms,
            pushes.get(walk.name),
            walk.settings.sync.interval_seconds,
            self._services.store.clock,
        )

    async def _every_site(
        self, health: ImporterHealth, pushes: dict[str, PushImporting], reconcile: bool
    ) -> None:
        async with asyncio.TaskGroup() as group:
            for walk in self._walks:
                group.create_task(
                    self._walk_forever(walk, health, pushes.get(walk.name), reconcile)
                )

    async def _walk_forever(
        self,
        walk: SiteWalk,
        health: ImporterHealth,
        push: PushImporting | None,
        reconcile: bool,
    ) -> None:
        """A walk, a pause of the interval (cut short by a notice of this site's
        subscription), and again."""
        from incadea_desk.services.push import next_walk

        while True:
            report = await walk.sync.run_once(reconcile=reconcile)
            reconcile = False
            await health.walked(report, walk.name)
            self._emit(walk, report)
            await next_walk(push, walk.settings.sync.interval_seconds)
