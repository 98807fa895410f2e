"""The DMS client against respx: the requests it sends, the answers it understands,
and the error every failure becomes."""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import httpx
import pytest
import respx
from dms_samples import (
    CONTRACTOR_ID,
    DRIVER_ID,
    ORDER_ID,
    ORDERS,
    OWNER_ID,
    ROOT,
    VEHICLE_ID,
    customer,
    odata_error,
    page,
    to_json,
)

from incadea_desk.domain.registration import RegistrationNumber
from incadea_desk.errors import (
    AuthenticationError,
    BadResponse,
    Conflict,
    Defect,
    NotFound,
    Refused,
    Throttled,
    Unavailable,
)
from incadea_desk.incadea import IncadeaClient, MileageReading

Dms = tuple[IncadeaClient, respx.MockRouter]
OrderFactory = Callable[..., dict[str, Any]]
# $select on every read, inside $expand too: the fields the default mapping names.
CUSTOMER = (
    "id,number,companyName,firstName,lastName,street,postCode,city,countryCode,privateEmail,"
    "privatePhoneNo,privateMobileNo,businessEmail,businessPhoneNo,businessMobileNo,"
    "isLeaseCompany,lastModifiedDateTime"
)
SELECT = (
    "id,documentNo,orderNo,appointmentDateTime,createdDateTime,scheduledInDateTime,"
    "scheduledOutDateTime,customerWaiting,carInShop,carOutOfShop,mileageKm,mileageDate,"
    "canceled,currencyCode,registrationNo,vehicleId,contractorCustomerId,lastModifiedDateTime,"
    "systemModifiedAt"
)
EXPAND = (
    "serviceLines($select=id,jobNo,jobTitle,jobDescription,lineNo,lineType,code,description,"
    "quantity,unitPrice,discountPercent,vatPercent,lineAmount),"
    "vehicle($select=id,registrationNo,vin,make,model,firstRegistrationDate,inspectionDueDate,"
    "warrantyStartDate,warrantyEndDate,driverCustomerId,ownerCustomerId,lastModifiedDateTime;"
    f"$expand=driver($select={CUSTOMER}),owner($select={CUSTOMER})),"
    f"contractor($select={CUSTOMER})"
)
CORRELATION = "7c9e6679-7425-40de-944b-e07fc1f90ae7"


def params(request: httpx.Request) -> dict[str, str]:
    return dict(request.url.params)


def error(status: int, code: str, message: str = "Failed.", **headers: str) -> httpx.Response:
    return httpx.Response(
        status,
        json=odata_error(code, f"{message} CorrelationId: {CORRELATION}."),
        headers=headers,
    )


async def test_find_by_order_no_sends_one_expanded_query(dms: Dms, order: OrderFactory) -> None:
    client, router = dms
    route = router.get(ORDERS).respond(200, content=page(order()))
    [hit] = await client.find_by_order_no(" 104711 ")
    request = route.calls.last.request
    assert params(request) == {
        "$filter": "orderNo eq '104711'",
        "$select": SELECT,
        "$expand": EXPAND,
        "$orderby": "appointmentDateTime desc",
    }
    expected = base64.b64encode(b"WS-DESK:not-a-real-key").decode()
    assert request.headers["Authorization"] == f"Basic {expected}"
    assert hit.entity_id == ORDER_ID
    assert hit.etag == 'W/"JzQ0OzE3MTIzNDU2Nzg5MDsn"'
    assert hit.last_modified == datetime(2026, 11, 27, 10, 0, 0, 123000, tzinfo=UTC)
    assert hit.workorder.appointment.wo_number == "104711"
    assert len(hit.workorder.interventions) == 2


