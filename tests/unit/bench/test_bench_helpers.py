"""The arithmetic the benchmarks report with: critical-path depth, Claire's check, percentiles."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest

from bench.common import PeakMemory, percentile, rss_bytes
from bench.import_round_trips import Interval, sequential_depth
from bench.keep_importing import check_claire
from bench.scaling import growth


def _at(start: float, end: float) -> Interval:
    return Interval("dms", "GET", "/", start, end)


def test_parallel_requests_count_once_on_the_critical_path() -> None:
    assert sequential_depth([]) == 0
    assert sequential_depth([_at(0, 10), _at(1, 11), _at(2, 9)]) == 1
    assert sequential_depth([_at(0, 10), _at(1, 12), _at(12, 20), _at(21, 30)]) == 3


def test_a_request_starting_as_another_ends_follows_it() -> None:
    assert sequential_depth([_at(0, 10), _at(10, 20)]) == 2


def test_a_long_request_does_not_hide_a_chain_beside_it() -> None:
    assert sequential_depth([_at(0, 100), _at(1, 10), _at(11, 20), _at(21, 30)]) == 3


def test_claire_check_finds_duplicates_gaps_strays_and_wrong_content() -> None:
    expected = {"SO-1": ("1", 100), "SO-2": ("2", 200), "SO-3": ("3", None)}
    held: list[dict[str, object]] = [
        {"dms_nr": "SO-1", "wo_nr": "1", "mileage": 100},
        {"dms_nr": "SO-1", "wo_nr": "1", "mileage": 100},
        {"dms_nr": "SO-3", "wo_nr": "3", "mileage": 5},
        {"dms_nr": "SO-9", "wo_nr": "9", "mileage": 1},
    ]
    check = check_claire(held, expected)
    assert (check.appointments, check.distinct) == (4, 3)
    assert (check.duplicates, check.missing, check.unexpected, check.mismatched) == (1, 1, 1, 1)
    assert not check.ok


def test_claire_check_passes_one_faithful_record_per_workorder() -> None:
    expected = {"SO-1": ("1", 100), "SO-2": ("2", None)}
    held: list[dict[str, object]] = [
        {"dms_nr": "SO-2", "wo_nr": "2", "mileage": None},
        {"dms_nr": "SO-1", "wo_nr": "1", "mileage": 100},
    ]
    assert check_claire(held, expected).ok


def test_percentile_is_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 0.99) == 99.0
    assert percentile(values, 1.0) == 100.0
    assert percentile([7.0], 0.99) == 7.0
    assert percentile([], 0.99) == 0.0


def test_growth_compares_ten_times_the_work_and_memory_beyond_the_smaller_run() -> None:
    runs: dict[int, dict[str, Any]] = {
        1000: {"run_s": 1.0, "peak_rss_mb": 90.0},
        10000: {"run_s": 12.0, "peak_rss_mb": 120.0},
        100000: {"run_s": 110.0, "peak_rss_mb": 160.0},
    }
    figures = growth(runs)
    assert figures["wall_10k_over_1k"] == 12.0
    assert not figures["linear"]
    assert figures["peak_rss_100k_minus_10k_mb"] == 40.0
    assert figures["bounded_memory"]
    assert growth({1000: runs[1000]}) == {}


def test_peak_memory_sees_an_allocation_made_inside_the_block() -> None:
    sampled = threading.Event()
    with PeakMemory(every_s=0.001) as memory:
        block = bytearray(64_000_000)
        block[::4096] = b"x" * len(block[::4096])
        touched = rss_bytes()
        deadline = time.monotonic() + 10
        # Until the sampler has seen the block resident (or the deadline passes).
        while memory.peak_bytes < touched and time.monotonic() < deadline:
            sampled.wait(0.001)
        del block
    assert memory.peak_bytes >= rss_bytes() + 32_000_000


def test_a_profile_sample_goes_to_the_first_stage_on_its_stack() -> None:
    from bench.stages import OTHER, read_samples

    raw = "\n".join(
        [
            # Mapping in the worker thread, below the page read: the map stage.
            "_worker (concurrent/futures/thread.py:83);_dms_workorder (incadea/client.py:9) 7",
            # The checks run inside prepare: the checks stage, not the Claire payload.
            "prepare (services/importing.py:72);workorder_warnings (domain/quality.py:30) 3",
            "prepare (services/importing.py:73);appointment_json (claire/encoding.py:30) 5",
            # Rows decoded below the page read: the decode stage, not the fetch.
            "IncadeaClient.changed_since (incadea/client.py:50);"
            "_read_rows (incadea/completion.py:44) 4",
            # A page of the walk requested on the event loop: the fetch.
            "pages_on_first_keys (services/first_keys.py:40);"
            "IncadeaClient.changed_between (incadea/client.py:99);"
            "RemoteHttp.send (incadea_desk/http.py:200) 6",
            "BaseEventLoop._run_once (asyncio/base_events.py:1922) 2",
            "not a sample line",
        ]
    )
    counts = read_samples(raw)
    assert counts["map (-> domain Workorder)"] == 7
    assert counts["contact-data and quality checks"] == 3
    assert counts["Claire payload (JSON, hash)"] == 5
    assert counts["decode (JSON -> structs or wire models)"] == 4
    assert counts["DMS fetch (request, paging)"] == 6
    assert counts[OTHER] == 2
    assert sum(counts.values()) == 27


def test_a_thread_is_counted_by_its_kind_from_when_it_was_first_seen() -> None:
    from bench.stages import OTHER_THREADS, cpu_by_kind

    before = {1: ("MainThread", 2.0), 2: ("asyncio_0", 1.0)}
    after = {
        1: ("MainThread", 2.5),
        2: ("asyncio_0", 1.25),
        3: ("asyncio_1", 0.5),  # started during the walk
        4: ("incadea-desk-store_0", 0.25),
        5: ("", 0.125),  # a thread Python does not know
    }
    assert cpu_by_kind(before, after) == {
        "event loop (main thread)": 0.5,
        "worker threads (pages read, batches prepared)": 0.75,
        "store thread (SQLite)": 0.25,
        OTHER_THREADS: 0.125,
    }


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="the kernel's count is Linux's")
def test_the_kernels_count_sees_a_worker_thread_spend_its_cpu() -> None:
    from bench.stages import cpu_by_kind, thread_cpu_s

    spent, done = threading.Event(), threading.Event()

    def spend() -> None:
        # Busy until this thread's own clock says 0.1 s of CPU, well over a clock tick;
        # then it waits to be read, as an ended thread leaves the kernel's list.
        started = time.thread_time()
        while time.thread_time() - started < 0.1:
            pass
        spent.set()
        done.wait(30)

    before = thread_cpu_s()
    worker = threading.Thread(target=spend, name="asyncio_7")
    worker.start()
    try:
        assert spent.wait(30)
        after = thread_cpu_s()
    finally:
        done.set()
        worker.join()
    assert cpu_by_kind(before, after)["worker threads (pages read, batches prepared)"] >= 0.05


def test_switches_are_counted_by_kind_of_thread_from_when_it_was_first_seen() -> None:
    from bench.stages import OTHER_THREADS, switches_by_kind

    before = {1: ("MainThread", 10, 4), 2: ("asyncio_0", 3, 1)}
    after = {
        1: ("MainThread", 15, 6),
        2: ("asyncio_0", 5, 1),
        3: ("asyncio_1", 7, 2),  # started during the walk
        4: ("", 1, 0),
    }
    assert switches_by_kind(before, after) == {
        "event loop (main thread)": [5, 2],
        "worker threads (pages read, batches prepared)": [9, 2],
        OTHER_THREADS: [1, 0],
    }


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="the kernel's count is Linux's")
def test_the_kernel_counts_each_wait_of_a_thread_as_a_switch() -> None:
    from bench.stages import switches_by_kind, thread_switches

    asked, answered = threading.Semaphore(0), threading.Semaphore(0)
    done = threading.Event()
    rounds = 50

    def answer() -> None:
        # Blocks on the semaphore each round: at least one voluntary switch per round.
        # Then it waits to be read, as an ended thread leaves the kernel's list.
        for _ in range(rounds):
            asked.acquire()
            answered.release()
        done.wait(30)

    worker = threading.Thread(target=answer, name="asyncio_8")
    worker.start()
    before = thread_switches()
    for _ in range(rounds):
        asked.release()
        assert answered.acquire(timeout=30)
    after = thread_switches()
    done.set()
    worker.join(30)
    voluntary, _ = switches_by_kind(before, after)["worker threads (pages read, batches prepared)"]
    assert voluntary >= rounds - 1
