"""A first sync walked in slices, killed with -9 half way: the next run resumes each
slice where it was, walks no finished slice again, and Claire ends with every
workorder once."""

from __future__ import annotations

import contextlib
import signal
import sqlite3
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.faults.conftest import Scenario
from tests.faults.harness import PROCESS_TIMEOUT_S, Sandbox, Workstation, fault_proxy, sandbox_serve

SYNC = "Keep-importing and the outbox drain"
ORDERS = 2_000
SLICED = {
    "INCADEA_DESK_SYNC_LOOKBACK_DAYS": "365",
    "INCADEA_DESK_SYNC_DMS_CONCURRENCY": "4",
}


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sandbox]:
    with sandbox_serve(tmp_path_factory.mktemp("sandbox"), orders=ORDERS) as served:
        yield served


def _slices(store: Path) -> list[tuple[str, str | None, str | None, bool]]:
    """The plan as another process reads it: (start, until, reached, done) per slice."""
    if not store.exists():
        return []
    with contextlib.closing(sqlite3.connect(store, timeout=30)) as connection:
        try:
            rows = connection.execute(
                "SELECT start, until, reached, done FROM sync_slices ORDER BY ordinal"
            ).fetchall()
        except sqlite3.OperationalError:  # the schema is not there yet
            return []
    return [(start, until, reached, bool(done)) for start, until, reached, done in rows]


def _until_a_slice_is_finished(
    store: Path, deadline_s: float
) -> list[tuple[str, str | None, str | None, bool]]:
    """Watch the store until a slice is finished while another is not."""
    ends = time.monotonic() + deadline_s
    while time.monotonic() < ends:
        plan = _slices(store)
        if any(done for *_, done in plan) and not all(done for *_, done in plan):
            return plan
        time.sleep(0.02)
    raise AssertionError(f"no slice finished within {deadline_s} s: {_slices(store)}")


def _moment(text: str) -> datetime:
    """A moment as the DMS reads it: the wire has milliseconds."""
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


def _page_starts(calls: list[tuple[str, str, int]]) -> list[tuple[datetime, datetime | None]]:
    """The span of every first page request (no $skiptoken) the proxy saw."""
    spans = []
    for method, target, _ in calls:
        query = parse_qs(urlsplit(target).query)
        if method != "GET" or "$skiptoken" in query or "$filter" not in query:
            continue
        text = query["$filter"][0]
        if "lastModifiedDateTime ge" not in text or not urlsplit(target).path.endswith(
            "serviceOrders"
        ):
            continue
        words = text.replace("(", " ").replace(")", " ").split()
        since = _moment(words[words.index("ge") + 1])
        until = _moment(words[words.index("lt") + 1]) if "lt" in words else None
        spans.append((since, until))
    return spans


@pytest.mark.fault(SYNC, "kill -9 of a first sync walked in 4 slices, once a slice is finished")
def test_kill_9_during_a_sliced_first_sync_resumes_each_slice(
    scenario: Scenario, sandbox: Sandbox, workstation: Workstation
) -> None:
    sandbox.set_faults("dms", latency_ms=40)
    process = workstation.start("sync", "--once", **SLICED)
    try:
        plan = _until_a_slice_is_finished(workstation.store, PROCESS_TIMEOUT_S)
    finally:
        process.send_signal(signal.SIGKILL)
        killed_out, killed_err = process.communicate(timeout=PROCESS_TIMEOUT_S)
    assert process.returncode == -signal.SIGKILL
    plan = _slices(workstation.store)  # as the kill left it
    finished = [(_moment(s), _moment(u) if u else None) for s, u, _, done in plan if done]
    open_slices = [(s, u, r) for s, u, r, done in plan if not done]
    assert finished
    assert open_slices

    sandbox.set_faults("dms")
    with fault_proxy(sandbox.incadea_url) as proxy:
        resumed = workstation.run(
            "sync", "--once", "--json", INCADEA_DESK_DMS_BASE_URL=proxy.url, **SLICED
        )
        calls = list(proxy.calls)
    scenario.runs += 2
    assert resumed.code == 0, resumed.text

    # The resumed run counts nothing (the plan is kept) and starts every unfinished
    # slice where it was; a finished slice is not asked for again.
    assert not any(target.split("?")[0].endswith("/$count") for _, target, _ in calls)
    starts = _page_starts(calls)
    expected = sorted(
        (_moment(reached or start), _moment(until) if until else None)
        for start, until, reached in open_slices
    )
    assert sorted(starts, key=lambda s: s[0]) == expected
    for since, until in starts:
        for done_start, done_until in finished:
            before = until is not None and until <= done_start
            after = done_until is not None and since >= done_until
            assert before or after, "a finished slice was walked again"
    assert _slices(workstation.store) == []

    counts = sandbox.claire_counts()
    duplicates = int(counts["appointments"]) - int(counts["keys"])
    missing = ORDERS - int(counts["keys"])
    tracebacks = (killed_out + killed_err + resumed.text).count("Traceback (most recent")
    scenario.add(duplicates=duplicates, missing=missing, tracebacks=tracebacks)
    scenario.outcome = (
        f"{len(finished)} finished slices not walked again, {len(open_slices)} resumed where "
        "they were; every workorder once in Claire"
    )
    scenario.assert_clean()
