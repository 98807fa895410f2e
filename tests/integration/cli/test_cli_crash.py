"""A process killed with SIGKILL while corrections wait in the outbox loses none of them,
and after a restart each is written to the DMS exactly once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from incadea_desk.sandbox import FaultSettings, LoopbackThread, Sandbox
from tests.integration.cli.processes import environment, run

# The real CLI, with stamina's retry pauses off so a down DMS is noticed at once.
CHILD = (
    "import sys, stamina; stamina.set_testing(True, attempts=1); "
    "from incadea_desk.cli import main; sys.exit(main())"
)
TIMEOUT_S = 60


class PatchLog:
    """Wraps the DMS app and records every mileage PATCH it answered with 200."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.written: list[str] = []
        self.first_written = threading.Event()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "PATCH":
            await self.app(scope, receive, send)
            return
        status: list[int] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                status.append(message["status"])
            await send(message)

        await self.app(scope, receive, capture)
        if status == [200]:
            self.written.append(scope["path"])
            self.first_written.set()


def _run(environ: dict[str, str], *argv: str) -> subprocess.CompletedProcess[str]:
    return run(environ, *argv, child=CHILD)


def _start(environ: dict[str, str], *argv: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, *argv],
        env=environ,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def _kill(process: subprocess.Popen[str]) -> None:
    os.kill(process.pid, signal.SIGKILL)
    assert process.wait(TIMEOUT_S) == -signal.SIGKILL
    if process.stdout is not None:
        process.stdout.close()


def test_corrections_survive_sigkill_and_are_sent_exactly_once(tmp_path: Path) -> None:
    sandbox = Sandbox()
    patches = PatchLog(sandbox.incadea.app)
    sandbox.incadea.app = patches
    orders = [row.data for row in sandbox.incadea.data.orders.values()][:3]
    wanted = {str(o["documentNo"]): int(o["mileageKm"]) + 100 + i for i, o in enumerate(orders)}  # type: ignore[call-overload]

    with LoopbackThread(sandbox) as urls:
        environ = environment(sandbox, urls.incadea_base_url, urls.claire_base_url, tmp_path)

        # The DMS is down: every correction is queued, durably.
        sandbox.set_faults(incadea=FaultSettings(error_rate=1.0, error_status=503))
        for dms_number, km in wanted.items():
            queued = _run(environ, "mileage", dms_number, str(km), "--json")
            assert queued.returncode == 0, queued.stderr
            assert json.loads(queued.stdout)["outcome"] == "queued"

        # A long-running process holding them is killed.
        syncing = _start(environ, "sync")
        assert syncing.stdout is not None
        assert syncing.stdout.readline().startswith("Seen")
        _kill(syncing)
        waiting = json.loads(_run(environ, "outbox", "list", "--json").stdout)
        assert sorted((w["dms_number"], w["km"]) for w in waiting) == sorted(wanted.items())

        # The DMS is back but slow; a drain is killed right after its first write.
        sandbox.set_faults(incadea=FaultSettings(latency_ms=400))
        draining = _start(environ, "outbox", "drain")
        assert patches.first_written.wait(TIMEOUT_S)
        _kill(draining)
        assert len(patches.written) == 1

        # After the restart every correction is in the DMS, each written exactly once.
        sandbox.set_faults()
        drained = _run(environ, "outbox", "drain", "--json")
        assert drained.returncode == 0, drained.stderr
        # The killed drain's write is found in the DMS on re-read and not sent again.
        assert json.loads(drained.stdout) == {"sent": len(wanted) - 1, "pending": 0, "held": 0}
        again = _run(environ, "outbox", "drain", "--json")
        assert json.loads(again.stdout) == {"sent": 0, "pending": 0, "held": 0}
        assert json.loads(_run(environ, "outbox", "list", "--json").stdout) == []

    for dms_number, km in wanted.items():
        row = sandbox.incadea.data.order_by_document_no(dms_number)
        assert row is not None
        assert row.data["mileageKm"] == km
    assert len(patches.written) == len(wanted)
    assert set(Counter(patches.written).values()) == {1}
