"""Push in the site importer: a real ``incadea-desk sync`` process, polling hourly, and the
DMS stand-in's webhooks (written from Microsoft's pages, ``sandbox/webhooks.py``) served
over loopback. Changes reach Claire because the DMS notified them."""

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
STOP_WITHIN_S = 10.0


def _free_port() -> int:
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
        port = _free_port()
        environ = environment(sandbox, urls.incadea_base_url, urls.claire_base_url, tmp_path)
        environ |= {
            "INCADEA_DESK_SYNC_INTERVAL_SECONDS": "3600",
            "INCADEA_DESK_SYNC_WEBHOOK_URL": f"http://127.0.0.1:{port}/incadea-desk/dms",
            "INCADEA_DESK_SYNC_WEBHOOK_LISTEN": f"127.0.0.1:{port}",
        }
        process = subprocess.Popen(
            [sys.executable, "-c", CHILD, "sync", "--json"],
            env=environ,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        running = Importer(process, sandbox, admin, f"http://127.0.0.1:{port}/incadea-desk/dms")
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


def _an_order(importer: Importer, index: int = 0) -> str:
    orders = sorted(
        str(row.data["documentNo"]) for row in importer.sandbox.incadea.data.orders.values()
    )
    return orders[index]


def test_the_handshake_then_a_change_reaches_claire_by_push(importer: Importer) -> None:
    subscription = wait_for(lambda: importer.subscriptions, "a subscription after the handshake")
    assert subscription[0]["notificationUrl"] == importer.listener
    importer.next_report()
    dms_number = _an_order(importer)
    importer.edit(dms_number, mileageKm=312_345)
    record = wait_for(
        lambda: (r := importer.in_claire(dms_number)) and r["mileage"] == 312_345 and r,
        "the pushed change in Claire",
    )
    assert record["mileage"] == 312_345
    assert importer.next_report()["imported"] >= 1
    deliveries = importer.admin.get("/_sandbox/webhooks").json()["deliveries"]
    assert deliveries
    assert all(d["status"] == 202 for d in deliveries)


def test_a_notification_with_another_client_state_is_ignored(importer: Importer) -> None:
    wait_for(lambda: importer.subscriptions, "a subscription")
    importer.next_report()
    [ours] = importer.subscriptions
    forged = {
        "value": [
            {
                "subscriptionId": ours["subscriptionId"],
                "clientState": "not-the-secret",
                "expirationDateTime": ours["expirationDateTime"],
                "resource": ours["resource"],
                "changeType": "updated",
                "lastModifiedDateTime": "2026-01-01T00:00:00Z",
            }
        ]
    }
    answer = httpx.post(importer.listener, json=forged)
    # 2xx: Business Central would neither retry it nor delete the subscription.
    assert answer.status_code == 202
    # A real change afterwards: one walk for it, none for the forged notice before it.
    dms_number = _an_order(importer, 1)
    importer.edit(dms_number, mileageKm=298_765)
    wait_for(
        lambda: (r := importer.in_claire(dms_number)) and r["mileage"] == 298_765,
        "the pushed change in Claire",
    )
    importer.next_report()
    assert importer.reports.empty()
    assert importer.walks == 2
    assert importer.subscriptions == [ours]
    secret = next(iter(importer.sandbox.incadea.webhooks.subscriptions.values())).client_state
    assert secret
    assert secret not in "".join(importer.err)


@pytest.mark.webhooks(collectionThreshold=2)
def test_a_collection_notice_is_walked(importer: Importer) -> None:
    wait_for(lambda: importer.subscriptions, "a subscription")
    importer.next_report()
    numbers = [_an_order(importer, index) for index in (2, 3, 4)]
    for km, dms_number in enumerate(numbers, start=301_000):
        importer.edit(dms_number, mileageKm=km)
    wait_for(
        lambda: all(
            (r := importer.in_claire(n)) and r["mileage"] == km
            for km, n in enumerate(numbers, start=301_000)
        ),
        "the three changes of the collection in Claire",
    )
    deliveries = importer.admin.get("/_sandbox/webhooks").json()["deliveries"]
    assert [d["collection"] for d in deliveries] == [True]


@pytest.mark.webhooks(expirySeconds=6)
def test_the_subscription_is_renewed_before_it_expires(importer: Importer) -> None:
    [first] = wait_for(lambda: importer.subscriptions, "a subscription")
    renewed = wait_for(
        lambda: [s for s in importer.subscriptions if s["@odata.etag"] != first["@odata.etag"]],
        "a renewal",
        timeout=6,
    )
    assert renewed[0]["subscriptionId"] == first["subscriptionId"]
    assert renewed[0]["expirationDateTime"] > first["expirationDateTime"]


@pytest.mark.webhooks(expirySeconds=8)
def test_a_subscription_the_dms_deleted_is_created_again(importer: Importer) -> None:
    [first] = wait_for(lambda: importer.subscriptions, "a subscription")
    importer.next_report()
    importer.webhooks(forget="all")
    [again] = wait_for(lambda: importer.subscriptions, "a new subscription")
    assert again["subscriptionId"] != first["subscriptionId"]
    dms_number = _an_order(importer, 5)
    importer.edit(dms_number, mileageKm=287_654)
    wait_for(
        lambda: (r := importer.in_claire(dms_number)) and r["mileage"] == 287_654,
        "a change pushed through the new subscription in Claire",
    )


def test_sigterm_deletes_the_subscription_and_exits(importer: Importer) -> None:
    wait_for(lambda: importer.subscriptions, "a subscription")
    importer.next_report()
    importer.process.send_signal(signal.SIGTERM)
    assert importer.process.wait(timeout=STOP_WITHIN_S) == 0
    assert importer.subscriptions == []
