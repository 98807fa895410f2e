"""The DMS client under a tenant mapping: the tenant's names on the wire both ways,
the default contract's names nowhere in what it sends."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from dms_samples import COMPANY, ORDER_ID, TENANT, service_order, to_json

from incadea_desk.domain.registration import RegistrationNumber
from incadea_desk.incadea import IncadeaClient, IncadeaConnection, MileageReading
from incadea_desk.incadea.tenant import parse_mapping

SERVICE_ROOT = "https://api.businesscentral.dynamics.com/v2.0/contoso-dealer/Production"
ROOT = f"{SERVICE_ROOT}/api/dealer/aftersales/v2.0/companies({COMPANY})/"
ORDERS = ROOT + "workshopOrders"
TOKEN_URL = f"https://login.microsoftonline.com/{TENANT}/oauth2/v2.0/token"
MAPPING = parse_mapping(
    '[entitySets]\nserviceOrders = "workshopOrders"\n'
    '[serviceOrders]\nmileageKm = "odometerKm"\nregistrationNo = "plate"\n'
    'serviceLines = "jobLines"\nlastModifiedDateTime = "changedAt"\n'
    '[serviceLines]\nlineType = "kind"\n[lineTypes]\nItem = "Part"\n',
    Path("tenant.toml"),
)


def tenant_order() -> dict[str, Any]:
    order = service_order()
    order["odometerKm"] = order.pop("mileageKm")
    order["plate"] = order.pop("registrationNo")
    order["changedAt"] = order.pop("lastModifiedDateTime")
    lines = order.pop("serviceLines")
    for line in lines:
        line["kind"] = {"Item": "Part"}.get(line["lineType"], line["lineType"])
        del line["lineType"]
    order["jobLines"] = lines
    return order


@pytest.fixture
async def tenant() -> AsyncIterator[tuple[IncadeaClient, respx.MockRouter]]:
    config = IncadeaConnection(
        base_url=SERVICE_ROOT,
        company_id=COMPANY,
        api_route="dealer/aftersales/v2.0",
        tenant_id=TENANT,
        client_id="desk-app",
        client_secret="not-a-real-secret",
        mapping=MAPPING,
    )
    with respx.mock(assert_all_called=False) as router:
        router.post(TOKEN_URL).respond(200, json={"access_token": "t", "expires_in": 3599})
        client = IncadeaClient(config)
        try:
            yield client, router
        finally:
            await client.aclose()


Tenant = tuple[IncadeaClient, respx.MockRouter]


def sent(route: respx.Route, check: Callable[[httpx.Request], None]) -> None:
    for call in route.calls:
        check(call.request)


async def test_a_search_goes_out_in_the_tenant_names_and_comes_back_whole(tenant: Tenant) -> None:
    client, router = tenant
    route = router.get(ORDERS).respond(200, content=to_json({"value": [tenant_order()]}))
    [hit] = await client.find_by_registration(RegistrationNumber.parse("12-abc-3"))
    query = dict(route.calls.last.request.url.params)
    assert query["$filter"] == "(plate eq '12ABC3' or plate eq '12-ABC-3')"
    assert query["$expand"].startswith(
        "jobLines($select=id,jobNo,jobTitle,jobDescription,lineNo,kind,code,"
    )
    assert ",vehicle($select=id,registrationNo," in query["$expand"]
    assert query["$select"].split(",")[-4:] == [
        "vehicleId",
        "contractorCustomerId",
        "changedAt",
        "systemModifiedAt",
    ]
    assert "odometerKm" in query["$select"].split(",")
    assert hit.workorder.appointment.dms_mileage_km == service_order()["mileageKm"]
    kinds = [e.kind.value for i in hit.workorder.interventions for e in i.elements]
    assert "part" in kinds
    token = router.calls[0].request
    assert token.url == TOKEN_URL
    assert (
        "scope=https%3A%2F%2Fapi.businesscentral.dynamics.com%2F.default" in token.content.decode()
    )


async def test_changed_since_filters_and_orders_by_the_tenant_field(tenant: Tenant) -> None:
    client, router = tenant
    route = router.get(ORDERS).respond(200, content=to_json({"value": [tenant_order()]}))
    pages = [p async for p in client.changed_since(datetime(2026, 11, 27, tzinfo=UTC))]
    query = dict(route.calls.last.request.url.params)
    assert query["$filter"] == "changedAt ge 2026-11-27T00:00:00Z"
    assert query["$orderby"] == "changedAt asc,id asc"
    assert len(pages[0].rows) == 1


async def test_the_mileage_patch_writes_the_tenant_field(tenant: Tenant) -> None:
    client, router = tenant
    answer = {"@odata.etag": 'W/"2"', "id": ORDER_ID, "odometerKm": 46000, "mileageDate": None}
    route = router.patch(f"{ORDERS}({ORDER_ID})").respond(200, content=to_json(answer))
    after = await client.update_mileage(MileageReading(ORDER_ID, 'W/"1"', 45210, None), 46000)
    assert json.loads(route.calls.last.request.content) == {"odometerKm": 46000}
    assert after.km == 46000
