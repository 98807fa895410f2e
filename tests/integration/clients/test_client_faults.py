"""Each sandbox fault ends in success or in the right error for the advisor."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
import stamina
import stamina.instrumentation
from client_helpers import incadea_connection

from incadea_desk.claire import ClaireClient, to_claire
from incadea_desk.errors import BadResponse, Throttled, Unavailable
from incadea_desk.incadea import IncadeaClient
from incadea_desk.request_retries import RetryPolicy, install_retry_logging
from incadea_desk.sandbox import FaultSettings, LoopbackUrls, Sandbox


def some_document_numbers(sandbox: Sandbox, count: int) -> list[str]:
    return sorted(str(r.data["documentNo"]) for r in sandbox.incadea.data.orders.values())[:count]


async def test_intermittent_503s_are_ridden_out(
    dms: IncadeaClient, sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    numbers = some_document_numbers(sandbox, 12)
    sandbox.set_faults(incadea=FaultSettings(error_rate=0.3))
    with stamina.set_testing(True, attempts=12):
        hits = [await dms.get_workorder(number) for number in numbers]
    assert [h.workorder.appointment.dms_number for h in hits] == numbers
    assert "HTTP 503 code=Application_ServiceUnavailable" in caplog.text


async def test_a_dms_that_stays_down_is_unavailable(dms: IncadeaClient, sandbox: Sandbox) -> None:
    sandbox.set_faults(incadea=FaultSettings(error_rate=1.0, error_status=504))
    with pytest.raises(Unavailable) as caught:
        await dms.ping()
    assert caught.value.status == 504
    assert caught.value.code == "Application_GatewayTimeout"
    assert caught.value.correlation_id


async def test_429_with_retry_after_then_success(dms: IncadeaClient, sandbox: Sandbox) -> None:
    sandbox.set_faults(incadea=FaultSettings(throttle_count=2, retry_after_s=0))
    await dms.ping()
    assert sandbox.incadea.faults.settings.throttle_count == 0


@pytest.fixture
def waits() -> Iterator[list[float]]:
    recorded: list[float] = []
    install_retry_logging()
    previous = stamina.instrumentation.get_on_retry_hooks()
    stamina.instrumentation.set_on_retry_hooks([*previous, lambda d: recorded.append(d.wait_for)])
    try:
        yield recorded
    finally:
        stamina.instrumentation.set_on_retry_hooks(list(previous))


async def test_retry_after_from_the_server_replaces_the_backoff(
    urls: LoopbackUrls, sandbox: Sandbox, waits: list[float]
) -> None:
    # Real backoff (no test mode) would wait 5 s per retry; the server says 0.
    policy = RetryPolicy(attempts=4, wait_initial=5, wait_max=5, wait_jitter=0)
    sandbox.set_faults(incadea=FaultSettings(throttle_count=2, retry_after_s=0))
    async with IncadeaClient(incadea_connection(urls, sandbox, operation=4), retry=policy) as dms:
        await dms.ping()
    assert waits == [0.0, 0.0]


async def test_429_that_does_not_stop_is_throttled(dms: IncadeaClient, sandbox: Sandbox) -> None:
    sandbox.set_faults(incadea=FaultSettings(throttle_count=50))
    with pytest.raises(Throttled) as caught:
        await dms.ping()
    assert caught.value.status == 429
    assert caught.value.code == "Application_TooManyRequests"


@pytest.mark.parametrize("drift", ["missing_optional", "extra_field"])
async def test_harmless_drift_is_absorbed(dms: IncadeaClient, sandbox: Sandbox, drift: str) -> None:
    number = some_document_numbers(sandbox, 1)[0]
    sandbox.set_faults(incadea=FaultSettings(drift=drift))  # type: ignore[arg-type]
    hit = await dms.get_workorder(number)
    assert hit.workorder.appointment.dms_number == number
    if drift == "missing_optional":
        assert hit.workorder.appointment.scheduled_out is None
        assert hit.workorder.car.warranty_end is None


async def test_wrong_types_are_a_bad_response_naming_the_field(
    dms: IncadeaClient, sandbox: Sandbox
) -> None:
    number = some_document_numbers(sandbox, 1)[0]
    sandbox.set_faults(incadea=FaultSettings(drift="wrong_type"))
    with pytest.raises(BadResponse) as caught:
        await dms.get_workorder(number)
    assert caught.value.user_message == (
        "The DMS sent an answer we cannot read (field vehicle.firstRegistrationDate)."
    )


@pytest.mark.allow_warning_logs
async def test_a_slow_drip_ends_at_the_deadline(
    urls: LoopbackUrls, sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    number = some_document_numbers(sandbox, 1)[0]
    sandbox.set_faults(incadea=FaultSettings(drip_delay_ms=100))
    async with IncadeaClient(incadea_connection(urls, sandbox, operation=0.5)) as dms:
        with pytest.raises(Unavailable) as caught:
            await dms.get_workorder(number)
    assert caught.value.code == "deadline"
    assert caught.value.user_message == "The DMS took too long to answer; try again in a minute."
    assert any(r.levelno == logging.WARNING for r in caplog.records)


async def test_a_light_drip_still_arrives(dms: IncadeaClient, sandbox: Sandbox) -> None:
    number = some_document_numbers(sandbox, 1)[0]
    sandbox.set_faults(incadea=FaultSettings(drip_delay_ms=1))
    hit = await dms.get_workorder(number)
    assert hit.workorder.appointment.dms_number == number


async def test_dropped_connections_are_retried(dms: IncadeaClient, sandbox: Sandbox) -> None:
    numbers = some_document_numbers(sandbox, 8)
    sandbox.set_faults(incadea=FaultSettings(drop_rate=0.3))
    with stamina.set_testing(True, attempts=12):
        hits = [await dms.get_workorder(number) for number in numbers]
    assert len(hits) == 8


@pytest.mark.allow_warning_logs
async def test_connections_that_always_drop_are_unavailable(
    dms: IncadeaClient, sandbox: Sandbox
) -> None:
    sandbox.set_faults(incadea=FaultSettings(drop_rate=1.0))
    with pytest.raises(Unavailable) as caught:
        await dms.ping()
    assert "cannot be reached right now" in caught.value.user_message


async def test_claire_throttling_then_success(
    dms: IncadeaClient, claire: ClaireClient, sandbox: Sandbox
) -> None:
    hit = await dms.get_workorder(some_document_numbers(sandbox, 1)[0])
    sandbox.set_faults(claire=FaultSettings(throttle_count=2, retry_after_s=0))
    [result] = await claire.import_workorders([to_claire(hit.workorder, claire.location_id, [])])
    assert result.status in ("created", "unchanged", "updated")


async def test_claire_server_errors_are_unavailable(claire: ClaireClient, sandbox: Sandbox) -> None:
    sandbox.set_faults(claire=FaultSettings(error_rate=1.0))
    with pytest.raises(Unavailable) as caught:
        await claire.ping()
    assert caught.value.status == 500
    assert caught.value.code == "server_error"