async def test_find_by_registration_asks_for_both_forms(dms: Dms, order: OrderFactory) -> None:
    client, router = dms
    newer = order(documentNo="SO-2609999", appointmentDateTime="2026-12-01T08:00:00Z")
    route = router.get(ORDERS).respond(200, content=page(newer, order()))
    hits = await client.find_by_registration(RegistrationNumber.parse("12 abc 3"))
    assert params(route.calls.last.request)["$filter"] == (
        "(registrationNo eq '12ABC3' or registrationNo eq '12-ABC-3')"
    )
    assert params(route.calls.last.request)["$orderby"] == "appointmentDateTime desc"
    assert [h.workorder.appointment.dms_number for h in hits] == ["SO-2609999", "SO-2604711"]


async def test_get_workorder_by_dms_number(dms: Dms, order: OrderFactory) -> None:
    client, router = dms
    route = router.get(ORDERS).respond(200, content=page(order()))
    hit = await client.get_workorder("SO-2604711")
    assert params(route.calls.last.request)["$filter"] == "documentNo eq 'SO-2604711'"
    assert hit.workorder.appointment.dms_number == "SO-2604711"


async def test_get_workorder_not_found(dms: Dms) -> None:
    client, router = dms
    router.get(ORDERS).respond(200, content=page())
    with pytest.raises(NotFound) as caught:
        await client.get_workorder("SO-0000000")
    assert caught.value.user_message == "The DMS has no workorder with this number."


async def test_quote_in_a_wo_number_is_escaped_in_the_request(dms: Dms) -> None:
    client, router = dms
    route = router.get(ORDERS).respond(200, content=page())
    assert await client.find_by_order_no("1' or 1 eq 1 or orderNo eq '2") == []
    request = route.calls.last.request
    assert params(request)["$filter"] == "orderNo eq '1'' or 1 eq 1 or orderNo eq ''2'"
    assert b"'" not in request.url.query


async def test_overlong_input_is_not_sent(dms: Dms) -> None:
    client, router = dms
    route = router.get(ORDERS).respond(200, content=page())
    assert await client.find_by_order_no("'" * 10_000) == []
    with pytest.raises(NotFound):
        await client.get_workorder("9" * 10_000)
    assert route.call_count == 0


async def test_changed_since_follows_next_links_verbatim(dms: Dms, order: OrderFactory) -> None:
    client, router = dms
    link2 = ROOT + "serviceOrders?$skiptoken=opaque%2Ftoken%3D%3D&aa=1"
    link3 = ROOT + "serviceOrders?$skiptoken=second"

    def nth(n: int) -> dict[str, Any]:
        return order(documentNo=f"SO-{n}", id=f"0f0e0d0c-1111-4222-8333-{n:012d}")

    pages = {
        None: page(nth(1), nth(2), next_link=link2),
        "opaque/token==": page(nth(3), next_link=link3),
        "second": page(nth(4)),
    }
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=pages[request.url.params.get("$skiptoken")])

    router.get(url__startswith=ORDERS).mock(side_effect=answer)
    since = datetime(2026, 11, 27, 11, 0, tzinfo=UTC)
    batches = [
        [h.workorder.appointment.dms_number for h in batch.rows]
        async for batch in client.changed_since(since, page_size=2)
    ]
    assert batches == [["SO-1", "SO-2"], ["SO-3"], ["SO-4"]]
    assert params(seen[0]) == {
        "$filter": "lastModifiedDateTime ge 2026-11-27T11:00:00Z",
        "$orderby": "lastModifiedDateTime asc,id asc",
        "$select": SELECT,
        "$expand": EXPAND,
    }
    assert str(seen[1].url) == link2
    assert str(seen[2].url) == link3
    assert all(r.headers["Prefer"] == "odata.maxpagesize=2" for r in seen)


async def test_next_link_to_another_host_is_refused(dms: Dms, order: OrderFactory) -> None:
    client, router = dms
    router.get(ORDERS).respond(
        200, content=page(order(), next_link="https://elsewhere.example/steal?$skiptoken=1")
    )
    pages = client.changed_since(datetime(2026, 11, 27, tzinfo=UTC))
    assert len((await anext(pages)).rows) == 1
    with pytest.raises(BadResponse, match=r"@odata\.nextLink"):
        await anext(pages)


