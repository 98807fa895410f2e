"""``sync`` of a dealer group's importer (``sync.sites``): every site walked on its own,
side by side, in one process that shares one DMS request budget between them.

Each site walks, prints its report (with its ``site``), and waits for the interval;
one site's failed walk is its own, the others walk on.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from incadea_desk.cli.connection import Connection
from incadea_desk.cli.output import EXIT_FAILURE, EXIT_OK, Console, local_time
from incadea_desk.cli.stopping import stop_requested, until_stopped
from incadea_desk.services.lifetime import Services
from incadea_desk.services.outcomes import SyncReport
from incadea_desk.services.sites import SiteImporting, SiteWalk
from incadea_desk.sites_file import Site


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
    from incadea_desk.services.importer_health import ImporterHealth, SiteHealth, serving_status
    from incadea_desk.services.push import next_walk, pushing_sites

    def emit(walk: SiteWalk, report: SyncReport) -> None:
        console.emit({"site": walk.name, **as_json(report)}, f"Site {walk.name}: {as_text(report)}")
        console.out.flush()
        if report.error is not None:
            console.say(f"Site {walk.name}: {report.error}")

    async with await SiteImporting.open(
        services,
        conn.secrets,
        sites,
        dms_transport=conn.dms_transport,
        claire_transport=conn.claire_transport,
    ) as importing:
        if once:
            reports = await asyncio.gather(
                *(walk.sync.run_once(reconcile=reconcile) for walk in importing.walks)
            )
            for walk, report in zip(importing.walks, reports, strict=True):
                emit(walk, report)
            failed = any(
                report.error is not None or report.failed != report.reimport_failed
                for report in reports
            )
            return EXIT_FAILURE if failed else EXIT_OK
        services.start_background(keep_importing=False)
        sites_dms = [(walk.name, walk.settings, walk.dms) for walk in importing.walks]
        with stop_requested() as stop:
            async with pushing_sites(
                services.settings, sites_dms, conn.secrets, console.say
            ) as pushes:
                health = ImporterHealth(
                    services,
                    [
                        SiteHealth(
                            walk.name,
                            walk.site.location_id,
                            walk.sync,
                            walk.dms,
                            pushes.get(walk.name),
                            walk.settings.sync.interval_seconds,
                            services.store.clock,
                        )
                        for walk in importing.walks
                    ],
                )

                async def walk_forever(walk: SiteWalk) -> None:
                    first = reconcile
                    while True:
                        report = await walk.sync.run_once(reconcile=first)
                        first = False
                        await health.walked(report, walk.name)
                        emit(walk, report)
                        await next_walk(pushes.get(walk.name), walk.settings.sync.interval_seconds)

                async def every_site() -> None:
                    async with asyncio.TaskGroup() as group:
                        for walk in importing.walks:
                            group.create_task(walk_forever(walk))

                async with serving_status(services, health):
                    await until_stopped(asyncio.create_task(every_site()), stop)
        for walk in importing.walks:
            watermark = walk.sync.progress.watermark
            done = f" up to date until {local_time(watermark)}." if watermark else "."
            console.say(f"Site {walk.name} stopped{done}")
        return EXIT_OK
