"""One importer for a dealer group: a real ``incadea-desk sync`` serving two branches of
one company as two sites, each with its own subscription, its own Claire location, and
its own figures on ``/healthz``, ``/metrics`` (read with prometheus-client's parser) and
``sync status``."""

from __future__ import annotations

import json
import signal

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from incadea_desk.sandbox import LOCATION_IDS
from tests.integration.acceptance.conftest import Importer, free_port, wait_for
from tests.integration.cli.processes import run

STATUS_PORT = free_port()
SITES = f"""
[[site]]
name = "utrecht"
company = "{{company}}"
location = "{LOCATION_IDS[0]}"
branch = {{ field = "locationCode", value = "UTR" }}

[[site]]
name = "antwerpen"
company = "{{company}}"
location = "{LOCATION_IDS[1]}"
branch = {{ field = "locationCode", value = "ANT" }}
"""


def _two_first_reports(importer: Importer) -> dict[str, dict[str, object]]:
    reports = [importer.next_report(), importer.next_report()]
    return {str(report["site"]): report for report in reports}


def _an_order_of(importer: Importer, branch: str) -> str:
    return sorted(
        str(row.data["documentNo"])
        for row in importer.sandbox.incadea.data.orders.values()
        if row.data["locationCode"] == branch
    )[0]


@pytest.mark.sites(SITES)
@pytest.mark.importer_env(INCADEA_DESK_SYNC_STATUS_LISTEN=f"127.0.0.1:{STATUS_PORT}")
def test_each_site_subscribes_walks_into_its_location_and_reports_its_figures(
    importer: Importer,
) -> None:
    subscriptions = wait_for(
        lambda: len(importer.subscriptions) == 2 and importer.subscriptions, "two subscriptions"
    )
    assert sorted(s["notificationUrl"] for s in subscriptions) == [
        f"{importer.listener}/antwerpen",
        f"{importer.listener}/utrecht",
    ]
    reports = _two_first_reports(importer)
    assert set(reports) == {"utrecht", "antwerpen"}

    # A change of the Antwerp branch, pushed: it lands in Antwerp's location only.
    dms_number = _an_order_of(importer, "ANT")
    importer.edit(dms_number, mileageKm=276_543)
    record = wait_for(
        lambda: (r := importer.in_claire(dms_number)) and r["mileage"] == 276_543 and r,
        "the pushed change in Claire",
    )
    assert record["location_id"] == LOCATION_IDS[1]
    locations = {
        (a["dms_nr"], a["location_id"]) for a in importer.sandbox.claire.appointments.values()
    }
    assert (dms_number, LOCATION_IDS[0]) not in locations

    health = httpx.get(f"http://127.0.0.1:{STATUS_PORT}/healthz")
    assert health.status_code == 200
    figures = health.json()
    assert set(figures["sites"]) == {"utrecht", "antwerpen"}
    assert figures["sites"]["antwerpen"]["location"] == LOCATION_IDS[1]
    assert figures["sites"]["utrecht"]["subscription_expires_at"]
    text = httpx.get(f"http://127.0.0.1:{STATUS_PORT}/metrics").text
    imported = {
        sample.labels["site"]: sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
        if sample.name == "incadea_desk_workorders_imported_total"
    }
    assert imported["utrecht"] == reports["utrecht"]["imported"]
    assert imported["antwerpen"] >= reports["antwerpen"]["imported"]

    status = run(importer.environ, "sync", "status")
    assert status.returncode == 0, status.stderr
    assert "Site utrecht" in status.stdout
    assert "Site antwerpen" in status.stdout
    assert json.loads(run(importer.environ, "sync", "status", "--json").stdout)["sites"]

    importer.process.send_signal(signal.SIGTERM)
    assert importer.process.wait(timeout=10) == 0
    assert importer.subscriptions == []