def mileage_entity(km: int, etag: str, when: str | None = "2026-06-01") -> dict[str, Any]:
    return {"@odata.etag": etag, "id": ORDER_ID, "mileageKm": km, "mileageDate": when}


async def test_update_mileage_sends_if_match_and_only_the_mileage(dms: Dms) -> None:
    client, router = dms
    route = router.patch(f"{ROOT}serviceOrders({ORDER_ID})").respond(
        200, json=mileage_entity(46000, 'W/"2"', "2026-11-27")
    )
    before = MileageReading(ORDER_ID, 'W/"1"', 45210, None)
    after = await client.update_mileage(before, 46000)
    request = route.calls.last.request
    assert request.headers["If-Match"] == 'W/"1"'
    assert request.headers["Prefer"] == "return=representation"
    assert json.loads(request.content) == {"mileageKm": 46000}
    assert after == MileageReading(ORDER_ID, 'W/"2"', 46000, date(2026, 11, 27))


async def test_the_write_answer_says_when_the_dms_stamped_the_order(dms: Dms) -> None:
    client, router = dms
    entity = mileage_entity(46000, 'W/"2"', "2026-11-27")
    entity["lastModifiedDateTime"] = "2026-11-27T10:15:00+01:00"
    router.patch(f"{ROOT}serviceOrders({ORDER_ID})").respond(200, json=entity)
    after = await client.update_mileage(MileageReading(ORDER_ID, 'W/"1"', 45210, None), 46000)
    assert after.last_modified == datetime(2026, 11, 27, 9, 15, tzinfo=UTC)


async def test_update_mileage_with_an_empty_answer_reads_the_order_again(dms: Dms) -> None:
    client, router = dms
    entity = f"{ROOT}serviceOrders({ORDER_ID})"
    router.patch(entity).respond(204)
    router.get(entity).respond(200, json=mileage_entity(46000, 'W/"2"'))
    after = await client.update_mileage(MileageReading(ORDER_ID, 'W/"1"', 45210, None), 46000)
    assert (after.km, after.etag) == (46000, 'W/"2"')


async def test_a_guarded_mileage_write_is_retried_with_the_same_etag(dms: Dms) -> None:
    client, router = dms
    route = router.patch(f"{ROOT}serviceOrders({ORDER_ID})").mock(
        side_effect=[
            error(503, "Application_ServiceUnavailable"),
            httpx.Response(200, json=mileage_entity(46000, 'W/"2"')),
        ]
    )
    after = await client.update_mileage(MileageReading(ORDER_ID, 'W/"1"', 45210, None), 46000)
    assert after.km == 46000
    assert [c.request.headers["If-Match"] for c in route.calls] == ['W/"1"', 'W/"1"']


@pytest.mark.parametrize("etag", ["*", "", " * "])
async def test_update_mileage_never_sends_a_wildcard(dms: Dms, etag: str) -> None:
    client, router = dms
    route = router.patch(url__startswith=ROOT).respond(200)
    with pytest.raises(ValueError, match="wildcard"):
        await client.update_mileage(MileageReading(ORDER_ID, etag, 1, None), 2)
    assert route.call_count == 0


# Business Central answers a stale If-Match with 409 Request_EntityChanged; the OData
# rules (and other servers) with 412. Both are a conflict.
@pytest.mark.parametrize("status", [409, 412])
async def test_stale_etag_is_a_conflict(dms: Dms, status: int) -> None:
    client, router = dms
    route = router.patch(url__startswith=ROOT).mock(
        return_value=error(
            status, "Request_EntityChanged", "Another user has already changed the record."
        )
    )
    with pytest.raises(Conflict) as caught:
        await client.update_mileage(MileageReading(ORDER_ID, 'W/"1"', 1, None), 2)
    assert caught.value.details() == {
        "system": "dms",
        "kind": "Conflict",
        "status": status,
        "code": "Request_EntityChanged",
        "correlation_id": CORRELATION,
        "request_id": route.calls.last.request.headers["client-request-id"],
    }
    assert "refresh and try again" in caught.value.user_message


