"""The GUI event loop's longest stall while keep-importing runs a bulk sync.

Budget (DESIGN.md section 7): the GUI event loop never stalls more than
50 ms, also during a bulk sync.

The real ``MainWindow`` is shown (``QT_QPA_PLATFORM=offscreen``) on the
qasync loop, built as ``--demo`` builds it, on a sandbox whose DMS holds
``--orders`` workorders, all inside the first-run look-back window. A
``QTimer`` ticking every 5 ms records when it fires; a gap between two ticks
longer than 5 ms is the loop being busy. Measured:

- baseline: the same window, started, with keep-importing paused (idle), for
  ``--idle-s`` seconds;
- bulk sync: from ``resume()`` until keep-importing has imported every
  workorder and is idle again.

Three ways to run the sandbox (``--sandbox``, default all):

- ``demo``: in process, exactly as ``--demo`` runs it: the stand-ins' work
  (rendering DMS pages, validating Claire imports) runs on a private event
  loop in a background thread, and competes with the window's thread only for
  the interpreter lock;
- ``thread``: over loopback HTTP from the sandbox's background thread; the GUI
  loop carries only the application's work, but the stand-ins still compete
  with it for the interpreter lock;
- ``process``: over loopback HTTP from a sandbox in its own process, as real
  remote systems are: what remains is the application's own work.

    QT_QPA_PLATFORM=offscreen uv run python -m bench.gui_stall [--orders 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

SandboxMode = Literal["demo", "thread", "process"]
SANDBOX_MODES: tuple[SandboxMode, ...] = ("demo", "thread", "process")
TICK_MS = 5
BUDGET_MS = 50.0
LOOKBACK_DAYS = 365
SYNC_TIMEOUT_S = 300.0


@dataclass(frozen=True)
class Stalls:
    """Gaps between ticks of a 5 ms timer, milliseconds."""

    seconds: float
    ticks: int
    max_gap_ms: float
    p99_gap_ms: float
    median_gap_ms: float
    gaps_over_budget: int


@dataclass(frozen=True)
class StallFigures:
    sandbox: str
    orders: int
    latency_ms: float
    idle: Stalls
    sync: Stalls
    imported: int
    failed: int
    claire_appointments: int
    budget_ms: float
    within_budget: bool
    max_gap_vs_idle: float

    @property
    def all_imported(self) -> bool:
        return self.imported == self.orders == self.claire_appointments and self.failed == 0


def stalls(ticks: list[float]) -> Stalls:
    from bench.common import median, percentile

    gaps = [(later - earlier) * 1000 for earlier, later in itertools.pairwise(ticks)]
    return Stalls(
        seconds=(ticks[-1] - ticks[0]) if len(ticks) > 1 else 0.0,
        ticks=len(ticks),
        max_gap_ms=max(gaps, default=0.0),
        p99_gap_ms=percentile(gaps, 0.99),
        median_gap_ms=median(gaps),
        gaps_over_budget=sum(1 for gap in gaps if gap > BUDGET_MS),
    )


@dataclass
class _Served:
    """The sandbox the window runs on: its settings, and how to count what Claire holds."""

    environment: dict[str, str]
    dms_transport: Any
    claire_transport: Any
    count_in_claire: Callable[[], Awaitable[int]]


@contextlib.asynccontextmanager
async def _serve(mode: SandboxMode, orders: int, latency_ms: float) -> AsyncIterator[_Served]:
    from bench.common import claire_appointments, served_sandbox, set_latency
    from incadea_desk.sandbox import (
        INPROCESS_CLAIRE_URL,
        INPROCESS_INCADEA_URL,
        FaultSettings,
        LoopbackThread,
        Sandbox,
    )

    if mode == "process":
        with served_sandbox(orders, mode="process") as served:
            await set_latency(served, latency_ms)

            async def count_over_http() -> int:
                return len(await claire_appointments(served, served.location_id))

            yield _Served(served.environment, None, None, count_over_http)
        return

    latency = FaultSettings(latency_ms=latency_ms)
    sandbox = Sandbox(
        order_count=orders, incadea_faults=latency, claire_faults=latency.model_copy()
    )

    async def count_in_memory() -> int:
        return sum(1 for location, _ in sandbox.claire.by_key if location == sandbox.location_id)

    if mode == "demo":
        # As ``--demo`` runs it: in process, on a loop of its own in a background thread.
        sandbox.serve_in_background()
        try:
            yield _Served(
                sandbox.environment(INPROCESS_INCADEA_URL, INPROCESS_CLAIRE_URL),
                sandbox.incadea_transport(),
                sandbox.claire_transport(),
                count_in_memory,
            )
        finally:
            sandbox.stop_background()
        return
    with LoopbackThread(sandbox) as urls:
        yield _Served(
            sandbox.environment(urls.incadea_base_url, urls.claire_base_url),
            None,
            None,
            count_in_memory,
        )


async def measure(
    served: _Served, mode: SandboxMode, orders: int, latency_ms: float, idle_s: float
) -> StallFigures:
    from PySide6.QtCore import Qt as QtNamespace
    from PySide6.QtCore import QTimer

    from bench.common import sandbox_settings
    from incadea_desk.services.events import SyncProgressEvent
    from incadea_desk.services.lifetime import Services
    from incadea_desk.ui.main_window import MainWindow
    from incadea_desk.ui.start_up import freeze_start_up_heap

    ticks: list[float] = []
    timer = QTimer()
    timer.setTimerType(QtNamespace.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))

    async def record(until: asyncio.Event | None, seconds: float) -> Stalls:
        ticks.clear()
        timer.start()
        if until is None:
            await asyncio.sleep(seconds)
        else:
            await asyncio.wait_for(until.wait(), seconds)
        timer.stop()
        return stalls(list(ticks))

    with tempfile.TemporaryDirectory(prefix="incadea-desk-bench-") as folder:
        # The demo's settings (keep-importing every 15 s), with a look-back over every order.
        settings, secrets = sandbox_settings(
            served.environment, interval_seconds=15, lookback_days=LOOKBACK_DAYS
        )
        services = await Services.open(
            settings,
            secrets,
            dms_transport=served.dms_transport,
            claire_transport=served.claire_transport,
            store_path=Path(folder) / "demo.sqlite3",
        )
        finished = asyncio.Event()

        def watch(event: object) -> None:
            if isinstance(event, SyncProgressEvent):
                progress = event.progress
                if progress.state in ("idle", "stopped") and progress.last_run is not None:
                    finished.set()

        services.events.subscribe(watch)
        window = MainWindow(services, settings, title_suffix="— demo")
        try:
            services.sync.pause()
            # As the application does once its window is built.
            freeze_start_up_heap()
            window.show()
            window.start()
            # Let the window paint and load its activity log before the baseline.
            await asyncio.sleep(0.5)
            idle = await record(None, idle_s)
            services.sync.resume()
            sync = await record(finished, SYNC_TIMEOUT_S)
            progress = services.sync.progress
        finally:
            await window.shutdown()
            window.deleteLater()
    held = await served.count_in_claire()
    return StallFigures(
        sandbox=mode,
        orders=orders,
        latency_ms=latency_ms,
        idle=idle,
        sync=sync,
        imported=progress.imported,
        failed=progress.failed,
        claire_appointments=held,
        budget_ms=BUDGET_MS,
        within_budget=sync.max_gap_ms <= BUDGET_MS,
        max_gap_vs_idle=sync.max_gap_ms / idle.max_gap_ms if idle.max_gap_ms else 0.0,
    )


def run(
    modes: list[SandboxMode], *, orders: int = 1000, latency_ms: float = 20.0, idle_s: float = 2.0
) -> list[StallFigures]:
    """Every mode in one process, on one ``QApplication`` and one qasync loop, as the
    application has one for its lifetime."""
    from bench.common import run_on_window_loop

    async def every_mode() -> list[StallFigures]:
        results = []
        for mode in modes:
            async with _serve(mode, orders, latency_ms) as served:
                results.append(await measure(served, mode, orders, latency_ms, idle_s))
        return results

    return run_on_window_loop(every_mode)


def show(figures: StallFigures) -> None:
    from bench.common import print_table, verdict

    def line(s: Stalls) -> str:
        return (
            f"max {s.max_gap_ms:.1f} ms, p99 {s.p99_gap_ms:.1f} ms, "
            f"median {s.median_gap_ms:.1f} ms, {s.gaps_over_budget} over {figures.budget_ms:g} ms "
            f"({s.ticks} ticks, {s.seconds:.1f} s)"
        )

    print_table(
        f"gui_stall: sandbox {figures.sandbox}, {figures.orders} WOs, "
        f"{figures.latency_ms:g} ms round trip, {TICK_MS} ms timer",
        [
            ("idle window (baseline)", line(figures.idle)),
            ("during the bulk sync", line(figures.sync)),
            ("max gap vs idle", f"{figures.max_gap_vs_idle:.1f}x"),
            (f"within {figures.budget_ms:g} ms", verdict(figures.within_budget)),
            (
                "imported / failed / in Claire",
                f"{figures.imported} / {figures.failed} / {figures.claire_appointments}",
            ),
        ],
    )


def main(argv: list[str] | None = None) -> int:
    from bench.common import write_results

    parser = argparse.ArgumentParser(description="GUI event-loop stalls during a bulk sync.")
    parser.add_argument("--orders", type=int, default=1000, help="workorders synced (>= 120)")
    parser.add_argument("--latency-ms", type=float, default=20.0, help="simulated round trip")
    parser.add_argument("--idle-s", type=float, default=2.0, help="length of the idle baseline")
    parser.add_argument("--sandbox", choices=(*SANDBOX_MODES, "all"), default="all")
    args = parser.parse_args(argv)
    modes = list(SANDBOX_MODES) if args.sandbox == "all" else [args.sandbox]
    results = run(modes, orders=args.orders, latency_ms=args.latency_ms, idle_s=args.idle_s)
    for figures in results:
        show(figures)
    path = write_results(
        "gui_stall", {"runs": [asdict(f) | {"all_imported": f.all_imported} for f in results]}
    )
    print(f"results: {path}")
    return 0 if all(f.all_imported for f in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
