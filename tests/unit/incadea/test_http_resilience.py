"""The shared HTTP layer: retry policy, Retry-After, concurrency limit, deadline,
TLS and logging set-up."""

from __future__ import annotations

import asyncio
import logging
import ssl
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime

import httpx
import pytest
import stamina
import stamina.instrumentation
import truststore
from dms_samples import BASE, COMPANY, ORDERS, page
from stamina.instrumentation import RetryDetails

from incadea_desk.errors import AuthenticationError, ErrorInfo, Throttled, Unavailable
from incadea_desk.http import RemoteHttp, Timeouts, build_async_client
from incadea_desk.incadea import IncadeaClient, IncadeaConnection
from incadea_desk.request_retries import (
    RetryableStatus,
    RetryPolicy,
    install_retry_logging,
    parse_retry_after,
)


def config(operation: float = 60.0) -> IncadeaConnection:
    return IncadeaConnection(
        base_url=BASE,
        company_id=COMPANY,
        auth_mode="basic",
        username="WS-DESK",
        access_key="not-a-real-key",
        timeouts=Timeouts(operation=operation),
    )


def test_retry_after_is_honoured_and_capped() -> None:
    policy = RetryPolicy(retry_after_cap=30)
    assert policy.backoff_for(RetryableStatus(429, ErrorInfo(), 7)) == 7
    assert policy.backoff_for(RetryableStatus(429, ErrorInfo(), 3600)) == 30
    assert policy.backoff_for(RetryableStatus(503, ErrorInfo(), None)) is True


def test_only_transient_failures_are_retried() -> None:
    policy = RetryPolicy()
    assert policy.backoff_for(httpx.ConnectError("x")) is True
    assert policy.backoff_for(httpx.ReadTimeout("x")) is True
    assert policy.backoff_for(AuthenticationError("no", "dms", status=401)) is False
    assert policy.backoff_for(ValueError("bug")) is False


def test_parse_retry_after() -> None:
    now = datetime(2026, 11, 27, 10, 0, 0, tzinfo=UTC)
    assert parse_retry_after("12") == 12
    assert parse_retry_after(" 0 ") == 0
    assert parse_retry_after("Fri, 27 Nov 2026 10:00:30 GMT", now=now) == 30
    assert parse_retry_after("Fri, 27 Nov 2026 09:00:00 GMT", now=now) == 0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


@pytest.fixture
def waits() -> Iterator[list[float]]:
    """The waits stamina really schedules (test mode off, so real backoff applies)."""
    recorded: list[float] = []
    install_retry_logging()
    previous = stamina.instrumentation.get_on_retry_hooks()

    def record(details: RetryDetails) -> None:
        recorded.append(details.wait_for)

    stamina.instrumentation.set_on_retry_hooks([*previous, record])
    try:
        yield recorded
    finally:
        stamina.instrumentation.set_on_retry_hooks(list(previous))


def answers(*responses: httpx.Response) -> httpx.MockTransport:
    queue = list(responses)
    return httpx.MockTransport(lambda request: queue.pop(0))


@pytest.mark.parametrize(
    ("retry_after", "expected_wait"),
    [("0", 0.0), ("120", 0.05)],
)
async def test_stamina_waits_what_the_server_says_within_the_cap(
    waits: list[float], retry_after: str, expected_wait: float
) -> None:
    # Exponential backoff would wait 5 s and hit the 2 s deadline: only a
    # honoured (or capped) Retry-After lets this succeed.
    policy = RetryPolicy(
        attempts=2, wait_initial=5, wait_max=5, wait_jitter=0, retry_after_cap=0.05
    )
    transport = answers(
        httpx.Response(429, headers={"Retry-After": retry_after}),
        httpx.Response(200, content=page()),
    )
    async with IncadeaClient(config(operation=2), transport=transport, retry=policy) as client:
        stamina.instrumentation.set_on_retry_hooks([*stamina.instrumentation.get_on_retry_hooks()])
        await client.ping()
    assert waits == [expected_wait]