async def test_a_missing_concurrency_token_is_a_defect_to_report_not_a_refusal(dms: Dms) -> None:
    client, router = dms
    router.patch(url__startswith=ROOT).mock(
        return_value=error(
            400,
            "BadRequest_InvalidToken",
            "Could not validate the client concurrency token required by the service.",
        )
    )
    with pytest.raises(Defect) as caught:
        await client.update_mileage(MileageReading(ORDER_ID, 'W/"1"', 1, None), 2)
    assert not isinstance(caught.value, Refused)
    assert caught.value.code == "BadRequest_InvalidToken"
    assert "fault in incadea-desk" in caught.value.user_message
    assert caught.value.correlation_id == CORRELATION


async def test_a_request_timeout_is_retried_like_a_gateway_timeout(
    dms: Dms, order: OrderFactory
) -> None:
    client, router = dms
    route = router.get(ORDERS).mock(
        side_effect=[error(408, "Request_Timeout"), httpx.Response(200, content=page(order()))]
    )
    found = await client.find_by_order_no("104711")
    assert [hit.workorder.appointment.wo_number for hit in found] == ["104711"]
    assert route.call_count == 2


async def test_query_strings_send_a_space_as_percent_20_never_as_plus(dms: Dms) -> None:
    client, router = dms
    route = router.get(ORDERS).respond(200, content=page())
    await client.find_by_registration(RegistrationNumber.parse("12 abc 3"))
    await client.find_by_order_no("1+2")
    async for _page in client.changed_since(datetime(2026, 11, 27, 10, tzinfo=UTC)):
        pass
    for call in route.calls:
        query = call.request.url.query
        assert b"+" not in query
        assert b"%20" in query
    assert params(route.calls[1].request)["$filter"] == "orderNo eq '1+2'"
    assert b"%2B" in route.calls[1].request.url.query


async def test_lines_expanded_empty_are_read_again_through_the_navigation(
    dms: Dms, order: OrderFactory
) -> None:
    client, router = dms
    full = order()
    lines = full["serviceLines"]
    router.get(ORDERS).respond(200, content=page(order(serviceLines=[])))
    navigation = router.get(f"{ORDERS}({ORDER_ID})/serviceLines").respond(
        200, content=to_json({"value": lines})
    )
    [hit] = await client.find_by_order_no("104711")
    assert navigation.call_count == 1
    assert sum(len(i.elements) for i in hit.workorder.interventions) == len(lines) > 0


async def test_missing_precondition_is_refused(dms: Dms) -> None:
    client, router = dms
    router.patch(url__startswith=ROOT).mock(
        return_value=error(428, "Request_PreconditionRequired", "If-Match required.")
    )
    with pytest.raises(Refused) as caught:
        await client.update_mileage(MileageReading(ORDER_ID, 'W/"1"', 1, None), 2)
    assert caught.value.status == 428
    assert caught.value.code == "Request_PreconditionRequired"


async def test_lower_mileage_refusal_shows_the_dms_sentence(dms: Dms) -> None:
    client, router = dms
    router.patch(url__startswith=ROOT).mock(
        return_value=error(
            400,
            "Application_DialogException",
            "Mileage 40000 km is lower than the current mileage 45210 km.",
        )
    )
    with pytest.raises(Refused) as caught:
        await client.update_mileage(MileageReading(ORDER_ID, 'W/"1"', 45210, None), 40000)
    assert caught.value.user_message == (
        "The DMS refused: Mileage 40000 km is lower than the current mileage 45210 km."
    )
    assert caught.value.correlation_id == CORRELATION
    assert "CorrelationId" not in caught.value.user_message


async def test_other_dms_sentences_are_not_echoed(dms: Dms) -> None:
    client, router = dms
    router.patch(url__startswith=ROOT).mock(
        return_value=error(
            400,
            "Application_DialogException",
            "Customer Femke de Vries (femke@example.org) is blocked.",
        )
    )
    with pytest.raises(Refused) as caught:
        await client.update_mileage(MileageReading(ORDER_ID, 'W/"1"', 1, None), 2)
    assert "Femke" not in caught.value.user_message
    assert "femke" not in str(caught.value.details())
    assert caught.value.code == "Application_DialogException"


