"""Reading the DMS stand-in: filters, expand, ordering and server-driven paging."""

from __future__ import annotations

from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import httpx
import pytest
from sandbox_helpers import follow_pages, odata_error, orders

from incadea_desk.sandbox import LoopbackUrls, Sandbox

FULL = "serviceLines,vehicle($expand=driver,owner),contractor"
ORDER_FIELDS = {
    "@odata.etag", "id", "documentNo", "orderNo", "appointmentDateTime", "createdDateTime",
    "scheduledInDateTime", "scheduledOutDateTime", "customerWaiting", "carInShop",
    "carOutOfShop", "mileageKm", "mileageDate", "canceled", "currencyCode", "registrationNo",
    "vehicleId", "contractorCustomerId", "lastModifiedDateTime", "systemModifiedAt",
    "locationCode",
}  # fmt: skip
LINE_FIELDS = {
    "@odata.etag", "id", "jobNo", "jobTitle", "jobDescription", "lineNo", "lineType", "code",
    "description", "quantity", "unitPrice", "discountPercent", "vatPercent", "lineAmount",
}  # fmt: skip
VEHICLE_FIELDS = {
    "@odata.etag", "id", "registrationNo", "vin", "make", "model", "firstRegistrationDate",
    "inspectionDueDate", "warrantyStartDate", "warrantyEndDate", "driverCustomerId",
    "ownerCustomerId", "lastModifiedDateTime",
}  # fmt: skip
CUSTOMER_FIELDS = {
    "@odata.etag", "id", "number", "companyName", "firstName", "lastName", "street", "postCode",
    "city", "countryCode", "privateEmail", "privatePhoneNo", "privateMobileNo", "businessEmail",
    "businessPhoneNo", "businessMobileNo", "isLeaseCompany", "lastModifiedDateTime",
}  # fmt: skip


def all_orders(dms: httpx.Client, **params: str) -> list[dict[str, Any]]:
    pages = follow_pages(dms, "serviceOrders", {f"${k}": v for k, v in params.items()}, 1000)
    return [row for page in pages for row in page]


def test_one_workorder_complete_in_one_round_trip(dms: httpx.Client) -> None:
    some = orders(dms, top="30", orderby="documentNo asc")
    wanted = next(o for o in some if o["contractorCustomerId"])

    found = orders(dms, filter=f"documentNo eq '{wanted['documentNo']}'", expand=FULL)

    assert len(found) == 1
    order = found[0]
    assert set(order) == ORDER_FIELDS | {"serviceLines", "vehicle", "contractor"}
    assert order["@odata.etag"].startswith('W/"')
    assert order["lastModifiedDateTime"].endswith("Z")
    assert len(order["lastModifiedDateTime"]) == len("2026-11-27T10:00:00.000Z")
    lines = order["serviceLines"]
    assert lines
    assert [(ln["jobNo"], ln["lineNo"]) for ln in lines] == sorted(
        (ln["jobNo"], ln["lineNo"]) for ln in lines
    )
    for line in lines:
        assert set(line) == LINE_FIELDS
        amount = Decimal(str(line["quantity"])) * Decimal(str(line["unitPrice"]))
        amount *= 1 - Decimal(str(line["discountPercent"])) / 100
        assert Decimal(str(line["lineAmount"])) == amount.quantize(Decimal("0.01"), ROUND_HALF_UP)
    assert set(order["vehicle"]) == VEHICLE_FIELDS | {"driver", "owner"}
    assert order["vehicle"]["id"] == order["vehicleId"]
    assert order["contractor"]["id"] == order["contractorCustomerId"]
    assert set(order["contractor"]) == CUSTOMER_FIELDS
    owner = order["vehicle"]["owner"]
    assert owner is None or owner["id"] == order["vehicle"]["ownerCustomerId"]


def test_lookup_by_wo_number(dms: httpx.Client) -> None:
    wanted = orders(dms, top="1", skip="17", orderby="documentNo asc")[0]

    found = orders(dms, filter=f"orderNo eq '{wanted['orderNo']}'", expand=FULL)

    assert [o["documentNo"] for o in found] == [wanted["documentNo"]]


