"""The classic incadea stand-in (NAV 2018 / BC14 page web services over OData v4) holds
to Microsoft Learn's pages: keys from $metadata, composite key predicates, the lines
subpage as the only navigation, blank dates, $select, $skiptoken paging, `or` within
one field only, and PATCH with If-Match."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from urllib.parse import quote

import httpx
import pytest
from sandbox_helpers import loopback_client

from incadea_desk.sandbox import LoopbackThread, Sandbox

EDM = "{http://docs.oasis-open.org/odata/ns/edm}"


@pytest.fixture(scope="module")
def classic() -> Sandbox:
    return Sandbox(seed=11, api_kind="odatav4", order_count=40)


@pytest.fixture(scope="module")
def instance(classic: Sandbox) -> Iterator[str]:
    with LoopbackThread(classic) as urls:
        yield f"{urls.incadea_base_url}/BC140/ODataV4/"


@pytest.fixture
def nav(classic: Sandbox, instance: str) -> Iterator[httpx.Client]:
    company = quote("'" + classic.company_name.replace("'", "''") + "'", safe="'")
    with loopback_client(
        base_url=f"{instance}Company({company})/",
        auth=(classic.username, classic.access_key),
    ) as client:
        yield client


def test_metadata_declares_composite_keys_the_subpage_and_the_line_kinds(
    classic: Sandbox, instance: str
) -> None:
    with loopback_client(auth=(classic.username, classic.access_key)) as http:
        answer = http.get(f"{instance}$metadata")
    assert answer.status_code == 200
    root = ET.fromstring(answer.content)
    types = {t.get("Name"): t for t in root.iter(f"{EDM}EntityType")}
    keys = [r.get("Name") for r in types["Werkorders"].iter(f"{EDM}PropertyRef")]
    assert keys == ["Documentsoort", "Nr"]
    [lines] = [n for n in types["Werkorders"].iter(f"{EDM}NavigationProperty")]
    assert (lines.get("Name"), lines.get("ContainsTarget")) == ("WerkorderRegels", "true")
    assert not list(types["Voertuigen"].iter(f"{EDM}NavigationProperty"))
    members = {m.get("Name") for m in root.iter(f"{EDM}Member")}
    assert {"Arbeid", "Artikel", "Menu", "Opmerking"} <= members


def test_wrong_credentials_get_401(classic: Sandbox, instance: str) -> None:
    with loopback_client(auth=(classic.username, "not-the-key")) as http:
        assert http.get(f"{instance}$metadata").status_code == 401


def test_a_read_by_composite_key_and_its_subpage(nav: httpx.Client, classic: Sandbox) -> None:
    order = next(iter(classic.incadea.data.orders.values())).data
    key = f"Documentsoort='Order',Nr='{order['documentNo']}'"
    one = nav.get(f"Werkorders({key})", params={"$select": "Nr,Werkordernr"})
    assert one.status_code == 200, one.text
    assert set(one.json()) - {"@odata.context"} == {"@odata.etag", "Nr", "Werkordernr"}
    lines = nav.get(f"Werkorders({key})/WerkorderRegels", params={"$select": "Regelnr,Soort"})
    assert lines.status_code == 200
    assert all(set(line) == {"Regelnr", "Soort"} for line in lines.json()["value"])
    assert nav.get(f"Werkorders(Nr='{order['documentNo']}')").status_code == 400
    assert nav.get("Werkorders", params={"$expand": "Voertuig"}).status_code == 400


def test_blank_dates_and_texts_are_never_null(nav: httpx.Client) -> None:
    values = [v for o in nav.get("Werkorders").json()["value"] for v in o.values()]
    assert None not in values
    vehicles = nav.get("Voertuigen").json()["value"]
    assert "0001-01-01" in {v["APK_vervaldatum"] for v in vehicles}


def test_or_is_refused_across_fields_and_allowed_within_one(nav: httpx.Client) -> None:
    across = nav.get("Werkorders", params={"$filter": "Nr eq 'a' or Werkordernr eq 'b'"})
    assert across.status_code == 400
    assert "distinct fields" in across.json()["error"]["message"]
    within = nav.get("Werkorders", params={"$filter": "Nr eq 'a' or Nr eq 'b'"})
    assert within.status_code == 200


def test_server_driven_paging_follows_skiptoken_to_every_row(
    nav: httpx.Client, classic: Sandbox
) -> None:
    url: str | None = "Werkorders?$select=Nr"
    seen: list[str] = []
    while url is not None:
        page = nav.get(url, headers={"Prefer": "odata.maxpagesize=7"}).json()
        assert len(page["value"]) <= 7
        seen += [row["Nr"] for row in page["value"]]
        url = page.get("@odata.nextLink")
        assert url is None or "$skiptoken=" in url
    assert sorted(seen) == sorted(
        str(r.data["documentNo"]) for r in classic.incadea.data.orders.values()
    )


def test_patch_needs_if_match_and_a_current_etag(nav: httpx.Client, classic: Sandbox) -> None:
    order = list(classic.incadea.data.orders.values())[-1].data
    url = f"Werkorders(Documentsoort='Order',Nr='{order['documentNo']}')"
    read = nav.get(url, params={"$select": "Kilometerstand"}).json()
    km = read["Kilometerstand"] + 10
    missing = nav.patch(url, json={"Kilometerstand": km})
    assert (missing.status_code, missing.json()["error"]["code"]) == (
        400,
        "BadRequest_InvalidToken",
    )
    written = nav.patch(url, json={"Kilometerstand": km}, headers={"If-Match": read["@odata.etag"]})
    assert written.status_code == 200, written.text
    stale = nav.patch(
        url, json={"Kilometerstand": km + 1}, headers={"If-Match": read["@odata.etag"]}
    )
    assert (stale.status_code, stale.json()["error"]["code"]) == (409, "Request_EntityChanged")
