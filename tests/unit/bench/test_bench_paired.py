"""bench.paired: walks in turn against another revision, the ratio of each pair."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from bench.paired import NotComparable, Pair, client_cpu, compare, export, summarise


def _results(tree: Path, runs: list[dict[str, object]]) -> Path:
    path = tree / "bench" / "results" / "stages.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"machine": {}, "runs": runs}), encoding="utf-8")
    return path


def test_the_walks_alternate_which_side_goes_first(tmp_path: Path) -> None:
    baseline, this = tmp_path / "baseline", tmp_path / "this"
    order: list[str] = []
    figures = {"baseline": iter([0.8, 0.7, 0.9]), "this": iter([0.4, 0.42, 0.36])}

    def walk(tree: Path) -> float:
        order.append(tree.name)
        return next(figures[tree.name])

    summary = compare(baseline, this, 3, walk)

    assert order == ["baseline", "this", "this", "baseline", "baseline", "this"]
    assert [p.baseline_first for p in summary.pairs] == [True, False, True]
    assert summary.baseline_median_ms == 0.8
    assert summary.this_median_ms == 0.4
    assert summary.median_ratio == pytest.approx(0.5)  # 0.5, 0.6, 0.4


def test_the_median_ratio_is_of_the_pairs_not_of_the_medians() -> None:
    summary = summarise([Pair(1.0, 0.5, True), Pair(2.0, 0.6, False), Pair(0.5, 0.4, True)])
    assert summary.median_ratio == pytest.approx(0.5)  # ratios 0.5, 0.3, 0.8
    assert summary.this_median_ms / summary.baseline_median_ms == pytest.approx(0.5)
    with pytest.raises(ValueError, match="no pairs"):
        summarise([])


def test_a_walk_is_read_from_the_results_file_of_its_size(tmp_path: Path) -> None:
    path = _results(
        tmp_path,
        [
            {"orders": 1000, "client_cpu_ms_per_wo": 0.9, "imported": 1000},
            {"orders": 10000, "client_cpu_ms_per_wo": 0.35, "imported": 10000},
        ],
    )
    assert client_cpu(path, 10000) == 0.35


def test_a_walk_that_did_not_import_everything_is_no_comparison(tmp_path: Path) -> None:
    path = _results(tmp_path, [{"orders": 100, "client_cpu_ms_per_wo": 0.1, "imported": 99}])
    with pytest.raises(NotComparable, match="imported 99 of 100"):
        client_cpu(path, 100)


@pytest.mark.parametrize(
    "runs",
    [[], [{"orders": 100, "imported": 100}], [{"orders": 5, "client_cpu_ms_per_wo": 1}]],
)
def test_results_without_the_figure_are_named(
    tmp_path: Path, runs: list[dict[str, object]]
) -> None:
    with pytest.raises(NotComparable, match="no client CPU for 100"):
        client_cpu(_results(tmp_path, runs), 100)


def test_a_walk_that_wrote_no_results_is_named(tmp_path: Path) -> None:
    with pytest.raises(NotComparable, match="no client CPU for 100"):
        client_cpu(tmp_path / "missing.json", 100)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_a_revision_is_written_out_as_git_holds_it(tmp_path: Path) -> None:
    repository = tmp_path / "repository"
    repository.mkdir()

    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(repository), *args], check=True, capture_output=True)

    git("init", "-q")
    (repository / "bench").mkdir()
    (repository / "bench" / "stages.py").write_text("first\n", encoding="utf-8")
    git("add", ".")
    git("-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qm", "one")
    (repository / "bench" / "stages.py").write_text("changed, not committed\n", encoding="utf-8")

    tree = export("HEAD", tmp_path / "out", repository)

    assert (tree / "bench" / "stages.py").read_text(encoding="utf-8") == "first\n"
    with pytest.raises(NotComparable, match="no-such-revision"):
        export("no-such-revision", tmp_path / "other", repository)
