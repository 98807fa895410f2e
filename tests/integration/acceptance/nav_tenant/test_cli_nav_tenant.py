"""The CLI, as a process over loopback, against a NAV 2018 / BC14 server instance
written from Microsoft's pages alone (app.py), its pages and fields in its own names
(mapping.toml), configured by environment alone. Claire is the project's stand-in."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from incadea_desk.sandbox import LoopbackThread, Sandbox
from tests.integration.acceptance.nav_tenant.app import NavTenant
from tests.integration.acceptance.nav_tenant.serve import serving
from tests.integration.acceptance.tenant import process_environment
from tests.integration.acceptance.test_cli_online_tenant import claire_holds, run

MAPPING = Path(__file__).with_name("mapping.toml")
Running = tuple[NavTenant, Sandbox, dict[str, str], str]


def _environment(tenant: NavTenant, root: str, claire: Sandbox, claire_url: str) -> dict[str, str]:
    claire_only = {
        name: value
        for name, value in claire.environment(root, claire_url).items()
        if name.startswith("INCADEA_DESK_CLAIRE_")
    }
    return claire_only | tenant.environment(root) | {"INCADEA_DESK_DMS_MAPPING": str(MAPPING)}


@pytest.fixture
def running(tmp_path: Path) -> Iterator[Running]:
    tenant, claire = NavTenant(), Sandbox(seed=7, order_count=1)
    with LoopbackThread(claire) as urls, serving(tenant.app) as root:
        configured = _environment(tenant, root, claire, urls.claire_base_url)
        yield tenant, claire, process_environment(configured, tmp_path), urls.claire_base_url
    assert tenant.refusals == [], tenant.refusals


def test_configuration_alone_reaches_every_capability(running: Running) -> None:
    tenant, claire, environ, claire_url = running
    checked = run(environ, "contract", "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr

    before_search = len(tenant.requests)
    found = run(environ, "search", "kx 123 b", "--json")
    assert found.returncode == 0, found.stderr
    searched = tenant.requests[before_search:]
    assert {h.get("data-access-intent") for m, h in searched if m == "GET"} == {"ReadOnly"}
    assert {hit["dms_number"] for hit in json.loads(found.stdout)} == {"SO-101001", "SO-101004"}

    # SO-101003 has a blank mileage date and blank planned times.
    by_wo = run(environ, "search", "WO 24019", "--json")
    assert by_wo.returncode == 0, by_wo.stderr
    assert [hit["dms_number"] for hit in json.loads(by_wo.stdout)] == ["SO-101003"]

    imported = run(environ, "import", "SO-101003", "--json")
    assert imported.returncode == 0, imported.stderr
    held: dict[str, Any] = claire_holds(claire_url, claire, "SO-101003")
    assert (held["mileage"], held["scheduled_in"], held["currency"]) == (15020, None, "EUR")
    lines = held["interventions"][0]["elements"]
    assert [line["kind"] for line in lines] == ["labor", "part", "note"]
    assert held["car"]["vin"] == "YV1XZ00000000003"
    assert held["driver"]["last_name"] == "Bakker"

    refreshed = run(environ, "refresh", "SO-101003", "--json")
    assert refreshed.returncode == 0, refreshed.stderr
    assert json.loads(refreshed.stdout)["outcome"] == "unchanged"

    # Another user changes the workorder between the client's read and its PATCH.
    tenant.concurrent_edits = 1
    before_write = len(tenant.requests)
    written = run(environ, "mileage", "SO-101003", "15270", "--json")
    # The read that decides a write is never asked of a read-only replica
    # (webservices/odata-client-performance, Data-Access-Intent).
    intents = {headers.get("data-access-intent") for _, headers in tenant.requests[before_write:]}
    assert intents == {None}
    assert written.returncode == 0, written.stderr
    assert json.loads(written.stdout)["outcome"] == "written"
    assert tenant.patch_statuses == [409, 200]
    assert tenant.order("SO-101003")["Mileage"] == 15270
    assert tenant.order("SO-101003")["Vehicle_Arrived"] is True  # the other change stays
    assert claire_holds(claire_url, claire, "SO-101003")["mileage"] == 15270

    lower = run(environ, "mileage", "SO-101003", "15100", "--json")
    assert lower.returncode == 2
    assert json.loads(lower.stdout)["outcome"] == "refused_not_higher"
    assert tenant.order("SO-101003")["Mileage"] == 15270
    assert tenant.patch_statuses == [409, 200]

    synced = run(environ, "sync", "--once", "--json")
    assert synced.returncode == 0, synced.stderr
    report = json.loads(synced.stdout)
    assert (report["error"], report["failed"]) == (None, 0)
    assert report["seen"] > tenant.max_page_size  # followed @odata.nextLink
    for no in ("SO-101001", "SO-101002", "SO-101005"):
        assert claire_holds(claire_url, claire, no)["mileage"] == tenant.order(no)["Mileage"]
    assert tenant.filters  # each one read by odata-query's parser
    ids = [headers.get("client-request-id") for _, headers in tenant.requests]
    assert len(set(ids)) == len(ids)
    assert all(str(uuid.UUID(str(i))) == i for i in ids)
    agents = {headers.get("user-agent", "").split("/")[0] for _, headers in tenant.requests}
    assert agents == {"incadea-desk"}


def test_contract_check_names_a_mistyped_field_with_the_nearest_name_and_exits_2(
    running: Running, tmp_path: Path
) -> None:
    _, _, environ, _ = running
    mistyped = tmp_path / "mistyped.toml"
    text = MAPPING.read_text(encoding="utf-8")
    mistyped.write_text(text.replace('make = "Make_Code"', 'make = "Make_Cdoe"'), encoding="utf-8")
    checked = run(environ | {"INCADEA_DESK_DMS_MAPPING": str(mistyped)}, "contract", "check")
    assert checked.returncode == 2
    assert checked.stdout.splitlines() == [
        "Entity set ServiceVehicle has no field Make_Cdoe; that part of the car cannot be "
        "imported. The nearest name $metadata has is Make_Code."
    ]
    assert "Traceback" not in checked.stderr


def test_contract_check_names_a_company_the_instance_lacks(running: Running) -> None:
    _, _, environ, _ = running
    company = environ["INCADEA_DESK_DMS_COMPANY_NAME"]
    checked = run(environ | {"INCADEA_DESK_DMS_COMPANY_NAME": company.upper()}, "contract", "check")
    assert checked.returncode == 2
    assert checked.stdout.splitlines() == [
        f"The server instance has no company '{company.upper()}' (the name is case-sensitive); "
        f"it has '{company}'."
    ]
    assert "Traceback" not in checked.stderr


def test_the_tenant_refuses_what_microsoft_documents_it_refuses(running: Running) -> None:
    """The tenant itself: OR across fields, a PATCH without If-Match, a wrong key."""
    tenant, _, environ, _ = running
    pages = f"{environ['INCADEA_DESK_DMS_BASE_URL']}/ODataV4/Company('Autobedrijf ''t Gooi B.V.')"
    auth = (tenant.username, tenant.access_key)
    across = httpx.get(
        f"{pages}/WorkshopOrder",
        params={"$filter": "No eq 'SO-101001' or License_No eq 'KX-123-B'"},
        auth=auth,
    )
    assert across.status_code == 400
    assert (
        "The 'OR' operator is not supported on distinct fields" in across.json()["error"]["message"]
    )
    one = f"{pages}/WorkshopOrder(Document_Type='Order',No='SO-101001')"
    unguarded = httpx.patch(one, json={"Mileage": 50000}, auth=auth)
    assert (unguarded.status_code, unguarded.json()["error"]["code"]) == (
        400,
        "BadRequest_InvalidToken",
    )
    assert tenant.order("SO-101001")["Mileage"] == 48210
    assert httpx.get(one, auth=(tenant.username, "wrong")).status_code == 401
    tenant.refusals.clear()


def test_import_by_a_dms_number_shaped_like_a_dutch_plate(running: Running) -> None:
    tenant, claire, environ, claire_url = running
    order = tenant.order("SO-101005")
    order["No"] = "SO-1005"
    for line in order["WorkshopOrderLines"]:
        line["Document_No"] = "SO-1005"
    imported = run(environ, "import", "SO-1005", "--json")
    assert imported.returncode == 0, imported.stderr
    assert claire_holds(claire_url, claire, "SO-1005")["wo_nr"] == "24021"
