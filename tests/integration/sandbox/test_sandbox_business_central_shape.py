"""The sandbox DMS as Business Central serves it: the online URL shape with its sign-in
authority on a host of its own, a tenant's renamed names, $metadata, and the refusals
Microsoft documents (sources in docs/wire-contracts.md)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sandbox_helpers import fetch_token, loopback_client, odata_error

from incadea_desk.sandbox import FaultSettings, LoopbackThread, LoopbackUrls, Sandbox

EDM = "{http://docs.oasis-open.org/odata/ns/edm}"
MAPPING = """
[entitySets]
serviceOrders = "workshopOrders"
[serviceOrders]
mileageKm = "odometerKm"
serviceLines = "jobLines"
[serviceLines]
lineType = "kind"
[lineTypes]
Item = "Part"
"""


@pytest.fixture(scope="module")
def online(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Sandbox, LoopbackUrls]]:
    mapping = tmp_path_factory.mktemp("tenant") / "tenant.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    sandbox = Sandbox(seed=19, order_count=30, environment="Production", mapping=mapping)
    with LoopbackThread(sandbox) as urls:
        yield sandbox, urls


@pytest.fixture
def api(online: tuple[Sandbox, LoopbackUrls]) -> Iterator[httpx.Client]:
    sandbox, urls = online
    with loopback_client() as http:
        token = fetch_token(http, urls, sandbox)
    root = f"{urls.incadea_base_url}/v2.0/{sandbox.tenant_id}/Production/api/incadea/workshop/v1.0/"
    with loopback_client(base_url=root, headers={"Authorization": f"Bearer {token}"}) as client:
        yield client


def company(online: tuple[Sandbox, LoopbackUrls]) -> str:
    return f"companies({online[0].company_id})/"


def test_the_authority_is_its_own_server_and_the_dms_signs_in_nobody(
    online: tuple[Sandbox, LoopbackUrls],
) -> None:
    sandbox, urls = online
    assert urls.authority_url not in ("", urls.incadea_base_url)
    with loopback_client() as http:
        on_dms = http.post(
            f"{urls.incadea_base_url}/{sandbox.tenant_id}/oauth2/v2.0/token",
            data={"grant_type": "client_credentials"},
        )
    assert on_dms.status_code == 404


def test_the_tenant_names_are_spoken_and_the_defaults_are_not(
    online: tuple[Sandbox, LoopbackUrls], api: httpx.Client
) -> None:
    base = company(online)
    assert api.get(base + "serviceOrders").status_code == 404
    response = api.get(base + "workshopOrders", params={"$expand": "jobLines", "$top": "3"})
    assert response.status_code == 200, response.text
    orders = response.json()["value"]
    assert all("odometerKm" in o and "mileageKm" not in o for o in orders)
    kinds = {line["kind"] for o in orders for line in o["jobLines"]}
    assert "Item" not in kinds
    refused = api.get(base + "workshopOrders", params={"$filter": "mileageKm gt 5"})
    assert refused.status_code == 400


def test_metadata_is_edmx_4_in_the_tenant_names(api: httpx.Client) -> None:
    response = api.get("$metadata")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    assert root.get("Version") == "4.0"
    sets = {e.get("Name"): e.get("EntityType") for e in root.iter(f"{EDM}EntitySet")}
    assert sets["workshopOrders"] == "Microsoft.NAV.serviceOrder"
    types = {e.get("Name"): e for e in root.iter(f"{EDM}EntityType")}
    order = {p.get("Name"): p.get("Type") for p in types["serviceOrder"].iter(f"{EDM}Property")}
    assert order["odometerKm"] == "Edm.Int32"
    assert order["lastModifiedDateTime"] == "Edm.DateTimeOffset"
    assert order["id"] == "Edm.Guid"
    assert "mileageKm" not in order
    navigations = {
        n.get("Name"): n.get("Type") for n in types["serviceOrder"].iter(f"{EDM}NavigationProperty")
    }
    assert navigations["jobLines"] == "Collection(Microsoft.NAV.serviceLine)"


def test_metadata_lists_exactly_the_fields_the_answers_carry(
    online: tuple[Sandbox, LoopbackUrls], api: httpx.Client
) -> None:
    root = ET.fromstring(api.get("$metadata").content)
    types = {e.get("Name"): e for e in root.iter(f"{EDM}EntityType")}
    declared = {p.get("Name") for p in types["vehicle"].iter(f"{EDM}Property")}
    vehicle = api.get(company(online) + "vehicles", params={"$top": "1"}).json()["value"][0]
    assert declared == set(vehicle) - {"@odata.etag"}


def test_or_across_distinct_fields_is_refused_with_the_business_central_sentence(
    online: tuple[Sandbox, LoopbackUrls], api: httpx.Client
) -> None:
    response = api.get(
        company(online) + "workshopOrders",
        params={"$filter": "documentNo eq 'x' or orderNo eq 'y'"},
    )
    assert response.status_code == 400
    _code, message = odata_error(response)
    assert "The 'OR' operator is not supported on distinct fields on an OData filter." in message


def test_an_operator_without_whitespace_is_refused(
    online: tuple[Sandbox, LoopbackUrls], api: httpx.Client
) -> None:
    response = api.get(company(online) + "workshopOrders", params={"$filter": "documentNo eq'x'"})
    assert response.status_code == 400
    assert odata_error(response)[0] == "BadRequest"


def test_the_lines_navigation_answers_when_the_expand_came_back_empty(
    online: tuple[Sandbox, LoopbackUrls], api: httpx.Client
) -> None:
    sandbox, _ = online
    base = company(online)
    sandbox.set_faults(FaultSettings(drift="empty_expanded_lines"))
    try:
        order = api.get(
            base + "workshopOrders", params={"$expand": "jobLines", "$top": "1"}
        ).json()["value"][0]
        lines = api.get(f"{base}workshopOrders({order['id']})/jobLines")
    finally:
        sandbox.set_faults()
    assert order["jobLines"] == []
    assert lines.status_code == 200
    assert len(lines.json()["value"]) == len(sandbox.incadea.data.lines[order["id"]]) > 0


def test_a_bad_mapping_file_stops_the_sandbox_with_the_reason(tmp_path: Path) -> None:
    mapping = tmp_path / "tenant.toml"
    mapping.write_text("[workshop]\nx = 'y'\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"unknown section \[workshop\]"):
        Sandbox(seed=1, order_count=3, mapping=mapping)
