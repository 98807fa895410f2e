"""Keep-importing throughput: 1,000 changed workorders from the DMS into Claire.

Budget (DESIGN.md section 7): 1,000 changed workorders with a 20 ms simulated
round trip in under 1 s, at least 50x faster than a one-request-at-a-time
client, with at most 0.5 ms of client CPU per workorder.

The DMS of a sandbox holds ``--orders`` service orders, all changed within
the first-run look-back window (set to a year), and every answer of both
systems waits ``--latency-ms`` (the sandbox's latency fault). Measured:

- ``KeepImporting.run_once()`` of a fresh workstation, through the real
  services over loopback HTTP;
- the baseline: the same two clients, one workorder at a time, one DMS read
  and one Claire upsert awaited one after another, on a sample of
  ``--sample`` workorders imported into Claire's second location (so the
  first stays clean for the check), extrapolated per workorder.

Afterwards (with the latency fault off) Claire must hold exactly one
appointment per DMS workorder in the location: no duplicates, no gaps, and the
WO number and mileage of each as the DMS has them, read from the DMS's API
without the client under test. The process's peak resident memory while
``run_once()`` runs is sampled too.

    uv run python -m bench.keep_importing [--orders 1000] [--latency-ms 20] [--sample 50]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.common import (
    SERVER_MODES,
    PeakMemory,
    ServedSandbox,
    ServerMode,
    claire_appointments,
    dms_order_count,
    dms_orders,
    open_services,
    print_table,
    rss_bytes,
    served_sandbox,
    set_latency,
    verdict,
    write_results,
)
from incadea_desk.services.importing import prepare
from incadea_desk.services.lifetime import Services
from incadea_desk.services.outcomes import SyncReport

BUDGET_S = 1.0
TARGET_RATIO = 50.0
CPU_TARGET_MS_PER_WO = 0.5
LOOKBACK_DAYS = 365
BASELINE_LOCATION = "loc-antwerpen"


@dataclass(frozen=True)
class ClaireCheck:
    """What Claire holds in the location against what the DMS holds."""

    appointments: int
    distinct: int
    duplicates: int
    missing: int
    unexpected: int
    mismatched: int

    @property
    def ok(self) -> bool:
        return self.duplicates == self.missing == self.unexpected == self.mismatched == 0


@dataclass(frozen=True)
class KeepImportingFigures:
    orders: int
    latency_ms: float
    server: str
    sample: int
    run_s: float
    run_cpu_s: float
    sandbox_cpu_s: float | None
    seen: int
    imported: int
    unchanged: int
    failed: int
    baseline_sample_s: float
    baseline_sample_cpu_s: float
    baseline_per_wo_s: float
    baseline_extrapolated_s: float
    ratio: float
    budget_s: float
    within_budget: bool
    target_ratio: float
    meets_target: bool
    claire: ClaireCheck
    client_cpu_ms_per_wo: float = 0.0
    cpu_target_ms_per_wo: float = CPU_TARGET_MS_PER_WO
    meets_cpu_target: bool = False
    rss_before_mb: float = 0.0
    peak_rss_mb: float = 0.0

    @property
    def all_imported(self) -> bool:
        # Claire holds one appointment per DMS workorder: as many as the DMS holds.
        return (
            self.imported == self.orders
            and self.failed == 0
            and self.claire.ok
            and self.claire.distinct == self.orders
        )


async def _sample(services: Services, since: datetime, size: int) -> list[str]:
    async for page in services.dms.changed_since(since, page_size=size):
        return [hit.workorder.appointment.dms_number for hit in page.rows[:size]]
    return []


async def one_at_a_time(services: Services, dms_numbers: list[str]) -> tuple[float, float]:
    """The baseline client: read one workorder, upsert it, then the next.

    Wall-clock and CPU seconds of this process taken."""
    location = services.claire.location_id
    started, cpu = time.perf_counter(), time.process_time()
    for dms_number in dms_numbers:
        hit = await services.dms.get_workorder(dms_number)
        [answer] = await services.claire.import_workorders([prepare(hit, location).encoded])
        if answer.status == "error":
            raise RuntimeError(f"Claire refused {dms_number} in the baseline")
    return time.perf_counter() - started, time.process_time() - cpu


def check_claire(
    held: list[dict[str, object]], expected: dict[str, tuple[str, int | None]]
) -> ClaireCheck:
    """Claire's appointments against the DMS: ``expected`` maps DMS number to (WO number, km)."""
    counts = Counter(str(item["dms_nr"]) for item in held)
    by_number = {str(item["dms_nr"]): item for item in held}
    mismatched = sum(
        1
        for number, (wo_number, km) in expected.items()
        if number in by_number
        and (by_number[number]["wo_nr"], by_number[number]["mileage"]) != (wo_number, km)
    )
    return ClaireCheck(
        appointments=len(held),
        distinct=len(counts),
        duplicates=sum(count - 1 for count in counts.values()),
        missing=len(expected.keys() - counts.keys()),
        unexpected=len(counts.keys() - expected.keys()),
        mismatched=mismatched,
    )


