"""A first sync against a slow Business Central: slices side by side against a serial walk.

Budget (issue 22): a first sync of 100,000 workorders at 500 ms per DMS page and 5
requests in flight within 1.5x of the floor (<= 150 s), and at least 3.5x faster
than the serial ``nextLink`` walk in the same run. The floor is what Business
Central's limits allow: pages of 100 rows, 5 at a time, each ``--latency-ms`` long.

The DMS of a sandbox (in a process of its own) holds ``--orders`` service orders,
all changed within the look-back window; only the DMS waits ``--latency-ms`` per
answer. Measured in one run, each on a fresh workstation store:

- the sliced first sync: ``run_once()`` with ``sync.dms_concurrency = --in-flight``,
  into Claire's first location;
- the serial walk: the same with ``sync.dms_concurrency = 1``, into the second
  location, so the first stays clean for the check.

Afterwards Claire's first location must hold exactly one appointment per DMS
workorder with its WO number and mileage (``bench.keep_importing.check_claire``).

    uv run python -m bench.first_sync [--orders 10000] [--latency-ms 500] [--in-flight 5]
"""

from __future__ import annotations

import argparse
import asyncio
import math
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from bench.common import (
    ADMIN_TIMEOUT_S,
    ServedSandbox,
    claire_appointments,
    dms_orders,
    open_services,
    print_table,
    served_sandbox,
    verdict,
    write_results,
)
from bench.keep_importing import BASELINE_LOCATION, ClaireCheck, check_claire
from incadea_desk.services.keep_importing import DMS_PAGE_SIZE

LOOKBACK_DAYS = 365
WITHIN_FLOOR = 1.5
TARGET_RATIO = 3.5


class DmsRequests(httpx.AsyncBaseTransport):
    """Loopback HTTP to the DMS, counting requests, ``$count`` asks and the most in flight."""

    def __init__(self, in_flight: int) -> None:
        limits = httpx.Limits(max_connections=in_flight, max_keepalive_connections=in_flight)
        self.inner = httpx.AsyncHTTPTransport(limits=limits)
        self.requests = self.counts = self.throttled = 0
        self.now = self.most = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        self.counts += request.url.path.endswith("/$count")
        self.now += 1
        self.most = max(self.most, self.now)
        try:
            response = await self.inner.handle_async_request(request)
            await response.aread()
        finally:
            self.now -= 1
        self.throttled += response.status_code == 429
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


@dataclass(frozen=True)
class Walked:
    seconds: float
    cpu_seconds: float
    sandbox_cpu_seconds: float | None
    requests: int
    counts: int
    most_in_flight: int
    throttled: int
    imported: int
    failed: int


@dataclass(frozen=True)
class FirstSyncFigures:
    orders: int
    latency_ms: float
    in_flight: int
    floor_s: float
    sliced: Walked
    serial: Walked
    claire: ClaireCheck

    @property
    def of_floor(self) -> float:
        return self.sliced.seconds / self.floor_s

    @property
    def ratio(self) -> float:
        return self.serial.seconds / self.sliced.seconds

    @property
    def correct(self) -> bool:
        return self.claire.ok and self.claire.distinct == self.orders and self.sliced.failed == 0


async def _set_dms_faults(served: ServedSandbox, latency_ms: float, throttle: int = 0) -> None:
    """Every DMS answer waits ``latency_ms``; the next ``throttle`` requests get a 429 with
    ``Retry-After: 2``, as Business Central sends when its queue for the user is full."""
    faults = {"latency_ms": latency_ms, "throttle_count": throttle, "retry_after_s": 2}
    async with httpx.AsyncClient(timeout=ADMIN_TIMEOUT_S, trust_env=False) as client:
        answer = await client.post(f"{served.incadea_url}/_sandbox/faults", json=faults)
        answer.raise_for_status()


async def _first_sync(
    served: ServedSandbox, store: Path, in_flight: int, location_id: str | None
) -> Walked:
    dms = DmsRequests(in_flight)
    services = await open_services(
        served.environment,
        store,
        location_id=location_id,
        dms_transport=dms,
        lookback_days=LOOKBACK_DAYS,
        dms_concurrency=in_flight,
    )
    try:
        await services.claire.ping()
        sandbox_before = served.cpu_seconds()
        started, cpu = time.perf_counter(), time.process_time()
        report = await services.sync.run_once()
        seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
        sandbox_after = served.cpu_seconds()
    finally:
        await services.aclose()
    return Walked(
        seconds=seconds,
        cpu_seconds=cpu_seconds,
        sandbox_cpu_seconds=None
        if sandbox_before is None or sandbox_after is None
        else sandbox_after - sandbox_before,
        requests=dms.requests,
        counts=dms.counts,
        most_in_flight=dms.most,
        throttled=dms.throttled,
        imported=report.imported,
        failed=report.failed,
    )


