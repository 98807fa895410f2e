"""Where keep-importing's CPU goes: the client's CPU per workorder, stage by stage.

A child process runs ``KeepImporting.run_once()`` of a fresh workstation against
a sandbox in a process of its own, as ``bench.keep_importing`` does, and measures
its CPU time. While the walk runs, py-spy samples the child's threads 500 times
a second and keeps only the samples of the thread that holds the interpreter
lock (``--gil``): CPU spent in Python, whichever thread spends it (the event
loop, or the worker threads that read pages and prepare batches). Each sample
goes to the first stage whose functions are on its stack; a stage's share of
the samples times the measured CPU is its CPU per workorder.

The contact-check libraries are loaded before the walk starts, as the window loads
them beside its first paint: their loading is start-up, not work per workorder.

Work done while the lock is released (SQLite's own C code, hashing, socket
calls) is not sampled; it is small and lands in the measured total only. The
garbage collector's work lands in the stage that allocated when it ran.

Beside the stages, each thread's own CPU time is read from the kernel
(``/proc/self/task``, Linux only), before and after the walk, and summed by kind
of thread: the event loop's, the worker threads that read pages and prepare
batches, and the store's. That split is exact where the samples are an estimate.
So are its context switches, read the same way: how often each kind of thread
waited (for the interpreter lock, a queue, the network) and how often the kernel
gave its CPU to another. On a virtual machine each switch is dear (a thread
handing work to another and back costs about 0.1 ms of CPU on the 2-core machine
of docs/benchmarks.md), so they say how much of the walk is taking turns.

py-spy is a development dependency; it reads another process's memory, which
some containers forbid (it then says so and the benchmark stops with exit 2).

    uv run python -m bench.stages [--sizes 1000 10000] [--latency-ms 20]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from bench.common import ROOT

LOOKBACK_DAYS = 365
READY = "ready"
SAMPLES_PER_S = 500
CHILD_TIMEOUT_S = 3600.0

# First match wins: a stage is named by the functions that are on the stack while it runs.
STAGES: list[tuple[str, tuple[str, ...]]] = [
    (
        "decode (JSON -> structs or wire models)",
        ("_read_rows", "TenantNames.parse", "read_json", "validate_answer"),
    ),
    ("map (-> domain Workorder)", ("_dms_workorder", "to_workorder")),
    ("contact-data and quality checks", ("workorder_warnings",)),
    ("Claire payload (JSON, hash)", ("prepare (",)),
    ("Claire send (request, answer)", ("ClaireClient.import_workorders",)),
    (
        "DMS fetch (request, paging)",
        (
            "IncadeaClient.changed_between",
            "IncadeaClient.count_changed",
            "IncadeaClient.changed_since",
            "IncadeaClient.reread",
            "PageServiceClient.changed_since",
            "PageServiceClient.reread",
        ),
    ),
    ("journal and watermark (SQLite)", ("incadea_desk/store/",)),
]
OTHER = "other (event loop, batches, threads)"

# A thread's kind by the start of its name (first match wins); asyncio.to_thread's
# workers are the default executor's, named asyncio_0, asyncio_1, ...
THREAD_KINDS: list[tuple[str, str]] = [
    ("MainThread", "event loop (main thread)"),
    ("asyncio_", "worker threads (pages read, batches prepared)"),
    ("incadea-desk-store", "store thread (SQLite)"),
]
OTHER_THREADS = "other threads"


@dataclass(frozen=True)
class StageFigures:
    orders: int
    latency_ms: float
    run_s: float
    client_cpu_s: float
    client_cpu_ms_per_wo: float
    imported: int
    samples: int
    stages_ms_per_wo: dict[str, float]
    stages_share: dict[str, float]
    threads_ms_per_wo: dict[str, float]
    """Each kind of thread's CPU per workorder; empty where the kernel does not say."""
    threads_switches: dict[str, list[int]]
    """Each kind of thread's context switches in the walk: [voluntary, involuntary]."""


def thread_kind(name: str) -> str:
    for prefix, kind in THREAD_KINDS:
        if name.startswith(prefix):
            return kind
    return OTHER_THREADS


def _task_files(name: str) -> Iterator[tuple[int, str, str]]:
    """Each thread of this process: (native id, Python's name for it or "", the text of
    its ``/proc/self/task/<id>/<name>``); nothing where there is no ``/proc/self/task``
    (only Linux has it)."""
    import threading

    tasks = Path("/proc/self/task")
    if not tasks.is_dir():
        return
    names = {thread.native_id: thread.name for thread in threading.enumerate()}
    for task in tasks.iterdir():
        try:
            text = (task / name).read_text()
        except OSError:  # the thread ended in between
            continue
        tid = int(task.name)
        yield tid, names.get(tid, ""), text


