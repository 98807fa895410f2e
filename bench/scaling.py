"""How keep-importing's cost grows: the same first sync at 1,000, 10,000 and 100,000
workorders, each in a fresh process (so each peak memory is its own).

Budgets (DESIGN.md section 7): linear growth, that is the wall time at 10,000 at
most 11x the time at 1,000, and a first sync of 100,000 with a peak memory no
higher than at 10,000 plus 50 MB (pages are streamed; nothing holds every
workorder at once). Each size is a ``bench.keep_importing`` run (one repeat),
with its own correctness check of what Claire holds.

    uv run python -m bench.scaling [--sizes 1000 10000 100000] [--latency-ms 20]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from typing import Any

from bench.common import RESULTS_DIR, ROOT, print_table, verdict, write_results

GROWTH_TARGET = 11.0
MEMORY_HEADROOM_MB = 50.0


def run_size(orders: int, latency_ms: float, server: str) -> dict[str, Any]:
    """One keep-importing measurement in a child process; its first run's figures."""
    name = f"keep_importing_{orders}"
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.keep_importing",
            "--orders",
            str(orders),
            "--latency-ms",
            str(latency_ms),
            "--server",
            server,
            "--repeat",
            "1",
            "--results",
            name,
        ],
        cwd=ROOT,
        check=False,
    )
    figures = json.loads((RESULTS_DIR / f"{name}.json").read_text(encoding="utf-8"))
    run: dict[str, Any] = figures["runs"][0]
    run["exit_code"] = completed.returncode
    return run


def growth(runs: dict[int, dict[str, Any]]) -> dict[str, Any]:
    """Ratios between sizes: time for 10x the work, memory beyond the 10,000 run."""
    figures: dict[str, Any] = {}
    if 1000 in runs and 10000 in runs:
        ratio = runs[10000]["run_s"] / runs[1000]["run_s"]
        figures["wall_10k_over_1k"] = ratio
        figures["growth_target"] = GROWTH_TARGET
        figures["linear"] = ratio <= GROWTH_TARGET
    if 10000 in runs and 100000 in runs:
        extra = runs[100000]["peak_rss_mb"] - runs[10000]["peak_rss_mb"]
        figures["wall_100k_over_10k"] = runs[100000]["run_s"] / runs[10000]["run_s"]
        figures["peak_rss_100k_minus_10k_mb"] = extra
        figures["memory_headroom_mb"] = MEMORY_HEADROOM_MB
        figures["bounded_memory"] = extra <= MEMORY_HEADROOM_MB
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Keep-importing cost at growing sizes.")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--latency-ms", type=float, default=20.0)
    parser.add_argument("--server", choices=("process", "thread"), default="process")
    args = parser.parse_args(argv)
    runs = {size: run_size(size, args.latency_ms, args.server) for size in args.sizes}
    figures = growth(runs)
    rows: list[tuple[str, object]] = [
        (
            f"{size:,} WOs",
            f"{run['run_s']:.2f} s, client CPU {run['client_cpu_ms_per_wo']:.2f} ms/WO, "
            f"sandbox CPU {run['sandbox_cpu_s'] or 0:.1f} s, peak {run['peak_rss_mb']:.0f} MB, "
            f"Claire ok: {verdict(run['all_imported'])}",
        )
        for size, run in runs.items()
    ]
    if "wall_10k_over_1k" in figures:
        rows.append(
            (
                "10,000 / 1,000",
                f"{figures['wall_10k_over_1k']:.1f}x (target <= {GROWTH_TARGET:g}x: "
                f"{verdict(figures['linear'])})",
            )
        )
    if "peak_rss_100k_minus_10k_mb" in figures:
        rows.append(
            (
                "peak memory, 100,000 - 10,000",
                f"{figures['peak_rss_100k_minus_10k_mb']:+.0f} MB "
                f"(target <= {MEMORY_HEADROOM_MB:g} MB: {verdict(figures['bounded_memory'])})",
            )
        )
    print_table(f"scaling: {args.latency_ms:g} ms round trip, sandbox in a {args.server}", rows)
    path = write_results(
        "scaling", {"latency_ms": args.latency_ms, "runs": runs, "growth": figures}
    )
    print(f"results: {path}")
    ok = all(run["all_imported"] and run["exit_code"] == 0 for run in runs.values())
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
