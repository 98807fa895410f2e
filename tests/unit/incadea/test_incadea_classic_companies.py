"""The company a page web service is asked for, held against the companies the server
instance lists (``{instance}/ODataV4/Company``); an instance that does not list them is
no reason to fail the contract check."""

from __future__ import annotations

import httpx
import pytest
import respx

from incadea_desk.incadea.classic import PageServiceClient
from incadea_desk.incadea.config import IncadeaConnection
from incadea_desk.incadea.tenant import ODATAV4_MAPPING
from incadea_desk.sandbox.classic_metadata import classic_edmx

ROOT = "https://nav.dealer.test:7048/BC140/ODataV4/"


def connection(company: str) -> IncadeaConnection:
    return IncadeaConnection(
        base_url="https://nav.dealer.test:7048/BC140",
        api_kind="odatav4",
        company_name=company,
        auth_mode="basic",
        username="WS-DESK",
        access_key="not-a-real-key",
        mapping=ODATAV4_MAPPING,
    )


async def check(company: str, companies: httpx.Response) -> list[str]:
    with respx.mock(assert_all_called=True) as router:
        router.get(ROOT + "$metadata").respond(200, content=classic_edmx())
        listed = router.get(ROOT + "Company", params={"$select": "Name"}).mock(companies)
        async with PageServiceClient(connection(company)) as client:
            report = await client.check_contract()
        assert listed.called
    return [problem.sentence for problem in report.problems]


async def test_a_company_the_instance_has_is_no_problem() -> None:
    names = {"value": [{"Name": "CRONUS Nederland BV"}, {"Name": "Autobedrijf Noord"}]}
    assert await check("Autobedrijf Noord", httpx.Response(200, json=names)) == []


async def test_a_company_in_another_case_is_named_with_the_ones_the_instance_has() -> None:
    names = {"value": [{"Name": "CRONUS Nederland BV"}, {"Name": "Autobedrijf Noord"}]}
    assert await check("autobedrijf noord", httpx.Response(200, json=names)) == [
        "The server instance has no company 'autobedrijf noord' (the name is case-sensitive); "
        "it has 'CRONUS Nederland BV', 'Autobedrijf Noord'."
    ]


@pytest.mark.parametrize("status", [403, 404])
async def test_an_instance_that_does_not_list_its_companies_is_not_held_against(
    status: int,
) -> None:
    refused = httpx.Response(status, json={"error": {"code": "BadRequest", "message": "no"}})
    assert await check("Autobedrijf Noord", refused) == []
