"""The client's CPU per workorder beside another revision's, walk for walk, in one run.

On a shared or virtual machine the same work measures up to half as much again from
one hour to the next, so a CPU figure means something only beside a baseline measured
at the same time. This runs ``bench.stages`` in turn in this tree and in a copy of
another revision (``git archive``, into a temporary folder), with this tree's
interpreter and packages, and gives each pair's ratio and the median of the ratios.

The order within a pair alternates (baseline first, then this tree first), so a
machine that speeds up or slows down during the run favours neither side. A revision
whose ``bench.stages`` writes no ``client_cpu_ms_per_wo`` cannot be compared, and a
walk that imported fewer workorders than it was given ends the run: a cheaper walk
that did not finish is no comparison. Each walk writes its tree's
``bench/results/stages.json``, this tree's included.

    uv run python -m bench.paired --against 1919d43 [--pairs 3] [--orders 10000]
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from bench.common import ROOT

Walk = Callable[[Path], float]
"""The client's CPU per workorder (ms) of one walk run in a tree."""


class NotComparable(RuntimeError):
    """The other revision cannot be run or read the way this one is."""


@dataclass(frozen=True)
class Pair:
    baseline_ms: float
    this_ms: float
    baseline_first: bool

    @property
    def ratio(self) -> float:
        return self.this_ms / self.baseline_ms


@dataclass(frozen=True)
class Summary:
    pairs: list[Pair]
    baseline_median_ms: float
    this_median_ms: float
    median_ratio: float


def export(revision: str, into: Path, repository: Path = ROOT) -> Path:
    """The tree of ``revision`` written out under ``into``; ``NotComparable`` if git
    does not know it."""
    done = subprocess.run(
        ["git", "-C", str(repository), "archive", "--format=tar", revision],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        problem = done.stderr.decode(errors="replace").strip()
        raise NotComparable(f"git cannot export {revision!r}: {problem}")
    tree = into / "tree"
    with tarfile.open(fileobj=io.BytesIO(done.stdout)) as archive:
        if hasattr(tarfile, "data_filter"):
            archive.extractall(tree, filter="data")
        else:  # Python 3.11 before 3.11.4; the archive is this repository's own
            archive.extractall(tree)
    return tree


def stages_walk(orders: int, latency_ms: float) -> Walk:
    """One ``bench.stages`` walk of ``orders`` workorders in a tree, read from the
    results file it writes there."""

    def walk(tree: Path) -> float:
        command = [sys.executable, "-m", "bench.stages", "--sizes", str(orders)]
        command += ["--latency-ms", f"{latency_ms:g}"]
        done = subprocess.run(command, cwd=tree, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-5:])
            raise NotComparable(f"bench.stages failed in {tree} (exit {done.returncode}):\n{tail}")
        return client_cpu(tree / "bench" / "results" / "stages.json", orders)

    return walk


def client_cpu(results: Path, orders: int) -> float:
    """The client's CPU per workorder of the walk of ``orders`` in a ``bench.stages``
    results file, if that walk imported every workorder."""
    try:
        runs = json.loads(results.read_text(encoding="utf-8"))["runs"]
        run = next(run for run in runs if run["orders"] == orders)
        figure, imported = float(run["client_cpu_ms_per_wo"]), int(run["imported"])
    except (OSError, ValueError, KeyError, TypeError, StopIteration) as error:
        raise NotComparable(f"{results} holds no client CPU for {orders} workorders") from error
    if imported != orders:
        raise NotComparable(f"the walk imported {imported} of {orders} workorders")
    return figure


def compare(baseline: Path, this: Path, pairs: int, walk: Walk) -> Summary:
    """``pairs`` pairs of walks, the order within each pair alternating."""
    measured: list[Pair] = []
    for index in range(pairs):
        baseline_first = index % 2 == 0
        if baseline_first:
            baseline_ms = walk(baseline)
            this_ms = walk(this)
        else:
            this_ms = walk(this)
            baseline_ms = walk(baseline)
        pair = Pair(baseline_ms, this_ms, baseline_first)
        print(
            f"pair {index + 1}: baseline {baseline_ms:.3f} ms, this tree {this_ms:.3f} ms, "
            f"{pair.ratio:.2f}x",
            flush=True,
        )
        measured.append(pair)
    return summarise(measured)


def summarise(pairs: Sequence[Pair]) -> Summary:
    if not pairs:
        raise ValueError("no pairs to summarise")
    return Summary(
        pairs=list(pairs),
        baseline_median_ms=statistics.median(p.baseline_ms for p in pairs),
        this_median_ms=statistics.median(p.this_ms for p in pairs),
        median_ratio=statistics.median(p.ratio for p in pairs),
    )


def main(argv: list[str] | None = None) -> int:
    from bench.common import write_results

    parser = argparse.ArgumentParser(
        description="Client CPU per workorder against another revision, in one run."
    )
    parser.add_argument("--against", required=True, help="the baseline's git revision")
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--orders", type=int, default=10_000)
    parser.add_argument("--latency-ms", type=float, default=20.0)
    args = parser.parse_args(argv)
    if args.pairs < 1:
        parser.error("--pairs must be at least 1")
    with tempfile.TemporaryDirectory(prefix="incadea-desk-baseline-") as folder:
        try:
            baseline = export(args.against, Path(folder))
            summary = compare(baseline, ROOT, args.pairs, stages_walk(args.orders, args.latency_ms))
        except NotComparable as problem:
            print(f"paired: {problem}")
            return 2
    print(
        f"{args.orders} WOs, {args.latency_ms:g} ms round trip, against {args.against}: "
        f"baseline median {summary.baseline_median_ms:.3f} ms, "
        f"this tree median {summary.this_median_ms:.3f} ms, "
        f"median ratio {summary.median_ratio:.2f}x"
    )
    path = write_results(
        "paired",
        {
            "against": args.against,
            "orders": args.orders,
            "latency_ms": args.latency_ms,
            **asdict(summary),
        },
    )
    print(f"results: {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
