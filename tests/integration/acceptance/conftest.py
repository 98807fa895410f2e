"""A real ``incadea-desk sync`` process as a site importer, polling hourly, against the
sandbox served over loopback (the DMS stand-in's webhooks are ``sandbox/webhooks.py``,
written from Microsoft's pages). ``@pytest.mark.webhooks(...)`` sets the stand-in's
webhooks, ``@pytest.mark.importer_env(...)`` adds variables to the importer's environment,
``@pytest.mark.sites(...)`` makes it the importer of a dealer group's sites."""

from __future__ import annotations

import json
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import httpx
import pytest

from incadea_desk.sandbox import LoopbackThread, Sandbox
from tests.integration.cli.processes import CHILD, TIMEOUT_S, environment

WITHIN_S = 15.0
"""A change the DMS notified after 1 s reaches Claire well within this (polling: 1 h)."""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for(condition: Callable[[], Any], what: str, timeout: float = WITHIN_S) -> Any:
    """Poll ``condition`` until it holds; fail naming ``what`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"not within {timeout:.0f} s: {what}")


@dataclass
class Importer:
    """A running ``sync --json`` and what it printed."""

    process: subprocess.Popen[str]
    sandbox: Sandbox
    admin: httpx.Client
    listener: str
    environ: dict[str, str]
    reports: queue.Queue[dict[str, Any]] = field(default_factory=queue.Queue)
    err: list[str] = field(default_factory=list)
    walks: int = 0

    def next_report(self) -> dict[str, Any]:
        report = self.reports.get(timeout=TIMEOUT_S)
        self.walks += 1
        return report

    @property
    def subscriptions(self) -> list[dict[str, Any]]:
        return list(self.admin.get("/_sandbox/webhooks").json()["subscriptions"])

    def webhooks(self, **settings: Any) -> None:
        self.admin.post("/_sandbox/webhooks", json=settings).raise_for_status()

    def edit(self, dms_number: str, **changes: Any) -> None:
        body = {"documentNo": dms_number, "changes": changes}
        self.admin.post("/_sandbox/edit", json=body).raise_for_status()

    def in_claire(self, dms_number: str) -> dict[str, Any] | None:
        for record in list(self.sandbox.claire.appointments.values()):
            if record["dms_nr"] == dms_number:
                return dict(record)
        return None


def _read_reports(out: IO[str], reports: queue.Queue[dict[str, Any]]) -> None:
    """Each walk's report, an indented JSON object that ends with a ``}`` of its own."""
    lines: list[str] = []
    for line in out:
        lines.append(line)
        if line.rstrip() == "}":
            reports.put(json.loads("".join(lines)))
            lines.clear()


@pytest.fixture
def importer(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Importer]:
    marker = request.node.get_closest_marker("webhooks")
    settings = dict(marker.kwargs) if marker else {}
    sandbox = Sandbox()
    with LoopbackThread(sandbox) as urls, httpx.Client(base_url=urls.incadea_base_url) as admin:
        admin.post("/_sandbox/webhooks", json={"delaySeconds": 1, **settings}).raise_for_status()
        port = free_port()
        environ = environment(sandbox, urls.incadea_base_url, urls.claire_base_url, tmp_path)
        extra = request.node.get_closest_marker("importer_env")
        environ |= {
            "INCADEA_DESK_SYNC_INTERVAL_SECONDS": "3600",
            "INCADEA_DESK_SYNC_WEBHOOK_URL": f"http://127.0.0.1:{port}/incadea-desk/dms",
            "INCADEA_DESK_SYNC_WEBHOOK_LISTEN": f"127.0.0.1:{port}",
            **(extra.kwargs if extra else {}),
        }
        sites = request.node.get_closest_marker("sites")
        if sites:
            path = tmp_path / "sites.toml"
            path.write_text(sites.args[0].replace("{company}", sandbox.company_id), "utf-8")
            environ["INCADEA_DESK_SYNC_SITES"] = str(path)
        process = subprocess.Popen(
            [sys.executable, "-c", CHILD, "sync", "--json"],
            env=environ,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        running = Importer(
            process, sandbox, admin, f"http://127.0.0.1:{port}/incadea-desk/dms", environ
        )
        assert process.stdout is not None
        assert process.stderr is not None
        out, err = process.stdout, process.stderr
        readers = [
            threading.Thread(target=_read_reports, args=(out, running.reports), daemon=True),
            threading.Thread(target=lambda: running.err.extend(err), daemon=True),
        ]
        for reader in readers:
            reader.start()
        try:
            yield running
        finally:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=TIMEOUT_S)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
            for reader in readers:
                reader.join(timeout=TIMEOUT_S)
            out.close()
            err.close()
            assert "Traceback" not in "".join(running.err), "".join(running.err)


def an_order(importer: Importer, index: int = 0) -> str:
    orders = sorted(
        str(row.data["documentNo"]) for row in importer.sandbox.incadea.data.orders.values()
    )
    return orders[index]