def thread_cpu_s() -> dict[int, tuple[str, float]]:
    """This process's threads: native id -> (name, CPU seconds so far); empty where
    the kernel does not say."""
    import os

    tick = os.sysconf("SC_CLK_TCK")
    threads: dict[int, tuple[str, float]] = {}
    for tid, name, stat in _task_files("stat"):
        # After the command in parentheses: state, ..., utime and stime (fields 14, 15).
        fields = stat.rsplit(")", 1)[1].split()
        threads[tid] = (name, (int(fields[11]) + int(fields[12])) / tick)
    return threads


def thread_switches() -> dict[int, tuple[str, int, int]]:
    """This process's threads: native id -> (name, voluntary, involuntary context
    switches so far); empty where the kernel does not say.

    A thread switches voluntarily when it waits: for the interpreter lock, a lock, a
    queue or the network. It is switched involuntarily when the kernel gives its CPU to
    another thread or process. Either costs the kernel's work of a switch."""
    threads: dict[int, tuple[str, int, int]] = {}
    for tid, name, status in _task_files("status"):
        counts = dict(line.split(":", 1) for line in status.splitlines() if "ctxt_switches" in line)
        threads[tid] = (
            name,
            int(counts.get("voluntary_ctxt_switches", "0")),
            int(counts.get("nonvoluntary_ctxt_switches", "0")),
        )
    return threads


def switches_by_kind(
    before: dict[int, tuple[str, int, int]], after: dict[int, tuple[str, int, int]]
) -> dict[str, list[int]]:
    """Voluntary and involuntary switches between two readings, per kind of thread."""
    made: dict[str, list[int]] = {}
    for tid, (name, voluntary, involuntary) in after.items():
        _, was_voluntary, was_involuntary = before.get(tid, (name, 0, 0))
        counts = made.setdefault(thread_kind(name), [0, 0])
        counts[0] += voluntary - was_voluntary
        counts[1] += involuntary - was_involuntary
    return made


def cpu_by_kind(
    before: dict[int, tuple[str, float]], after: dict[int, tuple[str, float]]
) -> dict[str, float]:
    """CPU seconds spent between two readings, summed per kind of thread; a thread that
    started in between counts from zero (one that ended in between is not seen)."""
    spent: dict[str, float] = {}
    for tid, (name, cpu_s) in after.items():
        kind = thread_kind(name)
        spent[kind] = spent.get(kind, 0.0) + cpu_s - before.get(tid, (name, 0.0))[1]
    return spent


def child(orders: int, latency_ms: float) -> None:
    """The measured process: says ``ready``, then waits for a line on its stdin before
    the walk, and prints the walk's figures as JSON."""
    from bench.common import open_services, served_sandbox, set_latency
    from incadea_desk.domain.contact import preload as preload_contact_checks

    async def walk(served_environment: dict[str, str], folder: Path) -> dict[str, object]:
        services = await open_services(
            served_environment, folder / "stages.sqlite3", lookback_days=LOOKBACK_DAYS
        )
        try:
            await asyncio.gather(services.dms.ping(), services.claire.ping())
            # The contact-check libraries load once per process, as the window loads
            # them beside its first paint: start-up, not work per workorder.
            preload_contact_checks()
            print(READY, flush=True)
            await asyncio.to_thread(sys.stdin.readline)
            threads, switches = thread_cpu_s(), thread_switches()
            started, cpu = time.perf_counter(), time.process_time()
            report = await services.sync.run_once()
            return {
                "run_s": time.perf_counter() - started,
                "cpu_s": time.process_time() - cpu,
                "imported": report.imported,
                "threads_cpu_s": cpu_by_kind(threads, thread_cpu_s()),
                "threads_switches": switches_by_kind(switches, thread_switches()),
            }
        finally:
            await services.aclose()

    with (
        served_sandbox(orders) as served,
        tempfile.TemporaryDirectory(prefix="incadea-desk-bench-") as folder,
    ):

        async def measured() -> dict[str, object]:
            await set_latency(served, latency_ms)
            return await walk(served.environment, Path(folder))

        print(json.dumps(asyncio.run(measured())), flush=True)


def stage_of(stack: str) -> str:
    for name, functions in STAGES:
        if any(function in stack for function in functions):
            return name
    return OTHER