async def measure(
    served: ServedSandbox,
    folder: Path,
    *,
    orders: int,
    latency_ms: float,
    in_flight: int,
    throttle: int = 0,
) -> FirstSyncFigures:
    since = datetime.now(UTC) - timedelta(days=LOOKBACK_DAYS)
    await _set_dms_faults(served, latency_ms, throttle)
    sliced = await _first_sync(served, folder / "sliced.sqlite3", in_flight, None)
    await _set_dms_faults(served, latency_ms, throttle)
    serial = await _first_sync(served, folder / "serial.sqlite3", 1, BASELINE_LOCATION)
    await _set_dms_faults(served, 0)
    expected = await dms_orders(served, since)
    claire = check_claire(await claire_appointments(served, served.location_id), expected)
    pages = math.ceil(orders / DMS_PAGE_SIZE)
    return FirstSyncFigures(
        orders=orders,
        latency_ms=latency_ms,
        in_flight=in_flight,
        floor_s=math.ceil(pages / in_flight) * latency_ms / 1000,
        sliced=sliced,
        serial=serial,
        claire=claire,
    )


def show(f: FirstSyncFigures) -> None:
    c = f.claire

    def walked(w: Walked) -> str:
        sandbox = "?" if w.sandbox_cpu_seconds is None else f"{w.sandbox_cpu_seconds:.1f} s"
        return (
            f"{w.seconds:.1f} s, CPU client {w.cpu_seconds:.1f} s / sandbox {sandbox}, "
            f"{w.requests} DMS requests "
            f"({w.counts} $count, at most {w.most_in_flight} in flight, {w.throttled} x 429)"
        )

    print_table(
        f"first_sync: {f.orders} WOs, {f.latency_ms:g} ms per DMS answer, {f.in_flight} in flight",
        [
            ("floor (pages / in flight x latency)", f"{f.floor_s:.1f} s"),
            ("sliced first sync", walked(f.sliced)),
            (
                f"  within {WITHIN_FLOOR:g}x the floor",
                f"{f.of_floor:.2f}x: {verdict(f.of_floor <= WITHIN_FLOOR)}",
            ),
            ("serial walk", walked(f.serial)),
            (
                f"  sliced vs serial (target >= {TARGET_RATIO:g}x)",
                f"{f.ratio:.2f}x: {verdict(f.ratio >= TARGET_RATIO)}",
            ),
            (
                "Claire: held / distinct",
                f"{c.appointments} / {c.distinct} (duplicates {c.duplicates}, missing "
                f"{c.missing}, unexpected {c.unexpected}, mismatched {c.mismatched})",
            ),
        ],
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="First sync against a slow DMS.")
    parser.add_argument("--orders", type=int, default=10_000, help="changed workorders")
    parser.add_argument("--latency-ms", type=float, default=500.0, help="per DMS answer")
    parser.add_argument("--in-flight", type=int, default=5, help="sync.dms_concurrency (1-5)")
    parser.add_argument(
        "--throttle", type=int, default=0, help="DMS requests answered 429 (Retry-After: 2)"
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--results", default="first_sync", help="JSON file in bench/results")
    args = parser.parse_args(argv)
    with (
        served_sandbox(args.orders, seed=args.seed) as served,
        tempfile.TemporaryDirectory(prefix="incadea-desk-bench-") as folder,
    ):
        figures = asyncio.run(
            measure(
                served,
                Path(folder),
                orders=args.orders,
                latency_ms=args.latency_ms,
                in_flight=args.in_flight,
                throttle=args.throttle,
            )
        )
    show(figures)
    path = write_results(
        args.results,
        asdict(figures)
        | {"of_floor": figures.of_floor, "ratio": figures.ratio, "correct": figures.correct},
    )
    print(f"results: {path}")
    return 0 if figures.correct else 1


if __name__ == "__main__":
    raise SystemExit(main())
