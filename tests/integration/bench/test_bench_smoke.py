"""The keep-importing, push, site-group, start-up and search-paint benchmarks still
run end to end, at a size a test can afford.

Correctness only (everything imported once, the ratio computed); the timing
itself is the benchmark's business, never a test's.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

from bench.keep_importing import run
from bench.push_latency import run as run_push
from bench.site_group import run as run_site_group
from bench.startup_memory import measure

SMALLEST_SEEDED_DMS = 120  # the sandbox seeds one order per car, 120 cars
ROOT = Path(__file__).resolve().parents[3]


def test_keep_importing_benchmark_imports_every_workorder_once() -> None:
    figures = run(orders=SMALLEST_SEEDED_DMS, latency_ms=0, sample=5, server="process")
    assert (figures.seen, figures.imported, figures.failed) == (SMALLEST_SEEDED_DMS,) * 2 + (0,)
    claire = figures.claire
    assert (claire.appointments, claire.distinct) == (SMALLEST_SEEDED_DMS,) * 2
    assert (claire.duplicates, claire.missing, claire.unexpected, claire.mismatched) == (0,) * 4
    assert figures.all_imported
    assert figures.sample == 5
    assert figures.sandbox_cpu_s is not None
    assert figures.run_s > 0
    assert math.isfinite(figures.ratio)
    assert figures.ratio > 0
    assert figures.baseline_extrapolated_s == figures.baseline_per_wo_s * SMALLEST_SEEDED_DMS


def test_push_latency_benchmark_measures_each_change() -> None:
    figures = run_push(changes=3, delay_s=0.2)
    assert figures.all_in_claire
    assert figures.changes == 3
    assert 0 < figures.median_s <= figures.p95_s <= figures.slowest_s


def test_site_group_benchmark_imports_each_branch_into_its_location() -> None:
    figures = run_site_group(
        sites=2, per_site=60, latency_ms=0, server="process", dms_concurrency=2
    )
    assert figures.all_imported
    assert (figures.single_imported, figures.group_imported) == (60, 120)
    assert (figures.wrong_location, figures.missing) == (0, 0)
    assert set(figures.finishes_s) == {"b00", "b01"}
    assert figures.finish_ratio >= 1
    assert math.isfinite(figures.cpu_ratio)
    assert figures.cpu_ratio > 0


def test_startup_benchmark_starts_the_demo_window_as_the_command_does() -> None:
    desk = measure("desk", idle_s=0)
    bare = measure("bare", idle_s=0)
    assert list(desk.phases)[:3] == [
        "import incadea_desk.cli",
        "import Qt and qasync",
        "import incadea_desk.ui",
    ]
    assert "demo sandbox and services (window ready)" in desk.phases
    assert list(bare.phases) == ["import Qt and qasync", "window exposed"]
    for start in (desk, bare):
        assert start.visible_s > 0
        assert start.rss_mb > 0
        assert start.max_rss_mb > 0


def test_search_paint_benchmark_paints_each_copy_and_then_the_dms_answer() -> None:
    # The window benchmark makes the QApplication and the event loop of its process: it
    # runs in a process of its own, not in the tests'. A DMS slower than any paint
    # (500 ms) leaves the copy time to be seen before the answer replaces it.
    script = (
        "import dataclasses, json\n"
        "from bench.search_paint import run\n"
        "print(json.dumps([dataclasses.asdict(f) for f in run([500.0], 1)]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    [figures] = json.loads(done.stdout.splitlines()[-1])
    assert figures["copies_correct"]
    assert figures["latency_ms"] == 500
    counts = [len(figures[key]) for key in ("copy_ms", "answer_ms", "without_copy_ms")]
    assert counts == [1, 1, 1]
    assert figures["round_trip_ms"] > 0
    assert all(value > 0 for value in figures["copy_ms"] + figures["answer_ms"])
