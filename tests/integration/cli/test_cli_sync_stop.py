"""``sync`` as a service: asked to stop (SIGTERM, what ``systemctl stop`` and ``podman
stop`` send) in the middle of a walk, it exits 0 within 5 seconds, and its watermark
claims nothing that is not in the journal and in Claire; the next run completes the walk
without a duplicate."""

from __future__ import annotations

import asyncio
import json
import signal
import subprocess
import sys
import threading
from datetime import datetime
from pathlib import Path

import pytest
from starlette.types import ASGIApp, Receive, Scope, Send

from incadea_desk.sandbox import FaultSettings, LoopbackThread, Sandbox
from incadea_desk.services.dms_kinds.incadea import INCADEA
from incadea_desk.store import Store
from tests.integration.cli.processes import CHILD, TIMEOUT_S, environment, run

STOP_WITHIN_S = 5


class ImportCounter:
    """Wraps Claire's app and wakes the test when the n-th import request arrives."""

    def __init__(self, app: ASGIApp, wake_at: int) -> None:
        self.app = app
        self.count = 0
        self.wake_at = wake_at
        self.reached = threading.Event()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].endswith("/appointments/import"):
            self.count += 1
            if self.count >= self.wake_at:
                self.reached.set()
        await self.app(scope, receive, send)


def _journal_and_watermark(home: Path, dms_numbers: list[str]) -> tuple[set[str], datetime | None]:
    """The DMS numbers in the store's journal, and its watermark."""

    async def read() -> tuple[set[str], datetime | None]:
        store = await Store.open(home / "data" / "incadea-desk.sqlite3")
        try:
            entries = await store.journal.get_many(dms_numbers)
            return set(entries), await store.watermarks.get(INCADEA.watermarks.changes)
        finally:
            await store.aclose()

    return asyncio.run(read())


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_sync_stops_on_request_with_watermark_and_journal_consistent(
    tmp_path: Path, stop_signal: signal.Signals
) -> None:
    sandbox = Sandbox(claire_faults=FaultSettings(latency_ms=150))
    # Batches one after another, so the watermark moves while the walk goes on.
    counter = ImportCounter(sandbox.claire.app, wake_at=4)
    sandbox.claire.app = counter
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.json").write_text(
        json.dumps({"sync": {"batch_size": 5, "concurrency": 1}}), encoding="utf-8"
    )

    with LoopbackThread(sandbox) as urls:
        environ = environment(sandbox, urls.incadea_base_url, urls.claire_base_url, tmp_path)
        syncing = subprocess.Popen(
            [sys.executable, "-c", CHILD, "sync"],
            env=environ,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert counter.reached.wait(TIMEOUT_S)
            syncing.send_signal(stop_signal)
            out, err = syncing.communicate(timeout=STOP_WITHIN_S)
        finally:
            if syncing.poll() is None:
                syncing.kill()
                syncing.communicate()
        assert syncing.returncode == 0, err
        assert "Stopped." in err
        assert "Traceback" not in err
        assert out == "", "the first walk was still going on"
        stopped_in_claire = {a["dms_nr"] for a in sandbox.claire.appointments.values()}
        every_order = [str(row.data["documentNo"]) for row in sandbox.incadea.data.orders.values()]
        stop_journal, stop_watermark = _journal_and_watermark(tmp_path, every_order)
        sandbox.set_faults()

        finished = run(environ, "sync", "--once", "--json")
        assert finished.returncode == 0, finished.stderr

    in_claire = [a["dms_nr"] for a in sandbox.claire.appointments.values()]
    assert len(in_claire) == len(set(in_claire)), "no workorder twice in Claire"
    assert len(stopped_in_claire) < len(in_claire), "the stop came in the middle of the walk"

    journal, watermark = _journal_and_watermark(tmp_path, in_claire)
    assert journal == set(in_claire)

    # What the watermark said at the stop: every workorder changed before it was imported.
    assert isinstance(stop_watermark, datetime)
    modified = {
        dms: sandbox.incadea.data.order_by_document_no(dms).data["lastModifiedDateTime"]  # type: ignore[union-attr]
        for dms in in_claire
    }
    before_watermark = {dms for dms, at in modified.items() if at < stop_watermark}
    assert before_watermark
    assert before_watermark <= stop_journal <= stopped_in_claire
    assert isinstance(watermark, datetime)
    assert watermark >= stop_watermark
