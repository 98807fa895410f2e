"""The CLI, as a process over loopback, on a tenant shaped like Business Central online."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from incadea_desk.sandbox import LoopbackThread, Sandbox
from tests.integration.acceptance.tenant import (
    PatchStatuses,
    configuration,
    online_tenant,
    process_environment,
)

CHILD = (
    "import sys, stamina; stamina.set_testing(True, attempts=2); "
    "from incadea_desk.cli import main; sys.exit(main())"
)
TIMEOUT_S = 60


def run(environ: dict[str, str], *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CHILD, *argv],
        env=environ,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )


Tenant = tuple[Sandbox, dict[str, str], str, PatchStatuses]


@pytest.fixture
def tenant(tmp_path: Path) -> Iterator[Tenant]:
    sandbox, mapping = online_tenant(tmp_path)
    patches = PatchStatuses(sandbox.incadea.app)
    sandbox.incadea.app = patches
    with LoopbackThread(sandbox) as urls:
        environ = process_environment(configuration(sandbox, urls, mapping), tmp_path)
        yield sandbox, environ, urls.claire_base_url, patches


def dms_km(sandbox: Sandbox, dms_number: str) -> int:
    row = sandbox.incadea.data.order_by_document_no(dms_number)
    assert row is not None
    return int(row.data["mileageKm"])  # type: ignore[call-overload]


def claire_holds(claire_url: str, sandbox: Sandbox, dms_number: str) -> dict[str, object]:
    answer = httpx.get(
        f"{claire_url}/_sandbox/state",
        params={"location_id": sandbox.location_id, "dms_nr": dms_number},
    )
    assert answer.status_code == 200, answer.text
    return dict(answer.json()["appointment"])


def test_configuration_alone_reaches_every_capability(tenant: Tenant) -> None:
    sandbox, environ, claire_url, patches = tenant
    assert environ["INCADEA_DESK_DMS_BASE_URL"].endswith(f"/v2.0/{sandbox.tenant_id}/Production")
    assert environ["INCADEA_DESK_DMS_AUTHORITY"] != environ["INCADEA_DESK_DMS_BASE_URL"]
    every_capability(sandbox, environ, claire_url, patches)


def every_capability(
    sandbox: Sandbox, environ: dict[str, str], claire_url: str, patches: PatchStatuses
) -> None:
    """contract check, a plate search in an odd typing, a WO number search with a space,
    import, refresh, a mileage write after a concurrent change, a lower value refused,
    and sync --once over more than one small page."""
    checked = run(environ, "contract", "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr

    order = next(
        row.data
        for row in sandbox.incadea.data.orders.values()
        if str(row.data["registrationNo"]).count("-") == 2
    )
    plate = str(order["registrationNo"]).replace("-", " ").lower()
    found = run(environ, "search", plate, "--json")
    assert found.returncode == 0, found.stderr
    hits = json.loads(found.stdout)
    assert order["documentNo"] in {hit["dms_number"] for hit in hits}

    by_wo = run(environ, "search", f"WO {order['orderNo']}", "--json")
    assert by_wo.returncode == 0, by_wo.stderr
    assert [hit["dms_number"] for hit in json.loads(by_wo.stdout)] == [order["documentNo"]]

    dms_number = str(order["documentNo"])
    imported = run(environ, "import", dms_number, "--json")
    assert imported.returncode == 0, imported.stderr
    km_before = dms_km(sandbox, dms_number)
    assert claire_holds(claire_url, sandbox, dms_number)["mileage"] == km_before

    refreshed = run(environ, "refresh", dms_number, "--json")
    assert refreshed.returncode == 0, refreshed.stderr
    assert json.loads(refreshed.stdout)["outcome"] == "unchanged"

    # The first PATCH meets a concurrent change (409); the client re-reads and writes.
    written = run(environ, "mileage", dms_number, str(km_before + 250), "--json")
    assert written.returncode == 0, written.stderr
    assert json.loads(written.stdout)["outcome"] == "written"
    assert patches.statuses == [409, 200]
    assert dms_km(sandbox, dms_number) == km_before + 250
    assert claire_holds(claire_url, sandbox, dms_number)["mileage"] == km_before + 250

    # Never lower: a reading below what the DMS now holds is refused and not written.
    lower = run(environ, "mileage", dms_number, str(km_before + 100), "--json")
    assert lower.returncode == 2
    assert json.loads(lower.stdout)["outcome"] == "refused_not_higher"
    assert dms_km(sandbox, dms_number) == km_before + 250

    synced = run(environ, "sync", "--once", "--json")
    assert synced.returncode == 0, synced.stderr
    report = json.loads(synced.stdout)
    assert report["error"] is None
    assert report["seen"] > 7  # more than one of the tenant's small pages
    assert report["failed"] == 0


def test_contract_check_names_a_field_the_tenant_lacks_and_exits_2(tmp_path: Path) -> None:
    sandbox, served_mapping = online_tenant(tmp_path)
    with LoopbackThread(sandbox) as urls:
        configured = configuration(sandbox, urls, served_mapping)
        ours = tmp_path / "ours.toml"
        ours.write_text(
            served_mapping.read_text(encoding="utf-8") + 'registrationNo = "licensePlate"\n',
            encoding="utf-8",
        )
        configured["INCADEA_DESK_DMS_MAPPING"] = str(ours)
        checked = run(process_environment(configured, tmp_path), "contract", "check")
    assert checked.returncode == 2
    assert checked.stdout.splitlines() == [
        "Entity set workshopOrders has no field licensePlate; workorders cannot be found by "
        "registration number."
    ]
    assert "Traceback" not in checked.stderr
