"""Health that IT can monitor: the running site importer's ``/healthz`` and ``/metrics``
on ``sync.status_listen``, read as a monitoring system would (``/metrics`` through
prometheus-client's own parser), and ``sync status`` printing the same figures."""

from __future__ import annotations

import json

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from incadea_desk.sandbox import FaultSettings
from tests.integration.acceptance.conftest import Importer, free_port, wait_for
from tests.integration.cli.processes import run

STATUS_PORT = free_port()


def _metrics(importer: Importer) -> dict[str, float]:
    text = httpx.get(f"http://127.0.0.1:{STATUS_PORT}/metrics").text
    return {
        sample.name: sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


@pytest.mark.importer_env(INCADEA_DESK_SYNC_STATUS_LISTEN=f"127.0.0.1:{STATUS_PORT}")
def test_healthz_metrics_and_sync_status_after_a_walk(importer: Importer) -> None:
    report = importer.next_report()
    assert report["imported"] > 0
    health = httpx.get(f"http://127.0.0.1:{STATUS_PORT}/healthz")
    assert health.status_code == 200
    figures = health.json()
    assert figures["status"] == "ok"
    assert figures["imported"] == report["imported"] == len(importer.sandbox.claire.appointments)
    assert figures["subscription_expires_at"]
    metrics = _metrics(importer)
    assert metrics["incadea_desk_workorders_imported_total"] == report["imported"]
    assert metrics["incadea_desk_healthy"] == 1
    assert metrics["incadea_desk_quarantine_workorders"] == report["quarantined"]
    assert metrics["incadea_desk_outbox_corrections"] == 0
    assert metrics["incadea_desk_dms_requests_total"] > 0
    assert 0 <= metrics["incadea_desk_lag_seconds"] < 3_600
    assert metrics["incadea_desk_last_successful_walk_timestamp_seconds"] > 0
    assert metrics["incadea_desk_subscription_expiry_timestamp_seconds"] > 0

    status = run(importer.environ, "sync", "status", "--json")
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)["imported"] == report["imported"]
    text = run(importer.environ, "sync", "status")
    assert f"Workorders imported: {report['imported']}" in text.stdout


@pytest.mark.importer_env(
    INCADEA_DESK_SYNC_STATUS_LISTEN=f"127.0.0.1:{STATUS_PORT}",
    INCADEA_DESK_SYNC_INTERVAL_SECONDS="5",
    INCADEA_DESK_SYNC_WEBHOOK_URL="",
)
def test_healthz_is_503_with_the_reason_when_no_walk_succeeds(importer: Importer) -> None:
    importer.next_report()
    importer.sandbox.set_faults(incadea=FaultSettings(error_rate=1.0))
    wait_for(
        lambda: (
            _metrics(importer).get("incadea_desk_walk_errors_total", 0) >= 1
            and httpx.get(f"http://127.0.0.1:{STATUS_PORT}/healthz").status_code == 503
        ),
        "a failed walk and an unhealthy importer",
        timeout=60,
    )
    stale = httpx.get(f"http://127.0.0.1:{STATUS_PORT}/healthz").json()
    assert stale["status"] == "stale"
    assert stale["reason"].startswith("no walk succeeded for ")
    assert stale["errors"]
    assert _metrics(importer)["incadea_desk_healthy"] == 0
    status = run(importer.environ, "sync", "status")
    assert status.returncode == 1
    assert "Reason: no walk succeeded" in status.stdout
