"""Network round trips on the critical path of importing one workorder.

Budget (DESIGN.md section 7): at most 3 round trips on the critical path (DMS
reads in parallel, one Claire upsert).

Both clients of a real ``Services`` get a transport that records when each
request started and when its answer's last byte arrived. The critical path
is the longest chain of requests each starting after the previous one ended
(the largest set of mutually non-overlapping intervals): requests sent in
parallel count once. Every answer waits ``--latency-ms`` (the sandbox's
latency fault) and the import time is also given as a multiple of one round
trip (the median of a few DMS pings through the same client).

After one unmeasured import (the first of a process loads lazily imported
data), the cases, each on a workorder not yet in Claire (refresh: one just
imported):

- ``dms_number``: ``import_workorder("SO-...")``;
- ``wo_number``: ``import_workorder("<WO number>")``;
- ``search_hit``: ``import_workorder(hit)`` of a search hit (the window's Import button);
- ``refresh``: ``refresh("SO-...")``;
- ``mileage_write``: ``mileage.correct("SO-...", higher)``, a correction the DMS takes,
  then Claire's upsert of the order's new version;
- ``cold_wo_number``: the first call of a freshly opened ``Services``, which also
  fetches the OAuth token (reported, not held to the budget).

    uv run python -m bench.import_round_trips [--latency-ms 20]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from bench.common import (
    SERVER_MODES,
    ServedSandbox,
    ServerMode,
    median,
    open_services,
    print_table,
    served_sandbox,
    set_latency,
    verdict,
    write_results,
)
from incadea_desk.http import MAX_IN_FLIGHT
from incadea_desk.services.lifetime import Services
from incadea_desk.services.outcomes import ImportResult, MileageOutcome

BUDGET_ROUND_TRIPS = 3
PINGS = 10


@dataclass(frozen=True)
class Interval:
    system: str
    method: str
    path: str
    start: float
    end: float

    @property
    def seconds(self) -> float:
        return self.end - self.start


def sequential_depth(intervals: list[Interval]) -> int:
    """The most requests that ran one after another (greedy by earliest end is optimal)."""
    depth = 0
    free_from = float("-inf")
    for interval in sorted(intervals, key=lambda i: i.end):
        if interval.start >= free_from:
            depth += 1
            free_from = interval.end
    return depth


class _TimedStream(httpx.AsyncByteStream):
    """An answer's body that reports when its last byte arrived (or it was closed)."""

    def __init__(self, inner: httpx.AsyncByteStream, done: Callable[[], None]) -> None:
        self._inner = inner
        self._done = done

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            yield chunk
        self._done()

    async def aclose(self) -> None:
        await self._inner.aclose()
        self._done()


