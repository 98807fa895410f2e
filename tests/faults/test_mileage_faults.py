"""Mileage corrections under faults: killed, interrupted, throttled, slow, dripping, with
answers that cannot be read and with other writers. Each correction ends written in the
DMS or waiting in the outbox, and after a drain it is in the DMS, never lower."""

from __future__ import annotations

import random
import signal
from collections.abc import Iterator

import pytest

from tests.faults.conftest import Scenario
from tests.faults.harness import FaultProxy, Run, Sandbox, Workstation, fault_proxy, interrupt_after
from tests.faults.orders import fresh_order

MILEAGE = "Mileage under faults"


def tracebacks(*runs: Run) -> int:
    return sum(run.text.count("Traceback (most recent call last)") for run in runs)


@pytest.fixture
def dms_proxy(sandbox: Sandbox, workstation: Workstation) -> Iterator[FaultProxy]:
    """The workstation talks to the DMS through a proxy that records every request."""
    with fault_proxy(sandbox.incadea_url) as proxy:
        workstation.environment["INCADEA_DESK_DMS_BASE_URL"] = proxy.url
        yield proxy


def _settle(
    scenario: Scenario,
    sandbox: Sandbox,
    ws: Workstation,
    dms: str,
    before: int,
    km: int,
    *,
    accepted: bool = True,
) -> Run:
    """After the fault: a correction the program accepted must be in the DMS or the
    outbox; a drain on a healthy DMS then leaves it in the DMS. Counts lost corrections
    and lower mileages."""
    in_dms, waiting = sandbox.mileage(dms), ws.outbox().get(dms)
    kept = in_dms == km or waiting == km
    scenario.add(lost_corrections=int(accepted and not kept))
    sandbox.set_faults("dms")
    drain = ws.run("outbox", "drain")
    final = sandbox.mileage(dms)
    scenario.add(lost_corrections=int(kept and final != km), lower_mileages=int(final < before))
    return drain


def _interrupted(
    scenario: Scenario, sandbox: Sandbox, ws: Workstation, proxy: FaultProxy, sig: int, runs: int
) -> None:
    rng = random.Random(sig * 1000 + runs)
    reached = 0
    for _ in range(runs):
        dms, before = fresh_order(sandbox)
        km = before + rng.randint(10, 900)
        sandbox.set_faults("dms", latency_ms=rng.choice([100, 400, 1200]))
        proxy.calls.clear()
        proxy.requested.clear()
        process = ws.start("mileage", dms, str(km), "--yes")
        # The signal comes at a random moment after the first DMS request (before it, the
        # process may not have read its arguments yet): during the reads, the write, the
        # re-import into Claire or the answer.
        accepted = proxy.requested.wait(60)
        run = interrupt_after(process, rng.uniform(0.0, 2.5), sig)
        reached += accepted
        drain = _settle(scenario, sandbox, ws, dms, before, km, accepted=accepted)
        scenario.add(tracebacks=tracebacks(run, drain))
        scenario.runs += 2
    scenario.outcome = (
        f"{reached} of {runs} signalled 0-2.5 s after the first DMS request; every correction "
        "written or in the outbox, then written by a drain"
    )
    scenario.assert_clean()


@pytest.mark.fault(MILEAGE, "kill -9 at a random moment of `mileage` (DMS latency 0.1-1.2 s), once")
def test_kill_9_during_mileage(
    scenario: Scenario, sandbox: Sandbox, workstation: Workstation, dms_proxy: FaultProxy
) -> None:
    _interrupted(scenario, sandbox, workstation, dms_proxy, signal.SIGKILL, 1)


@pytest.mark.soak
@pytest.mark.fault(MILEAGE, "kill -9 at a random moment of `mileage`, 6 rounds")
def test_kill_9_during_mileage_soak(
    scenario: Scenario, sandbox: Sandbox, workstation: Workstation, dms_proxy: FaultProxy
) -> None:
    _interrupted(scenario, sandbox, workstation, dms_proxy, signal.SIGKILL, 6)


@pytest.mark.soak
@pytest.mark.fault(MILEAGE, "SIGINT (Ctrl+C) at a random moment of `mileage`, 3 rounds")
def test_sigint_during_mileage(
    scenario: Scenario, sandbox: Sandbox, workstation: Workstation, dms_proxy: FaultProxy
) -> None:
    _interrupted(scenario, sandbox, workstation, dms_proxy, signal.SIGINT, 3)


@pytest.mark.soak
@pytest.mark.fault(MILEAGE, "SIGTERM (service stop, closed laptop) at a random moment, 3 rounds")
def test_sigterm_during_mileage(
    scenario: Scenario, sandbox: Sandbox, workstation: Workstation, dms_proxy: FaultProxy
) -> None:
    _interrupted(scenario, sandbox, workstation, dms_proxy, signal.SIGTERM, 3)


