"""The DMS client against the sandbox DMS over loopback: search, paging, mileage, tokens."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

import httpx
import pytest
from client_helpers import incadea_connection
from pydantic import SecretStr

from incadea_desk.domain.dms_records import MileageReading
from incadea_desk.domain.registration import RegistrationNumber
from incadea_desk.errors import AuthenticationError, Conflict, Defect, NotFound, Refused
from incadea_desk.http import RemoteHttp, Timeouts, build_async_client
from incadea_desk.incadea import IncadeaClient, IncadeaConnection
from incadea_desk.incadea.failures import (
    CONFLICT_STATUSES,
    DEFECT_CODES,
    MESSAGES,
    read_error,
    refusal_message,
)
from incadea_desk.sandbox import FaultSettings, LoopbackUrls, ManualClock, Sandbox
from incadea_desk.sandbox.data import Row


def orders(sandbox: Sandbox) -> list[Row]:
    return sorted(sandbox.incadea.data.orders.values(), key=lambda r: str(r.data["documentNo"]))


def open_order(sandbox: Sandbox, index: int) -> Row:
    """An order that is not canceled, picked so each test writes to its own order."""
    candidates = [r for r in orders(sandbox) if not r.data["canceled"]]
    return candidates[index]


async def test_search_by_wo_number(dms: IncadeaClient, sandbox: Sandbox) -> None:
    row = orders(sandbox)[0]
    hits = await dms.find_by_order_no(str(row.data["orderNo"]))
    assert [h.workorder.appointment.dms_number for h in hits] == [row.data["documentNo"]]
    hit = hits[0]
    assert hit.entity_id == row.id
    assert hit.workorder.appointment.wo_number == row.data["orderNo"]
    assert hit.workorder.interventions, "lines arrive with the order"
    assert hit.workorder.car.make, "the vehicle arrives with the order"


async def test_search_by_plate_finds_both_stored_forms(
    dms: IncadeaClient, sandbox: Sandbox
) -> None:
    by_vehicle: dict[str, list[Row]] = defaultdict(list)
    for row in orders(sandbox):
        by_vehicle[str(row.data["vehicleId"])].append(row)
    mixed = [
        rows
        for rows in by_vehicle.values()
        if len({"-" in str(r.data["registrationNo"]) for r in rows}) == 2
    ]
    assert mixed, "the sandbox stores some plates dashed on one order and compact on another"
    rows = mixed[0]
    compact = str(rows[0].data["registrationNo"]).replace("-", "")

    for typed in (compact.lower(), " ".join(compact)):
        hits = await dms.find_by_registration(RegistrationNumber.parse(typed))
        assert {h.workorder.appointment.dms_number for h in hits} == {
            r.data["documentNo"] for r in rows
        }
        dates = [h.workorder.appointment.appointment_date for h in hits]
        assert dates == sorted(dates, reverse=True)


async def test_get_workorder_and_not_found(dms: IncadeaClient, sandbox: Sandbox) -> None:
    row = orders(sandbox)[3]
    hit = await dms.get_workorder(str(row.data["documentNo"]))
    assert hit.workorder.appointment.dms_number == row.data["documentNo"]
    with pytest.raises(NotFound):
        await dms.get_workorder("SO-NOPE-0")


async def test_hostile_search_text_finds_nothing_and_breaks_nothing(dms: IncadeaClient) -> None:
    assert await dms.find_by_order_no("' or 1 eq 1 or orderNo eq '") == []
    assert await dms.find_by_order_no("O'Brien (\u00e9\U0001f697)") == []


async def test_changed_since_walks_every_page_once(dms: IncadeaClient, sandbox: Sandbox) -> None:
    stamps = sorted(r.data["lastModifiedDateTime"] for r in orders(sandbox))
    since: datetime = stamps[len(stamps) // 3]
    expected = {
        r.data["documentNo"] for r in orders(sandbox) if r.data["lastModifiedDateTime"] >= since
    }
    pages = [page async for page in dms.changed_since(since, page_size=25)]
    seen = [h.workorder.appointment.dms_number for page in pages for h in page.rows]
    assert len(pages) >= 3
    assert all(len(page.rows) <= 25 for page in pages)
    assert len(seen) == len(set(seen))
    assert set(seen) == expected
    keys = [(h.last_modified, h.entity_id) for page in pages for h in page.rows]
    assert keys == sorted(keys)


async def test_mileage_write_then_stale_etag_conflict(dms: IncadeaClient, sandbox: Sandbox) -> None:
    row = open_order(sandbox, 0)
    number = str(row.data["documentNo"])
    reading = MileageReading.of(await dms.get_workorder(number))
    written = await dms.update_mileage(reading, reading.km + 150)
    assert written.km == reading.km + 150
    assert written.etag != reading.etag
    assert row.data["mileageKm"] == reading.km + 150

    with pytest.raises(Conflict) as caught:
        await dms.update_mileage(reading, reading.km + 300)
    assert caught.value.status == 409
    assert caught.value.code == "Request_EntityChanged"
    assert caught.value.correlation_id
    assert row.data["mileageKm"] == reading.km + 150


async def test_concurrent_edit_is_a_conflict_and_a_reread_succeeds(
    dms: IncadeaClient, sandbox: Sandbox
) -> None:
    number = str(open_order(sandbox, 1).data["documentNo"])
    reading = MileageReading.of(await dms.get_workorder(number))
    sandbox.set_faults(incadea=FaultSettings(concurrent_edits=1))
    with pytest.raises(Conflict):
        await dms.update_mileage(reading, reading.km + 10)
    fresh = MileageReading.of(await dms.get_workorder(number))
    assert fresh.etag != reading.etag
    assert (await dms.update_mileage(fresh, fresh.km + 10)).km == reading.km + 10


async def test_lower_mileage_is_refused_with_the_dms_sentence(
    dms: IncadeaClient, sandbox: Sandbox
) -> None:
    row = open_order(sandbox, 2)
    reading = MileageReading.of(await dms.get_workorder(str(row.data["documentNo"])))
    with pytest.raises(Refused) as caught:
        await dms.update_mileage(reading, reading.km - 1000)
    assert caught.value.user_message == (
        f"The DMS refused: Mileage {reading.km - 1000} km is lower than the current "
        f"mileage {reading.km} km."
    )
    assert caught.value.code == "Application_DialogException"
    assert caught.value.correlation_id
    assert row.data["mileageKm"] == reading.km


async def test_wildcard_etag_is_never_sent(dms: IncadeaClient, sandbox: Sandbox) -> None:
    row = open_order(sandbox, 3)
    reading = MileageReading.of(await dms.get_workorder(str(row.data["documentNo"])))
    version = row.version
    with pytest.raises(ValueError, match="wildcard"):
        await dms.update_mileage(reading.__class__(reading.entity_id, "*", reading.km, None), 1)
    assert row.version == version


async def test_a_patch_without_if_match_is_a_defect_the_dms_reports(
    urls: LoopbackUrls, sandbox: Sandbox
) -> None:
    row = open_order(sandbox, 4)
    config = incadea_connection(urls, sandbox)
    remote = RemoteHttp(
        system="dms",
        client=build_async_client(
            timeouts=Timeouts(), auth=httpx.BasicAuth(sandbox.username, sandbox.access_key)
        ),
        timeouts=Timeouts(),
        error_reader=read_error,
        refusal_message=refusal_message,
        messages=MESSAGES,
        conflict_statuses=CONFLICT_STATUSES,
        defect_codes=DEFECT_CODES,
    )
    try:
        with pytest.raises(Defect) as caught:
            await remote.send(
                "PATCH",
                f"{config.api_root}serviceOrders({row.id})",
                json={"mileageKm": 999_999},
                retry_safe=False,
                operation="patch without etag",
            )
    finally:
        await remote.aclose()
    # Business Central's answer to a missing concurrency token (dynamics-error-codes).
    assert caught.value.status == 400
    assert caught.value.code == "BadRequest_InvalidToken"
    assert "fault in incadea-desk" in caught.value.user_message


async def test_token_expiry_mid_session_renews_and_continues(
    dms: IncadeaClient, sandbox: Sandbox, clock: ManualClock
) -> None:
    row = orders(sandbox)[5]
    await dms.get_workorder(str(row.data["documentNo"]))
    tokens_before = set(sandbox.incadea.tokens)
    clock.advance(hours=2)
    hit = await dms.get_workorder(str(row.data["documentNo"]))
    assert hit.entity_id == row.id
    assert set(sandbox.incadea.tokens) - tokens_before, "a new token was issued mid-session"


async def test_basic_auth_with_the_access_key(urls: LoopbackUrls, sandbox: Sandbox) -> None:
    config = IncadeaConnection(
        base_url=urls.incadea_base_url,
        authority=urls.incadea_base_url,
        company_id=sandbox.company_id,
        auth_mode="basic",
        username=sandbox.username,
        access_key=sandbox.access_key,
    )
    async with IncadeaClient(config) as client:
        await client.ping()
    wrong = config.model_copy(update={"access_key": SecretStr("wrong-key")})
    async with IncadeaClient(wrong) as client:
        with pytest.raises(AuthenticationError) as caught:
            await client.ping()
    assert caught.value.code == "Authentication_InvalidCredentials"


async def test_wrong_client_secret(urls: LoopbackUrls, sandbox: Sandbox) -> None:
    config = incadea_connection(urls, sandbox).model_copy(
        update={"client_secret": SecretStr("nope")}
    )
    async with IncadeaClient(config) as client:
        with pytest.raises(AuthenticationError) as caught:
            await client.ping()
    assert "sign-in service" in caught.value.user_message