def read_samples(raw: str) -> Counter[str]:
    """py-spy's raw output (``frame;frame;... count`` per line) as samples per stage."""
    counts: Counter[str] = Counter()
    for line in raw.splitlines():
        stack, _, count = line.rstrip().rpartition(" ")
        if stack and count.isdigit():
            counts[stage_of(stack)] += int(count)
    return counts


def measure(orders: int, latency_ms: float, py_spy: str) -> StageFigures:
    with tempfile.TemporaryDirectory(prefix="incadea-desk-stages-") as folder:
        code = f"from bench.stages import child; child({orders}, {latency_ms})"
        process = subprocess.Popen(
            [sys.executable, "-c", code],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        assert process.stdin is not None
        assert process.stdout is not None
        try:
            if process.stdout.readline().strip() != READY:
                raise RuntimeError(f"the walk did not start (exit {process.wait()})")
            samples = Path(folder) / "samples.txt"
            spy = subprocess.Popen(
                [
                    py_spy,
                    "record",
                    "--pid",
                    str(process.pid),
                    "--rate",
                    str(SAMPLES_PER_S),
                    "--gil",
                    "--nonblocking",
                    "--format",
                    "raw",
                    "--output",
                    str(samples),
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            # py-spy needs a moment to attach before the walk starts.
            time.sleep(1.0)
            if spy.poll() is not None:
                raise PermissionError(spy.stderr.read() if spy.stderr else "py-spy ended")
            out, _ = process.communicate("go\n", timeout=CHILD_TIMEOUT_S)
            spy.wait(timeout=60)
        except BaseException:
            process.kill()
            process.wait()
            raise
        result = json.loads(out.strip().splitlines()[-1])
        counts = read_samples(samples.read_text() if samples.exists() else "")
    total = sum(counts.values())
    cpu_ms_per_wo = result["cpu_s"] / orders * 1000
    names = [name for name, _ in STAGES] + [OTHER]
    share = {name: counts[name] / total if total else 0.0 for name in names}
    return StageFigures(
        orders=orders,
        latency_ms=latency_ms,
        run_s=result["run_s"],
        client_cpu_s=result["cpu_s"],
        client_cpu_ms_per_wo=cpu_ms_per_wo,
        imported=int(result["imported"]),
        samples=total,
        stages_ms_per_wo={name: share[name] * cpu_ms_per_wo for name in names},
        stages_share=share,
        threads_ms_per_wo={
            kind: cpu_s / orders * 1000 for kind, cpu_s in result["threads_cpu_s"].items()
        },
        threads_switches=result["threads_switches"],
    )


def show(figures: StageFigures) -> None:
    from bench.common import print_table

    rows = [
        (name, f"{ms:.3f} ms ({figures.stages_share[name] * 100:.0f}%)")
        for name, ms in figures.stages_ms_per_wo.items()
    ]

    def switches(kind: str) -> str:
        voluntary, involuntary = figures.threads_switches.get(kind, [0, 0])
        return f", switches {voluntary} waiting + {involuntary} preempted"

    threads = [
        (f"  {kind}", f"{ms:.3f} ms{switches(kind)}")
        for kind, ms in sorted(figures.threads_ms_per_wo.items(), key=lambda item: -item[1])
    ]
    print_table(
        f"stages: {figures.orders} WOs, {figures.latency_ms:g} ms round trip, "
        f"{figures.samples} samples, walk {figures.run_s:.2f} s",
        [
            *rows,
            ("client CPU per WO (measured)", f"{figures.client_cpu_ms_per_wo:.3f} ms"),
            *([("by thread (the kernel's count)", ""), *threads] if threads else []),
        ],
    )


def main(argv: list[str] | None = None) -> int:
    from bench.common import write_results

    parser = argparse.ArgumentParser(description="Client CPU per workorder, stage by stage.")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--latency-ms", type=float, default=20.0)
    args = parser.parse_args(argv)
    py_spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    if not Path(py_spy).exists():
        print("stages: py-spy is not installed (uv sync installs it with the dev tools)")
        return 2
    results = []
    try:
        for orders in args.sizes:
            figures = measure(orders, args.latency_ms, py_spy)
            show(figures)
            results.append(figures)
    except PermissionError as error:
        print(f"stages: py-spy cannot read the walk's process here: {error}")
        return 2
    path = write_results("stages", {"runs": [asdict(f) for f in results]})
    print(f"results: {path}")
    return 0 if all(f.imported == f.orders for f in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