class RecordingTransport(httpx.AsyncBaseTransport):
    """Real HTTP to the sandbox; each request's start and end go into ``intervals``."""

    def __init__(self, system: str, intervals: list[Interval]) -> None:
        self._system = system
        self._intervals = intervals
        self._inner = httpx.AsyncHTTPTransport(
            limits=httpx.Limits(
                max_connections=MAX_IN_FLIGHT, max_keepalive_connections=MAX_IN_FLIGHT
            )
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        start = time.perf_counter()
        response = await self._inner.handle_async_request(request)
        recorded = False

        def done() -> None:
            nonlocal recorded
            if not recorded:
                recorded = True
                self._intervals.append(
                    Interval(
                        self._system, request.method, request.url.path, start, time.perf_counter()
                    )
                )

        assert isinstance(response.stream, httpx.AsyncByteStream)
        return httpx.Response(
            status_code=response.status_code,
            headers=response.headers,
            stream=_TimedStream(response.stream, done),
            extensions=response.extensions,
            request=request,
        )

    async def aclose(self) -> None:
        await self._inner.aclose()


@dataclass(frozen=True)
class Case:
    name: str
    outcome: str
    requests: int
    depth: int
    seconds: float
    round_trips_of_time: float
    within_budget: bool
    in_claire: bool
    intervals: list[Interval]


class Recorder:
    """Services whose every request is recorded, and the cases measured on them."""

    def __init__(self, served: ServedSandbox, store_path: Path) -> None:
        self.served = served
        self.store_path = store_path
        self.intervals: list[Interval] = []

    async def open(self) -> Services:
        return await open_services(
            self.served.environment,
            self.store_path,
            dms_transport=RecordingTransport("dms", self.intervals),
            claire_transport=RecordingTransport("claire", self.intervals),
        )

    async def round_trip(self, services: Services) -> float:
        """The median time of one DMS ping through the same client, seconds."""
        times = []
        for _ in range(PINGS):
            self.intervals.clear()
            await services.dms.ping()
            times.append(self.intervals[-1].seconds)
        return median(times)

    async def case(
        self,
        services: Services,
        name: str,
        call: Callable[[], Awaitable[ImportResult | MileageOutcome]],
        round_trip: float,
        *,
        budget: bool = True,
    ) -> Case:
        self.intervals.clear()
        started = time.perf_counter()
        result = await call()
        seconds = time.perf_counter() - started
        recorded = list(self.intervals)
        depth = sequential_depth(recorded)
        assert result.dms_number is not None, "every case names its workorder"
        in_claire = await services.claire.find(result.dms_number) is not None
        return Case(
            name=name,
            outcome=result.outcome,
            requests=len(recorded),
            depth=depth,
            seconds=seconds,
            round_trips_of_time=seconds / round_trip,
            within_budget=(depth <= BUDGET_ROUND_TRIPS) if budget else True,
            in_claire=in_claire,
            intervals=[
                Interval(i.system, i.method, i.path, i.start - started, i.end - started)
                for i in recorded
            ],
        )


async def _fresh_numbers(services: Services, count: int) -> list[tuple[str, str]]:
    """(DMS number, WO number) of workorders whose WO number names only them."""
    since = datetime.now(UTC) - timedelta(days=365)
    seen: dict[str, list[str]] = {}
    async for page in services.dms.changed_since(since, page_size=1000):
        for hit in page.rows:
            appointment = hit.workorder.appointment
            seen.setdefault(appointment.wo_number, []).append(appointment.dms_number)
    unique = [(numbers[0], wo) for wo, numbers in seen.items() if len(numbers) == 1]
    if len(unique) < count:
        raise RuntimeError("the sandbox has too few workorders for the cases")
    return unique[:count]


@dataclass(frozen=True)
class RoundTripFigures:
    latency_ms: float
    server: str
    round_trip_s: float
    budget_round_trips: int
    cases: list[Case]

    @property
    def all_in_claire(self) -> bool:
        return all(case.in_claire for case in self.cases)

    @property
    def within_budget(self) -> bool:
        return all(case.within_budget for case in self.cases)


async def measure(served: ServedSandbox, folder: Path, latency_ms: float) -> RoundTripFigures:
    await set_latency(served, latency_ms)
    recorder = Recorder(served, folder / "round-trips.sqlite3")
    services = await recorder.open()
    try:
        await asyncio.gather(services.dms.ping(), services.claire.ping())
        fresh = await _fresh_numbers(services, 5)
        (by_dms, _), (_, by_wo), (hit_dms, hit_wo), (_, cold_wo), (warm_up, _) = fresh
        # The first import of a process loads lazily imported data (phone number metadata).
        await services.importer.import_workorder(warm_up)
        round_trip = await recorder.round_trip(services)
        cases = [
            await recorder.case(
                services,
                "dms_number",
                lambda: services.importer.import_workorder(by_dms),
                round_trip,
            ),
            await recorder.case(
                services,
                "wo_number",
                lambda: services.importer.import_workorder(by_wo),
                round_trip,
            ),
        ]
        [hit] = (await services.search.search(hit_wo)).hits
        assert hit.workorder.appointment.dms_number == hit_dms
        cases.append(
            await recorder.case(
                services,
                "search_hit",
                lambda: services.importer.import_workorder(hit),
                round_trip,
            )
        )
        cases.append(
            await recorder.case(
                services, "refresh", lambda: services.importer.refresh(by_dms), round_trip
            )
        )
        held = (await services.dms.get_workorder(by_dms)).workorder.appointment.dms_mileage_km
        higher = str((held or 0) + 100)
        cases.append(
            await recorder.case(
                services,
                "mileage_write",
                lambda: services.mileage.correct(by_dms, higher),
                round_trip,
            )
        )
    finally:
        await services.aclose()

    cold_recorder = Recorder(served, folder / "cold.sqlite3")
    cold = await cold_recorder.open()
    try:
        cases.append(
            await cold_recorder.case(
                cold,
                "cold_wo_number",
                lambda: cold.importer.import_workorder(cold_wo),
                round_trip,
                budget=False,
            )
        )
    finally:
        await cold.aclose()
    return RoundTripFigures(latency_ms, served.mode, round_trip, BUDGET_ROUND_TRIPS, cases)


def run(*, latency_ms: float = 20.0, server: ServerMode = "process") -> RoundTripFigures:
    with (
        served_sandbox(240, mode=server) as served,
        tempfile.TemporaryDirectory(prefix="incadea-desk-bench-") as folder,
    ):
        return asyncio.run(measure(served, Path(folder), latency_ms))


def show(figures: RoundTripFigures) -> None:
    rows: list[tuple[str, object]] = [
        ("one round trip (median DMS ping)", f"{figures.round_trip_s * 1000:.1f} ms")
    ]
    for case in figures.cases:
        budget = (
            f"<= {figures.budget_round_trips}: {verdict(case.within_budget)}"
            if case.name != "cold_wo_number"
            else "not budgeted"
        )
        rows.append(
            (
                case.name,
                f"{case.outcome}, {case.requests} requests, depth {case.depth} ({budget}), "
                f"{case.seconds * 1000:.0f} ms = {case.round_trips_of_time:.1f} round trips",
            )
        )
    print_table(
        f"import_round_trips: {figures.latency_ms:g} ms round trip, sandbox in a {figures.server}",
        rows,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Round trips on the import's critical path.")
    parser.add_argument("--latency-ms", type=float, default=20.0, help="simulated round trip")
    parser.add_argument("--server", choices=SERVER_MODES, default="process")
    args = parser.parse_args(argv)
    figures = run(latency_ms=args.latency_ms, server=args.server)
    show(figures)
    path = write_results(
        "import_round_trips",
        asdict(figures)
        | {"within_budget": figures.within_budget, "all_in_claire": figures.all_in_claire},
    )
    print(f"results: {path}")
    return 0 if figures.all_in_claire else 1


if __name__ == "__main__":
    raise SystemExit(main())