async def measure(
    served: ServedSandbox, store_dir: Path, *, orders: int, latency_ms: float, sample: int
) -> KeepImportingFigures:
    held_by_dms = await dms_order_count(served)
    if held_by_dms != orders:
        raise ValueError(
            f"the sandbox DMS holds {held_by_dms} service orders, not {orders} "
            "(it seeds at least one per car, 120 cars)"
        )
    await set_latency(served, latency_ms)
    since = datetime.now(UTC) - timedelta(days=LOOKBACK_DAYS)
    rss_before = rss_bytes()

    baseline = await open_services(
        served.environment, store_dir / "baseline.sqlite3", location_id=BASELINE_LOCATION
    )
    try:
        await asyncio.gather(baseline.dms.ping(), baseline.claire.ping())
        numbers = await _sample(baseline, since, sample)
        baseline_s, baseline_cpu_s = await one_at_a_time(baseline, numbers)

        services = await open_services(
            served.environment, store_dir / "keep-importing.sqlite3", lookback_days=LOOKBACK_DAYS
        )
        try:
            await asyncio.gather(services.dms.ping(), services.claire.ping())
            sandbox_cpu = served.cpu_seconds()
            with PeakMemory() as memory:
                started, cpu = time.perf_counter(), time.process_time()
                report: SyncReport = await services.sync.run_once()
                run_s, run_cpu_s = time.perf_counter() - started, time.process_time() - cpu
            sandbox_after = served.cpu_seconds()
        finally:
            await services.aclose()
    finally:
        await baseline.aclose()
    await set_latency(served, 0)
    expected = await dms_orders(served, since)
    claire = check_claire(await claire_appointments(served, served.location_id), expected)

    per_wo = baseline_s / len(numbers)
    extrapolated = per_wo * orders
    ratio = extrapolated / run_s
    return KeepImportingFigures(
        orders=orders,
        latency_ms=latency_ms,
        server=served.mode,
        sample=len(numbers),
        run_s=run_s,
        run_cpu_s=run_cpu_s,
        sandbox_cpu_s=None
        if sandbox_cpu is None or sandbox_after is None
        else sandbox_after - sandbox_cpu,
        seen=report.seen,
        imported=report.imported,
        unchanged=report.unchanged,
        failed=report.failed,
        baseline_sample_s=baseline_s,
        baseline_sample_cpu_s=baseline_cpu_s,
        baseline_per_wo_s=per_wo,
        baseline_extrapolated_s=extrapolated,
        ratio=ratio,
        budget_s=BUDGET_S,
        within_budget=run_s < BUDGET_S,
        target_ratio=TARGET_RATIO,
        meets_target=ratio >= TARGET_RATIO,
        claire=claire,
        client_cpu_ms_per_wo=run_cpu_s / orders * 1000,
        meets_cpu_target=run_cpu_s / orders * 1000 <= CPU_TARGET_MS_PER_WO,
        rss_before_mb=rss_before / 1_000_000,
        peak_rss_mb=memory.peak_mb,
    )


def run(
    *,
    orders: int = 1000,
    latency_ms: float = 20.0,
    sample: int = 50,
    server: ServerMode = "process",
    seed: int = 7,
) -> KeepImportingFigures:
    """One measurement on a fresh sandbox and fresh workstation stores."""
    with (
        served_sandbox(orders, seed=seed, mode=server) as served,
        tempfile.TemporaryDirectory(prefix="incadea-desk-bench-") as folder,
    ):
        return asyncio.run(
            measure(served, Path(folder), orders=orders, latency_ms=latency_ms, sample=sample)
        )


