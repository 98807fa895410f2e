"""The Claire client against respx: import batches, lookups, and every error path."""

from __future__ import annotations

import gc
import json
import weakref
from typing import Any

import httpx
import pytest
import respx
from claire_samples import KEY, LOCATION, ROOT

from incadea_desk.claire import ClaireClient, ClaireConnection, ClaireImportResult, to_claire
from incadea_desk.domain.models import Workorder
from incadea_desk.errors import (
    AuthenticationError,
    BadResponse,
    NotFound,
    Refused,
    Throttled,
    Unavailable,
)

Claire = tuple[ClaireClient, respx.MockRouter]
IMPORT = ROOT + "appointments/import"
LIST = ROOT + "appointments/list"


def numbered(wo: Workorder, n: int) -> Workorder:
    return wo.model_copy(
        update={"appointment": wo.appointment.model_copy(update={"dms_number": f"SO-{n:07d}"})}
    )


def upsert_all(request: httpx.Request) -> httpx.Response:
    body = json.loads(request.content)
    return httpx.Response(
        200,
        json={
            "results": [
                {"dms_nr": a["dms_nr"], "id": f"apt_{a['dms_nr']}", "status": "created"}
                for a in body["appointments"]
            ]
        },
    )


def held(wo: Workorder, claire_id: str = "apt_000123") -> dict[str, Any]:
    body = json.loads(to_claire(wo, LOCATION, []).model_dump_json())
    body.update(id=claire_id, updated_at="2026-11-27T10:00:00+00:00")
    return body


async def test_import_sends_the_key_and_the_location(claire: Claire, wo: Workorder) -> None:
    client, router = claire
    route = router.post(IMPORT).mock(side_effect=upsert_all)
    results = await client.import_workorders([to_claire(wo, LOCATION, [])])
    request = route.calls.last.request
    assert request.headers["Authorization"] == KEY
    body = json.loads(request.content)
    assert body["location_id"] == LOCATION
    assert [a["dms_nr"] for a in body["appointments"]] == ["SO-2604711"]
    assert body["appointments"][0]["total_incl_vat"] == "297.61"
    assert results == [ClaireImportResult("SO-2604711", "apt_SO-2604711", "created", None)]


async def test_import_goes_in_batches_of_100_keeping_order(claire: Claire, wo: Workorder) -> None:
    client, router = claire
    route = router.post(IMPORT).mock(side_effect=upsert_all)
    items = [to_claire(numbered(wo, n), LOCATION, []) for n in range(250)]
    results = await client.import_workorders(items)
    sizes = [len(json.loads(c.request.content)["appointments"]) for c in route.calls]
    assert sizes == [100, 100, 50]
    assert [r.dms_number for r in results] == [f"SO-{n:07d}" for n in range(250)]


async def test_import_of_nothing_sends_nothing(claire: Claire) -> None:
    client, router = claire
    route = router.post(IMPORT).mock(side_effect=upsert_all)
    assert await client.import_workorders([]) == []
    assert route.call_count == 0


@pytest.mark.allow_warning_logs
async def test_import_results_per_item(claire: Claire, wo: Workorder) -> None:
    client, router = claire
    router.post(IMPORT).respond(
        200,
        json={
            "results": [
                {"dms_nr": "SO-0000001", "id": "apt_1", "status": "unchanged"},
                {
                    "dms_nr": "SO-0000002",
                    "status": "error",
                    "error": "invalid_email",
                    "message": "email 'driver@example.org' is invalid",
                },
                {"dms_nr": "SO-0000003", "id": "apt_3", "status": "updated"},
            ]
        },
    )
    items = [to_claire(numbered(wo, n), LOCATION, []) for n in (1, 2, 3)]
    first, second, third = await client.import_workorders(items)
    assert (first.status, first.claire_id) == ("unchanged", "apt_1")
    assert second.status == "error"
    assert second.claire_id is None
    assert second.error_message == (
        "Claire refused this workorder (code invalid_email). Please report this to support."
    )
    assert "driver@example.org" not in (second.error_message or "")
    assert (third.status, third.claire_id) == ("updated", "apt_3")


async def test_results_that_do_not_match_the_request_are_a_bad_response(
    claire: Claire, wo: Workorder
) -> None:
    client, router = claire
    router.post(IMPORT).respond(
        200, json={"results": [{"dms_nr": "SO-9999999", "id": "apt_1", "status": "created"}]}
    )
    with pytest.raises(BadResponse, match=r"field results"):
        await client.import_workorders([to_claire(wo, LOCATION, [])])


async def test_import_is_retried_on_throttling_with_the_same_body(
    claire: Claire, wo: Workorder
) -> None:
    client, router = claire
    route = router.post(IMPORT).mock(
        side_effect=[
            httpx.Response(429, json={"error": "rate_limited", "message": "Slow down"}),
            upsert_all,
        ]
    )
    [result] = await client.import_workorders([to_claire(wo, LOCATION, [])])
    assert result.status == "created"
    assert route.call_count == 2
    assert route.calls[0].request.content == route.calls[1].request.content