def test_plate_lookup_in_both_forms_finds_every_workorder_of_the_car(dms: httpx.Client) -> None:
    by_vehicle: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for order in all_orders(dms):
        by_vehicle[order["vehicleId"]].append(order)
    mixed = next(
        rows
        for rows in by_vehicle.values()
        if len(rows) >= 2 and len({"-" in o["registrationNo"] for o in rows}) == 2
    )
    dashed = next(o["registrationNo"] for o in mixed if "-" in o["registrationNo"])
    compact = dashed.replace("-", "")

    only_compact = orders(dms, filter=f"registrationNo eq '{compact}'")
    both = orders(
        dms,
        filter=f"registrationNo eq '{compact}' or registrationNo eq '{dashed}'",
        orderby="appointmentDateTime desc",
    )

    assert len(only_compact) < len(mixed)
    assert sorted(o["id"] for o in both) == sorted(o["id"] for o in mixed)
    dates = [o["appointmentDateTime"] for o in both]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize(
    "literal", ["'O''BRIEN'", "'12-''AB-3'", "''''", "'SO-2604711'' or documentNo ne ''x'"]
)
def test_a_quote_inside_a_value_is_data_not_syntax(dms: httpx.Client, literal: str) -> None:
    assert orders(dms, filter=f"registrationNo eq {literal}") == []


@pytest.mark.parametrize(
    "params",
    [
        {"$filter": "registrationNo eq 'O'BRIEN'"},
        {"$filter": "documentNo eq 'SO-1"},
        {"$filter": "customerName eq 'x'"},
        {"$filter": "documentNo has 'x'"},
        {"$filter": "contains(documentNo,'47')"},
        {"$filter": "canceled eq 'yes'"},
        {"$filter": "canceled gt true"},
        {"$filter": "lastModifiedDateTime ge 2026-11-27T10:00:00"},
        {"$filter": "lastModifiedDateTime ge '2026-11-27T10:00:00Z'"},
        {"$filter": "(documentNo eq 'a'"},
        {"$filter": "documentNo eq 'a' and"},
        {"$filter": "not canceled eq true"},
        {"$select": "id,"},
        {"$select": "id,customerName"},
        {"$count": "true"},
        {"$top": "-1"},
        {"$skip": "many"},
        {"$orderby": "customerName asc"},
        {"$orderby": "documentNo upward"},
        {"$expand": "lines"},
        {"$expand": "vehicle($filter=vin eq 'x')"},
        {"$skiptoken": "not-a-token"},
    ],
)
def test_malformed_odata_gets_400_with_the_odata_error_body(
    dms: httpx.Client, params: dict[str, str]
) -> None:
    response = dms.get("serviceOrders", params=params)

    assert response.status_code == 400
    code, message = odata_error(response)
    assert code == "BadRequest"
    assert message.endswith(".")