def summary(runs: list[KeepImportingFigures]) -> dict[str, object]:
    """The median run (by time), and the spread, over repeated measurements."""
    ordered = sorted(runs, key=lambda figures: figures.run_s)
    middle = ordered[(len(ordered) - 1) // 2]
    return {
        "repeats": len(runs),
        "median_run_s": middle.run_s,
        "best_run_s": ordered[0].run_s,
        "worst_run_s": ordered[-1].run_s,
        "median_run_cpu_s": sorted(f.run_cpu_s for f in runs)[(len(runs) - 1) // 2],
        "median_ratio": sorted(f.ratio for f in runs)[(len(runs) - 1) // 2],
        "median_client_cpu_ms_per_wo": sorted(f.client_cpu_ms_per_wo for f in runs)[
            (len(runs) - 1) // 2
        ],
        "peak_rss_mb": max(f.peak_rss_mb for f in runs),
        "within_budget_in_median_run": middle.within_budget,
        "all_imported_every_run": all(f.all_imported for f in runs),
    }


def show(figures: KeepImportingFigures) -> None:
    c = figures.claire
    sandbox_cpu = (
        "(shares this process)"
        if figures.sandbox_cpu_s is None
        else f"{figures.sandbox_cpu_s:.2f} s"
    )
    print_table(
        f"keep_importing: {figures.orders} changed WOs, {figures.latency_ms:g} ms round trip, "
        f"sandbox in a {figures.server}",
        [
            ("KeepImporting.run_once()", f"{figures.run_s:.2f} s"),
            ("  CPU: client / sandbox", f"{figures.run_cpu_s:.2f} s / {sandbox_cpu}"),
            (
                "  client CPU per WO",
                f"{figures.client_cpu_ms_per_wo:.2f} ms "
                f"(target <= {figures.cpu_target_ms_per_wo:g} ms: "
                f"{verdict(figures.meets_cpu_target)})",
            ),
            (
                "  peak memory during the run",
                f"{figures.peak_rss_mb:.0f} MB RSS (before: {figures.rss_before_mb:.0f} MB)",
            ),
            (
                "  seen / imported / failed",
                f"{figures.seen} / {figures.imported} / {figures.failed}",
            ),
            (
                f"baseline, {figures.sample} WOs one at a time",
                f"{figures.baseline_sample_s:.2f} s ({figures.baseline_per_wo_s * 1000:.1f} ms/WO)",
            ),
            (
                f"baseline extrapolated to {figures.orders}",
                f"{figures.baseline_extrapolated_s:.1f} s",
            ),
            ("throughput ratio", f"{figures.ratio:.1f}x (target >= {figures.target_ratio:g}x)"),
            ("ratio target met", verdict(figures.meets_target)),
            (f"under the {figures.budget_s:g} s budget", verdict(figures.within_budget)),
            (
                "Claire: held / distinct",
                f"{c.appointments} / {c.distinct} "
                f"(duplicates {c.duplicates}, missing {c.missing}, "
                f"unexpected {c.unexpected}, mismatched {c.mismatched})",
            ),
        ],
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Keep-importing throughput benchmark.")
    parser.add_argument("--orders", type=int, default=1000, help="changed workorders (>= 120)")
    parser.add_argument("--latency-ms", type=float, default=20.0, help="simulated round trip")
    parser.add_argument("--sample", type=int, default=50, help="workorders in the baseline")
    parser.add_argument("--server", choices=SERVER_MODES, default="process")
    parser.add_argument("--repeat", type=int, default=3, help="measurements, each from scratch")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--results", default="keep_importing", help="name of the JSON file in bench/results"
    )
    args = parser.parse_args(argv)
    runs: list[KeepImportingFigures] = []
    for _ in range(max(1, args.repeat)):
        figures = run(
            orders=args.orders,
            latency_ms=args.latency_ms,
            sample=args.sample,
            server=args.server,
            seed=args.seed,
        )
        show(figures)
        runs.append(figures)
    overall = summary(runs)
    if len(runs) > 1:
        print_table(
            f"median of {len(runs)}",
            [
                (
                    "KeepImporting.run_once()",
                    f"{overall['median_run_s']:.2f} s "
                    f"(best {overall['best_run_s']:.2f}, worst {overall['worst_run_s']:.2f})",
                ),
                ("throughput ratio", f"{overall['median_ratio']:.1f}x"),
            ],
        )
    path = write_results(
        args.results,
        {
            "summary": overall,
            "runs": [asdict(f) | {"all_imported": f.all_imported} for f in runs],
        },
    )
    print(f"results: {path}")
    return 0 if overall["all_imported_every_run"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