SLOW_FAULTS = {
    "429 with Retry-After 60 on every request": {"throttle_count": 1000, "retry_after_s": 60},
    "503 on every request": {"error_rate": 1.0, "error_status": 503},
    "DMS answers after 20 s": {"latency_ms": 20_000},
    "answers drip 64 bytes every 0.5 s": {"drip_delay_ms": 500},
    "10 concurrent edits (more than the retry budget)": {"concurrent_edits": 10},
}


@pytest.mark.soak
@pytest.mark.parametrize("fault", list(SLOW_FAULTS), ids=["429", "503", "slow", "drip", "edits"])
def test_a_dms_that_cannot_take_it_now(
    fault: str, request: pytest.FixtureRequest, sandbox: Sandbox, workstation: Workstation
) -> None:
    request.node.add_marker(pytest.mark.fault(MILEAGE, fault))
    scenario = request.getfixturevalue("scenario")
    dms, before = fresh_order(sandbox)
    km = before + 321
    sandbox.set_faults("dms", **SLOW_FAULTS[fault])
    # The advisor gets an answer within seconds, whatever the DMS does.
    run = workstation.run("mileage", dms, str(km), "--yes", timeout=30)
    assert run.code == 0, run.err
    assert "kept" in run.out, run.out
    drain = _settle(scenario, sandbox, workstation, dms, before, km)
    scenario.runs += 2
    scenario.add(tracebacks=tracebacks(run, drain))
    scenario.outcome = "answered at once, queued; written by the next drain"
    scenario.assert_clean()


MALFORMED = {
    "truncated JSON": b'{"@odata.etag": "W/\\"1\\"", "mileageKm": 4',
    "HTML maintenance page": b"<html><body><h1>Service unavailable</h1>Maintenance.</body></html>",
    "empty body": b"",
    "null": b"null",
    "invalid UTF-8": b'{"mileageKm": "\xff\xfe\xfd"}',
    "JSON nested 100,000 deep": b"[" * 100_000 + b"]" * 100_000,
}


@pytest.mark.parametrize(
    "kind", list(MALFORMED), ids=["truncated", "html", "empty", "null", "utf8", "deep"]
)
def test_an_unreadable_answer_to_a_mileage_write(
    kind: str, request: pytest.FixtureRequest, sandbox: Sandbox, workstation: Workstation
) -> None:
    request.node.add_marker(pytest.mark.fault(MILEAGE, f"answer to the PATCH replaced: {kind}"))
    scenario = request.getfixturevalue("scenario")

    def rewrite(method: str, target: str, status: int, body: bytes) -> tuple[int, bytes] | None:
        return (200, MALFORMED[kind]) if method == "PATCH" else None

    dms, before = fresh_order(sandbox)
    km = before + 77
    with fault_proxy(sandbox.incadea_url, rewrite) as proxy:
        run = workstation.run("mileage", dms, str(km), "--yes", INCADEA_DESK_DMS_BASE_URL=proxy.url)
    assert run.code == 0, run.err
    drain = _settle(scenario, sandbox, workstation, dms, before, km)
    scenario.runs += 2
    scenario.add(tracebacks=tracebacks(run, drain))
    outcome = "written" if "now" in run.out else "queued"
    scenario.outcome = f"{outcome}; the DMS holds the value after the drain"
    scenario.assert_clean()


@pytest.mark.soak
@pytest.mark.fault(
    MILEAGE, "3 workstations write 3 values at once, with concurrent edits, 3 rounds"
)
def test_three_writers_race(scenario: Scenario, sandbox: Sandbox, workstation: Workstation) -> None:
    rng = random.Random(3)
    stations = [workstation] + [
        Workstation(workstation.root.parent / f"ws{n}", dict(workstation.environment))
        for n in (2, 3)
    ]
    for _ in range(3):
        dms, before = fresh_order(sandbox)
        values = [before + rng.randint(1, 5_000) for _ in stations]
        sandbox.set_faults("dms", concurrent_edits=rng.randint(0, 4))
        processes = [
            ws.start("mileage", dms, str(km), "--yes")
            for ws, km in zip(stations, values, strict=True)
        ]
        runs = [Run(p.wait(60), *p.communicate()) for p in processes]
        sandbox.set_faults("dms")
        drains = [ws.run("outbox", "drain") for ws in stations]
        final = sandbox.mileage(dms)
        scenario.add(
            lost_corrections=int(final != max(values)),
            lower_mileages=int(final < before),
            tracebacks=tracebacks(*runs, *drains),
        )
        scenario.runs += 6
    scenario.outcome = "the DMS ends at the highest value every round"
    scenario.assert_clean()