def test_boolean_and_or_parentheses_and_ne_combine_as_odata_says(
    dms: httpx.Client, admin: httpx.Client
) -> None:
    everything = all_orders(dms)
    pivot = sorted(o["lastModifiedDateTime"] for o in everything)[len(everything) // 2]
    picked = [o["documentNo"] for o in everything[3:9]]

    canceled = all_orders(dms, filter="canceled eq true")
    combined = all_orders(
        dms,
        filter=f"canceled ne true and lastModifiedDateTime ge {pivot} and ("
        + " or ".join(f"documentNo eq '{number}'" for number in picked)
        + ")",
    )

    assert len(canceled) == admin.get("state").json()["counts"]["canceled"] > 0
    assert all(o["canceled"] for o in canceled)
    expected = {
        o["id"]
        for o in everything
        if not o["canceled"] and o["lastModifiedDateTime"] >= pivot and o["documentNo"] in picked
    }
    assert {o["id"] for o in combined} == expected


def test_or_across_distinct_fields_is_refused_as_business_central_does(dms: httpx.Client) -> None:
    # Microsoft Learn, webservices/odata-known-limitations.
    response = dms.get(
        "serviceOrders", params={"$filter": "canceled eq true or documentNo eq 'SO-1'"}
    )
    assert response.status_code == 400
    assert "'OR' operator is not supported on distinct fields" in odata_error(response)[1]


def test_guid_filter_accepts_the_unquoted_odata_literal(dms: httpx.Client) -> None:
    wanted = orders(dms, top="1")[0]

    assert [o["id"] for o in orders(dms, filter=f"id eq {wanted['id']}")] == [wanted["id"]]


def test_changed_since_pages_follow_the_opaque_next_link(
    dms: httpx.Client, urls: LoopbackUrls, admin: httpx.Client
) -> None:
    params = {
        "$filter": "lastModifiedDateTime ge 2000-01-01T00:00:00Z",
        "$orderby": "lastModifiedDateTime asc,id asc",
    }
    first = dms.get("serviceOrders", params=params, headers={"Prefer": "odata.maxpagesize=50"})
    next_link = first.json()["@odata.nextLink"]

    pages = follow_pages(dms, "serviceOrders", params, 50)

    assert next_link.startswith(urls.incadea_base_url + "/api/incadea/workshop/v1.0/")
    assert "$skiptoken=" in next_link
    rows = [row for page in pages for row in page]
    assert len(pages) >= 5
    assert all(len(page) == 50 for page in pages[:-1])
    assert 0 < len(pages[-1]) <= 50
    assert len(rows) == admin.get("state").json()["counts"]["serviceOrders"]
    assert len({row["id"] for row in rows}) == len(rows)
    keys = [(row["lastModifiedDateTime"], row["id"]) for row in rows]
    assert keys == sorted(keys)
    assert len(keys) > len({stamp for stamp, _ in keys}), "some rows share a timestamp"


def test_without_prefer_the_default_page_is_100(dms: httpx.Client) -> None:
    response = dms.get("serviceOrders")

    assert len(response.json()["value"]) == 100
    assert "@odata.nextLink" in response.json()
    assert "Preference-Applied" not in response.headers


def test_top_limits_the_total_across_pages(dms: httpx.Client) -> None:
    pages = follow_pages(dms, "serviceOrders", {"$top": "120", "$orderby": "documentNo"}, 50)

    assert [len(page) for page in pages] == [50, 50, 20]
    numbers = [row["documentNo"] for page in pages for row in page]
    assert numbers == sorted(numbers)


def test_skip_starts_further_down_the_order(dms: httpx.Client) -> None:
    head = orders(dms, orderby="documentNo desc", top="10")
    skipped = orders(dms, orderby="documentNo desc", top="5", skip="5")

    assert skipped == head[5:]


def test_one_entity_by_key_carries_the_same_etag(dms: httpx.Client) -> None:
    listed = orders(dms, top="1", skip="40")[0]

    response = dms.get(f"serviceOrders({listed['id']})", params={"$expand": "serviceLines"})

    assert response.status_code == 200
    assert response.json()["@odata.etag"] == listed["@odata.etag"]
    assert response.json()["serviceLines"]


def test_unknown_key_is_404(dms: httpx.Client) -> None:
    response = dms.get("serviceOrders(00000000-0000-4000-8000-000000000000)")

    assert response.status_code == 404
    assert odata_error(response)[0] == "BadRequest_NotFound"


def test_vehicles_expand_driver_and_owner(dms: httpx.Client) -> None:
    response = dms.get("vehicles", params={"$expand": "driver,owner", "$top": "40"})

    vehicles = response.json()["value"]
    assert all(set(v) == VEHICLE_FIELDS | {"driver", "owner"} for v in vehicles)
    lease = [v for v in vehicles if v["owner"] and v["owner"]["isLeaseCompany"]]
    assert lease, "lease cars are owned by the lease company"
    assert all(v["driver"] and v["driver"]["id"] != v["owner"]["id"] for v in lease)


def test_customers_by_number(dms: httpx.Client) -> None:
    some = dms.get("customers", params={"$top": "3", "$orderby": "number desc"}).json()["value"]

    response = dms.get("customers", params={"$filter": f"number eq '{some[2]['number']}'"})

    assert [c["id"] for c in response.json()["value"]] == [some[2]["id"]]
    assert set(some[0]) == CUSTOMER_FIELDS


def test_wrong_method_on_a_collection_is_405(dms: httpx.Client) -> None:
    response = dms.post("serviceOrders", json={"documentNo": "SO-1"})

    assert response.status_code == 405
    assert odata_error(response)[0] == "BadRequest_MethodNotAllowed"


def test_sandbox_state_reports_one_order_by_document_no(
    dms: httpx.Client, admin: httpx.Client, sandbox: Sandbox
) -> None:
    listed = orders(dms, top="1", skip="7", expand=FULL)[0]

    state = admin.get("state", params={"documentNo": listed["documentNo"]}).json()

    assert state["serviceOrder"] == listed
    assert admin.get("state", params={"documentNo": "SO-0000000"}).status_code == 404


def test_a_skiptoken_replayed_on_another_ordering_is_400(dms: httpx.Client) -> None:
    first = dms.get(
        "serviceOrders",
        params={"$orderby": "documentNo asc"},
        headers={"Prefer": "odata.maxpagesize=5"},
    )
    token = httpx.URL(first.json()["@odata.nextLink"]).params["$skiptoken"]

    replayed = dms.get("serviceOrders", params={"$orderby": "canceled asc", "$skiptoken": token})

    assert replayed.status_code == 400
    assert odata_error(replayed)[0] == "BadRequest"


def test_an_unknown_path_is_an_odata_404(dms: httpx.Client) -> None:
    response = dms.get("serviceOrders(00000000-0000-4000-8000-000000000000)/serviceLines")

    assert response.status_code == 404
    assert odata_error(response)[0] == "BadRequest_NotFound"


def test_companies_lists_the_one_company(
    urls: LoopbackUrls, sandbox: Sandbox, dms: httpx.Client
) -> None:
    listed = dms.get(f"{urls.incadea_base_url}/api/incadea/workshop/v1.0/companies")
    one = dms.get("")

    assert [c["id"] for c in listed.json()["value"]] == [sandbox.company_id]
    assert one.json()["id"] == sandbox.company_id


def test_change_tracking_pages_follow_edits_made_between_them(
    dms: httpx.Client, admin: httpx.Client, clock: Any
) -> None:
    """A walk by (lastModifiedDateTime, id) pages by key: an order edited after the walk
    passed it shows up again at its new place, and no order is skipped."""
    since = "2026-10-01T00:00:00Z"
    query = {
        "$filter": f"lastModifiedDateTime ge {since}",
        "$orderby": "lastModifiedDateTime asc,id asc",
    }
    headers = {"Prefer": "odata.maxpagesize=25"}
    first = dms.get("serviceOrders", params=query, headers=headers).json()
    edited = first["value"][3]["documentNo"]
    stamp = clock().strftime("%Y-%m-%dT%H:%M:%S.000Z")
    answer = admin.post(
        "edit",
        json={
            "documentNo": edited,
            "changes": {"customerWaiting": True},
            "lastModifiedDateTime": stamp,
        },
    )
    assert answer.status_code == 200, answer.text
    walked = [row["documentNo"] for row in first["value"]]
    link = first.get("@odata.nextLink")
    while link:
        body = dms.get(link, headers=headers).json()
        walked += [row["documentNo"] for row in body["value"]]
        link = body.get("@odata.nextLink")

    # $skip pages by position over the sorted table (no keyset): the state after the edit.
    everything = [
        row["documentNo"]
        for row in all_orders(
            dms,
            filter=f"lastModifiedDateTime ge {since}",
            orderby="lastModifiedDateTime asc,id asc",
            skip="0",
        )
    ]
    assert walked.count(edited) == 2
    assert sorted(set(walked)) == sorted(everything)
    assert walked[25:] == [n for n in everything if n not in walked[:25] or n == edited]
    assert walked[-1] == edited


def test_select_answers_only_the_fields_asked_for_also_inside_expand(dms: httpx.Client) -> None:
    response = dms.get(
        "serviceOrders",
        params={
            "$top": "1",
            "$select": "id,documentNo",
            "$expand": "serviceLines($select=lineNo),"
            "vehicle($select=vin;$expand=owner($select=city))",
        },
    )
    assert response.status_code == 200, response.text
    [order] = response.json()["value"]
    assert set(order) == {"@odata.etag", "id", "documentNo", "serviceLines", "vehicle"}
    assert "mileageKm" not in order
    assert all(set(line) - {"@odata.etag"} == {"lineNo"} for line in order["serviceLines"])
    assert set(order["vehicle"]) - {"@odata.etag"} == {"vin", "owner"}
    assert order["vehicle"]["owner"] is None or set(order["vehicle"]["owner"]) - {
        "@odata.etag"
    } == {"city"}