async def test_throttling_that_does_not_end(claire: Claire, wo: Workorder) -> None:
    client, router = claire
    router.post(IMPORT).respond(
        429, json={"error": "rate_limited", "message": "Slow down"}, headers={"Retry-After": "1"}
    )
    with pytest.raises(Throttled) as caught:
        await client.import_workorders([to_claire(wo, LOCATION, [])])
    assert caught.value.system == "claire"
    assert caught.value.code == "rate_limited"
    assert (
        caught.value.user_message
        == "Claire is busy and asked us to slow down; try again in a minute."
    )


async def test_find_asks_within_the_location(claire: Claire, wo: Workorder) -> None:
    client, router = claire
    route = router.get(LIST).respond(
        200, json={"data": [held(wo)], "meta": {"page": 1, "per_page": 50, "total": 1}}
    )
    found = await client.find("SO-2604711")
    assert dict(route.calls.last.request.url.params) == {
        "location_id": LOCATION,
        "dms_nr": "SO-2604711",
        "page": "1",
        "per_page": "50",
    }
    assert found is not None
    assert found.id == "apt_000123"
    assert found.mileage == 45210


async def test_find_returns_none_when_claire_has_nothing(claire: Claire) -> None:
    client, router = claire
    router.get(LIST).respond(
        200, json={"data": [], "meta": {"page": 1, "per_page": 50, "total": 0}}
    )
    assert await client.find("SO-2604711") is None


async def test_find_ignores_records_of_another_number(claire: Claire, wo: Workorder) -> None:
    client, router = claire
    other = held(numbered(wo, 5))
    router.get(LIST).respond(200, json={"data": [other], "meta": None})
    assert await client.find("SO-2604711") is None


async def test_get_by_id_escapes_the_id(claire: Claire, wo: Workorder) -> None:
    client, router = claire
    route = router.get(url__startswith=ROOT + "appointments/").respond(200, json=held(wo))
    appointment = await client.get("apt_000123/../x")
    assert route.calls.last.request.url.raw_path == b"/v1/appointments/apt_000123%2F..%2Fx"
    assert appointment.dms_nr == "SO-2604711"


async def test_get_unknown_id_is_not_found(claire: Claire) -> None:
    client, router = claire
    router.get(ROOT + "appointments/apt_404").respond(
        404, json={"error": "not_found", "message": "Appointment not found"}
    )
    with pytest.raises(NotFound) as caught:
        await client.get("apt_404")
    assert caught.value.user_message == "Claire has no appointment with this id."
    assert caught.value.code == "not_found"


@pytest.mark.parametrize(
    ("status", "code", "kind"),
    [
        (400, "invalid_request", Refused),
        (401, "unauthorized", AuthenticationError),
        (405, "method_not_allowed", Refused),
        (500, "internal_error", Unavailable),
    ],
)
async def test_error_statuses_map_to_the_taxonomy(
    claire: Claire, status: int, code: str, kind: type[Exception]
) -> None:
    client, router = claire
    route = router.get(LIST).respond(
        status, json={"error": code, "message": "something about Jansen"}
    )
    with pytest.raises(kind) as caught:
        await client.ping()
    assert route.call_count == 1
    assert caught.value.status == status  # type: ignore[attr-defined]
    assert caught.value.code == code  # type: ignore[attr-defined]
    assert "Jansen" not in str(caught.value)


async def test_unavailable_after_retries(claire: Claire) -> None:
    client, router = claire
    route = router.get(LIST).respond(503)
    with pytest.raises(Unavailable) as caught:
        await client.ping()
    assert route.call_count == 3
    assert caught.value.user_message == (
        "Claire cannot be reached right now; check the connection and try again later."
    )


async def test_ping_asks_for_one_record_of_the_location(claire: Claire) -> None:
    client, router = claire
    route = router.get(LIST).respond(
        200, json={"data": [], "meta": {"page": 1, "per_page": 1, "total": 0}}
    )
    await client.ping()
    assert route.calls.last.request.url.params["location_id"] == LOCATION
    assert route.calls.last.request.headers["Authorization"] == KEY


async def test_unreadable_appointment_names_the_field(claire: Claire, wo: Workorder) -> None:
    client, router = claire
    broken = held(wo)
    broken["interventions"][0]["elements"][1]["total"] = "a lot"
    router.get(LIST).respond(200, json={"data": [broken], "meta": None})
    with pytest.raises(BadResponse) as caught:
        await client.find("SO-2604711")
    assert caught.value.user_message == (
        "Claire sent an answer we cannot read (field interventions[0].elements[1].total)."
    )


async def test_a_sent_batch_is_freed_without_waiting_for_the_garbage_collector(
    config: ClaireConnection, wo: Workorder
) -> None:
    """A keep-importing walk sends a Claire batch of 100 kB or more every few
    milliseconds: once answered, its body and the answer are freed at once."""
    sent: list[weakref.ref[httpx.Request]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(weakref.ref(request))
        return upsert_all(request)

    client = ClaireClient(config, transport=httpx.MockTransport(answer))
    collecting = gc.isenabled()
    gc.disable()
    try:
        results = await client.import_workorders(
            [to_claire(numbered(wo, n), LOCATION, []) for n in range(3)]
        )
        assert [r.status for r in results] == ["created"] * 3
        assert len(sent) == 1
        assert sent[0]() is None
    finally:
        if collecting:
            gc.enable()
        await client.aclose()