async def test_malformed_query_is_refused_without_echoing_it(dms: Dms) -> None:
    client, router = dms
    router.get(ORDERS).mock(
        return_value=error(400, "BadRequest", "Unknown literal '12ABC3' in $filter.")
    )
    with pytest.raises(Refused) as caught:
        await client.find_by_order_no("104711")
    assert "12ABC3" not in caught.value.user_message
    assert caught.value.code == "BadRequest"


@pytest.mark.parametrize(
    ("status", "code", "kind"),
    [
        (401, "Authentication_InvalidCredentials", AuthenticationError),
        (403, "Authorization_Denied", AuthenticationError),
        (404, "BadRequest_NotFound", NotFound),
        (500, "Internal_ServerError", Unavailable),
    ],
)
async def test_final_statuses_map_to_the_taxonomy_without_retry(
    dms: Dms, status: int, code: str, kind: type[Exception]
) -> None:
    client, router = dms
    route = router.get(ORDERS).mock(return_value=error(status, code))
    with pytest.raises(kind) as caught:
        await client.ping()
    assert route.call_count == 1
    assert caught.value.status == status  # type: ignore[attr-defined]
    assert caught.value.code == code  # type: ignore[attr-defined]


async def test_error_body_that_is_not_json_still_maps(dms: Dms) -> None:
    client, router = dms
    router.get(ORDERS).respond(502, text="<html>Bad gateway</html>")
    with pytest.raises(Unavailable) as caught:
        await client.ping()
    assert caught.value.status == 502
    assert caught.value.code is None


@pytest.mark.parametrize("status", [502, 503, 504])
async def test_transient_statuses_are_retried_until_success(
    dms: Dms, order: OrderFactory, status: int
) -> None:
    client, router = dms
    route = router.get(ORDERS).mock(
        side_effect=[
            error(status, "Application_ServiceUnavailable"),
            error(status, "Application_ServiceUnavailable"),
            httpx.Response(200, content=page(order())),
        ]
    )
    assert len(await client.find_by_order_no("104711")) == 1
    assert route.call_count == 3


async def test_throttling_that_does_not_end_is_throttled(dms: Dms) -> None:
    client, router = dms
    route = router.get(ORDERS).mock(
        return_value=error(429, "Application_TooManyRequests", **{"Retry-After": "1"})
    )
    with pytest.raises(Throttled) as caught:
        await client.find_by_order_no("104711")
    assert route.call_count == 3
    assert caught.value.status == 429
    assert caught.value.code == "Application_TooManyRequests"
    assert caught.value.user_message == (
        "The DMS is busy and asked us to slow down; try again in a minute."
    )


async def test_unavailable_after_retries(dms: Dms) -> None:
    client, router = dms
    route = router.get(ORDERS).mock(return_value=error(503, "Application_ServiceUnavailable"))
    with pytest.raises(Unavailable) as caught:
        await client.ping()
    assert route.call_count == 3
    assert caught.value.user_message == (
        "The DMS cannot be reached right now; check the connection and try again later."
    )
    assert caught.value.correlation_id == CORRELATION


@pytest.mark.parametrize(
    "failure",
    [httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("cut")],
)
async def test_connection_failures_are_retried(
    dms: Dms, order: OrderFactory, failure: Exception
) -> None:
    client, router = dms
    route = router.get(ORDERS).mock(
        side_effect=[failure, httpx.Response(200, content=page(order()))]
    )
    assert len(await client.find_by_order_no("104711")) == 1
    assert route.call_count == 2


@pytest.mark.allow_warning_logs
async def test_connection_that_never_comes_is_unavailable(
    dms: Dms, caplog: pytest.LogCaptureFixture
) -> None:
    client, router = dms
    router.get(ORDERS).mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(Unavailable) as caught:
        await client.ping()
    assert caught.value.code == "ConnectError"
    assert "cannot be reached right now" in caught.value.user_message
    assert "dms ping: ConnectError" in caplog.text


