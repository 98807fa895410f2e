"""A dealer group's site importer: 20 sites, each with 1,000 changed workorders.

Budgets (issue 23, as ratios in one run):

- the importer's CPU per workorder with 20 sites is within 10% of the single-site
  figure measured in the same run;
- the slowest site finishes within 1.5x the time of the fastest.

The DMS holds ``--sites`` x ``--per-site`` service orders of one company, dealt out
evenly over as many branches (``locationCode`` ``B00``, ``B01``, ...), all inside a
one-year first-run look-back, and every answer of both systems waits ``--latency-ms``.
Claire's key covers one location per site. Measured with the real services over loopback
HTTP (``services/sites.py``, as ``incadea-desk sync`` with ``sync.sites`` runs them):

- the single site: branch ``B00`` walked alone into a location of its own, on a fresh
  store, after a warm-up walk of the same branch: client CPU seconds per workorder
  imported;
- the group: every site walked side by side on a fresh store, sharing one request budget
  of ``sync.dms_concurrency`` (fair turns): client CPU per workorder imported, and the
  seconds from the start to each site's end.

Afterwards Claire must hold, in every site's location, exactly the workorders of its
branch.

    uv run python -m bench.site_group [--sites 20] [--per-site 1000] [--latency-ms 20]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import httpx

from bench.common import (
    ADMIN_TIMEOUT_S,
    SERVER_MODES,
    ServedSandbox,
    ServerMode,
    claire_appointments,
    print_table,
    sandbox_settings,
    served_sandbox,
    set_latency,
    verdict,
    write_results,
)
from incadea_desk.services.lifetime import Services
from incadea_desk.services.outcomes import SyncReport
from incadea_desk.services.sites import SiteImporting, SiteWalk
from incadea_desk.sites_file import BranchFilter, Site

LOOKBACK_DAYS = 365
CPU_BUDGET_RATIO = 1.10
FINISH_BUDGET_RATIO = 1.5
SINGLE_LOCATION = "loc-single"
WARM_UP_LOCATION = "loc-warm-up"


@dataclass(frozen=True)
class SiteGroupFigures:
    sites: int
    per_site: int
    latency_ms: float
    server: str
    dms_concurrency: int
    single_s: float
    single_cpu_s: float
    single_imported: int
    single_cpu_ms_per_wo: float
    group_s: float
    group_cpu_s: float
    group_imported: int
    group_cpu_ms_per_wo: float
    cpu_ratio: float
    meets_cpu_budget: bool
    fastest_s: float
    slowest_s: float
    finish_ratio: float
    meets_finish_budget: bool
    finishes_s: dict[str, float]
    wrong_location: int
    missing: int

    @property
    def all_imported(self) -> bool:
        return self.wrong_location == self.missing == 0 and self.single_imported == self.per_site


def _site(served: ServedSandbox, number: int, location: str) -> Site:
    company = served.environment["INCADEA_DESK_DMS_COMPANY_ID"]
    return Site(f"b{number:02d}", company, location, BranchFilter("locationCode", f"B{number:02d}"))


async def _cover(served: ServedSandbox, locations: list[str]) -> None:
    """Claire's key covers every site's location (the stand-in's key scope)."""
    async with httpx.AsyncClient(timeout=ADMIN_TIMEOUT_S, trust_env=False) as client:
        answer = await client.post(
            f"{served.claire_url}/_sandbox/keys", json={"location_ids": locations}
        )
        answer.raise_for_status()


async def _walk(
    served: ServedSandbox, store: Path, sites: list[Site], dms_concurrency: int
) -> tuple[float, float, dict[str, float], list[SyncReport]]:
    """Every site walked side by side once: wall and CPU seconds, each site's finish."""
    settings, secrets = sandbox_settings(
        served.environment, lookback_days=LOOKBACK_DAYS, dms_concurrency=dms_concurrency
    )
    services = await Services.open(settings, secrets, store_path=store, actor="bench")
    finishes: dict[str, float] = {}
    try:
        async with await SiteImporting.open(services, secrets, sites) as importing:
            await asyncio.gather(*(walk.dms.ping() for walk in importing.walks))
            started, cpu = time.perf_counter(), time.process_time()

            async def one(walk: SiteWalk) -> SyncReport:
                report = await walk.sync.run_once()
                finishes[walk.name] = time.perf_counter() - started
                return report

            reports = await asyncio.gather(*(one(walk) for walk in importing.walks))
            return time.perf_counter() - started, time.process_time() - cpu, finishes, reports
    finally:
        await services.aclose()


async def measure(
    served: ServedSandbox,
    folder: Path,
    branch_of: dict[str, str],
    *,
    sites: int,
    per_site: int,
    latency_ms: float,
    dms_concurrency: int,
) -> SiteGroupFigures:
    group = [_site(served, n, f"loc-b{n:02d}") for n in range(sites)]
    await _cover(served, [WARM_UP_LOCATION, SINGLE_LOCATION, *(site.location_id for site in group)])
    await set_latency(served, latency_ms)
    # A first walk pays for what a process does once (imports, caches): not the site's.
    await _walk(served, folder / "warm-up.sqlite3", [_site(served, 0, WARM_UP_LOCATION)], 1)
    single = [_site(served, 0, SINGLE_LOCATION)]
    single_s, single_cpu, _, [single_report] = await _walk(
        served, folder / "single.sqlite3", single, dms_concurrency
    )
    group_s, group_cpu, finishes, reports = await _walk(
        served, folder / "group.sqlite3", group, dms_concurrency
    )
    await set_latency(served, 0)
    wrong = missing = 0
    for site, report in zip(group, reports, strict=True):
        held = await claire_appointments(served, site.location_id)
        branch = site.branch.value if site.branch else ""
        wrong += sum(1 for item in held if branch_of.get(str(item["dms_nr"])) != branch)
        missing += per_site - report.imported
    group_imported = sum(report.imported for report in reports)
    single_ms = single_cpu / max(1, single_report.imported) * 1000
    group_ms = group_cpu / max(1, group_imported) * 1000
    fastest, slowest = min(finishes.values()), max(finishes.values())
    return SiteGroupFigures(
        sites=sites,
        per_site=per_site,
        latency_ms=latency_ms,
        server=served.mode,
        dms_concurrency=dms_concurrency,
        single_s=single_s,
        single_cpu_s=single_cpu,
        single_imported=single_report.imported,
        single_cpu_ms_per_wo=single_ms,
        group_s=group_s,
        group_cpu_s=group_cpu,
        group_imported=group_imported,
        group_cpu_ms_per_wo=group_ms,
        cpu_ratio=group_ms / single_ms,
        meets_cpu_budget=group_ms / single_ms <= CPU_BUDGET_RATIO,
        fastest_s=fastest,
        slowest_s=slowest,
        finish_ratio=slowest / fastest,
        meets_finish_budget=slowest / fastest <= FINISH_BUDGET_RATIO,
        finishes_s=dict(sorted(finishes.items())),
        wrong_location=wrong,
        missing=missing,
    )


async def _branches(served: ServedSandbox) -> dict[str, str]:
    """Which branch each service order belongs to, read from the DMS's API."""
    from incadea_desk.incadea.auth import auth_for
    from incadea_desk.services.dms_kinds.incadea import INCADEA

    settings, secrets = sandbox_settings(served.environment)
    config = await INCADEA.connection(settings, secrets)
    headers = {"Prefer": "odata.maxpagesize=1000"}
    branch_of: dict[str, str] = {}
    async with httpx.AsyncClient(
        timeout=ADMIN_TIMEOUT_S, trust_env=False, auth=auth_for(config)
    ) as client:
        url: str | None = config.api_root + "serviceOrders?$select=documentNo,locationCode"
        while url:
            answer = await client.get(url, headers=headers)
            answer.raise_for_status()
            body = answer.json()
            branch_of.update((o["documentNo"], o["locationCode"]) for o in body["value"])
            url = body.get("@odata.nextLink")
    return branch_of


def run(
    *, sites: int, per_site: int, latency_ms: float, server: ServerMode, dms_concurrency: int
) -> SiteGroupFigures:
    with (
        served_sandbox(sites * per_site, mode=server, branches=sites) as served,
        tempfile.TemporaryDirectory(prefix="incadea-desk-bench-") as folder,
    ):
        branch_of = asyncio.run(_branches(served))
        return asyncio.run(
            measure(
                served,
                Path(folder),
                branch_of,
                sites=sites,
                per_site=per_site,
                latency_ms=latency_ms,
                dms_concurrency=dms_concurrency,
            )
        )


def show(f: SiteGroupFigures) -> None:
    print_table(
        f"site_group: {f.sites} sites x {f.per_site} changed WOs, {f.latency_ms:g} ms round "
        f"trip, {f.dms_concurrency} DMS requests at once, sandbox in a {f.server}",
        [
            (
                "single site: time / CPU per WO",
                f"{f.single_s:.2f} s / {f.single_cpu_ms_per_wo:.3f} ms",
            ),
            (
                f"{f.sites} sites: time / CPU per WO",
                f"{f.group_s:.2f} s / {f.group_cpu_ms_per_wo:.3f} ms",
            ),
            (
                "CPU per WO, group / single",
                f"{f.cpu_ratio:.2f} (budget <= {CPU_BUDGET_RATIO:.2f}: "
                f"{verdict(f.meets_cpu_budget)})",
            ),
            (
                "finish: fastest / slowest site",
                f"{f.fastest_s:.2f} s / {f.slowest_s:.2f} s = {f.finish_ratio:.2f} "
                f"(budget <= {FINISH_BUDGET_RATIO:g}: {verdict(f.meets_finish_budget)})",
            ),
            ("imported: single / group", f"{f.single_imported} / {f.group_imported}"),
            ("in a wrong location / missing", f"{f.wrong_location} / {f.missing}"),
        ],
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="A dealer group's site importer.")
    parser.add_argument("--sites", type=int, default=20)
    parser.add_argument("--per-site", type=int, default=1000)
    parser.add_argument("--latency-ms", type=float, default=20.0)
    parser.add_argument("--dms-concurrency", type=int, default=4)
    parser.add_argument("--server", choices=SERVER_MODES, default="process")
    parser.add_argument("--results", default="site_group")
    args = parser.parse_args(argv)
    figures = run(
        sites=args.sites,
        per_site=args.per_site,
        latency_ms=args.latency_ms,
        server=args.server,
        dms_concurrency=args.dms_concurrency,
    )
    show(figures)
    path = write_results(args.results, asdict(figures) | {"all_imported": figures.all_imported})
    print(f"results: {path}")
    return 0 if figures.all_imported else 1


if __name__ == "__main__":
    raise SystemExit(main())
