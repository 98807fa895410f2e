"""Keep-importing and the outbox drain under faults: paging that loops, pages nested too
deep to read, and kill -9 at random moments. No walk runs forever, no record is
duplicated in Claire, and every queued correction ends in the DMS exactly as typed."""

from __future__ import annotations

import json
import random
import signal

import pytest

from tests.faults.conftest import Scenario
from tests.faults.harness import Run, Sandbox, Workstation, fault_proxy, interrupt_after
from tests.faults.orders import some_orders

SYNC = "Keep-importing and the outbox drain"


def _tracebacks(*runs: Run) -> int:
    return sum(run.text.count("Traceback (most recent call last)") for run in runs)


def _a_page(target: str) -> bool:
    """A request for a page of changed orders (not the count a first sync asks first)."""
    return "lastModifiedDateTime" in target and "/$count" not in target.split("?")[0]


def _duplicates(sandbox: Sandbox) -> int:
    counts = sandbox.claire_counts()
    return int(counts["appointments"]) - int(counts.get("keys", counts["appointments"]))


@pytest.mark.fault(SYNC, "every `@odata.nextLink` points back at the page it is on")
def test_a_next_link_loop_ends_the_walk(
    scenario: Scenario, sandbox: Sandbox, workstation: Workstation
) -> None:
    with fault_proxy(sandbox.incadea_url) as proxy:
        origin = "/".join(proxy.url.split("/")[:3])

        def loop(method: str, target: str, status: int, body: bytes) -> tuple[int, bytes] | None:
            if method != "GET" or not _a_page(target) or status != 200:
                return None
            page = json.loads(body)
            page["@odata.nextLink"] = origin + target
            return status, json.dumps(page).encode()

        proxy.rewrite = loop
        run = workstation.run("sync", "--once", INCADEA_DESK_DMS_BASE_URL=proxy.url, timeout=120)
        pages = sum(1 for method, target, _ in proxy.calls if _a_page(target))
    scenario.runs += 1
    scenario.add(tracebacks=_tracebacks(run), duplicates=_duplicates(sandbox))
    assert run.code == 1, run.text
    assert "The DMS sent an answer we cannot read" in run.err, run.err
    assert pages == 2
    scenario.outcome = f"the walk ends after {pages} requests of the looping page, one sentence"
    scenario.assert_clean()


@pytest.mark.soak
@pytest.mark.fault(SYNC, "a page of changed orders nested 100,000 levels deep")
def test_a_page_nested_too_deep(
    scenario: Scenario, sandbox: Sandbox, workstation: Workstation
) -> None:
    def deep(method: str, target: str, status: int, body: bytes) -> tuple[int, bytes] | None:
        if method == "GET" and _a_page(target):
            return 200, b'{"value": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
        return None

    with fault_proxy(sandbox.incadea_url, deep) as proxy:
        run = workstation.run("sync", "--once", INCADEA_DESK_DMS_BASE_URL=proxy.url)
    scenario.runs += 1
    scenario.add(tracebacks=_tracebacks(run) + run.text.count("RecursionError"))
    assert run.code == 1
    assert "cannot read" in run.err
    scenario.outcome = "one sentence, exit 1"
    scenario.assert_clean()


@pytest.mark.soak
@pytest.mark.fault(
    SYNC, "kill -9 at a random moment of `sync --once` (DMS latency 50 ms), 4 rounds"
)
def test_kill_9_during_sync(scenario: Scenario, sandbox: Sandbox, workstation: Workstation) -> None:
    rng = random.Random(9)
    sandbox.set_faults("dms", latency_ms=50)
    for _ in range(4):
        process = workstation.start("sync", "--once")
        run = interrupt_after(process, rng.uniform(1.0, 12.0), signal.SIGKILL)
        scenario.add(tracebacks=_tracebacks(run))
        scenario.runs += 1
    sandbox.set_faults("dms")
    final = workstation.run("sync", "--once")
    again = workstation.run("sync", "--once", "--json")
    scenario.runs += 2
    scenario.add(tracebacks=_tracebacks(final, again), duplicates=_duplicates(sandbox))
    assert final.code == 0, final.text
    assert json.loads(again.out)["failed"] == 0
    scenario.outcome = "the next walk completes; no duplicate in Claire"
    scenario.assert_clean()


@pytest.mark.soak
@pytest.mark.fault(
    SYNC, "kill -9 at a random moment of `outbox drain` with 6 corrections waiting, 2 rounds"
)
def test_kill_9_during_the_drain(
    scenario: Scenario, sandbox: Sandbox, workstation: Workstation
) -> None:
    rng = random.Random(4)
    for _ in range(2):
        orders = some_orders(6)
        typed = {dms: sandbox.mileage(dms) + rng.randint(10, 900) for dms in orders}
        sandbox.set_faults("dms", error_rate=1.0, error_status=503)
        for dms, km in typed.items():
            assert workstation.run("mileage", dms, str(km), "--yes").code == 0
        with fault_proxy(sandbox.incadea_url) as proxy:
            sandbox.set_faults("dms", latency_ms=300)
            url = {"INCADEA_DESK_DMS_BASE_URL": proxy.url}
            process = workstation.start("outbox", "drain", **url)
            killed = interrupt_after(process, rng.uniform(1.0, 8.0), signal.SIGKILL)
            sandbox.set_faults("dms")
            drain = workstation.run("outbox", "drain", **url)
            writes: dict[str, int] = {}
            for method, target, status in proxy.calls:
                if method == "PATCH" and status < 300:
                    writes[target] = writes.get(target, 0) + 1
        scenario.runs += 8
        lost = sum(sandbox.mileage(dms) != km for dms, km in typed.items())
        scenario.add(
            lost_corrections=lost + len(workstation.outbox()),
            duplicates=sum(n - 1 for n in writes.values()),
            tracebacks=_tracebacks(killed, drain),
        )
    scenario.outcome = "every correction written once, outbox empty after the next drain"
    scenario.assert_clean()