@pytest.mark.allow_warning_logs
async def test_read_timeouts_that_persist_say_the_dms_is_too_slow(dms: Dms) -> None:
    client, router = dms
    router.get(ORDERS).mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(Unavailable) as caught:
        await client.ping()
    assert caught.value.user_message == "The DMS took too long to answer; try again in a minute."


async def test_schema_violation_in_a_page_is_a_bad_response(dms: Dms, order: OrderFactory) -> None:
    client, router = dms
    broken = order()
    broken["serviceLines"][1]["unitPrice"] = {"amount": 1}
    router.get(ORDERS).respond(200, content=page(broken))
    with pytest.raises(BadResponse) as caught:
        await client.find_by_order_no("104711")
    assert caught.value.user_message == (
        "The DMS sent an answer we cannot read (field serviceLines[1].unitPrice)."
    )


async def test_not_json_is_a_bad_response(dms: Dms) -> None:
    client, router = dms
    router.get(ORDERS).respond(200, text="<html>login</html>")
    with pytest.raises(BadResponse, match="whole answer"):
        await client.find_by_order_no("104711")


async def test_navigations_not_expanded_are_read_in_parallel(dms: Dms, order: OrderFactory) -> None:
    client, router = dms
    full = order()
    bare = order(serviceLines=None, vehicle=None, contractor=None)
    for key in ("serviceLines", "vehicle", "contractor"):
        del bare[key]
    vehicle = dict(full["vehicle"])
    driver, owner = vehicle.pop("driver"), vehicle.pop("owner")
    router.get(ORDERS).respond(200, content=page(bare))
    router.get(f"{ROOT}serviceOrders({ORDER_ID})/serviceLines").respond(
        200, content=to_json({"value": full["serviceLines"]})
    )
    router.get(f"{ROOT}vehicles({VEHICLE_ID})").respond(200, json=vehicle)
    router.get(f"{ROOT}customers({DRIVER_ID})").respond(200, json=driver)
    router.get(f"{ROOT}customers({OWNER_ID})").respond(200, json=owner)
    router.get(f"{ROOT}customers({CONTRACTOR_ID})").respond(200, json=full["contractor"])

    [hit] = await client.find_by_order_no("104711")
    wo = hit.workorder
    assert [i.title for i in wo.interventions] == ["Oil service", "APK"]
    assert wo.car.vin is not None
    assert (wo.car.driver_id, wo.car.owner_id) == ("C010234", "C000017")
    assert wo.contractor is not None
    assert wo.contractor.customer_number == "C000099"


async def test_a_failing_parallel_read_raises_the_taxonomy_error(
    dms: Dms, order: OrderFactory
) -> None:
    client, router = dms
    bare = order(contractor=None)
    del bare["contractor"]
    router.get(ORDERS).respond(200, content=page(bare))
    router.get(f"{ROOT}customers({CONTRACTOR_ID})").mock(
        return_value=error(401, "Authentication_InvalidCredentials")
    )
    with pytest.raises(AuthenticationError):
        await client.find_by_order_no("104711")


async def test_logs_hold_no_plate_and_no_url(
    dms: Dms, order: OrderFactory, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client, router = dms
    router.get(ORDERS).mock(
        side_effect=[
            error(503, "Application_ServiceUnavailable"),
            httpx.Response(200, content=page(order())),
        ]
    )
    await client.find_by_registration(RegistrationNumber.parse("12-ABC-3"))
    assert caplog.records, "the retry is logged"
    assert "12ABC3" not in caplog.text
    assert "12-ABC-3" not in caplog.text
    assert "dms.example.test" not in caplog.text
    assert logging.getLogger("httpx").getEffectiveLevel() >= logging.WARNING
    assert logging.getLogger("httpcore").getEffectiveLevel() >= logging.WARNING


async def test_customer_fixture_is_a_complete_customer() -> None:
    assert set(customer(DRIVER_ID, "C1")) >= {"number", "privateEmail", "isLeaseCompany"}