async def test_without_retry_after_the_backoff_is_exponential(waits: list[float]) -> None:
    policy = RetryPolicy(attempts=3, wait_initial=0.01, wait_max=1, wait_jitter=0)
    transport = answers(
        httpx.Response(503), httpx.Response(503), httpx.Response(200, content=page())
    )
    async with IncadeaClient(config(), transport=transport, retry=policy) as client:
        await client.ping()
    assert waits == pytest.approx([0.01, 0.02])


async def test_a_request_not_safe_to_repeat_is_sent_once() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(503)

    remote = RemoteHttp(
        system="claire",
        client=build_async_client(timeouts=Timeouts(), transport=httpx.MockTransport(handler)),
        timeouts=Timeouts(),
        error_reader=lambda response: ErrorInfo(),
    )
    with stamina.set_testing(True, attempts=3), pytest.raises(Unavailable) as caught:
        await remote.send("POST", BASE + "/x", retry_safe=False, operation="post")
    await remote.aclose()
    assert len(calls) == 1
    assert caught.value.status == 503


async def test_at_most_four_requests_are_in_flight() -> None:
    active, peak = 0, 0
    four_in_flight, gate = asyncio.Event(), asyncio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal active, peak
        active += 1
        peak = max(peak, active)
        if active == 4:
            four_in_flight.set()
        await gate.wait()
        active -= 1
        return httpx.Response(200, content=page())

    async with IncadeaClient(config(), transport=httpx.MockTransport(handler)) as client:
        pings = [asyncio.create_task(client.ping()) for _ in range(10)]
        await asyncio.wait_for(four_in_flight.wait(), timeout=5)
        for _ in range(50):
            await asyncio.sleep(0)
        assert (active, peak) == (4, 4)
        gate.set()
        await asyncio.wait_for(asyncio.gather(*pings), timeout=5)
    assert peak == 4


@pytest.mark.allow_warning_logs
async def test_a_dripping_answer_ends_at_the_operation_deadline() -> None:
    never = asyncio.Event()

    async def drip() -> AsyncIterator[bytes]:
        yield b'{"value": ['
        await never.wait()
        yield b"]}"

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=drip())

    async with IncadeaClient(
        config(operation=0.2), transport=httpx.MockTransport(handler)
    ) as client:
        with pytest.raises(Unavailable) as caught:
            await client.ping()
    assert caught.value.code == "deadline"
    assert caught.value.user_message == "The DMS took too long to answer; try again in a minute."


async def test_the_client_verifies_tls_with_the_os_trust_store_and_uses_env_proxies() -> None:
    logging.getLogger("httpx").setLevel(logging.NOTSET)
    client = build_async_client(timeouts=Timeouts(connect=3, read=4, write=5, pool=6))
    try:
        pool = client._transport._pool  # type: ignore[attr-defined]
        context = pool._ssl_context
        assert isinstance(context, truststore.SSLContext)
        assert context.verify_mode == ssl.CERT_REQUIRED
        assert context.check_hostname is True
        assert client.trust_env is True
        assert client.timeout == httpx.Timeout(connect=3, read=4, write=5, pool=6)
        assert pool._max_connections == 4
    finally:
        await client.aclose()
    assert logging.getLogger("httpx").level == logging.WARNING
    assert logging.getLogger("httpcore").getEffectiveLevel() >= logging.WARNING


def test_orders_url_is_under_the_company() -> None:
    assert ORDERS.endswith(f"companies({COMPANY})/serviceOrders")


@pytest.mark.allow_warning_logs
async def test_a_deadline_inside_a_retry_after_pause_is_throttled() -> None:
    policy = RetryPolicy(attempts=5, retry_after_cap=10)
    transport = httpx.MockTransport(
        lambda request: httpx.Response(
            429,
            json={"error": {"code": "Application_TooManyRequests", "message": "Slow down."}},
            headers={"Retry-After": "10"},
        )
    )
    async with IncadeaClient(config(operation=0.2), transport=transport, retry=policy) as client:
        with pytest.raises(Throttled) as caught:
            await client.ping()
    assert caught.value.status == 429
    assert caught.value.code == "Application_TooManyRequests"
