"""The sandbox served in process through httpx: demo mode and fast tests use this path."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from incadea_desk.sandbox import (
    INPROCESS_CLAIRE_URL,
    INPROCESS_INCADEA_URL,
    FaultSettings,
    ManualClock,
    Sandbox,
)

START = datetime(2026, 11, 27, 7, 45, tzinfo=UTC)


async def token(client: httpx.AsyncClient, sandbox: Sandbox) -> str:
    response = await client.post(
        f"/{sandbox.tenant_id}/oauth2/v2.0/token",
        data={
            "grant_type": "client_credentials",
            "client_id": sandbox.client_id,
            "client_secret": sandbox.client_secret,
            "scope": sandbox.scope,
        },
    )
    return str(response.json()["access_token"])


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
async def dms(clock: ManualClock) -> AsyncIterator[tuple[Sandbox, httpx.AsyncClient]]:
    sandbox = Sandbox(seed=5, clock=clock, live=True, live_interval=timedelta(seconds=10))
    async with httpx.AsyncClient(
        transport=sandbox.incadea_transport(), base_url=INPROCESS_INCADEA_URL
    ) as client:
        client.headers["Authorization"] = f"Bearer {await token(client, sandbox)}"
        yield sandbox, client


def orders_path(sandbox: Sandbox) -> str:
    return f"/api/incadea/workshop/v1.0/companies({sandbox.company_id})/serviceOrders"


async def test_in_process_transport_serves_the_dms(
    dms: tuple[Sandbox, httpx.AsyncClient],
) -> None:
    sandbox, client = dms

    response = await client.get(orders_path(sandbox), params={"$top": "3"})

    assert response.status_code == 200
    assert len(response.json()["value"]) == 3


async def test_live_mode_steps_with_the_clock(
    dms: tuple[Sandbox, httpx.AsyncClient], clock: ManualClock
) -> None:
    sandbox, client = dms
    state = await client.get("/_sandbox/state")
    assert state.json()["liveSteps"] == 0

    clock.advance(35)
    await client.get(orders_path(sandbox), params={"$top": "1"})

    after = (await client.get("/_sandbox/state")).json()
    assert after["liveSteps"] == 3
    assert after["live"] is True


async def test_dropped_connection_in_process_is_a_transport_error(
    dms: tuple[Sandbox, httpx.AsyncClient],
) -> None:
    sandbox, client = dms
    sandbox.set_faults(incadea=FaultSettings(drop_rate=1.0))

    with pytest.raises(httpx.RemoteProtocolError):
        await client.get(orders_path(sandbox))


async def test_faults_given_at_construction_apply_from_the_first_request() -> None:
    sandbox = Sandbox(
        seed=5,
        incadea_faults=FaultSettings(error_rate=1.0),
        claire_faults=FaultSettings(throttle_count=1),
    )
    async with (
        httpx.AsyncClient(
            transport=sandbox.incadea_transport(), base_url=INPROCESS_INCADEA_URL
        ) as dms,
        httpx.AsyncClient(
            transport=sandbox.claire_transport(),
            base_url=INPROCESS_CLAIRE_URL,
            headers={"Authorization": sandbox.claire_api_key},
        ) as claire,
    ):
        dms.headers["Authorization"] = f"Bearer {await token(dms, sandbox)}"
        failed = await dms.get(orders_path(sandbox))
        throttled = await claire.get("/v1/appointments/list", params={"location_id": "loc-utrecht"})
        served = await claire.get("/v1/appointments/list", params={"location_id": "loc-utrecht"})

    assert failed.status_code == 503
    assert throttled.status_code == 429
    assert "Retry-After" not in throttled.headers
    assert served.status_code == 200


def test_the_same_seed_and_steps_give_the_same_changes() -> None:
    def run(seed: int) -> list[dict[str, object]]:
        sandbox = Sandbox(seed=seed, clock=ManualClock(START))
        return [change.as_json() for change in sandbox.incadea.step(60)]

    first, again, other = run(9), run(9), run(10)

    assert first == again
    assert first != other
    kinds = {str(change["kind"]) for change in first}
    assert kinds == {
        "new_order", "car_in", "car_out", "canceled", "mileage", "late_commit", "shared_timestamp",
    }  # fmt: skip


def test_credentials_are_stable_per_seed() -> None:
    first, again = (
        Sandbox(seed=9, clock=ManualClock(START)),
        Sandbox(seed=9, clock=ManualClock(START)),
    )

    assert first.company_id == again.company_id
    assert first.client_secret == again.client_secret
    assert first.claire_api_key == again.claire_api_key
    assert Sandbox(seed=10, clock=ManualClock(START)).company_id != first.company_id


async def test_served_in_background_the_stand_ins_answer_from_their_own_thread(
    clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    sandbox = Sandbox(seed=3, now=START, clock=clock)
    served_by: list[str] = []
    catch_up = sandbox.incadea.catch_up

    def recorded() -> None:
        served_by.append(threading.current_thread().name)
        catch_up()

    monkeypatch.setattr(sandbox.incadea, "catch_up", recorded)
    sandbox.serve_in_background()
    try:
        async with httpx.AsyncClient(
            transport=sandbox.incadea_transport(), base_url=INPROCESS_INCADEA_URL
        ) as client:
            bearer = await token(client, sandbox)
            answer = await client.get(
                f"/api/incadea/workshop/v1.0/companies({sandbox.company_id})/serviceOrders",
                params={"$top": "2"},
                headers={"Authorization": f"Bearer {bearer}"},
            )
    finally:
        sandbox.stop_background()
    assert answer.status_code == 200
    assert len(answer.json()["value"]) == 2
    assert served_by == ["incadea-desk-sandbox-loop"]
    assert threading.current_thread().name != served_by[0]
    # Stopped, the transports serve on the caller's loop again.
    async with httpx.AsyncClient(
        transport=sandbox.incadea_transport(), base_url=INPROCESS_INCADEA_URL
    ) as client:
        assert (await client.get("/_sandbox/state")).status_code == 200
