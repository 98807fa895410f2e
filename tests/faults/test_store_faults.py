"""The local store under faults, through the real CLI: damaged, truncated, garbage, from a
newer version, a file where the folder should be, locked by another program, read-only,
a full disk, and four processes creating it at once. A reachable DMS still gets the
correction, and the advisor reads one sentence, never a class name or a traceback."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.faults.conftest import Scenario
from tests.faults.harness import Run, Sandbox, Workstation
from tests.faults.orders import fresh_order

STORE = "The local store"
CLASS_NAMES = ("DatabaseError", "OperationalError", "RuntimeError", "FileExistsError", "StoreError")


def _problems(*runs: Run) -> int:
    """Tracebacks and class names shown to the advisor."""
    text = "".join(run.text for run in runs)
    return text.count("Traceback (most recent call last)") + sum(text.count(n) for n in CLASS_NAMES)


def _queue_one(sandbox: Sandbox, ws: Workstation) -> tuple[str, int]:
    """A correction waiting in the outbox (the DMS was down), behind a filled journal."""
    assert ws.run("sync", "--once").code == 0
    dms, before = fresh_order(sandbox)
    sandbox.set_faults("dms", error_rate=1.0, error_status=503)
    queued = ws.run("mileage", dms, str(before + 500), "--yes")
    sandbox.set_faults("dms")
    assert queued.code == 0, queued.text
    assert "kept" in queued.out, queued.text
    assert ws.outbox() == {dms: before + 500}
    return dms, before + 500


def _damage_page(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = path.stat().st_size // 4096
    with path.open("r+b") as file:
        file.seek((pages - 2) * 4096)
        file.write(b"\xa5" * 4096)


def _truncate(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with path.open("r+b") as file:
        file.truncate(path.stat().st_size * 2 // 3)


DAMAGE = {"one damaged page": _damage_page, "file truncated to two thirds": _truncate}


@pytest.mark.parametrize(
    "kind",
    [pytest.param(k, marks=() if "page" in k else pytest.mark.soak) for k in DAMAGE],
    ids=["page", "truncated"],
)
def test_a_damaged_store_with_a_waiting_correction(
    kind: str, request: pytest.FixtureRequest, sandbox: Sandbox, workstation: Workstation
) -> None:
    request.node.add_marker(
        pytest.mark.fault(STORE, f"{kind}, after `sync` and a queued correction")
    )
    scenario: Scenario = request.getfixturevalue("scenario")
    dms, km = _queue_one(sandbox, workstation)
    DAMAGE[kind](workstation.store)
    drain = workstation.run("outbox", "drain")
    again = workstation.run("sync", "--once")
    scenario.runs += 4
    scenario.add(
        lost_corrections=int(sandbox.mileage(dms) != km),
        tracebacks=_problems(drain, again),
    )
    assert "was damaged; it was moved aside" in drain.err, drain.text
    assert drain.err.count("\n") == 1
    assert again.code == 0, again.text
    scenario.outcome = "moved aside, the waiting correction kept and sent; sync goes on"
    scenario.assert_clean()


def _garbage(ws: Workstation) -> None:
    ws.data_dir.mkdir(parents=True, exist_ok=True)
    ws.store.write_bytes(b"<html>Not a database</html>" * 100)


def _newer(ws: Workstation) -> None:
    ws.data_dir.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(ws.store) as connection:
        connection.execute("PRAGMA user_version = 99")


def _a_file(ws: Workstation) -> None:
    ws.data_dir.parent.mkdir(parents=True, exist_ok=True)
    ws.data_dir.write_text("a file where the data folder should be")


UNUSABLE = {
    "a file of garbage where the store should be": (_garbage, "was damaged; it was moved aside"),
    "a store from a newer version (schema 99)": (_newer, "newer incadea-desk (schema 99)"),
    "the data folder is a file": (_a_file, "is a file where incadea-desk keeps its data"),
}


@pytest.mark.soak
@pytest.mark.parametrize("kind", list(UNUSABLE), ids=["garbage", "newer", "file"])
def test_a_store_that_cannot_be_used_does_not_stop_a_write(
    kind: str, request: pytest.FixtureRequest, sandbox: Sandbox, workstation: Workstation
) -> None:
    request.node.add_marker(pytest.mark.fault(STORE, kind))
    scenario: Scenario = request.getfixturevalue("scenario")
    prepare, sentence = UNUSABLE[kind]
    prepare(workstation)
    dms, before = fresh_order(sandbox)
    run = workstation.run("mileage", dms, str(before + 40), "--yes")
    scenario.runs += 1
    scenario.add(
        lost_corrections=int(sandbox.mileage(dms) != before + 40), tracebacks=_problems(run)
    )
    assert run.code == 0, run.text
    assert sentence in run.err, run.err
    scenario.outcome = "written to the DMS; one sentence names the folder"
    scenario.assert_clean()


HOLD_LOCK = """
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.read()
"""


@pytest.mark.soak
@pytest.mark.fault(STORE, "another program holds an exclusive lock on the store")
def test_a_locked_store(scenario: Scenario, sandbox: Sandbox, workstation: Workstation) -> None:
    assert workstation.run("outbox", "list").code == 0
    with sqlite3.connect(workstation.store) as connection:
        connection.execute("PRAGMA journal_mode = DELETE")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(workstation.store)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline() == "locked\n"
    try:
        dms, before = fresh_order(sandbox)
        run = workstation.run("mileage", dms, str(before + 40), "--yes")
    finally:
        holder.communicate("")
    scenario.runs += 1
    scenario.add(
        lost_corrections=int(sandbox.mileage(dms) != before + 40), tracebacks=_problems(run)
    )
    assert "Another program keeps the local database" in run.err, run.text
    scenario.outcome = "written after the busy timeout; the lock named in one sentence"
    scenario.assert_clean()


def _in_namespace(ws: Workstation, mount: str, *argv: str) -> Run:
    """The CLI in a private mount namespace whose data folder is a small or read-only tmpfs."""
    script = (
        f'mkdir -p "{ws.data_dir}" && mount -t tmpfs -o {mount} tmpfs "{ws.data_dir}" && '
        f'exec "{sys.executable}" -m incadea_desk "$@"'
    )
    process = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script, "sh", *argv],
        env=ws.env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return Run(process.returncode, process.stdout, process.stderr)


def _namespaces_work() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


NAMESPACE = pytest.mark.skipif(not _namespaces_work(), reason="needs unshare and mounts")
DISKS = {
    "a read-only data folder (tmpfs mounted ro)": ("ro,size=1m", "cannot be written"),
    "a full disk (a 16 KiB tmpfs)": ("size=16k", "is full"),
}


@NAMESPACE
@pytest.mark.soak
@pytest.mark.parametrize("kind", list(DISKS), ids=["read-only", "full"])
def test_a_disk_that_takes_no_writes(
    kind: str, request: pytest.FixtureRequest, sandbox: Sandbox, workstation: Workstation
) -> None:
    request.node.add_marker(pytest.mark.fault(STORE, kind))
    scenario: Scenario = request.getfixturevalue("scenario")
    mount, sentence = DISKS[kind]
    dms, before = fresh_order(sandbox)
    run = _in_namespace(workstation, mount, "mileage", dms, str(before + 40), "--yes")
    scenario.runs += 1
    scenario.add(
        lost_corrections=int(sandbox.mileage(dms) != before + 40), tracebacks=_problems(run)
    )
    assert run.code == 0, run.text
    assert sentence in run.err, run.err
    assert str(workstation.data_dir) in run.err, run.err
    assert "could not be recorded on this computer" in run.out
    scenario.outcome = "written to the DMS; told it could not be recorded locally"
    scenario.assert_clean()


def _first_starts(
    scenario: Scenario, sandbox: Sandbox, workstation: Workstation, rounds: int
) -> None:
    for round_ in range(rounds):
        ws = Workstation(workstation.root.parent / f"first-{round_}", dict(workstation.environment))
        dms, before = fresh_order(sandbox)
        values = [before + step for step in (100, 200, 300, 400)]
        processes = [ws.start("mileage", dms, str(km), "--yes") for km in values]
        runs = [Run(p.wait(120), *p.communicate()) for p in processes]
        ws.run("outbox", "drain")
        scenario.runs += 5
        final = sandbox.mileage(dms)
        scenario.add(
            lost_corrections=int(final != max(values)),
            lower_mileages=int(final < before),
            tracebacks=_problems(*runs),
        )
        assert all(r.code in (0, 2) for r in runs), [r.text for r in runs]
        assert not any("already exists" in r.text for r in runs)
    scenario.outcome = "every process starts; the highest correction ends in the DMS"
    scenario.assert_clean()


@pytest.mark.fault(STORE, "4 processes start at once on a new data folder, once")
def test_four_first_starts_at_once(
    scenario: Scenario, sandbox: Sandbox, workstation: Workstation
) -> None:
    _first_starts(scenario, sandbox, workstation, 1)


@pytest.mark.soak
@pytest.mark.fault(STORE, "4 processes start at once on a new data folder, 3 rounds")
def test_four_first_starts_at_once_soak(
    scenario: Scenario, sandbox: Sandbox, workstation: Workstation
) -> None:
    _first_starts(scenario, sandbox, workstation, 3)
